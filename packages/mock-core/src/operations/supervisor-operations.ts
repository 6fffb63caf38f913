import { localDateOf } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { randomUuid } from '../backend/random-ids.js';
import { refuse } from '../http/api-error.js';
import { requireRole, visibleShift } from '../rules/access.js';
import { lastShiftNumber, newShiftRecord, putNewShift } from '../rules/new-shift.js';
import { META_ID } from '../seed/seed-state.js';
import {
  COLLECTIONS,
  type MetaRecord,
  type ProjectRecord,
  type ShiftRecord,
  type UserRecord,
} from '../state/records.js';
import { shiftsOfSupervisorOn } from '../state/shift-queries.js';
import { consultantsBoundTo } from '../state/user-queries.js';
import { shiftView } from '../views/shift-view.js';
import { consultantView, fullNameOf } from '../views/user-view.js';
import type { OperationContext, OperationTable } from './operation-context.js';

/** The longest shift a supervisor may assign, in hours. */
export const MAX_SHIFT_HOURS = 16;

/** The consultants (not deleted) bound to these supervisors (`null`: the unbound), by full name. */
function consultants(context: OperationContext, boundTo: readonly (string | null)[]): UserRecord[] {
  return boundTo
    .flatMap((supervisorId) => consultantsBoundTo(context.core.store, supervisorId))
    .filter((user) => user.deletedAt === null)
    .sort((a, b) => fullNameOf(a).localeCompare(fullNameOf(b), 'ru'));
}

/** A consultant by id (not deleted), or `not_found`. */
function consultantById(context: OperationContext, id: string): UserRecord {
  const user = context.core.store.get<UserRecord>(COLLECTIONS.users, id);
  if (user?.role !== 'consultant' || user.deletedAt !== null) {
    throw refuse(Code.not_found, undefined, { detail: 'No consultant has this id.' });
  }
  return user;
}

/** A shift of the supervisor's team that is not closed, for a change. */
function teamShiftForChange(context: OperationContext, shiftId: string): ShiftRecord {
  requireRole(context, 'supervisor');
  return visibleShift(context, shiftId);
}

function projectById(context: OperationContext, id: string): ProjectRecord {
  const project = context.core.store.get<ProjectRecord>(COLLECTIONS.projects, id);
  if (!project) throw refuse(Code.not_found, undefined, { detail: 'No project has this id.' });
  return project;
}

/** The supervisor's panel: binding consultants and assigning, changing and deleting shifts (R8, R12). */
export const supervisorOperations = {
  listConsultants: {
    handle: (context) => {
      const me = requireRole(context, 'supervisor');
      const bound = context.query.bound;
      const items = consultants(context, bound === true ? [me.id] : bound === false ? [null] : [me.id, null]);
      return { status: 200, body: { items: items.map(consultantView) } };
    },
  },

  listTeam: {
    handle: (context) => {
      const me = requireRole(context, 'supervisor');
      const items = consultants(context, [me.id]);
      return { status: 200, body: { items: items.map(consultantView) } };
    },
  },

  bindConsultant: {
    handle: (context) => {
      const me = requireRole(context, 'supervisor');
      const consultant = consultantById(context, context.body.consultantId);
      if (consultant.supervisorId === me.id) return { status: 200, body: consultantView(consultant) };
      if (consultant.supervisorId !== null) {
        throw refuse(Code.permission_denied, undefined, {
          detail: 'This consultant is bound to another supervisor, who must release them first.',
        });
      }
      const bound: UserRecord = { ...consultant, supervisorId: me.id };
      context.core.store.put(COLLECTIONS.users, bound.id, bound);
      return { status: 201, body: consultantView(bound) };
    },
  },

  listTeamShifts: {
    handle: (context) => {
      const me = requireRole(context, 'supervisor');
      const date = context.query.date ?? localDateOf(context.now);
      const shifts = shiftsOfSupervisorOn(context.core.store, me.id, date).filter(
        (shift) => shift.status !== 'deleted',
      );
      return { status: 200, body: { items: shifts.map((shift) => shiftView(context.core.store, shift)) } };
    },
  },

  assignShift: {
    handle: (context) => {
      const me = requireRole(context, 'supervisor');
      const { body } = context;
      const consultant = consultantById(context, body.consultantId);
      if (consultant.supervisorId === null) throw refuse(Code.consultant_not_bound);
      if (consultant.supervisorId !== me.id) {
        throw refuse(Code.permission_denied, undefined, { detail: 'This consultant is not in your team.' });
      }
      const project = projectById(context, body.projectId);
      const start = Date.parse(body.plannedStart);
      const end = Date.parse(body.plannedEnd);
      const errors = [];
      if (localDateOf(new Date(start)) !== body.date) {
        errors.push({
          field: 'date',
          code: 'invalid',
          message: 'The date must be the local day (Asia/Almaty) of plannedStart.',
        });
      }
      if (!(end > start)) {
        errors.push({
          field: 'plannedEnd',
          code: 'invalid',
          message: 'plannedEnd must be after plannedStart.',
        });
      } else if (end - start > MAX_SHIFT_HOURS * 3_600_000) {
        errors.push({
          field: 'plannedEnd',
          code: 'invalid',
          message: `A shift lasts at most ${MAX_SHIFT_HOURS} hours.`,
        });
      }
      if (errors.length > 0) throw refuse(Code.validation_failed, { errors });
      const { store } = context.core;
      const shift = store.transaction(() => {
        const meta = store.get<MetaRecord>(COLLECTIONS.meta, META_ID);
        const number = lastShiftNumber(meta) + 1;
        if (meta) store.put(COLLECTIONS.meta, META_ID, { ...meta, shiftNumber: number } satisfies MetaRecord);
        const created = newShiftRecord({
          id: randomUuid(),
          number,
          consultantId: consultant.id,
          supervisorId: me.id,
          projectId: project.id,
          date: body.date,
          plannedStart: new Date(start).toISOString(),
          plannedEnd: new Date(end).toISOString(),
        });
        putNewShift(store, created);
        return created;
      });
      return { status: 201, body: shiftView(store, shift) };
    },
  },

  changeShiftProject: {
    handle: (context) => {
      const shift = teamShiftForChange(context, context.params.shiftId);
      if (shift.status === 'closed') throw refuse(Code.shift_already_closed);
      const project = projectById(context, context.body.projectId);
      const changed: ShiftRecord = { ...shift, projectId: project.id };
      context.core.store.put(COLLECTIONS.shifts, shift.id, changed);
      return { status: 200, body: shiftView(context.core.store, changed) };
    },
  },

  deleteShift: {
    handle: (context) => {
      const shift = teamShiftForChange(context, context.params.shiftId);
      if (shift.status === 'in_progress') throw refuse(Code.shift_already_started);
      if (shift.status === 'closed') throw refuse(Code.shift_already_closed);
      const deleted: ShiftRecord = { ...shift, status: 'deleted', deletedAt: context.now.toISOString() };
      context.core.store.put(COLLECTIONS.shifts, shift.id, deleted);
      return { status: 204, body: null };
    },
  },
} satisfies Partial<OperationTable>;
