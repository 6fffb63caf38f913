/**
 * Step `open_contact`: the day's work before the close. Each contact of the shift is opened online
 * (`POST /shifts/{shiftId}/contacts`), which gives it its server id; the rest of it is recorded on the
 * tablet and uploaded at the close.
 */
import type { PlannedContact } from '../shift-contacts.ts';
import type { OpenedContact } from '../sync-item.ts';
import { type TabletSession, tabletHeaders } from '../tablet-session.ts';
import type { ShiftInfo } from './start-shift.ts';

function isOpened(body: unknown): body is { id: string; openedAt: string } {
  if (typeof body !== 'object' || body === null) return false;
  const { id, openedAt } = body as { id?: unknown; openedAt?: unknown };
  return typeof id === 'string' && typeof openedAt === 'string';
}

/**
 * Opens every planned contact in the shift, each with the project's activity type its draw picks.
 *
 * @returns the opened contacts, or `null` when one could not be opened
 */
export async function openContacts(
  session: TabletSession,
  shift: ShiftInfo,
  planned: readonly PlannedContact[],
): Promise<OpenedContact[] | null> {
  const types = shift.project.activityTypes;
  if (!session.recorder.check('open_contact: the project allows an activity type', types.length > 0))
    return null;
  const opened: OpenedContact[] = [];
  for (const contact of planned) {
    const activityTypeId = types[Math.floor(contact.activityDraw * types.length)]?.id ?? '';
    const res = await session.api.send({
      step: 'open_contact',
      method: 'POST',
      url: `${session.baseUrl}/shifts/${shift.id}/contacts`,
      name: '/shifts/{shiftId}/contacts',
      headers: tabletHeaders(session),
      idempotencyKey: contact.openKey,
      body: { activityTypeId },
      expect: [201, 200],
    });
    if (
      !session.recorder.check('open_contact: the contact is opened', res.ok && isOpened(res.body)) ||
      !isOpened(res.body)
    ) {
      return null;
    }
    opened.push({ planned: contact, contactId: res.body.id, activityTypeId, openedAt: res.body.openedAt });
  }
  return opened;
}
