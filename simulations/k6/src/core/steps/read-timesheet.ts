/** Step `timesheet`: the consultant reads the closed shift's timesheet (`GET /shifts/{shiftId}/timesheet`). */
import { type TabletSession, tabletHeaders } from '../tablet-session.ts';

/** Reads the timesheet. @returns whether it says the shift was closed correctly */
export async function readTimesheet(session: TabletSession, shiftId: string): Promise<boolean> {
  const res = await session.api.send({
    step: 'timesheet',
    method: 'GET',
    url: `${session.baseUrl}/shifts/${shiftId}/timesheet`,
    name: '/shifts/{shiftId}/timesheet',
    headers: tabletHeaders(session),
    expect: [200],
  });
  const closedCorrectly = res.ok ? (res.body as { closedCorrectly?: unknown }).closedCorrectly : undefined;
  return session.recorder.check('timesheet: the shift was closed correctly', closedCorrectly === true);
}
