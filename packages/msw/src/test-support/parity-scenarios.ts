import { Code } from '@icontact/errors';
import type { IContactClient } from '@icontact/sdk';
import { consumer, PASSWORD } from './consultant-day.js';
import { clientOf, type ParityTarget } from './parity-target.js';
import { eventTrail, stateSummary, Transcript } from './transcript.js';

/** What a scenario gives back: its steps, its clients' request events, and the state it left. */
export interface ScenarioResult {
  readonly steps: readonly string[];
  readonly events: readonly string[];
  readonly state: unknown;
}

/** One SDK scenario of the parity suite: run on each target, the results must be equal. */
export interface ParityScenario {
  readonly name: string;
  /** Steps the result must hold (so that two targets failing alike cannot pass). */
  readonly mustInclude: readonly string[];
  run(target: ParityTarget): Promise<ScenarioResult>;
}

type Body = (context: {
  readonly target: ParityTarget;
  readonly client: IContactClient;
  readonly transcript: Transcript;
}) => Promise<void>;

function scenario(name: string, mustInclude: readonly string[], body: Body): ParityScenario {
  return {
    name,
    mustInclude,
    async run(target) {
      const { client, events } = clientOf(target);
      const transcript = new Transcript();
      await body({ target, client, transcript });
      return { steps: transcript.steps, events: eventTrail(events), state: stateSummary(target.admin) };
    },
  };
}

/** Logs mk.aset in and starts the shift; the shift's id and an activity type its project allows. */
async function startShift(client: IContactClient): Promise<{ shiftId: string; activityTypeId: string }> {
  await client.auth.login({ login: 'mk.aset', password: PASSWORD });
  const [planned] = await client.shifts.list();
  const shift = await client.shifts.start(planned?.id ?? 'no-shift');
  return { shiftId: shift.id, activityTypeId: shift.project.activityTypes[0]?.id ?? 'no-activity' };
}

/** The SMS code the target delivered last to `phone`. */
function lastCode(target: ParityTarget, phone: string): string {
  return target.admin.smsInbox(phone).at(-1)?.code ?? 'none';
}

/** Registers contact `n` through every step and submits it (into the outbox). */
async function submitContact(
  target: ParityTarget,
  client: IContactClient,
  transcript: Transcript,
  shiftId: string,
  activityTypeId: string,
  n: number,
): Promise<void> {
  const entry = consumer(n);
  const registration = await client.contacts.begin(shiftId, { activityTypeId });
  await transcript.step(`contact ${n}: consumer`, () => registration.recordConsumer(entry));
  await transcript.step(`contact ${n}: ИИН`, () => registration.checkIin());
  await transcript.step(`contact ${n}: SMS`, () => registration.sendSmsCode());
  await transcript.step(`contact ${n}: code`, () =>
    registration.verifySmsCode(lastCode(target, entry.phone)),
  );
  await transcript.step(`contact ${n}: details`, () =>
    registration.recordDetails({
      devices: [{ model: 'Tulpar X1', quantity: 1 }],
      compliment: { kind: 'чехол', quantity: 1 },
    }),
  );
  await transcript.step(`contact ${n}: submit`, () => registration.submit());
}

/** The SDK scenarios both adapters must answer alike: rules, and faults both can carry out. */
export const PARITY_SCENARIOS: readonly ParityScenario[] = [
  scenario(
    'the login window',
    [
      'mk.timur logs in: 403 login_before_shift_window',
      'mk.yerlan logs in: 403 outside_shift',
      'mk.aigerim logs in 9 h later: 403 outside_shift',
    ],
    async ({ target, client, transcript }) => {
      for (const login of ['mk.timur', 'mk.yerlan', 'mk.aset']) {
        await transcript.step(`${login} logs in`, () => client.auth.login({ login, password: PASSWORD }));
      }
      target.admin.advanceClock(9 * 3_600_000);
      await transcript.step('mk.aigerim logs in 9 h later', () =>
        client.auth.login({ login: 'mk.aigerim', password: PASSWORD }),
      );
    },
  ),

  scenario(
    'the lockout after five wrong passwords',
    [
      'wrong password 4: 401 invalid_credentials',
      'wrong password 5: 429 too_many_login_attempts',
      'right password while locked: 403 account_locked',
      'right password 11 min later: ok',
    ],
    async ({ target, client, transcript }) => {
      for (let attempt = 1; attempt <= 5; attempt++) {
        await transcript.step(`wrong password ${attempt}`, () =>
          client.auth.login({ login: 'mk.aset', password: 'nope-nope' }),
        );
      }
      await transcript.step('right password while locked', () =>
        client.auth.login({ login: 'mk.aset', password: PASSWORD }),
      );
      target.admin.advanceClock(11 * 60_000);
      await transcript.step('right password 11 min later', () =>
        client.auth.login({ login: 'mk.aset', password: PASSWORD }),
      );
    },
  ),

  scenario(
    'forward-only contact steps',
    [
      'ИИН check before the consumer: 409 contact_step_conflict',
      'consumer again after it was recorded: 409 contact_step_conflict',
      'submit after the refusal: 409 contact_closed',
    ],
    async ({ client, transcript }) => {
      const { shiftId, activityTypeId } = await startShift(client);
      const registration = await client.contacts.begin(shiftId, { activityTypeId });
      const contactId = registration.contactId;
      const path = { params: { path: { contactId } } };
      await transcript.raw('ИИН check before the consumer', () =>
        client.raw.POST('/contacts/{contactId}/iin-check', path),
      );
      await transcript.step('consumer', () => registration.recordConsumer(consumer(1)));
      const { surname, firstName, patronymic, iin, phone } = consumer(1);
      await transcript.raw('consumer again after it was recorded', () =>
        client.raw.PUT('/contacts/{contactId}/consumer', {
          ...path,
          body: { surname, firstName, patronymic, iin, phone },
        }),
      );
      await transcript.step('refuse', () => registration.refuse('typed the wrong ИИН'));
      await transcript.raw('submit after the refusal', () =>
        client.raw.POST('/contacts/{contactId}/submit', path),
      );
    },
  ),

  scenario(
    'sync dedupe',
    [
      'first push: accepted 1',
      'the same item again: duplicate',
      'the same contact under another key: duplicate',
    ],
    async ({ target, client, transcript }) => {
      const { shiftId, activityTypeId } = await startShift(client);
      await submitContact(target, client, transcript, shiftId, activityTypeId, 2);
      const [item] = await client.sync.pending(shiftId);
      const report = await client.sync.push(shiftId);
      transcript.note(`first push: accepted ${report.accepted}`);
      if (item === undefined) return;
      for (const [label, key] of [
        ['the same item again', item.idempotencyKey],
        ['the same contact under another key', '7a1f9a0e-5b7c-4d2a-9e3f-0c1b2a3d4e5f'],
      ] as const) {
        const { data } = await client.raw.POST('/shifts/{shiftId}/sync', {
          params: { path: { shiftId } },
          body: { items: [{ ...item, idempotencyKey: key }] },
        });
        transcript.note(`${label}: ${data?.results.map((result) => result.status).join(',') ?? 'no answer'}`);
      }
    },
  ),

  scenario(
    'the final sync before the close',
    [
      'close before the final sync: 409 final_sync_incomplete',
      'final sync of a manifest the server lacks: 409 final_sync_incomplete',
      'close through the SDK: ok',
    ],
    async ({ target, client, transcript }) => {
      const { shiftId, activityTypeId } = await startShift(client);
      await submitContact(target, client, transcript, shiftId, activityTypeId, 3);
      const path = { params: { path: { shiftId } } };
      await transcript.raw('close before the final sync', () =>
        client.raw.POST('/shifts/{shiftId}/close', path),
      );
      const manifest = [...(await client.outbox.manifest(shiftId))];
      await transcript.raw('final sync of a manifest the server lacks', () =>
        client.raw.POST('/shifts/{shiftId}/sync/final', { ...path, body: { manifest } }),
      );
      target.admin.advanceClock(8 * 3_600_000);
      await transcript.step('close through the SDK', () => client.shifts.close(shiftId));
      await transcript.step('timesheet', async () => {
        const sheet = await client.shifts.timesheet(shiftId);
        transcript.note(`lateness ${sheet.latenessMinutes}, under-work ${sheet.underworkMinutes}`);
        return sheet;
      });
    },
  ),

  scenario(
    'HTTP faults',
    [
      'me under a 503: 503 service_unavailable',
      'sync under "101 ошибка" once: ok',
      'sync under a 400: 400 sync_bad_request',
    ],
    async ({ target, client, transcript }) => {
      const { shiftId, activityTypeId } = await startShift(client);
      target.admin.addFault({
        kind: 'http',
        status: 503,
        code: Code.service_unavailable,
        retryAfter: 120,
        target: { operation: 'getMe', times: 1 },
      });
      await transcript.step('me under a 503', () => client.auth.me());
      await submitContact(target, client, transcript, shiftId, activityTypeId, 4);
      target.admin.addFault({
        kind: 'http',
        status: 500,
        code: Code.sync_failed,
        appCode: 101,
        target: { operation: 'syncContacts', times: 1 },
      });
      await transcript.step('sync under "101 ошибка" once', () => client.sync.push(shiftId));
      await submitContact(target, client, transcript, shiftId, activityTypeId, 5);
      target.admin.addFault({
        kind: 'http',
        status: 400,
        code: Code.sync_bad_request,
        target: { operation: 'syncContacts', times: 1 },
      });
      await transcript.step('sync under a 400', () => client.sync.push(shiftId));
      transcript.note(`unsent ${await client.sync.unsentCount(shiftId)}`);
    },
  ),

  scenario(
    'a 502 storm with retries',
    ['shifts through two 502s: ok', 'me through a storm longer than the retries: 502 bad_gateway'],
    async ({ target, client, transcript }) => {
      await client.auth.login({ login: 'mk.aset', password: PASSWORD });
      target.admin.addFault({
        kind: 'http',
        status: 502,
        code: Code.bad_gateway,
        target: { operation: 'listShifts', times: 2 },
      });
      await transcript.step('shifts through two 502s', () => client.shifts.list());
      target.admin.addFault({
        kind: 'http',
        status: 502,
        code: Code.bad_gateway,
        target: { operation: 'getMe' },
      });
      await transcript.step('me through a storm longer than the retries', () => client.auth.me());
    },
  ),

  scenario(
    'KOMPRA down',
    ['ИИН check while KOMPRA is down: 503 kompra_unavailable', 'ИИН check once it is back: ok'],
    async ({ target, client, transcript }) => {
      const { shiftId, activityTypeId } = await startShift(client);
      const registration = await client.contacts.begin(shiftId, { activityTypeId });
      await transcript.step('consumer', () => registration.recordConsumer(consumer(6)));
      const fault = target.admin.addFault({ kind: 'kompra_down' });
      await transcript.step('ИИН check while KOMPRA is down', () => registration.checkIin());
      target.admin.removeFault(fault);
      await transcript.step('ИИН check once it is back', () => registration.checkIin());
    },
  ),

  scenario(
    'the SMS quota',
    ['SMS 3: ok', 'SMS 4: 429 sms_quota_exceeded', 'quota left: 0'],
    async ({ client, transcript }) => {
      const { shiftId, activityTypeId } = await startShift(client);
      const entry = consumer(7);
      const registration = await client.contacts.begin(shiftId, { activityTypeId });
      await transcript.step('consumer', () => registration.recordConsumer(entry));
      await transcript.step('ИИН', () => registration.checkIin());
      for (let send = 1; send <= 4; send++) {
        await transcript.step(`SMS ${send}`, () => registration.sendSmsCode());
      }
      transcript.note(`quota left: ${(await client.sms.quota(entry.phone)).remaining}`);
    },
  ),
];
