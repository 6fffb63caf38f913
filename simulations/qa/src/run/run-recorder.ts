import type { IContactError, RequestEvent } from '@icontact/sdk';
import type { Observation, Reaction, RecordedContact, TimelineEvent } from './run-result.js';

/** What the progress display is told while a scenario runs. */
export interface ProgressSink {
  /** A scenario begins, with its actors' logins. */
  scenarioStarted(name: string, actors: readonly string[]): void;
  /** An actor's state changed: what it does now, at which virtual instant. */
  actorUpdated(actor: string, state: ActorProgress): void;
  /** The scenario ended. */
  scenarioEnded(name: string, passed: boolean): void;
}

/** One actor's line on the progress display. */
export interface ActorProgress {
  /** Virtual now, epoch ms. */
  readonly at: number;
  /** The step under way, or `done` / `stopped: …`. */
  readonly doing: string;
  readonly contacts: number;
  readonly unsent: number;
  /** The last error code seen, if any. */
  readonly lastError?: string;
}

/** A progress sink that shows nothing (tests, `--no-progress`). */
export const SILENT_PROGRESS: ProgressSink = {
  scenarioStarted: () => {},
  actorUpdated: () => {},
  scenarioEnded: () => {},
};

/** Collects what happens during one run: requests, retries, errors seen, backlog, recorded contacts. */
export class RunRecorder {
  readonly timeline: TimelineEvent[] = [];
  readonly observations: Observation[] = [];
  readonly contacts: RecordedContact[] = [];
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** A listener for one actor's SDK events. */
  sdkListener(actor: string): (event: RequestEvent) => void {
    return (event) => {
      const at = this.#now();
      const operation = event.operation ?? `${event.method} ${new URL(event.url).pathname}`;
      if (event.type === 'request:start') this.timeline.push({ type: 'request', at, actor, operation });
      else if (event.type === 'request:retry') {
        this.timeline.push({
          type: 'retry',
          at,
          actor,
          operation,
          reason: event.reason,
          ...(event.error === undefined ? {} : { code: event.error.code }),
        });
      } else if (event.type === 'request:fail') {
        this.timeline.push({ type: 'request_failed', at, actor, operation, code: event.error.code });
      }
    };
  }

  /** The app showed `error` to `actor` at `step`; the actor reacted so. */
  seen(actor: string, step: string, error: IContactError, reaction: Reaction): Observation {
    const observation: Observation = {
      at: this.#now(),
      actor,
      step,
      code: error.code,
      detail: error.detail,
      ...(error.status === undefined ? {} : { status: error.status }),
      remedy: error.remedy,
      retry: error.retry,
      reaction,
    };
    this.observations.push(observation);
    return observation;
  }

  /** `actor` has `unsent` contacts in its outbox now. */
  backlog(actor: string, unsent: number): void {
    this.timeline.push({ type: 'backlog', at: this.#now(), actor, unsent });
  }

  /** A contact went into `actor`'s outbox. */
  recorded(contact: RecordedContact): void {
    this.contacts.push(contact);
  }

  /** How many SDK retries and requests `actor` made. */
  countsOf(actor: string): { requests: number; retries: number } {
    let requests = 0;
    let retries = 0;
    for (const event of this.timeline) {
      if (event.actor !== actor) continue;
      if (event.type === 'request') requests += 1;
      else if (event.type === 'retry') retries += 1;
    }
    return { requests, retries };
  }
}
