import type { BackendCore } from '../backend/backend-core.js';
import { type FinishedRequestFacts, requestFinishedEvent } from '../observe/request-finished.js';

/**
 * The last stage of every request: counts it in the metrics, tells the `onRequestFinished` listener (if
 * any; a throw is caught and logged) and logs it — the log line is built only when its level is enabled.
 */
export function reportFinished(core: BackendCore, facts: FinishedRequestFacts): void {
  const { result } = facts;
  const status = result.kind === 'response' ? result.status : (result.response?.status ?? 0);
  if (result.kind === 'response') core.metrics.count(facts.operationId, status);
  else core.metrics.countWireFault(result.fault.action.kind);
  if (core.onRequestFinished !== undefined) {
    try {
      core.onRequestFinished(requestFinishedEvent(facts));
    } catch (error) {
      core.logger.error({ requestId: facts.requestId, err: error }, 'a request-finished listener threw');
    }
  }
  if (core.logger.isLevelEnabled?.('info') === false) return;
  const remoteAddress = facts.request.remoteAddress;
  core.logger.info(
    {
      requestId: facts.requestId,
      method: facts.method,
      path: facts.path,
      operationId: facts.operationId,
      status,
      ...(result.kind === 'wire_fault'
        ? { fault: result.fault.faultId, faultKind: result.fault.action.kind }
        : {}),
      virtualTime: facts.now.toISOString(),
      ms: Date.now() - facts.started,
      ...(remoteAddress === undefined ? {} : { remoteAddress }),
    },
    'request',
  );
}
