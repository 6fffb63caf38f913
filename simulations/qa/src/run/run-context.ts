import type { UserRecord } from '@icontact/mock-core';
import {
  type ClientKind,
  createClient,
  createMemoryTokenStore,
  type IContactClient,
  type Storage,
  type TokenStore,
} from '@icontact/sdk';
import type { QaScenario } from '../scenario/scenario-schema.js';
import type { AdminClient } from './admin-client.js';
import type { MockTarget } from './mock-target.js';
import type { ProgressSink, RunRecorder } from './run-recorder.js';
import type { ClockDriver } from './virtual-clock-driver.js';

/** A project as the runner looks it up by name. */
export interface ProjectInfo {
  readonly id: string;
  readonly name: string;
  readonly activityTypes: readonly { readonly id: string; readonly name: string }[];
}

/** What every actor of a run shares. */
export interface RunContext {
  readonly scenario: QaScenario;
  /** The virtual instant the run starts at, epoch ms. */
  readonly start: number;
  /** Past this virtual instant an actor stops waiting and ends its script. */
  readonly deadline: number;
  readonly clock: ClockDriver;
  readonly recorder: RunRecorder;
  readonly progress: ProgressSink;
  readonly admin: AdminClient;
  readonly target: MockTarget;
  /** Every account after the team was set up, by login. */
  readonly users: ReadonlyMap<string, UserRecord>;
  /** The projects, by name. */
  readonly projects: ReadonlyMap<string, ProjectInfo>;
}

/** What a client of an actor is made of. */
export interface ActorClientOptions {
  readonly actor: string;
  readonly appVersion: string;
  readonly clientKind: ClientKind;
  readonly storage?: Storage;
  readonly tokenStore?: TokenStore;
}

/** An SDK client for an actor: the target's fetch, the virtual clock, the scenario's retry settings, events to the recorder. */
export function createActorClient(context: RunContext, options: ActorClientOptions): IContactClient {
  return createClient({
    baseUrl: context.target.apiUrl,
    appVersion: options.appVersion,
    clientKind: options.clientKind,
    fetch: context.target.fetch,
    now: () => context.clock.now(),
    retry: context.scenario.sdkRetry,
    timeouts: { requestMs: 10_000 },
    onEvent: context.recorder.sdkListener(options.actor),
    tokenStore: options.tokenStore ?? createMemoryTokenStore(),
    ...(options.storage === undefined ? {} : { storage: options.storage }),
  });
}

/** The first project, or the one named; throws naming the known ones. */
export function projectNamed(
  projects: ReadonlyMap<string, ProjectInfo>,
  name: string | undefined,
): ProjectInfo {
  const project = name === undefined ? [...projects.values()][0] : projects.get(name);
  if (project === undefined) {
    throw new Error(`No project "${name}" on the mock: use one of ${[...projects.keys()].join(', ')}`);
  }
  return project;
}
