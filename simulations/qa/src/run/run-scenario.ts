import type { FaultLogEntry } from '@icontact/faults';
import { checkExpectation } from '../expect/check-expectation.js';
import type { RunFacts } from '../expect/run-facts.js';
import type { LoadedScenario } from '../scenario/load-scenarios.js';
import { faultSpans, portShouldBeOpen } from './fault-plan.js';
import { type MockTargetOptions, openMockTarget } from './mock-target.js';
import type { RunContext } from './run-context.js';
import { type ProgressSink, RunRecorder, SILENT_PROGRESS } from './run-recorder.js';
import type { ActorSummary, InjectedFault, RunResult } from './run-result.js';
import { setUpTeam } from './team-setup.js';
import { createRunningClock, createSteppedClock, mockClockMover } from './virtual-clock-driver.js';
import { VirtualConsultant } from './virtual-consultant.js';
import { VirtualSupervisor } from './virtual-supervisor.js';

/** Options of {@link runScenario}. */
export interface RunOptions extends MockTargetOptions {
  /** Where progress goes. Default: nowhere. */
  readonly progress?: ProgressSink;
}

function subjectOf(entry: FaultLogEntry): string {
  const subject = entry.subject;
  if (subject.type === 'request') return `${subject.method} ${subject.path}`;
  return subject.type === 'connection' ? subject.stage : subject.name;
}

/**
 * Runs one scenario: opens the mock (in process, or the one given), resets it to the scenario's seed
 * and clock, sets the team up, registers the fault plan, plays every actor's script concurrently on
 * the virtual clock, then reads what the server holds and checks every expectation.
 *
 * Never throws for a scenario that fails: the result says `passed: false` and why (`error` for a
 * failure of the harness itself).
 */
export async function runScenario(loaded: LoadedScenario, options: RunOptions = {}): Promise<RunResult> {
  const { scenario, file } = loaded;
  const progress = options.progress ?? SILENT_PROGRESS;
  const realStart = Date.now();
  const start = Date.parse(scenario.clock.start);
  const base = {
    file,
    name: scenario.name,
    description: scenario.description,
    guide: scenario.guide,
    seed: scenario.seed,
    faults: scenario.faults,
  };
  let readNow = (): number => start;
  const recorder = new RunRecorder(() => readNow());
  let actors: ActorSummary[] = [];
  try {
    const target = await openMockTarget(options, { seed: scenario.seed, clockStart: scenario.clock.start });
    try {
      const { admin } = target;
      if (scenario.faults.some((fault) => fault.kind === 'dns_failure') && !target.resolvesThroughMockDns) {
        throw new Error(
          "the plan has a dns_failure fault, but names are not resolved through the mock's DNS responder: run the mock in process, or give --dns-server",
        );
      }
      await admin.clearFaults();
      await admin.setClock(new Date(start), 0);
      await admin.reset(scenario.seed);

      const speed = scenario.clock.speed;
      const clock =
        speed > 0
          ? createRunningClock({ start, speed })
          : createSteppedClock({
              start,
              moveMockClock: mockClockMover(
                admin,
                scenario.faults.some((fault) => fault.kind === 'refuse')
                  ? (at) => portShouldBeOpen(scenario.faults, at)
                  : undefined,
              ),
            });
      readNow = () => clock.now();
      const shared = {
        scenario,
        start,
        deadline: start + scenario.timeLimitHours * 3_600_000,
        clock,
        recorder,
        progress,
        admin,
        target,
      };
      const team = await setUpTeam(shared);
      const context: RunContext = { ...shared, users: team.users, projects: team.projects };
      for (const fault of scenario.faults) await admin.addFault(fault);
      if (speed > 0) await admin.setClock(new Date(start), speed);

      const consultants = team.consultants.map((member) => new VirtualConsultant(context, member));
      const supervisors = scenario.team.supervisors
        .filter((plan) => plan.script.length > 0)
        .map((plan) => {
          const client = team.supervisors.get(plan.login);
          if (client === undefined) throw new Error(`supervisor ${plan.login} is not logged in`);
          return new VirtualSupervisor(context, plan, client);
        });
      progress.scenarioStarted(
        scenario.name,
        [...consultants, ...supervisors].map((actor) => actor.login),
      );
      const everyone = [...consultants, ...supervisors];
      for (const _ of everyone) clock.join();
      await Promise.all(
        everyone.map(async (actor) => {
          try {
            await actor.run();
          } finally {
            clock.leave();
          }
        }),
      );
      const end = clock.now();
      actors = [
        ...(await Promise.all(consultants.map((c) => c.summary()))),
        ...supervisors.map((s) => s.summary()),
      ];

      const [syncItems, log, counters, smsSent] = await Promise.all([
        admin.syncItems(),
        admin.faultLog(),
        admin.faultCounters(),
        admin.smsSent(),
      ]);
      const facts: RunFacts = {
        consultants: team.consultants.map((member) => member.login),
        userIds: new Map([...team.users.values()].map((user) => [user.login, user.id])),
        recorded: recorder.contacts,
        observations: recorder.observations,
        timeline: recorder.timeline,
        syncItems: syncItems.map(({ shiftId, idempotencyKey, contactId }) => ({
          shiftId,
          idempotencyKey,
          contactId,
        })),
        serverContacts: await admin.contacts(),
        shifts: await admin.shifts(),
        faultCounters: counters,
        smsSent,
        unsent: new Map(actors.map((actor) => [actor.login, actor.unsent])),
        end,
      };
      const verdicts = scenario.expect.map((expectation) => checkExpectation(expectation, facts));
      const injected: InjectedFault[] = log.map((entry) => ({
        at: Date.parse(entry.at),
        faultId: entry.faultId,
        kind: entry.kind,
        subject: subjectOf(entry),
      }));
      const passed = verdicts.every((verdict) => verdict.passed);
      progress.scenarioEnded(scenario.name, passed);
      return {
        ...base,
        passed,
        error: null,
        realDurationMs: Date.now() - realStart,
        virtualStart: start,
        virtualEnd: end,
        faultSpans: faultSpans(scenario.faults, start, Math.max(end, start + 60_000)),
        injected,
        actors,
        observations: recorder.observations,
        timeline: recorder.timeline,
        contacts: recorder.contacts,
        verdicts,
      };
    } finally {
      await target.close();
    }
  } catch (error) {
    progress.scenarioEnded(scenario.name, false);
    return {
      ...base,
      passed: false,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      realDurationMs: Date.now() - realStart,
      virtualStart: start,
      virtualEnd: readNow(),
      faultSpans: [],
      injected: [],
      actors,
      observations: recorder.observations,
      timeline: recorder.timeline,
      contacts: recorder.contacts,
      verdicts: [],
    };
  }
}
