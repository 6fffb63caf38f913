import { useState } from 'preact/hooks';
import { admin } from './admin-api.js';
import { almaty, download } from './format.js';
import { useAction, useAdmin } from './use-admin.js';

interface ScenarioFault {
  readonly id?: string;
  readonly kind: string;
  readonly target: { readonly window?: { readonly from?: string; readonly to?: string } } & Record<
    string,
    unknown
  >;
}
interface Scenario {
  readonly name?: string;
  readonly description?: string;
  readonly seed?: number;
  readonly clock?: { readonly start: string; readonly speed: number };
  readonly faults: readonly ScenarioFault[];
}

const HOUR = 3_600_000;
const ROW = 26;
const LEFT = 170;
const WIDTH = 900;

/** The scenario's fault plan on a line of virtual time, with the clock's now. */
function Timeline(props: { readonly scenario: Scenario; readonly now: string | undefined }) {
  const faults = props.scenario.faults;
  const now = props.now === undefined ? Date.now() : Date.parse(props.now);
  const bounds = faults
    .flatMap((fault) => [fault.target.window?.from, fault.target.window?.to])
    .filter((at): at is string => at !== undefined)
    .map(Date.parse);
  const start = Math.min(
    now,
    ...bounds,
    props.scenario.clock === undefined ? now : Date.parse(props.scenario.clock.start),
  );
  const end = Math.max(now + HOUR, ...bounds) + HOUR / 4;
  const x = (at: number) => LEFT + ((at - start) / (end - start)) * (WIDTH - LEFT - 10);
  const height = faults.length * ROW + 40;
  const ticks: number[] = [];
  const step = end - start > 12 * HOUR ? 4 * HOUR : end - start > 3 * HOUR ? HOUR : HOUR / 4;
  for (let at = Math.ceil(start / step) * step; at <= end; at += step) ticks.push(at);
  return (
    <svg class="timeline" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="timeline-title">
      <title id="timeline-title">
        {`Fault plan: ${faults.map((fault) => `${fault.id ?? fault.kind} ${fault.target.window === undefined ? 'always' : `${almaty(fault.target.window.from)} to ${almaty(fault.target.window.to)}`}`).join('; ')}`}
      </title>
      {ticks.map((at) => (
        <g key={at}>
          <line x1={x(at)} x2={x(at)} y1={0} y2={height - 20} class="tick" />
          <text x={x(at)} y={height - 5} class="tick-label">
            {almaty(new Date(at).toISOString()).slice(0, 5)}
          </text>
        </g>
      ))}
      {faults.map((fault, index) => {
        const from = fault.target.window?.from === undefined ? start : Date.parse(fault.target.window.from);
        const to = fault.target.window?.to === undefined ? end : Date.parse(fault.target.window.to);
        const y = 10 + index * ROW;
        return (
          <g key={fault.id ?? index}>
            <text x={4} y={y + 15} class="row-label">
              {fault.id ?? fault.kind}
            </text>
            <rect
              x={x(from)}
              y={y}
              width={Math.max(3, x(to) - x(from))}
              height={ROW - 8}
              class={`bar kind-${fault.kind}`}
            >
              <title>{`${fault.kind}: ${almaty(new Date(from).toISOString())}–${almaty(new Date(to).toISOString())}`}</title>
            </rect>
          </g>
        );
      })}
      <line x1={x(now)} x2={x(now)} y1={0} y2={height - 20} class="now" />
      <text x={x(now) + 4} y={12} class="now-label">
        now
      </text>
    </svg>
  );
}

/** Load a scenario and see its fault plan; reset; download and restore a snapshot. */
export function ScenarioPanel() {
  const current = useAdmin<{ scenario: Scenario | null }>('/scenario', 5000);
  const clock = useAdmin<{ now: string }>('/clock', 1000);
  const [text, setText] = useState('');
  const [seed, setSeed] = useState('');
  const [done, setDone] = useState<string | undefined>(undefined);
  const load = useAction();
  const other = useAction();

  const readFile = async (event: Event, into: (text: string) => void) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) into(await file.text());
  };
  const scenario = current.data?.scenario ?? null;

  return (
    <section aria-labelledby="scenario-title">
      <h2 id="scenario-title">Scenario</h2>
      <div class="columns">
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (await load.run(() => admin('POST', '/scenario', undefined, { raw: text }))) {
              setDone('Scenario loaded: its faults replace the registered ones.');
              current.reload();
            }
          }}
        >
          <h3>Load a scenario file</h3>
          <p class="hint">
            YAML or JSON in the format of <code>docs/faults.md</code>: seed, clock, faults with windows of
            virtual time. Its faults replace the registered ones; its seed resets the state; its clock sets
            the clock.
          </p>
          <label for="scenario-file">File</label>
          <input
            id="scenario-file"
            type="file"
            accept=".yaml,.yml,.json"
            onChange={(event) => readFile(event, setText)}
          />
          <label for="scenario-text">Or paste it</label>
          <textarea
            id="scenario-text"
            rows={8}
            wrap="off"
            spellcheck={false}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          <button type="submit">Load scenario</button>
          {load.error === undefined ? null : (
            <div class="error" role="alert">
              <p>{load.error.detail}</p>
            </div>
          )}
        </form>
        <div>
          <h3>Reset and snapshots</h3>
          <form
            class="inline"
            onSubmit={async (event) => {
              event.preventDefault();
              const body = seed.trim() === '' ? {} : { seed: Number(seed) };
              if (await other.run(() => admin('POST', '/reset', body)))
                setDone('The state was reset from the seed.');
            }}
          >
            <label for="reset-seed">Seed (empty: the one in force)</label>
            <input
              id="reset-seed"
              type="number"
              value={seed}
              onInput={(e) => setSeed((e.target as HTMLInputElement).value)}
            />
            <button type="submit">Reset the state</button>
          </form>
          <div class="buttons">
            <button
              type="button"
              onClick={() =>
                other.run(async () => {
                  const snapshot = await admin('GET', '/snapshot');
                  download(
                    `icontact-mock-snapshot-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
                    JSON.stringify(snapshot),
                  );
                })
              }
            >
              Download a snapshot
            </button>
          </div>
          <label for="snapshot-file">Restore a snapshot</label>
          <input
            id="snapshot-file"
            type="file"
            accept=".json"
            onChange={(event) =>
              readFile(event, async (content) => {
                if (await other.run(() => admin('PUT', '/snapshot', undefined, { raw: content })))
                  setDone('Snapshot restored.');
              })
            }
          />
          {other.error === undefined ? null : (
            <p class="error" role="alert">
              {other.error.detail}
            </p>
          )}
        </div>
      </div>
      <div aria-live="polite">{done === undefined ? null : <p class="done">{done}</p>}</div>
      <h3>Fault plan</h3>
      {scenario === null ? (
        <p class="hint">No scenario is loaded.</p>
      ) : (
        <>
          <p>
            <strong>{scenario.name ?? 'unnamed scenario'}</strong>
            {scenario.description === undefined ? null : ` — ${scenario.description}`}
          </p>
          <Timeline scenario={scenario} now={clock.data?.now} />
        </>
      )}
    </section>
  );
}
