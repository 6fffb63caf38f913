import { localDateOf } from '@icontact/domain';
import type { IContactClient } from '@icontact/sdk';
import { resolveMoment } from '../scenario/local-time.js';
import type { SupervisorStep } from '../scenario/step-schemas.js';
import type { SupervisorPlan } from '../scenario/team-schema.js';
import { persist, TimeLimitReached, waitUntil } from './persist.js';
import { projectNamed, type RunContext } from './run-context.js';
import type { ActorSummary } from './run-result.js';

/** A virtual supervisor in the web panel, playing its script on the virtual clock. */
export class VirtualSupervisor {
  readonly login: string;
  readonly #context: RunContext;
  readonly #plan: SupervisorPlan;
  readonly #client: IContactClient;
  #stepsDone = 0;
  #stepsFailed = 0;
  #stoppedBecause: string | null = null;

  constructor(context: RunContext, plan: SupervisorPlan, client: IContactClient) {
    this.#context = context;
    this.#plan = plan;
    this.#client = client;
    this.login = plan.login;
  }

  /** Plays the script. */
  async run(): Promise<void> {
    try {
      for (const step of this.#plan.script) {
        if (step.at !== undefined)
          await waitUntil(this.#context, resolveMoment(step.at, this.#context.start));
        if (step.after !== undefined) await waitUntil(this.#context, this.#context.clock.now() + step.after);
        this.#context.progress.actorUpdated(this.login, {
          at: this.#context.clock.now(),
          doing: step.do,
          contacts: 0,
          unsent: 0,
        });
        const outcome = await persist(this.#context, { actor: this.login, step: step.do, timing: step }, () =>
          this.#play(step),
        );
        if (outcome.ok) this.#stepsDone += 1;
        else {
          this.#stepsFailed += 1;
          if ((step.onFailure ?? 'stop') === 'stop') {
            this.#stoppedBecause = `${step.do} failed: ${outcome.reason}`;
            break;
          }
        }
      }
    } catch (thrown) {
      if (!(thrown instanceof TimeLimitReached)) throw thrown;
      this.#stoppedBecause = thrown.message;
    }
  }

  #consultantId(login: string): string {
    const user = this.#context.users.get(login);
    if (user === undefined) throw new Error(`No consultant "${login}" on the mock`);
    return user.id;
  }

  async #todaysShiftOf(login: string): Promise<string> {
    const consultantId = this.#consultantId(login);
    const today = localDateOf(new Date(this.#context.clock.now()));
    const shift = (await this.#client.supervisor.shifts({ date: today })).find(
      (candidate) => candidate.consultant.id === consultantId,
    );
    if (shift === undefined) throw new Error(`${this.login} has no shift of ${login} today`);
    return shift.id;
  }

  async #play(step: SupervisorStep): Promise<unknown> {
    const supervisor = this.#client.supervisor;
    switch (step.do) {
      case 'changeProject':
        return supervisor.changeShiftProject(
          await this.#todaysShiftOf(step.consultant),
          projectNamed(this.#context.projects, step.project).id,
        );
      case 'deleteShift':
        return supervisor.deleteShift(await this.#todaysShiftOf(step.consultant));
      case 'assignShift': {
        const plannedStart = new Date(resolveMoment(step.start, this.#context.start));
        return supervisor.assignShift({
          consultantId: this.#consultantId(step.consultant),
          date: localDateOf(plannedStart),
          plannedStart: plannedStart.toISOString(),
          plannedEnd: new Date(resolveMoment(step.end, this.#context.start)).toISOString(),
          projectId: projectNamed(this.#context.projects, step.project).id,
        });
      }
      case 'bind':
        return supervisor.bind(this.#consultantId(step.consultant));
      case 'wait':
        return null;
    }
  }

  /** How the supervisor's run ended. */
  summary(): ActorSummary {
    const counts = this.#context.recorder.countsOf(this.login);
    return {
      login: this.login,
      role: 'supervisor',
      stepsDone: this.#stepsDone,
      stepsFailed: this.#stepsFailed,
      stoppedBecause: this.#stoppedBecause,
      contacts: 0,
      errorsSeen: this.#context.recorder.observations.filter((o) => o.actor === this.login).length,
      retries: counts.retries,
      requests: counts.requests,
      unsent: 0,
      shiftId: null,
    };
  }
}
