import { Code } from '@icontact/errors';
/**
 * The browser page of the browser test (bundled by esbuild): starts the MSW worker with the handlers,
 * runs a consultant's day through the SDK — login, shift, a contact, sync, close — and a few injected
 * faults, and writes what it saw to `window.__mswResults`.
 */
import { createClient, IContactError } from '@icontact/sdk';
import { setupWorker } from 'msw/browser';
import { createHandlers } from '../../create-handlers.js';
import { CLOCK_START, consumer, PASSWORD } from '../consultant-day.js';
import { type PageResults, RESULTS_GLOBAL } from './page-results.js';

const steps: string[] = [];
const note = (line: string): void => {
  steps.push(line);
};
const describe = (error: unknown): string =>
  error instanceof IContactError
    ? `${error.name} ${error.code}`
    : error instanceof Error
      ? `${error.name}: ${error.message}`
      : String(error);

async function run(): Promise<void> {
  const mock = createHandlers({ clock: { start: CLOCK_START } });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  note(`worker: ${navigator.serviceWorker.controller === null ? 'not controlling' : 'controlling'}`);

  const retries: string[] = [];
  const sdk = createClient({
    baseUrl: mock.baseUrl,
    appVersion: '3.2.0',
    clientKind: 'tablet',
    now: () => mock.clock.now().getTime(),
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    onEvent: (event) => {
      if (event.type === 'request:retry') retries.push(`${event.reason} ${event.error?.code ?? ''}`.trim());
    },
  });

  note(`login: ${(await sdk.auth.login({ login: 'mk.aset', password: PASSWORD })).login}`);
  const [planned] = await sdk.shifts.list();
  const shift = await sdk.shifts.start(planned?.id ?? 'no-shift');
  note(`shift: ${shift.status}`);

  const entry = consumer(1);
  const registration = await sdk.contacts.begin(shift.id, {
    activityTypeId: shift.project.activityTypes[0]?.id ?? 'no-activity',
  });
  await registration.recordConsumer(entry);
  await registration.checkIin();
  await registration.sendSmsCode();
  await registration.verifySmsCode(mock.smsInbox(entry.phone).at(-1)?.code ?? 'none');
  await registration.recordDetails({
    devices: [{ model: 'Tulpar X1', quantity: 1 }],
    compliment: { kind: 'чехол', quantity: 1 },
  });
  note(`contact: ${(await registration.submit()).step}`);
  const report = await sdk.sync.push(shift.id);
  note(`sync: accepted ${report.accepted}, unsent ${report.unsent}`);

  // An HTTP fault: a 502 the SDK retries through.
  mock.faults.add({
    kind: 'http',
    status: 502,
    code: Code.bad_gateway,
    target: { operation: 'getMe', times: 1 },
  });
  note(`me through a 502: ${(await sdk.auth.me()).login}, retries [${retries.join(', ')}]`);

  // A network fault: HttpResponse.error() is the browser's bare TypeError, which the SDK classifies.
  mock.faults.add({ kind: 'abort', target: { operation: 'getMe', times: 1 } });
  const aborted = await fetch(mock.url('/auth/me')).catch((error: unknown) => error);
  note(`plain fetch under abort: ${describe(aborted)}`);
  mock.faults.add({ kind: 'refuse', target: { times: 4 } });
  const refused = await sdk.auth.me().catch((error: unknown) => error);
  note(`SDK under refuse: ${describe(refused)}`);

  // A redirect loop: does the browser's fetch follow the worker's 302s?
  mock.faults.add({
    id: 'loop',
    kind: 'follow_up_loop',
    mode: 'redirect',
    target: { operation: 'getAppVersion' },
  });
  const looped = await fetch(mock.url('/app/version')).catch((error: unknown) => error);
  note(
    `plain fetch under a redirect loop: ${looped instanceof Response ? `status ${looped.status}` : describe(looped)}, ${mock.faults.counters().byFault.loop ?? 0} answers`,
  );
  const loopedSdk = await sdk.app.version().catch((error: unknown) => error);
  note(`SDK under a redirect loop: ${describe(loopedSdk)}`);
  mock.faults.clear();
  mock.faults.add({ kind: 'follow_up_loop', mode: '429', target: { operation: 'getAppVersion' } });
  const throttled = await sdk.app.version().catch((error: unknown) => error);
  note(`SDK under a 429 loop: ${describe(throttled)}`);
  mock.faults.clear();

  note(`close: ${(await sdk.shifts.close(shift.id)).status}`);
  note(
    `server contacts: ${mock.state
      .contacts({ shiftId: shift.id })
      .map((contact) => contact.step)
      .join(',')}`,
  );
}

const target = globalThis as unknown as Record<string, PageResults>;
run().then(
  () => {
    target[RESULTS_GLOBAL] = { steps };
  },
  (error: unknown) => {
    target[RESULTS_GLOBAL] = {
      steps,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  },
);
