import { useMemo, useState } from 'preact/hooks';
import { admin } from './admin-api.js';
import { GUIDE_REPRODUCTIONS } from './guide.js';
import { type FormValues, type JsonSchema, SchemaFields, valuesToJson, variantsOf } from './schema-form.js';
import { useAction, useAdmin } from './use-admin.js';

/** A registered fault as `GET /faults` lists it. */
interface FaultState {
  readonly id: string;
  readonly spec: { readonly kind: string } & Record<string, unknown>;
  readonly hits: number;
  readonly remaining: number | null;
  readonly expired: boolean;
}

function describeSpec(spec: FaultState['spec']): string {
  const { kind: _kind, id: _id, target, timing, ...own } = spec;
  const parts = Object.entries(own).map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  const aimed = Object.entries((target ?? {}) as Record<string, unknown>).map(
    ([key, value]) => `${key} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
  );
  return [
    ...parts,
    ...(aimed.length > 0 ? [`target: ${aimed.join(', ')}`] : ['every request']),
    `timing ${String(timing)}`,
  ].join('; ');
}

/** The registered faults (hits, remaining, remove), the form to add one, and one-click guide reproductions. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a React component: its hooks must stay in one function body
export function FaultsPanel() {
  const faults = useAdmin<FaultState[]>('/faults', 2000);
  const schema = useAdmin<JsonSchema>('/faults/schema');
  const variants = useMemo(
    () => (schema.data === undefined ? new Map() : variantsOf(schema.data)),
    [schema.data],
  );
  const [kind, setKind] = useState('http');
  const [values, setValues] = useState<FormValues>({});
  const [added, setAdded] = useState<string | undefined>(undefined);
  const add = useAction();
  const remove = useAction();
  const guide = useAction();
  const [guideDone, setGuideDone] = useState<string | undefined>(undefined);
  const variant: JsonSchema | undefined = variants.get(kind);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (variant === undefined) return;
    const spec = { kind, ...valuesToJson(variant, values) };
    let id = '';
    const ok = await add.run(async () => {
      id = (await admin<FaultState>('POST', '/faults', spec)).id;
    });
    if (ok) {
      setAdded(`Fault ${id} added.`);
      faults.reload();
    } else setAdded(undefined);
  };

  return (
    <section aria-labelledby="faults-title">
      <h2 id="faults-title">Faults</h2>
      <div class="columns">
        <div>
          <h3>Registered</h3>
          {faults.data === undefined || faults.data.length === 0 ? (
            <p class="hint">No fault is registered: every request is served as the rules say.</p>
          ) : (
            <table class="faults">
              <thead>
                <tr>
                  <th scope="col">Id</th>
                  <th scope="col">Kind</th>
                  <th scope="col">What</th>
                  <th scope="col">Hits</th>
                  <th scope="col">Remaining</th>
                  <th scope="col">
                    <span class="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {faults.data.map((fault) => (
                  <tr key={fault.id} class={fault.expired ? 'expired' : undefined}>
                    <td>{fault.id}</td>
                    <td>{fault.spec.kind}</td>
                    <td class="what">{describeSpec(fault.spec)}</td>
                    <td class="num">{fault.hits}</td>
                    <td class="num">
                      {fault.remaining === null ? 'no limit' : fault.expired ? 'used up' : fault.remaining}
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={`Remove fault ${fault.id}`}
                        onClick={() =>
                          remove
                            .run(() => admin('DELETE', `/faults/${encodeURIComponent(fault.id)}`))
                            .then(faults.reload)
                        }
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {faults.data !== undefined && faults.data.length > 0 ? (
            <button
              type="button"
              onClick={() => remove.run(() => admin('DELETE', '/faults')).then(faults.reload)}
            >
              Remove every fault
            </button>
          ) : null}
          {remove.error === undefined ? null : (
            <p class="error" role="alert">
              {remove.error.detail}
            </p>
          )}
        </div>
        <form class="fault-form" onSubmit={submit} aria-labelledby="add-fault-title" noValidate>
          <h3 id="add-fault-title">Add a fault</h3>
          <div class="field">
            <label for="fault-kind">kind</label>
            <select
              id="fault-kind"
              name="kind"
              value={kind}
              onChange={(event) => {
                setKind((event.target as HTMLSelectElement).value);
                add.clear();
              }}
            >
              {[...variants.keys()].map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <small>the fault's kinds: docs/faults.md</small>
          </div>
          {variant === undefined ? (
            <p class="hint">{schema.error ?? 'Reading the fault spec’s schema…'}</p>
          ) : (
            <SchemaFields
              schema={variant}
              values={values}
              problems={add.error?.errors ?? []}
              onChange={(path, value) => setValues({ ...values, [path]: value })}
            />
          )}
          <button type="submit" disabled={add.busy}>
            Add fault
          </button>
          <div aria-live="polite">
            {add.error === undefined ? (
              added === undefined ? null : (
                <p class="done">{added}</p>
              )
            ) : (
              <div class="error" role="alert">
                <p>{add.error.detail}</p>
                {add.error.errors.length > 0 ? (
                  <ul>
                    {add.error.errors.map((problem) => (
                      <li key={problem.field + problem.message}>
                        <code>{problem.field}</code>: {problem.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            )}
          </div>
        </form>
      </div>

      <h3 id="guide-title">Reproduce an entry of the consultants' guide</h3>
      <p class="hint">
        One click registers the faults of the entry's scenario (
        <code>simulations/scenarios/guide-*.yaml</code>), striking from now on. Entries the mock's own rules
        produce say how to meet them.
      </p>
      <div aria-live="polite">
        {guide.error === undefined ? (
          guideDone === undefined ? null : (
            <p class="done">{guideDone}</p>
          )
        ) : (
          <p class="error" role="alert">
            {guide.error.detail}
          </p>
        )}
      </div>
      <ol class="guide" aria-labelledby="guide-title">
        {GUIDE_REPRODUCTIONS.map((item) => (
          <li key={item.entry.number} id={`guide-${item.entry.number}`}>
            <div class="guide-head">
              <strong>#{item.entry.number}</strong> <span class="where">{item.entry.where.en}</span>{' '}
              <q lang="ru">{item.entry.seen.ru}</q>
            </div>
            <p>{item.entry.seen.en}</p>
            {item.remedies.map((remedy) => (
              <p key={remedy.code} class="remedy">
                <code>{remedy.code}</code> — {remedy.en}
              </p>
            ))}
            {item.faults.length > 0 ? (
              <button
                type="button"
                onClick={async () => {
                  const ok = await guide.run(async () => {
                    for (const fault of item.faults) await admin('POST', '/faults', fault);
                  });
                  if (ok)
                    setGuideDone(
                      `Guide #${item.entry.number}: ${item.faults.map((fault) => String(fault.id)).join(', ')} registered.`,
                    );
                  faults.reload();
                }}
              >
                Reproduce guide #{item.entry.number}
              </button>
            ) : item.scenarios.length > 0 ? (
              <p class="hint">The mock's rules produce it: {item.scenarios[0]?.description}</p>
            ) : (
              <p class="hint">No scenario reproduces it yet.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
