/**
 * Where each kind of fault strikes.
 *
 * - **request** faults are answered by {@link FaultEngine.decide}: the adapter that holds the request
 *   (the Fastify mock, an MSW handler) carries them out on the wire.
 * - **connection** faults are answered by {@link FaultEngine.connection}: they strike before any request
 *   exists (a DNS answer, a TCP connect), so only a window of virtual time, `times` and `probability`
 *   can target them.
 * - **upstream** faults are answered by {@link FaultEngine.upstream}: the simulated backend asks for the
 *   state of KOMPRA or of the SMS gateway before it calls them.
 */
export const REQUEST_FAULT_KINDS = ['http', 'follow_up_loop', 'reset_mid_body', 'abort', 'latency'] as const;

/** Faults that strike before any request exists; see {@link REQUEST_FAULT_KINDS}. */
export const CONNECTION_FAULT_KINDS = ['refuse', 'dns_failure'] as const;

/** States of a simulated upstream; see {@link REQUEST_FAULT_KINDS}. */
export const UPSTREAM_FAULT_KINDS = [
  'kompra_down',
  'kompra_slow',
  'sms_gateway_down',
  // not-an-error-code: a fault kind, named after the advisory code it leads to
  'sms_not_delivered',
] as const;

/** Every kind of fault, in the order the docs list them. */
export const FAULT_KINDS = [
  ...REQUEST_FAULT_KINDS,
  ...CONNECTION_FAULT_KINDS,
  ...UPSTREAM_FAULT_KINDS,
] as const;

/** A fault the adapter carries out on the request it is handling. */
export type RequestFaultKind = (typeof REQUEST_FAULT_KINDS)[number];
/** A fault that strikes a DNS answer or a TCP connect. */
export type ConnectionFaultKind = (typeof CONNECTION_FAULT_KINDS)[number];
/** A state of a simulated upstream (KOMPRA, the SMS gateway). */
export type UpstreamFaultKind = (typeof UPSTREAM_FAULT_KINDS)[number];
/** Any kind of fault. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The simulated upstreams the backend consults. */
export const UPSTREAM_NAMES = ['kompra', 'sms'] as const;
/** A simulated upstream: `kompra` (the ИИН check) or `sms` (the SMS gateway). */
export type UpstreamName = (typeof UPSTREAM_NAMES)[number];

/** Which upstream each upstream fault kind belongs to. */
export const UPSTREAM_OF_KIND: Readonly<Record<UpstreamFaultKind, UpstreamName>> = {
  kompra_down: 'kompra',
  kompra_slow: 'kompra',
  sms_gateway_down: 'sms',
  sms_not_delivered: 'sms',
};

/** The connection stage each connection fault kind strikes. */
export const STAGE_OF_KIND: Readonly<Record<ConnectionFaultKind, ConnectionStage>> = {
  dns_failure: 'dns',
  refuse: 'connect',
};

/** A stage of opening a connection: resolving the mock's hostname, or connecting to its port. */
export type ConnectionStage = 'dns' | 'connect';

const requestKinds: ReadonlySet<string> = new Set(REQUEST_FAULT_KINDS);

/** Whether a kind is answered by `decide` (it strikes a request). */
export function isRequestFaultKind(kind: FaultKind): kind is RequestFaultKind {
  return requestKinds.has(kind);
}

/** Whether a kind is answered by `upstream` (a state of KOMPRA or of the SMS gateway). */
export function isUpstreamFaultKind(kind: FaultKind): kind is UpstreamFaultKind {
  return Object.hasOwn(UPSTREAM_OF_KIND, kind);
}
