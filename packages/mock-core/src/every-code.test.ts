import { catalogue, type ErrorCode } from '@icontact/errors';
import { expect, it } from 'vitest';
import { randomUuid } from './backend/random-ids.js';
import { atWork, CONSUMER, contactAt, DETAILS } from './test-support/flows.js';
import { type Answer, harness, PASSWORD } from './test-support/harness.js';

type Harness = ReturnType<typeof harness>;

/**
 * Every code the mock answers on the wire, each with one request that produces it (issue 13, item 4):
 * a code the mock could never send would be a documented answer no client can be tested against. The
 * codes that only the real backend's failures produce (`bad_gateway`, the sync "101", …) are produced as
 * QA produces them, with a one-off fault in `X-Mock-Fault`. Transport, local and advisory codes never
 * come as an HTTP answer (the catalogue's `wire.kind`), so they are not listed.
 */
const producers: Record<string, (h: Harness) => Promise<Answer>> = {
  // ── any operation ──
  internal_server_error: (h) =>
    h.call('GET', '/app/version', {
      headers: { 'X-Mock-Fault': 'kind=http; status=500; code=internal_server_error' },
    }),
  bad_gateway: (h) =>
    h.call('GET', '/app/version', { headers: { 'X-Mock-Fault': 'kind=http; status=502; code=bad_gateway' } }),
  service_unavailable: (h) =>
    h.call('GET', '/app/version', {
      headers: { 'X-Mock-Fault': 'kind=http; status=503; code=service_unavailable' },
    }),
  rate_limited: (h) =>
    h.call('GET', '/app/version', {
      headers: { 'X-Mock-Fault': 'kind=http; status=429; code=rate_limited' },
    }),
  app_version_outdated: (h) => h.call('GET', '/projects', { appVersion: '1.0.0' }),
  access_closed: (h) =>
    h.call('POST', '/auth/token', { clientKind: 'web', body: { login: 'mk.aigerim', password: PASSWORD } }),
  validation_failed: (h) => h.call('POST', '/auth/token', { body: { login: 'mk.aigerim' } }),
  malformed_json: (h) => h.call('POST', '/auth/token', { body: '{"login":', raw: true }),
  unsupported_media_type: (h) =>
    h.call('POST', '/auth/token', {
      body: '{"login":"mk.aigerim","password":"x"}',
      raw: true,
      headers: { 'Content-Type': 'text/plain' },
    }),
  payload_too_large: (h) =>
    h.call('POST', '/auth/token', { body: `"${'x'.repeat(2 * 1024 * 1024)}"`, raw: true }),
  not_found: (h) => h.callUnrouted('GET', '/no/such/path'),
  method_not_allowed: (h) => h.callUnrouted('DELETE', '/auth/token'),
  idempotency_key_reused: async (h) => {
    const work = await atWork(h);
    const key = randomUuid();
    const open = (activityTypeId: string) =>
      h.call('POST', `/shifts/${work.shiftId}/contacts`, {
        token: work.token,
        headers: { 'Idempotency-Key': key },
        body: { activityTypeId },
      });
    await open(work.activityTypeId);
    return open(randomUuid());
  },
  idempotency_request_in_progress: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'consumer_recorded');
    h.admin.setUpstreams({ kompra: { state: 'slow', delayMs: 200, timeoutMs: 5000 } });
    const check = () =>
      h.call('POST', `/contacts/${id}/iin-check`, {
        token: work.token,
        headers: { 'Idempotency-Key': 'k-1' },
      });
    const [, second] = await Promise.all([check(), check()]);
    return second;
  },
  authentication_required: (h) => h.call('GET', '/auth/me'),
  token_not_valid: (h) => h.call('GET', '/auth/me', { token: 'ica_made_up' }),
  permission_denied: async (h) => h.call('GET', '/supervisor/team', { token: await h.login('mk.aigerim') }),
  // ── login and password ──
  login_before_shift_window: (h) =>
    h.call('POST', '/auth/token', { body: { login: 'mk.olga', password: PASSWORD } }),
  outside_shift: (h) => h.call('POST', '/auth/token', { body: { login: 'mk.yerlan', password: PASSWORD } }),
  no_active_account: (h) =>
    h.call('POST', '/auth/token', { body: { login: 'mk.nobody', password: PASSWORD } }),
  invalid_credentials: (h) =>
    h.call('POST', '/auth/token', { body: { login: 'mk.aset', password: 'Wrong-pass1' } }),
  too_many_login_attempts: async (h) => {
    const wrong = () =>
      h.call('POST', '/auth/token', { body: { login: 'mk.aset', password: 'Wrong-pass1' } });
    for (let attempt = 1; attempt < 5; attempt++) await wrong();
    return wrong();
  },
  account_locked: async (h) => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await h.call('POST', '/auth/token', { body: { login: 'mk.aset', password: 'Wrong-pass1' } });
    }
    return h.call('POST', '/auth/token', { body: { login: 'mk.aset', password: PASSWORD } });
  },
  account_deleted: (h) =>
    h.call('POST', '/auth/token', { body: { login: 'mk.deleted', password: PASSWORD } }),
  invalid_email: (h) => h.call('POST', '/auth/password-reset', { body: { email: 'aset@mail' } }),
  password_reset_token_invalid: (h) =>
    h.call('POST', '/auth/password-reset/confirm', {
      body: { token: 'rst_unknown', newPassword: 'New-Passw0rd' },
    }),
  password_too_weak: async (h) => {
    const email = h.admin.users().find((user) => user.login === 'mk.aset')?.email;
    await h.call('POST', '/auth/password-reset', { body: { email } });
    const token = h.admin.emails().at(-1)?.token;
    return h.call('POST', '/auth/password-reset/confirm', { body: { token, newPassword: '12345678' } });
  },
  // ── shifts ──
  activity_not_in_project: async (h) => {
    const work = await atWork(h);
    const sv = await h.login('sv.nurlan', { clientKind: 'web' });
    const projects = await h.call('GET', '/projects', { token: sv, clientKind: 'web' });
    const own = new Set(
      (work.shift.project.activityTypes as { id: string }[]).map((activity) => activity.id),
    );
    const foreign = (projects.body.items as { activityTypes: { id: string }[] }[])
      .flatMap((project) => project.activityTypes)
      .find((activity) => !own.has(activity.id));
    if (foreign === undefined) throw new Error('every project of the seed allows the same activities');
    return h.call('POST', `/shifts/${work.shiftId}/contacts`, {
      token: work.token,
      body: { activityTypeId: foreign.id },
    });
  },
  consultant_not_bound: async (h) => h.call('GET', '/shifts', { token: await h.login('mk.unbound') }),
  shift_not_found: async (h) =>
    h.call('GET', `/shifts/${randomUuid()}`, { token: await h.login('mk.aigerim') }),
  shift_already_started: async (h) => {
    const work = await atWork(h);
    return h.call('POST', `/shifts/${work.shiftId}/start`, { token: work.token });
  },
  shift_not_started: async (h) =>
    h.call('POST', `/shifts/${h.shiftOf('mk.aigerim').id}/close`, { token: await h.login('mk.aigerim') }),
  shift_already_closed: async (h) => {
    const work = await atWork(h);
    await h.call('POST', `/shifts/${work.shiftId}/sync/final`, { token: work.token, body: { manifest: [] } });
    await h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
    return h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
  },
  final_sync_incomplete: async (h) => {
    const work = await atWork(h);
    return h.call('POST', `/shifts/${work.shiftId}/close`, { token: work.token });
  },
  shift_close_failed: async (h) => {
    const work = await atWork(h);
    return h.call('POST', `/shifts/${work.shiftId}/close`, {
      token: work.token,
      headers: { 'X-Mock-Fault': 'kind=http; status=500; code=shift_close_failed' },
    });
  },
  // ── contacts and ИИН ──
  contact_not_found: async (h) =>
    h.call('GET', `/contacts/${randomUuid()}`, { token: await h.login('mk.aigerim') }),
  contact_step_conflict: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'opened');
    return h.call('POST', `/contacts/${id}/iin-check`, { token: work.token });
  },
  contact_closed: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'opened');
    const refuse = { reason: 'a wrong name was entered' };
    await h.call('POST', `/contacts/${id}/refuse`, { token: work.token, body: refuse });
    return h.call('POST', `/contacts/${id}/refuse`, { token: work.token, body: refuse });
  },
  consumer_incomplete: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'opened');
    return h.call('PUT', `/contacts/${id}/consumer`, {
      token: work.token,
      body: { ...CONSUMER, patronymic: '' },
    });
  },
  iin_invalid: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'opened');
    return h.call('PUT', `/contacts/${id}/consumer`, {
      token: work.token,
      body: { ...CONSUMER, iin: '061211600013' },
    });
  },
  iin_malformed_server_error: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'consumer_recorded');
    return h.call('POST', `/contacts/${id}/iin-check`, {
      token: work.token,
      headers: { 'X-Mock-Fault': 'kind=http; status=500; code=iin_malformed_server_error' },
    });
  },
  kompra_unavailable: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'consumer_recorded');
    h.admin.setUpstreams({ kompra: { state: 'down' } });
    return h.call('POST', `/contacts/${id}/iin-check`, { token: work.token });
  },
  kompra_timeout: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'consumer_recorded');
    h.admin.setUpstreams({ kompra: { state: 'slow', delayMs: 100, timeoutMs: 20 } });
    return h.call('POST', `/contacts/${id}/iin-check`, { token: work.token });
  },
  iin_not_verified: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'consumer_recorded');
    return h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  },
  phone_invalid: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'opened');
    return h.call('PUT', `/contacts/${id}/consumer`, {
      token: work.token,
      body: { ...CONSUMER, phone: '+15551234567' },
    });
  },
  // ── SMS ──
  sms_quota_exceeded: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'sms_sent');
    await h.call('POST', `/contacts/${id}/sms`, { token: work.token });
    await h.call('POST', `/contacts/${id}/sms`, { token: work.token });
    return h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  },
  sms_gateway_unavailable: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'iin_verified');
    h.admin.setUpstreams({ smsGateway: { state: 'down' } });
    return h.call('POST', `/contacts/${id}/sms`, { token: work.token });
  },
  sms_code_invalid: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'sms_sent');
    return h.call('POST', `/contacts/${id}/sms/verify`, { token: work.token, body: { code: '000000' } });
  },
  sms_code_expired: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'sms_sent');
    h.backend.clock.advance(6 * 60_000);
    return h.call('POST', `/contacts/${id}/sms/verify`, { token: work.token, body: { code: '000000' } });
  },
  sms_code_attempts_exceeded: async (h) => {
    const work = await atWork(h);
    const id = await contactAt(h, work, 'sms_sent');
    const wrong = () =>
      h.call('POST', `/contacts/${id}/sms/verify`, { token: work.token, body: { code: '000000' } });
    for (let attempt = 1; attempt <= 3; attempt++) await wrong();
    return wrong();
  },
  // ── sync ──
  sync_bad_request: async (h) => {
    const work = await atWork(h);
    return h.call('POST', `/shifts/${work.shiftId}/sync`, { token: work.token, body: { items: [] } });
  },
  sync_failed: async (h) => {
    const work = await atWork(h);
    return h.call('POST', `/shifts/${work.shiftId}/sync`, {
      token: work.token,
      body: { items: [] },
      headers: { 'X-Mock-Fault': 'kind=http; status=500; code=sync_failed; appCode=101' },
    });
  },
  sync_batch_too_large: async (h) => {
    const work = await atWork(h);
    const items = Array.from({ length: 101 }, () => ({
      idempotencyKey: randomUuid(),
      contactId: randomUuid(),
      recordedAt: '2026-11-24T03:35:00.000Z',
      contact: {
        activityTypeId: work.activityTypeId,
        step: 'submitted',
        consumer: CONSUMER,
        details: DETAILS,
      },
    }));
    return h.call('POST', `/shifts/${work.shiftId}/sync`, { token: work.token, body: { items } });
  },
};

/** The codes that come as an HTTP answer: every one must have a producer above. */
const wireCodes = catalogue.filter((entry) => entry.wire.kind === 'http').map((entry) => entry.code);

it('has a request for every code the catalogue says comes on the wire, and for no other', () => {
  expect(Object.keys(producers).sort()).toEqual([...wireCodes].sort());
});

it.each(wireCodes.map((code) => [code]))(
  'produces %s with its request, as the contract describes it',
  async (code: ErrorCode) => {
    const h = harness();
    const produce = producers[code];
    if (produce === undefined) throw new Error(`no request produces ${code}`);
    const answer = await produce(h);
    expect(answer.body.code, JSON.stringify(answer.body)).toBe(code);
    expect(answer.body.requestId).toBe(answer.headers['x-request-id']);
  },
);
