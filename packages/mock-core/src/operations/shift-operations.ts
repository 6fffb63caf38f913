import { canWork, localDateOf, parseLocalDate } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { refuse } from '../http/api-error.js';
import { isToday, ownShift, requireRole, visibleShift } from '../rules/access.js';
import { finalSyncGap, finalSyncIncomplete, isGapClosed, lastManifestOf } from '../rules/final-sync-gap.js';
import { requireSyncOrCloseAllowed, requireWorkAllowed, scheduleOf } from '../rules/shift-schedule.js';
import { COLLECTIONS, type ProjectRecord, type ShiftRecord } from '../state/records.js';
import { shiftsOfConsultant } from '../state/shift-queries.js';
import { projectView, shiftView, timesheetView } from '../views/shift-view.js';
import type { OperationTable } from './operation-context.js';

/** The longest date range `GET /shifts` accepts, in days. */
export const MAX_SHIFT_RANGE_DAYS = 31;

function byPlannedStart(a: ShiftRecord, b: ShiftRecord): number {
  return a.plannedStart < b.plannedStart ? -1 : a.plannedStart > b.plannedStart ? 1 : 0;
}

function daysBetween(from: string, to: string): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  if (!a || !b) return Number.NaN;
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** The consultant's shifts, the projects, the timesheet (R8–R12). */
export const shiftOperations = {
  listProjects: {
    handle: (context) => {
      const { core } = context;
      const { user } = context.session ?? { user: null };
      let projects = core.store.list<ProjectRecord>(COLLECTIONS.projects);
      if (user?.role === 'consultant') {
        const mine = new Set(
          shiftsOfConsultant(core.store, user.id)
            .filter((shift) => shift.status !== 'deleted')
            .map((shift) => shift.projectId),
        );
        projects = projects.filter((project) => mine.has(project.id));
      }
      return { status: 200, body: { items: projects.map(projectView) } };
    },
  },

  listShifts: {
    handle: (context) => {
      const user = requireRole(context, 'consultant');
      const today = localDateOf(context.now);
      const from = context.query.from ?? today;
      const to = context.query.to ?? from;
      const span = daysBetween(from, to);
      if (!(span >= 0)) {
        throw refuse(Code.validation_failed, {
          errors: [{ field: 'query.to', code: 'invalid', message: '`to` must not be before `from`.' }],
        });
      }
      if (span >= MAX_SHIFT_RANGE_DAYS) {
        throw refuse(Code.validation_failed, {
          errors: [
            {
              field: 'query.to',
              code: 'invalid',
              message: `The range holds at most ${MAX_SHIFT_RANGE_DAYS} days.`,
            },
          ],
        });
      }
      if (user.supervisorId === null) throw refuse(Code.consultant_not_bound);
      const shifts = shiftsOfConsultant(context.core.store, user.id)
        .filter((shift) => shift.status !== 'deleted')
        .filter((shift) => shift.date >= from && shift.date <= to)
        .sort(byPlannedStart);
      return { status: 200, body: { items: shifts.map((shift) => shiftView(context.core.store, shift)) } };
    },
  },

  getShift: {
    handle: (context) => ({
      status: 200,
      body: shiftView(context.core.store, visibleShift(context, context.params.shiftId)),
    }),
  },

  startShift: {
    handle: (context) => {
      const { core, now } = context;
      const shift = ownShift(context, context.params.shiftId);
      if (shift.status === 'in_progress') throw refuse(Code.shift_already_started);
      if (shift.status === 'closed') throw refuse(Code.shift_already_closed);
      if (!isToday(shift, now) && !canWork(scheduleOf(shift), now).ok) {
        // A shift of another day, outside its window, is not today's shift (R12): the app does not show it.
        throw refuse(Code.shift_not_found);
      }
      requireWorkAllowed(shift, now);
      const started: ShiftRecord = { ...shift, status: 'in_progress', actualStart: now.toISOString() };
      core.store.put(COLLECTIONS.shifts, shift.id, started);
      return { status: 200, body: shiftView(core.store, started) };
    },
  },

  closeShift: {
    handle: (context) => {
      const { core, now } = context;
      const shift = ownShift(context, context.params.shiftId);
      requireSyncOrCloseAllowed(shift);
      // Closed correctly only after a complete final sync, and only while nothing submitted since is missing.
      const gap = finalSyncGap(core.store, shift.id, lastManifestOf(shift));
      if (shift.finalSyncCompletedAt === null || !isGapClosed(gap)) throw finalSyncIncomplete(gap);
      const closed: ShiftRecord = {
        ...shift,
        status: 'closed',
        actualEnd: now.toISOString(),
        closedBy: 'consultant',
      };
      core.store.put(COLLECTIONS.shifts, shift.id, closed);
      return { status: 200, body: shiftView(core.store, closed) };
    },
  },

  getTimesheet: {
    handle: (context) => ({
      status: 200,
      body: timesheetView(visibleShift(context, context.params.shiftId)),
    }),
  },
} satisfies Partial<OperationTable>;
