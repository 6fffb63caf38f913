import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import type { AssignShiftRequest, Consultant, Shift } from '../types.js';
import { type CallOptions, initOf, type MutationOptions } from './call-options.js';

/** The supervisor's panel: consultants, the team, and the team's shifts (R8, R12). */
export class SupervisorResource {
  readonly #context: SdkContext;

  constructor(context: SdkContext) {
    this.#context = context;
  }

  /**
   * Consultants: `{ bound: true }` those bound to this supervisor, `{ bound: false }` those bound to
   * nobody yet (the ones to bind). Default: both.
   */
  async consultants(
    query: { bound?: boolean } = {},
    options: CallOptions = {},
  ): Promise<readonly Consultant[]> {
    return (
      await unwrap(
        this.#context.raw.GET('/supervisor/consultants', { params: { query }, ...initOf(options) }),
      )
    ).items;
  }

  /** The supervisor's own consultants. */
  async team(options: CallOptions = {}): Promise<readonly Consultant[]> {
    return (await unwrap(this.#context.raw.GET('/supervisor/team', initOf(options)))).items;
  }

  /** Binds a consultant to the supervisor (until then the consultant sees no shift, R12). */
  bind(consultantId: string, options: MutationOptions = {}): Promise<Consultant> {
    return unwrap(this.#context.raw.POST('/supervisor/team', { body: { consultantId }, ...initOf(options) }));
  }

  /** The team's shifts, of one day (`YYYY-MM-DD`, Asia/Almaty) or of the server's default range. */
  async shifts(query: { date?: string } = {}, options: CallOptions = {}): Promise<readonly Shift[]> {
    return (
      await unwrap(this.#context.raw.GET('/supervisor/shifts', { params: { query }, ...initOf(options) }))
    ).items;
  }

  /** Assigns a shift: day, planned start and end, project. */
  assignShift(assignment: AssignShiftRequest, options: MutationOptions = {}): Promise<Shift> {
    return unwrap(this.#context.raw.POST('/supervisor/shifts', { body: assignment, ...initOf(options) }));
  }

  /** Changes a shift's project (only the supervisor can, R8, guide #2). */
  changeShiftProject(shiftId: string, projectId: string, options: MutationOptions = {}): Promise<Shift> {
    return unwrap(
      this.#context.raw.PATCH('/supervisor/shifts/{shiftId}', {
        params: { path: { shiftId } },
        body: { projectId },
        ...initOf(options),
      }),
    );
  }

  /** Deletes a shift. */
  async deleteShift(shiftId: string, options: MutationOptions = {}): Promise<void> {
    await unwrap(
      this.#context.raw.DELETE('/supervisor/shifts/{shiftId}', {
        params: { path: { shiftId } },
        ...initOf(options),
      }),
    );
  }
}
