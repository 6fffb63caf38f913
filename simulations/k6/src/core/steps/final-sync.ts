/**
 * Step `final_sync`: the tablet sends the manifest of the shift, every key it recorded
 * (`POST /shifts/{shiftId}/sync/final`). The server answers 200 when it holds them all, or 409
 * `final_sync_incomplete` with the keys it lacks.
 */
import { Code } from '../error-codes.ts';
import { type TabletSession, tabletHeaders } from '../tablet-session.ts';

/** The outcome of a final sync. */
export interface FinalSyncOutcome {
  readonly complete: boolean;
  /** The keys the server said it lacks (empty when complete or when the call failed). */
  readonly missing: readonly string[];
}

function missingOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { missing } = body as { missing?: unknown };
  return Array.isArray(missing) ? missing.filter((key): key is string => typeof key === 'string') : [];
}

/** Runs the final sync of the shift with its manifest. */
export async function finalSync(
  session: TabletSession,
  shiftId: string,
  manifest: readonly string[],
  idempotencyKey: string,
): Promise<FinalSyncOutcome> {
  const res = await session.api.send({
    step: 'final_sync',
    method: 'POST',
    url: `${session.baseUrl}/shifts/${shiftId}/sync/final`,
    name: '/shifts/{shiftId}/sync/final',
    headers: tabletHeaders(session),
    idempotencyKey,
    body: { manifest },
    // 409 is an answer, not a failure: it lists what to upload again.
    expect: [200, 409],
  });
  if (res.status === 409 && res.code === Code.final_sync_incomplete) {
    return { complete: false, missing: missingOf(res.body) };
  }
  return {
    complete: session.recorder.check('final_sync: the server holds the whole manifest', res.status === 200),
    missing: [],
  };
}
