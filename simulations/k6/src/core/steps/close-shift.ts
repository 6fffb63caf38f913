/**
 * Step `close`: the consultant closes the shift (`POST /shifts/{shiftId}/close`). A close whose answer
 * was lost and that is retried answers `shift_already_closed`: that is a success.
 */
import { Code } from '../error-codes.ts';
import { type TabletSession, tabletHeaders } from '../tablet-session.ts';

/** The outcome of a close. */
export interface CloseOutcome {
  readonly closed: boolean;
  /** The server refused the close because the final sync is not complete. */
  readonly finalSyncIncomplete: boolean;
}

/** Closes the shift. */
export async function closeShift(
  session: TabletSession,
  shiftId: string,
  idempotencyKey: string,
): Promise<CloseOutcome> {
  const res = await session.api.send({
    step: 'close',
    method: 'POST',
    url: `${session.baseUrl}/shifts/${shiftId}/close`,
    name: '/shifts/{shiftId}/close',
    headers: tabletHeaders(session),
    idempotencyKey,
    expect: [200],
    alreadyDone: [Code.shift_already_closed],
  });
  return { closed: res.ok, finalSyncIncomplete: res.code === Code.final_sync_incomplete };
}
