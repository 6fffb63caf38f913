import { useEffect, useState } from 'preact/hooks';
import { admin } from './admin-api.js';
import { almaty } from './format.js';
import { useAction, useAdmin } from './use-admin.js';

interface ClockState {
  readonly now: string;
  readonly speed: number;
}
interface Upstreams {
  readonly kompra: {
    readonly state: 'up' | 'down' | 'slow';
    readonly delayMs: number;
    readonly timeoutMs: number;
  };
  readonly smsGateway: { readonly state: 'up' | 'down' | 'not_delivered' | 'slow'; readonly delayMs: number };
}

const STEPS: readonly [string, Record<string, number>][] = [
  ['+1 min', { minutes: 1 }],
  ['+5 min', { minutes: 5 }],
  ['+15 min', { minutes: 15 }],
  ['+1 h', { hours: 1 }],
  ['+1 day', { days: 1 }],
];

/** The virtual clock: now, freeze, speed, advance, set. */
export function ClockPanel() {
  const clock = useAdmin<ClockState>('/clock', 1000);
  const action = useAction();
  const [speed, setSpeed] = useState('60');
  const [minutes, setMinutes] = useState('30');
  const [instant, setInstant] = useState('');
  const run = (method: string, path: string, body: unknown) =>
    action.run(() => admin(method, path, body)).then(clock.reload);
  const now = clock.data?.now;
  return (
    <section aria-labelledby="clock-title" class="card">
      <h2 id="clock-title">Clock</h2>
      <p class="big" aria-live="off">
        <output id="clock-now" aria-label="Virtual time in Almaty">
          {almaty(now, true)}
        </output>
        <small>
          {' '}
          Almaty ·{' '}
          {clock.data === undefined ? '' : clock.data.speed === 0 ? 'frozen' : `speed ${clock.data.speed}×`}
        </small>
      </p>
      <fieldset class="buttons bare">
        <legend class="visually-hidden">Advance the clock</legend>
        {STEPS.map(([label, body]) => (
          <button key={label} type="button" onClick={() => run('POST', '/clock/advance', body)}>
            {label}
          </button>
        ))}
        <button type="button" onClick={() => run('PUT', '/clock', { speed: 0 })}>
          Freeze
        </button>
        <button type="button" onClick={() => run('PUT', '/clock', { speed: 1 })}>
          Real time
        </button>
      </fieldset>
      <div class="clock-forms">
        <form
          class="inline"
          onSubmit={(event) => {
            event.preventDefault();
            void run('POST', '/clock/advance', { minutes: Number(minutes) });
          }}
        >
          <label for="advance-minutes">Advance by minutes</label>
          <input
            id="advance-minutes"
            type="number"
            value={minutes}
            onInput={(e) => setMinutes((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Advance</button>
        </form>
        <form
          class="inline"
          onSubmit={(event) => {
            event.preventDefault();
            void run('PUT', '/clock', { speed: Number(speed) });
          }}
        >
          <label for="clock-speed">Speed (virtual s / real s)</label>
          <input
            id="clock-speed"
            type="number"
            min="0"
            value={speed}
            onInput={(e) => setSpeed((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Set speed</button>
        </form>
        <form
          class="inline"
          onSubmit={(event) => {
            event.preventDefault();
            void run('PUT', '/clock', { now: instant });
          }}
        >
          <label for="clock-set">Set to (ISO instant)</label>
          <input
            id="clock-set"
            type="text"
            placeholder={now ?? '2026-11-24T03:45:00Z'}
            value={instant}
            onInput={(e) => setInstant((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Set</button>
        </form>
      </div>
      {action.error === undefined ? null : (
        <p class="error" role="alert">
          {action.error.detail}{' '}
          {action.error.errors.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}
        </p>
      )}
    </section>
  );
}

function Choice<T extends string>(props: {
  readonly legend: string;
  readonly name: string;
  readonly value: T | undefined;
  readonly options: readonly (readonly [T, string])[];
  readonly onChoose: (value: T) => void;
}) {
  // The choice shows at once; the mock's answer then confirms it (or puts back what holds).
  const [pending, setPending] = useState<T | undefined>(undefined);
  useEffect(() => setPending(undefined), [props.value]);
  return (
    <fieldset class="choice">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={(pending ?? props.value) === value}
            onChange={() => {
              setPending(value);
              props.onChoose(value);
            }}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** KOMPRA and the SMS gateway: up, down, slow (KOMPRA) or dropping messages (the gateway). */
export function UpstreamsPanel() {
  const upstreams = useAdmin<Upstreams>('/upstreams', 2000);
  const action = useAction();
  const [delay, setDelay] = useState('6000');
  const [smsDelay, setSmsDelay] = useState('3000');
  const patch = (body: unknown) =>
    action.run(async () => upstreams.set(await admin<Upstreams>('PATCH', '/upstreams', body)));
  const kompra = upstreams.data?.kompra;
  return (
    <section aria-labelledby="upstreams-title" class="card">
      <h2 id="upstreams-title">Upstreams</h2>
      <Choice
        legend="KOMPRA (the ИИН check)"
        name="kompra"
        value={kompra?.state}
        options={[
          ['up', 'Up'],
          ['down', 'Down (503)'],
          ['slow', 'Slow'],
        ]}
        onChoose={(state) =>
          patch({ kompra: state === 'slow' ? { state, delayMs: Number(delay) } : { state } })
        }
      />
      <div class="inline">
        <label for="kompra-delay">Slow KOMPRA answers after (ms)</label>
        <input
          id="kompra-delay"
          type="number"
          min="0"
          value={delay}
          onInput={(e) => setDelay((e.target as HTMLInputElement).value)}
        />
        <small>
          timeout {kompra?.timeoutMs ?? '…'} ms; now{' '}
          {kompra === undefined
            ? '…'
            : `${kompra.state}${kompra.state === 'slow' ? `, ${kompra.delayMs} ms` : ''}`}
        </small>
      </div>
      <Choice
        legend="SMS gateway"
        name="sms"
        value={upstreams.data?.smsGateway.state}
        options={[
          ['up', 'Up'],
          ['down', 'Down (503, still counted)'],
          ['not_delivered', 'Drops messages'],
          ['slow', 'Slow'],
        ]}
        onChoose={(state) =>
          patch({ smsGateway: state === 'slow' ? { state, delayMs: Number(smsDelay) } : { state } })
        }
      />
      <div class="inline">
        <label for="sms-delay">Slow gateway accepts after (ms)</label>
        <input
          id="sms-delay"
          type="number"
          min="0"
          value={smsDelay}
          onInput={(e) => setSmsDelay((e.target as HTMLInputElement).value)}
        />
        <small>
          now{' '}
          {upstreams.data === undefined
            ? '…'
            : `${upstreams.data.smsGateway.state}${upstreams.data.smsGateway.state === 'slow' ? `, ${upstreams.data.smsGateway.delayMs} ms` : ''}`}
        </small>
      </div>
      {action.error === undefined ? null : (
        <p class="error" role="alert">
          {action.error.detail}
        </p>
      )}
    </section>
  );
}
