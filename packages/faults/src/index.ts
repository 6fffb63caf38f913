export type {
  AbortFaultAction,
  ConnectionDecision,
  FaultDecision,
  FaultSource,
  FollowUpLoopFaultAction,
  HttpFaultAction,
  KompraCondition,
  LatencyFaultAction,
  RequestFaultAction,
  ResetMidBodyFaultAction,
  SmsCondition,
  UpstreamConditions,
} from './fault-decision.js';
export {
  createFaultEngine,
  type FaultEngine,
  type FaultEngineOptions,
  type FaultState,
} from './fault-engine.js';
export { FAULT_HEADER, parseFaultHeader } from './fault-header.js';
export {
  CONNECTION_FAULT_KINDS,
  type ConnectionFaultKind,
  type ConnectionStage,
  FAULT_KINDS,
  type FaultKind,
  REQUEST_FAULT_KINDS,
  type RequestFaultKind,
  UPSTREAM_FAULT_KINDS,
  UPSTREAM_NAMES,
  type UpstreamFaultKind,
  type UpstreamName,
} from './fault-kinds.js';
export type { FaultCounters, FaultLogEntry, FaultSubject } from './fault-log.js';
export type { FaultRequest } from './fault-request.js';
export {
  abortFaultSchema,
  dnsFailureFaultSchema,
  type FaultSpec,
  type FaultSpecInput,
  type FaultSpecOf,
  type FaultTarget,
  type FaultTiming,
  FOLLOW_UP_MODES,
  type FollowUpMode,
  faultSpecSchema,
  faultTargetSchema,
  faultTimingSchema,
  followUpLoopFaultSchema,
  httpFaultSchema,
  isoInstantSchema,
  isRequestFault,
  isUpstreamFault,
  kompraDownFaultSchema,
  kompraSlowFaultSchema,
  latencyFaultSchema,
  MAX_LATENCY_MS,
  parseFaultSpec,
  type RequestFaultSpec,
  refuseFaultSchema,
  resetMidBodyFaultSchema,
  smsGatewayDownFaultSchema,
  smsNotDeliveredFaultSchema,
  type TimeWindow,
  timeWindowSchema,
  type UpstreamFaultSpec,
} from './fault-spec.js';
export { FaultSpecError, type FaultSpecSource } from './fault-spec-error.js';
export {
  type ClockSettings,
  clockSettingsSchema,
  parseScenario,
  type Scenario,
  type ScenarioInput,
  scenarioSchema,
} from './scenario-file.js';
export { ScenarioFileError, type ScenarioIssue } from './scenario-file-error.js';
export { formatPath, type SpecIssue } from './spec-issue.js';
export { parseValidatedYaml } from './validated-yaml.js';
