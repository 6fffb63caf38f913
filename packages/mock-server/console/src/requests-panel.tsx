import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RequestLogEntry } from '../../src/console/request-log.js';
import { almaty, realClock } from './format.js';
import { followRequests, type StreamStatus } from './log-stream.js';

/** How many rows the page keeps (the mock keeps its own, bounded, log). */
const KEEP = 1000;

/** How a fault struck, in words. */
export function faultHow(entry: RequestLogEntry): string {
  const fault = entry.fault;
  if (fault === undefined) return '';
  const action = fault.action;
  const what =
    action.kind === 'http'
      ? `answered ${action.status}`
      : action.kind === 'latency'
        ? `delayed ${action.delayMs} ms`
        : action.kind === 'reset_mid_body'
          ? `cut the body at ${Math.round(action.fraction * 100)} %`
          : action.kind === 'abort'
            ? 'dropped the connection'
            : `looped (${action.mode})`;
  return `${fault.id}: ${what}, ${fault.timing} the request${fault.source === 'header' ? ' (header)' : ''}`;
}

function statusClass(status: number): string {
  if (status === 0 || status >= 500) return 'bad';
  if (status >= 400) return 'warn';
  return 'ok';
}

interface Filters {
  consultant: string;
  operation: string;
  status: string;
  fault: string;
}

function matches(entry: RequestLogEntry, filters: Filters): boolean {
  const has = (value: string | undefined, wanted: string) =>
    wanted === '' || (value ?? '').toLowerCase().includes(wanted.toLowerCase());
  if (!has(entry.user, filters.consultant) || !has(entry.operationId, filters.operation)) return false;
  if (filters.status !== '') {
    const wanted = filters.status.trim().toLowerCase();
    const status = String(entry.status);
    if (/^[1-5]xx$/.test(wanted) ? status[0] !== wanted[0] : !status.startsWith(wanted)) return false;
  }
  if (filters.fault === '*') return entry.fault !== undefined;
  return filters.fault === '' || (entry.fault?.id ?? '').toLowerCase().includes(filters.fault.toLowerCase());
}

/** The live request log: every finished request as it happens, filters, pause, and a row's detail. */
export function RequestsPanel(props: { readonly onStatus: (status: StreamStatus) => void }) {
  const [entries, setEntries] = useState<RequestLogEntry[]>([]);
  const [held, setHeld] = useState<RequestLogEntry[]>([]);
  const [paused, setPaused] = useState(false);
  const [filters, setFilters] = useState<Filters>({ consultant: '', operation: '', status: '', fault: '' });
  const [open, setOpen] = useState<RequestLogEntry | undefined>(undefined);
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(
    () =>
      followRequests((entry) => {
        if (pausedRef.current) setHeld((list) => [...list, entry]);
        else setEntries((list) => [entry, ...list].slice(0, KEEP));
      }, props.onStatus),
    [],
  );
  useEffect(() => {
    if (!paused && held.length > 0) {
      setEntries((list) => [...[...held].reverse(), ...list].slice(0, KEEP));
      setHeld([]);
    }
  }, [paused]);
  useEffect(() => {
    if (open !== undefined) dialog.current?.showModal();
  }, [open]);

  const shown = useMemo(() => entries.filter((entry) => matches(entry, filters)), [entries, filters]);
  const field = (name: keyof Filters, label: string, placeholder: string) => (
    <label>
      {label}
      <input
        type="search"
        name={`filter-${name}`}
        placeholder={placeholder}
        value={filters[name]}
        onInput={(event) => setFilters({ ...filters, [name]: (event.target as HTMLInputElement).value })}
      />
    </label>
  );

  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">Live requests</h2>
      <fieldset class="toolbar bare">
        <legend class="visually-hidden">Filter the requests</legend>
        {field('consultant', 'Consultant', 'mk.aset')}
        {field('operation', 'Operation', 'syncContacts')}
        {field('status', 'Status', '502 or 5xx')}
        {field('fault', 'Fault', 'an id, or * for any')}
        <button type="button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          {paused ? `Resume (${held.length} new)` : 'Pause'}
        </button>
        <button type="button" onClick={() => setEntries([])}>
          Clear
        </button>
      </fieldset>
      <p class="hint">
        {shown.length} of {entries.length} requests shown, newest first. Press a row to see the request and
        its answer.
      </p>
      <div class="table-wrap">
        <table class="log">
          <thead>
            <tr>
              <th scope="col">Virtual (Almaty)</th>
              <th scope="col">Real</th>
              <th scope="col">Request</th>
              <th scope="col">Operation</th>
              <th scope="col">Consultant</th>
              <th scope="col">Status</th>
              <th scope="col">Code</th>
              <th scope="col">Fault</th>
              <th scope="col">ms</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr
                key={entry.seq}
                class={entry.fault === undefined ? undefined : 'struck'}
                tabIndex={0}
                data-seq={entry.seq}
                onClick={() => setOpen(entry)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    setOpen(entry);
                  }
                }}
              >
                <td>{almaty(entry.virtualTime)}</td>
                <td>{realClock(entry.realTime)}</td>
                <td class="path">
                  <b>{entry.method}</b> {entry.path}
                </td>
                <td>{entry.operationId}</td>
                <td>{entry.user ?? ''}</td>
                <td>
                  <span class={`status ${statusClass(entry.status)}`}>
                    {entry.status === 0 ? 'none' : entry.status}
                  </span>
                </td>
                <td>{entry.code ?? ''}</td>
                <td class="fault">{faultHow(entry)}</td>
                <td class="num">
                  {entry.durationMs +
                    (entry.fault?.action.kind === 'latency' && entry.fault.timing === 'after'
                      ? entry.fault.action.delayMs
                      : 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dialog ref={dialog} aria-labelledby="detail-title" onClose={() => setOpen(undefined)}>
        {open === undefined ? null : (
          <article>
            <h3 id="detail-title">
              #{open.seq} {open.method} {open.path} → {open.status === 0 ? 'no answer' : open.status}
            </h3>
            <dl class="facts">
              <dt>Virtual time</dt>
              <dd>{almaty(open.virtualTime, true)} (Almaty)</dd>
              <dt>Real time</dt>
              <dd>{open.realTime}</dd>
              <dt>Operation</dt>
              <dd>{open.operationId}</dd>
              <dt>User</dt>
              <dd>{open.user ?? 'anonymous'}</dd>
              <dt>Code</dt>
              <dd>{open.code ?? '—'}</dd>
              <dt>Fault</dt>
              <dd>{open.fault === undefined ? 'none' : faultHow(open)}</dd>
              <dt>Request id</dt>
              <dd>{open.requestId}</dd>
            </dl>
            <h4>Request</h4>
            <pre>
              {`${open.method} ${open.request.url}\n${Object.entries(open.request.headers)
                .map(([name, value]) => `${name}: ${value}`)
                .join('\n')}${open.request.body === undefined ? '' : `\n\n${open.request.body}`}`}
            </pre>
            <h4>Answer</h4>
            <pre>
              {open.response === undefined
                ? 'No answer: the connection was dropped before any byte.'
                : `${open.response.status}\n${Object.entries(open.response.headers)
                    .map(([name, value]) => `${name}: ${value}`)
                    .join('\n')}${open.response.body === undefined ? '' : `\n\n${open.response.body}`}`}
            </pre>
            <form method="dialog">
              <button type="submit">Close</button>
            </form>
          </article>
        )}
      </dialog>
    </section>
  );
}
