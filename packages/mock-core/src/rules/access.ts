import { localDateOf } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { refuse } from '../http/api-error.js';
import { type AnyOperationContext, sessionOf } from '../operations/operation-context.js';
import { COLLECTIONS, type ContactRecord, type ShiftRecord, type UserRecord } from '../state/records.js';

/** The signed-in user when they have `role`; otherwise `permission_denied` (403). */
export function requireRole(context: AnyOperationContext, role: UserRecord['role']): UserRecord {
  const { user } = sessionOf(context);
  if (user.role !== role) {
    throw refuse(Code.permission_denied, undefined, {
      detail: `You do not have permission to perform this action: it is for a ${role}.`,
    });
  }
  return user;
}

/**
 * A shift the signed-in user may see: their own (a consultant) or one of their team (a supervisor).
 * Unknown or deleted → `shift_not_found` (404); another consultant's → `shift_not_found` as well, so
 * that a consultant learns nothing of other shifts; another team's, for a supervisor → `permission_denied`.
 */
export function visibleShift(context: AnyOperationContext, shiftId: string): ShiftRecord {
  const { user } = sessionOf(context);
  const shift = context.core.store.get<ShiftRecord>(COLLECTIONS.shifts, shiftId);
  if (!shift || shift.status === 'deleted') throw refuse(Code.shift_not_found);
  if (user.role === 'consultant' && shift.consultantId !== user.id) throw refuse(Code.shift_not_found);
  if (user.role === 'supervisor' && shift.supervisorId !== user.id) throw refuse(Code.permission_denied);
  return shift;
}

/** A shift of the signed-in consultant, for work on it (supervisors → `permission_denied`). */
export function ownShift(context: AnyOperationContext, shiftId: string): ShiftRecord {
  requireRole(context, 'consultant');
  return visibleShift(context, shiftId);
}

/** A contact the signed-in user may see, with its shift; unknown or not theirs → `contact_not_found`. */
export function visibleContact(
  context: AnyOperationContext,
  contactId: string,
): { contact: ContactRecord; shift: ShiftRecord } {
  const { user } = sessionOf(context);
  const contact = context.core.store.get<ContactRecord>(COLLECTIONS.contacts, contactId);
  const shift = contact && context.core.store.get<ShiftRecord>(COLLECTIONS.shifts, contact.shiftId);
  if (!contact || !shift) throw refuse(Code.contact_not_found);
  const mine = user.role === 'consultant' ? shift.consultantId === user.id : shift.supervisorId === user.id;
  if (!mine) throw refuse(Code.contact_not_found);
  return { contact, shift };
}

/** Whether a shift's local day is today at `now` (Asia/Almaty). */
export function isToday(shift: ShiftRecord, now: Date): boolean {
  return shift.date === localDateOf(now);
}
