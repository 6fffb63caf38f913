/**
 * Step `start_shift`: the consultant finds the shift (`GET /shifts/{shiftId}`, or today's list
 * `GET /shifts`) and starts it when it is still planned (`POST /shifts/{shiftId}/start`). A start whose answer was lost and that is retried answers
 * `shift_already_started`: that is a success.
 */
import { Code } from '../error-codes.ts';
import { type TabletSession, tabletHeaders } from '../tablet-session.ts';

/** The parts of a shift the flow reads. */
export interface ShiftInfo {
  readonly id: string;
  readonly status: 'planned' | 'in_progress' | 'closed';
  readonly project: { readonly activityTypes: readonly { readonly id: string }[] };
}

function isShiftList(body: unknown): body is { items: ShiftInfo[] } {
  return typeof body === 'object' && body !== null && Array.isArray((body as { items?: unknown }).items);
}

function isShift(body: unknown): body is ShiftInfo {
  return typeof body === 'object' && body !== null && typeof (body as { id?: unknown }).id === 'string';
}

/** The shift to close: the flow's own (`GET /shifts/{shiftId}`), or the first open one of today (`GET /shifts`). */
async function findShift(session: TabletSession, shiftId: string | null): Promise<ShiftInfo | undefined> {
  if (shiftId !== null) {
    const res = await session.api.send({
      step: 'start_shift',
      method: 'GET',
      url: `${session.baseUrl}/shifts/${shiftId}`,
      name: '/shifts/{shiftId}',
      headers: tabletHeaders(session),
      expect: [200],
    });
    return isShift(res.body) ? res.body : undefined;
  }
  const list = await session.api.send({
    step: 'start_shift',
    method: 'GET',
    url: `${session.baseUrl}/shifts`,
    name: '/shifts',
    headers: tabletHeaders(session),
    expect: [200],
  });
  return isShiftList(list.body) ? list.body.items.find((shift) => shift.status !== 'closed') : undefined;
}

/**
 * Finds the shift to close and starts it if it is still planned.
 *
 * @param shiftId - the flow's own shift, or `null` to take the first open shift of today
 * @param idempotencyKey - the start's key, the same on every attempt
 * @returns the shift in progress, or `null` when there is none or it could not be started
 */
export async function startShiftIfNeeded(
  session: TabletSession,
  shiftId: string | null,
  idempotencyKey: string,
): Promise<ShiftInfo | null> {
  const open = await findShift(session, shiftId);
  if (
    !session.recorder.check(
      'start_shift: the consultant has the shift open today',
      open !== undefined && open.status !== 'closed',
    ) ||
    !open
  ) {
    return null;
  }
  if (open.status === 'in_progress') return open;
  const started = await session.api.send({
    step: 'start_shift',
    method: 'POST',
    url: `${session.baseUrl}/shifts/${open.id}/start`,
    name: '/shifts/{shiftId}/start',
    headers: tabletHeaders(session),
    idempotencyKey,
    expect: [200],
    alreadyDone: [Code.shift_already_started],
  });
  return session.recorder.check('start_shift: the shift is in progress', started.ok) ? open : null;
}
