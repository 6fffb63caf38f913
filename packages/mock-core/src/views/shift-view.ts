import { computeTimesheet } from '@icontact/domain';
import type { Schema } from '../spec/schema-types.js';
import { COLLECTIONS, type ProjectRecord, type ShiftRecord, type UserRecord } from '../state/records.js';
import type { Store } from '../store/store.js';
import { fullNameOf } from './user-view.js';

/** The `Project` of the contract. */
export function projectView(project: ProjectRecord): Schema<'Project'> {
  return {
    id: project.id,
    name: project.name,
    activityTypes: project.activityTypes.map((type) => ({ id: type.id, name: type.name })),
    pay: { ...project.pay },
  };
}

/** The `Shift` of the contract: with its consultant and its project embedded. */
export function shiftView(store: Store, shift: ShiftRecord): Schema<'Shift'> {
  const consultant = store.get<UserRecord>(COLLECTIONS.users, shift.consultantId);
  const project = store.get<ProjectRecord>(COLLECTIONS.projects, shift.projectId);
  if (!consultant || !project) throw new Error(`Shift ${shift.id} refers to a missing consultant or project`);
  return {
    id: shift.id,
    number: shift.number,
    date: shift.date,
    status: shift.status === 'deleted' ? 'planned' : shift.status,
    plannedStart: shift.plannedStart,
    plannedEnd: shift.plannedEnd,
    actualStart: shift.actualStart,
    actualEnd: shift.actualEnd,
    consultant: { id: consultant.id, fullName: fullNameOf(consultant) },
    project: projectView(project),
    finalSync: {
      status: shift.finalSyncCompletedAt === null ? 'pending' : 'completed',
      completedAt: shift.finalSyncCompletedAt,
    },
  };
}

const toDate = (value: string | null): Date | null => (value === null ? null : new Date(value));

/** The `Timesheet` of the contract, computed by the domain's rules. */
export function timesheetView(shift: ShiftRecord): Schema<'Timesheet'> {
  const sheet = computeTimesheet({
    plannedStart: new Date(shift.plannedStart),
    plannedEnd: new Date(shift.plannedEnd),
    actualStart: toDate(shift.actualStart),
    actualEnd: toDate(shift.actualEnd),
    closedBy: shift.closedBy,
    finalSyncCompletedAt: toDate(shift.finalSyncCompletedAt),
  });
  return {
    shiftId: shift.id,
    date: shift.date,
    plannedStart: shift.plannedStart,
    plannedEnd: shift.plannedEnd,
    actualStart: shift.actualStart,
    actualEnd: shift.actualEnd,
    ...sheet,
    finalSyncCompletedAt: shift.finalSyncCompletedAt,
  };
}
