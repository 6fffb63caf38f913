import type { ErrorCode, LocalizedText, RetryPolicy } from '@icontact/errors';
import type { FaultKind, FaultSpec } from '@icontact/faults';
import type { Expectation } from '../scenario/expectation-schema.js';
import type { FaultSpan } from './fault-plan.js';

/** What a virtual consultant did about an error it saw. */
export type Reaction =
  | { readonly kind: 'retry'; readonly at: number }
  | { readonly kind: 'relogin' }
  | { readonly kind: 'later' }
  | { readonly kind: 'give_up'; readonly reason: string };

/** An error the app showed a consultant (or a supervisor). */
export interface Observation {
  /** Virtual instant, epoch ms. */
  readonly at: number;
  readonly actor: string;
  /** The step or screen, e.g. `login`, `register.checkIin`, `close`. */
  readonly step: string;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly status?: number;
  readonly remedy: LocalizedText;
  readonly retry: RetryPolicy;
  readonly reaction: Reaction;
}

/** One point of the run's timeline, in virtual time. */
export type TimelineEvent =
  | { readonly type: 'request'; readonly at: number; readonly actor: string; readonly operation: string }
  | {
      readonly type: 'retry';
      readonly at: number;
      readonly actor: string;
      readonly operation: string;
      readonly reason: string;
      readonly code?: ErrorCode;
    }
  | {
      readonly type: 'request_failed';
      readonly at: number;
      readonly actor: string;
      readonly operation: string;
      readonly code: ErrorCode;
    }
  | { readonly type: 'backlog'; readonly at: number; readonly actor: string; readonly unsent: number };

/** A fault the mock injected, from its fault log. */
export interface InjectedFault {
  readonly at: number;
  readonly faultId: string;
  readonly kind: FaultKind;
  /** What it struck: `POST /shifts/…/sync` for a request, `connect` / `dns` / `kompra` / `sms` otherwise. */
  readonly subject: string;
}

/** A contact a consultant recorded in the outbox: it must reach the server exactly once. */
export interface RecordedContact {
  readonly actor: string;
  readonly shiftId: string;
  readonly contactId: string;
  /** The idempotency key of the contact's record in the outbox and in every sync of it. */
  readonly recordKey: string;
  readonly outcome: 'submitted' | 'refused';
}

/** How one actor's run ended. */
export interface ActorSummary {
  readonly login: string;
  readonly role: 'consultant' | 'supervisor';
  /** Steps done and steps that finally failed. */
  readonly stepsDone: number;
  readonly stepsFailed: number;
  /** Why the script stopped early, or `null` when it ran to its end. */
  readonly stoppedBecause: string | null;
  /** Contacts recorded (submitted or refused). */
  readonly contacts: number;
  /** Errors the app showed. */
  readonly errorsSeen: number;
  /** The SDK's repeats of requests (`request:retry` events). */
  readonly retries: number;
  /** Requests started. */
  readonly requests: number;
  /** Contacts still in the outbox at the end. */
  readonly unsent: number;
  /** The consultant's shift, when it has one. */
  readonly shiftId: string | null;
}

/** The verdict on one expectation. */
export interface Verdict {
  readonly expectation: Expectation;
  /** The expectation in words. */
  readonly title: string;
  readonly passed: boolean;
  /** What the run showed. */
  readonly message: string;
}

/** Everything one scenario run produced. */
export interface RunResult {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  /** Guide entries the scenario reproduces. */
  readonly guide: readonly number[];
  readonly seed: number;
  /** Whether every expectation held and the harness did not fail. */
  readonly passed: boolean;
  /** The harness's own failure (the mock could not start, an admin call failed), or `null`. */
  readonly error: string | null;
  /** Real time the run took, ms. */
  readonly realDurationMs: number;
  /** Virtual instants, epoch ms. */
  readonly virtualStart: number;
  readonly virtualEnd: number;
  readonly faults: readonly FaultSpec[];
  readonly faultSpans: readonly FaultSpan[];
  readonly injected: readonly InjectedFault[];
  readonly actors: readonly ActorSummary[];
  readonly observations: readonly Observation[];
  readonly timeline: readonly TimelineEvent[];
  readonly contacts: readonly RecordedContact[];
  readonly verdicts: readonly Verdict[];
}

/** A whole run of the runner: every scenario's result. */
export interface QaReport {
  /** The report format. */
  readonly version: 1;
  /** When the run began (real time, ISO 8601). */
  readonly createdAt: string;
  /** Whether every scenario passed. */
  readonly passed: boolean;
  readonly runs: readonly RunResult[];
}
