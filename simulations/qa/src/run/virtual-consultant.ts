import { localDateOf } from '@icontact/domain';
import { Code } from '@icontact/errors';
import {
  type ConsumerEntry,
  createMemoryStorage,
  createMemoryTokenStore,
  type IContactClient,
  LocalError,
  type Storage,
  type TokenStore,
} from '@icontact/sdk';
import { resolveMoment } from '../scenario/local-time.js';
import type { ConsultantStep, ConsumerOverride } from '../scenario/step-schemas.js';
import { registerContact } from './contact-flow.js';
import { type ConsumerGenerator, createConsumerGenerator } from './generated-consumers.js';
import { persist, type StepOutcome, TimeLimitReached, waitUntil } from './persist.js';
import { createActorClient, type RunContext } from './run-context.js';
import type { ActorSummary } from './run-result.js';
import type { TeamConsultant } from './team-setup.js';

/** The generated consumer with the fields the scenario gives instead (later overrides win). */
export function withOverrides(
  generated: ConsumerEntry,
  ...overrides: readonly (ConsumerOverride | undefined)[]
): ConsumerEntry {
  let consumer = generated;
  for (const override of overrides) {
    if (override === undefined) continue;
    const given = Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));
    consumer = { ...consumer, ...given };
  }
  return consumer;
}

/** The password a `resetPassword` step sets when it names none. */
export const DEFAULT_NEW_PASSWORD = 'New-passw0rd';

/**
 * A virtual consultant: one tablet (app version, client kind, local storage), one SDK client, and the
 * scenario's script played step by step on the virtual clock, reacting to each error as the guide says.
 */
export class VirtualConsultant {
  readonly login: string;
  readonly #context: RunContext;
  readonly #member: TeamConsultant;
  readonly #consumers: ConsumerGenerator;
  #appVersion: string;
  #password: string;
  #storage: Storage;
  #tokenStore: TokenStore;
  #client: IContactClient;
  #shiftId: string | null = null;
  #activityTypes: readonly { readonly id: string; readonly name: string }[] = [];
  #stepsDone = 0;
  #stepsFailed = 0;
  #stoppedBecause: string | null = null;
  #doing = 'waiting';

  constructor(context: RunContext, member: TeamConsultant) {
    this.#context = context;
    this.#member = member;
    this.login = member.login;
    this.#consumers = createConsumerGenerator(context.scenario.seed, member.index);
    this.#appVersion = member.plan.device.appVersion;
    this.#password = context.users.get(member.login)?.password ?? '';
    this.#storage = this.#newStorage();
    this.#tokenStore = createMemoryTokenStore();
    this.#client = this.#newClient();
  }

  #newStorage(): Storage {
    const bytes = this.#member.plan.device.storageBytes;
    return createMemoryStorage(bytes === undefined ? {} : { capacityBytes: bytes });
  }

  #newClient(): IContactClient {
    return createActorClient(this.#context, {
      actor: this.login,
      appVersion: this.#appVersion,
      clientKind: this.#member.plan.device.clientKind,
      storage: this.#storage,
      tokenStore: this.#tokenStore,
    });
  }

  /** Plays the script to its end, or until a step fails with `onFailure: stop`. */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the script player's loop: wait, play, count, stop on failure
  async run(): Promise<void> {
    try {
      for (const [index, step] of this.#member.plan.script.entries()) {
        if (step.at !== undefined)
          await waitUntil(this.#context, resolveMoment(step.at, this.#context.start));
        if (step.after !== undefined) await waitUntil(this.#context, this.#context.clock.now() + step.after);
        this.#doing = `${step.do} (${index + 1}/${this.#member.plan.script.length})`;
        await this.#report();
        const outcome = await this.#play(step);
        if (outcome.ok) this.#stepsDone += 1;
        else {
          this.#stepsFailed += 1;
          if ((step.onFailure ?? 'stop') === 'stop') {
            this.#stoppedBecause = `${step.do} failed: ${outcome.reason}`;
            break;
          }
        }
        await this.#sampleBacklog();
      }
    } catch (thrown) {
      if (!(thrown instanceof TimeLimitReached)) throw thrown;
      this.#stoppedBecause = thrown.message;
    }
    this.#doing = this.#stoppedBecause === null ? 'done' : `stopped: ${this.#stoppedBecause}`;
    await this.#report();
  }

  async #report(): Promise<void> {
    const last = this.#context.recorder.observations.filter((o) => o.actor === this.login).at(-1);
    this.#context.progress.actorUpdated(this.login, {
      at: this.#context.clock.now(),
      doing: this.#doing,
      contacts: this.#context.recorder.contacts.filter((contact) => contact.actor === this.login).length,
      unsent: await this.#client.sync.unsentCount(),
      ...(last === undefined ? {} : { lastError: last.code }),
    });
  }

  async #sampleBacklog(): Promise<void> {
    this.#context.recorder.backlog(this.login, await this.#client.sync.unsentCount());
  }

  /** Logs in again with the current password (for an `after_login` error). */
  async #relogin(): Promise<boolean> {
    try {
      await this.#client.auth.login({ login: this.login, password: this.#password });
      return true;
    } catch {
      return false;
    }
  }

  #persist<T>(
    step: ConsultantStep,
    name: string,
    call: (attempt: number) => Promise<T>,
  ): Promise<StepOutcome<T>> {
    return persist(
      this.#context,
      { actor: this.login, step: name, timing: step, relogin: () => this.#relogin() },
      call,
    );
  }

  #noShift(): StepOutcome<never> {
    return { ok: false, error: null, reason: 'no shift started' };
  }

  async #play(step: ConsultantStep): Promise<StepOutcome<unknown>> {
    const client = this.#client;
    switch (step.do) {
      case 'login':
        return this.#persist(step, 'login', async () => {
          const kind = step.clientKind ?? this.#member.plan.device.clientKind;
          const loginClient =
            kind === this.#member.plan.device.clientKind
              ? this.#client
              : createActorClient(this.#context, {
                  actor: this.login,
                  appVersion: this.#appVersion,
                  clientKind: kind,
                });
          return loginClient.auth.login({
            login: step.login ?? this.login,
            password: step.password ?? this.#password,
          });
        });
      case 'logout':
        return this.#persist(step, 'logout', () => client.auth.logout());
      case 'updateApp':
        this.#appVersion = step.version;
        this.#client = this.#newClient();
        return { ok: true, value: step.version };
      case 'clearAppData':
        // Settings – Apps – iContact – Clear data: the outbox and the session are gone (guide #13).
        this.#storage = this.#newStorage();
        this.#tokenStore = createMemoryTokenStore();
        this.#client = this.#newClient();
        return { ok: true, value: null };
      case 'resetPassword':
        return this.#resetPassword(step);
      case 'start':
        return this.#start(step);
      case 'register':
        return this.#register(step);
      case 'sync': {
        const shiftId = this.#shiftId;
        if (shiftId === null) return this.#noShift();
        return this.#persist(step, 'sync', () => client.sync.push(shiftId));
      }
      case 'close': {
        const shiftId = this.#shiftId;
        if (shiftId === null) return this.#noShift();
        return this.#persist({ attempts: 6, pause: 120_000, ...step }, 'close', () =>
          client.shifts.close(shiftId),
        );
      }
      case 'wait':
        return { ok: true, value: null };
    }
  }

  async #resetPassword(
    step: Extract<ConsultantStep, { do: 'resetPassword' }>,
  ): Promise<StepOutcome<unknown>> {
    const user = this.#context.users.get(this.login);
    const email = user?.email ?? `${this.login}@icontact.example`;
    const requested = await this.#persist(step, 'resetPassword', () =>
      this.#client.auth.requestPasswordReset(step.email ?? email),
    );
    if (!requested.ok) return requested;
    const letter = (await this.#context.admin.emails()).filter((mail) => mail.to === email).at(-1);
    if (letter === undefined) return { ok: false, error: null, reason: `no reset email reached ${email}` };
    const newPassword = step.newPassword ?? DEFAULT_NEW_PASSWORD;
    const confirmed = await this.#persist(step, 'resetPassword.confirm', () =>
      this.#client.auth.confirmPasswordReset({ token: letter.token, newPassword }),
    );
    if (confirmed.ok) this.#password = newPassword;
    return confirmed;
  }

  async #start(step: Extract<ConsultantStep, { do: 'start' }>): Promise<StepOutcome<unknown>> {
    const today = localDateOf(new Date(this.#context.clock.now()));
    const listed = await this.#persist(step, 'start.shifts', async () => {
      const shifts = (await this.#client.shifts.list({ from: today, to: today })).filter(
        (shift) => shift.status === 'planned' || shift.status === 'in_progress',
      );
      const shift = shifts[0];
      if (shift === undefined) {
        // An empty shift list is what the app shows for guide #23.
        throw new LocalError({
          code: Code.shift_not_found,
          detail: 'No shift today in the app.',
          operation: 'listShifts',
        });
      }
      return shift;
    });
    if (!listed.ok) return listed;
    const shift = listed.value;
    if (shift.status === 'planned') {
      const started = await this.#persist(step, 'start', () => this.#client.shifts.start(shift.id));
      if (!started.ok) return started;
    }
    this.#shiftId = shift.id;
    this.#activityTypes = shift.project.activityTypes;
    return { ok: true, value: shift };
  }

  async #register(step: Extract<ConsultantStep, { do: 'register' }>): Promise<StepOutcome<unknown>> {
    const shiftId = this.#shiftId;
    if (shiftId === null) return this.#noShift();
    const activity =
      step.activity === undefined
        ? this.#activityTypes[0]
        : [...this.#context.projects.values()]
            .flatMap((candidate) => candidate.activityTypes)
            .find((type) => type.name === step.activity);
    if (activity === undefined) {
      throw new Error(`No activity type "${step.activity}" in any project of the mock`);
    }
    let previousStart = this.#context.clock.now();
    for (let index = 0; index < step.count; index++) {
      if (index > 0 && step.every !== undefined) await waitUntil(this.#context, previousStart + step.every);
      previousStart = this.#context.clock.now();
      this.#doing = `register ${index + 1}/${step.count}`;
      await this.#report();
      const consumer = withOverrides(this.#consumers.next(), step.consumer, step.consumers?.[index]);
      await registerContact(
        this.#context,
        {
          login: this.login,
          client: this.#client,
          shiftId,
          activityTypeId: activity.id,
          relogin: () => this.#relogin(),
        },
        consumer,
        step,
        step.mistake,
      );
      if (step.syncEach) await this.#backgroundSync(shiftId);
      await this.#sampleBacklog();
    }
    return { ok: true, value: null };
  }

  /** The app's background sync: one try; a failure is shown and the items wait for the next push. */
  async #backgroundSync(shiftId: string): Promise<void> {
    await persist(
      this.#context,
      { actor: this.login, step: 'sync (background)', timing: { attempts: 1 } },
      () => this.#client.sync.push(shiftId),
    );
  }

  /** How the consultant's run ended. */
  async summary(): Promise<ActorSummary> {
    const counts = this.#context.recorder.countsOf(this.login);
    return {
      login: this.login,
      role: 'consultant',
      stepsDone: this.#stepsDone,
      stepsFailed: this.#stepsFailed,
      stoppedBecause: this.#stoppedBecause,
      contacts: this.#context.recorder.contacts.filter((contact) => contact.actor === this.login).length,
      errorsSeen: this.#context.recorder.observations.filter((o) => o.actor === this.login).length,
      retries: counts.retries,
      requests: counts.requests,
      unsent: await this.#client.sync.unsentCount(),
      shiftId: this.#shiftId,
    };
  }
}
