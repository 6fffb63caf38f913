import { randomUUID } from 'node:crypto';
import type { ApiRequest } from '../support/api-client.js';
import { fieldOf, type HttpAnswer } from '../support/http-answer.js';
import { validIin } from '../support/iin-digits.js';
import { SEED_PASSWORD } from '../support/mock-harness.js';

/** What the load sent and what came back, by status class; `failed` got no answer (network, timeout). */
export interface LoadTally {
  sent: number;
  ok: number;
  clientErrors: number;
  serverErrors: number;
  failed: number;
  /** Contacts opened, refused after their SMS, and synced. */
  contacts: number;
}

/** A new, empty {@link LoadTally}. */
export function emptyTally(): LoadTally {
  return { sent: 0, ok: 0, clientErrors: 0, serverErrors: 0, failed: 0, contacts: 0 };
}

/** Options of {@link runDayLoad} and {@link runReadLoad}. */
export interface SteadyLoadOptions {
  /** Sends one API request (the reliability suite's raw client). */
  readonly api: (request: ApiRequest) => Promise<HttpAnswer>;
  /** A seeded consultant whose shift is open now. */
  readonly login: string;
  /** The consultant's number, which keeps their phone numbers apart from the others'. */
  readonly index: number;
  /** Whether to go on with another round. */
  readonly goOn: () => boolean;
  /** Where the counts go (shared by every consultant). */
  readonly tally: LoadTally;
  /** Per-request limit, ms: a request without an answer by then counts as `failed`. Default: 10 000. */
  readonly requestTimeoutMs?: number;
}

/** A sender that counts every answer in the tally by status class, and a request without one as `failed`. */
function countingSender(
  options: SteadyLoadOptions,
): (request: ApiRequest) => Promise<HttpAnswer | undefined> {
  const { tally } = options;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  return async (request) => {
    tally.sent += 1;
    try {
      const answer = await options.api({ ...request, signal: AbortSignal.timeout(timeoutMs) });
      if (answer.status >= 500) tally.serverErrors += 1;
      else if (answer.status >= 400) tally.clientErrors += 1;
      else tally.ok += 1;
      return answer;
    } catch {
      tally.failed += 1;
      return undefined;
    }
  };
}

/** Logs in and returns the access token, or pauses 100 ms and returns `undefined` when that failed. */
async function logIn(
  send: (request: ApiRequest) => Promise<HttpAnswer | undefined>,
  login: string,
): Promise<string | undefined> {
  const answer = await send({
    method: 'POST',
    path: '/auth/token',
    json: { login, password: SEED_PASSWORD },
  });
  const token = fieldOf(answer?.body, 'access');
  if (typeof token === 'string') return token;
  await new Promise((resolve) => setTimeout(resolve, 100));
  return undefined;
}

const SURNAME = 'Сейтказиева';

/**
 * One consultant's steady load, round after round until `goOn()` says stop: log in, read the shifts
 * (starting the shift once), read `me` and the projects, register a contact up to its SMS and refuse it
 * ("Отказ"), upload the refusal, read the SMS quota, try a wrong password, log out. Every round leaves
 * what a working day leaves in the mock: a session and its tokens, idempotency keys, a contact, an SMS
 * sent to a new number, a sync item, a failed-login count. Never throws for an answer: it counts it.
 */
export async function runDayLoad(options: SteadyLoadOptions): Promise<void> {
  const { tally, login, index } = options;
  const send = countingSender(options);
  for (let round = 0; options.goOn(); round += 1) {
    const token = await logIn(send, login);
    if (token === undefined) continue;
    const shifts = await send({ method: 'GET', path: '/shifts', token });
    const shift = (
      fieldOf(shifts?.body, 'items') as
        | { id: string; status: string; project?: { activityTypes?: { id: string }[] } }[]
        | undefined
    )?.[0];
    if (shift?.status === 'planned') await send({ method: 'POST', path: `/shifts/${shift.id}/start`, token });
    await send({ method: 'GET', path: '/auth/me', token });
    await send({ method: 'GET', path: '/projects', token });

    const phone = `+7701${String(index % 10)}${String(round % 1_000_000).padStart(6, '0')}`;
    const activityTypeId = shift?.project?.activityTypes?.[0]?.id;
    if (shift !== undefined && activityTypeId !== undefined) {
      const opened = await send({
        method: 'POST',
        path: `/shifts/${shift.id}/contacts`,
        token,
        json: { activityTypeId },
      });
      const contactId = fieldOf(opened?.body, 'id');
      if (typeof contactId === 'string') {
        const consumer = {
          surname: SURNAME,
          firstName: 'Әсел',
          patronymic: 'Қайратқызы',
          iin: validIin(index * 1000 + (round % 1000)),
          phone,
        };
        await send({ method: 'PUT', path: `/contacts/${contactId}/consumer`, token, json: consumer });
        await send({ method: 'POST', path: `/contacts/${contactId}/iin-check`, token });
        await send({ method: 'POST', path: `/contacts/${contactId}/sms`, token });
        const reason = 'передумал';
        await send({ method: 'POST', path: `/contacts/${contactId}/refuse`, token, json: { reason } });
        await send({
          method: 'POST',
          path: `/shifts/${shift.id}/sync`,
          token,
          json: {
            items: [
              {
                idempotencyKey: randomUUID(),
                contactId,
                recordedAt: new Date().toISOString(),
                contact: { activityTypeId, step: 'refused', consumer, refusalReason: reason },
              },
            ],
          },
        });
        tally.contacts += 1;
      }
    }
    await send({ method: 'GET', path: `/sms/quota/${encodeURIComponent(phone)}`, token });
    await send({ method: 'POST', path: '/auth/token', json: { login, password: 'wrong-password' } });
    await send({ method: 'POST', path: '/auth/logout', token });
  }
}

/**
 * A load that leaves nothing behind: one session per consultant (logged in again when its access token
 * expires), then only reads — the shifts, `me`, the projects, an SMS quota — until `goOn()` says stop.
 * The state does not grow, so any growth of the heap under it is the server's own.
 */
export async function runReadLoad(options: SteadyLoadOptions): Promise<void> {
  const send = countingSender(options);
  const phone = `+7701${String(options.index % 10)}000000`;
  let token: string | undefined;
  while (options.goOn()) {
    token ??= await logIn(send, options.login);
    if (token === undefined) continue;
    const answers = [
      await send({ method: 'GET', path: '/shifts', token }),
      await send({ method: 'GET', path: '/auth/me', token }),
      await send({ method: 'GET', path: '/projects', token }),
      await send({ method: 'GET', path: `/sms/quota/${encodeURIComponent(phone)}`, token }),
    ];
    if (answers.some((answer) => answer?.status === 401)) token = undefined;
  }
}
