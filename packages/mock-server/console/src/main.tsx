import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { onTokenNeeded, TOKEN_KEY } from './admin-api.js';
import { ClockPanel, UpstreamsPanel } from './controls-panel.js';
import { FaultsPanel } from './faults-panel.js';
import type { StreamStatus } from './log-stream.js';
import { RequestsPanel } from './requests-panel.js';
import { ScenarioPanel } from './scenario-panel.js';
import { StatePanel } from './state-panel.js';
import { useAdmin } from './use-admin.js';

const TABS = ['Requests', 'Faults', 'State', 'Scenario'] as const;
type Tab = (typeof TABS)[number];

/** Asks for the admin token once (the mock answered 401); kept in sessionStorage for this tab. */
function TokenDialog(props: { readonly ask: ((answer: string | null) => void) | undefined }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [token, setToken] = useState('');
  useEffect(() => {
    if (props.ask !== undefined && dialog.current?.open === false) dialog.current.showModal();
  }, [props.ask]);
  return (
    <dialog ref={dialog} aria-labelledby="token-title" onCancel={() => props.ask?.(null)}>
      <form
        method="dialog"
        onSubmit={() => {
          props.ask?.(token);
          setToken('');
        }}
      >
        <h2 id="token-title">Admin token</h2>
        <p>This mock was started with --admin-token. Type it once; the console keeps it for this tab only.</p>
        <label for="admin-token">Token</label>
        <input
          id="admin-token"
          type="password"
          autocomplete="off"
          required
          value={token}
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Use this token</button>
      </form>
    </dialog>
  );
}

function App() {
  const [tab, setTab] = useState<Tab>('Requests');
  const health = useAdmin<{ docsUrl?: string; apiUrl?: string }>('/health');
  const [stream, setStream] = useState<StreamStatus>('connecting');
  const [ask, setAsk] = useState<((answer: string | null) => void) | undefined>(undefined);
  const pending = useRef<Promise<string | null> | undefined>(undefined);

  useEffect(() => {
    onTokenNeeded(() => {
      pending.current ??= new Promise<string | null>((resolve) => {
        setAsk(() => (answer: string | null) => {
          setAsk(undefined);
          pending.current = undefined;
          resolve(answer);
        });
      });
      return pending.current;
    });
  }, []);

  const focusTab = (index: number) => {
    const next = TABS[(index + TABS.length) % TABS.length] ?? 'Requests';
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <>
      <header>
        <h1>iContact mock · fault console</h1>
        <p class="stream-status">
          <span class={`dot ${stream}`} aria-hidden="true" /> live log: {stream}
          {sessionStorage.getItem(TOKEN_KEY) === null ? null : ' · admin token set'} ·{' '}
          <a href={health.data?.docsUrl ?? '/docs'}>API reference (try it)</a>
        </p>
      </header>
      <div class="layout">
        <aside aria-label="Clock and upstreams">
          <ClockPanel />
          <UpstreamsPanel />
        </aside>
        <main>
          <div role="tablist" aria-label="Console views" class="tabs">
            {TABS.map((name, index) => (
              <button
                key={name}
                id={`tab-${name}`}
                role="tab"
                type="button"
                aria-selected={tab === name}
                aria-controls={`panel-${name}`}
                tabIndex={tab === name ? 0 : -1}
                onClick={() => setTab(name)}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowRight') focusTab(index + 1);
                  if (event.key === 'ArrowLeft') focusTab(index - 1);
                }}
              >
                {name}
              </button>
            ))}
          </div>
          {TABS.map((name) => (
            <div
              key={name}
              id={`panel-${name}`}
              role="tabpanel"
              aria-labelledby={`tab-${name}`}
              hidden={tab !== name}
            >
              {name === 'Requests' ? <RequestsPanel onStatus={setStream} /> : null}
              {name === 'Faults' && tab === name ? <FaultsPanel /> : null}
              {name === 'State' && tab === name ? <StatePanel /> : null}
              {name === 'Scenario' && tab === name ? <ScenarioPanel /> : null}
            </div>
          ))}
        </main>
      </div>
      <TokenDialog ask={ask} />
    </>
  );
}

const root = document.getElementById('console');
if (root !== null) render(<App />, root);
