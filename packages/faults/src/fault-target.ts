import picomatch from 'picomatch/posix.js';
import type { NormalisedRequest } from './fault-request.js';
import type { FaultTarget } from './fault-spec.js';

/** A target turned into checks; the checks are pure and read no clock. */
export interface CompiledTarget {
  /** Whether the request's operation, method, path, user and attempt number match. */
  matchesRequest(request: NormalisedRequest, attempt: number): boolean;
  /** Whether the virtual instant `nowMs` lies inside the window (`from` included, `to` excluded). */
  inWindow(nowMs: number): boolean;
  /** The chance of a strike once everything else matched; `undefined` means always. */
  readonly probability: number | undefined;
}

const GLOB_OPTIONS = { dot: true } as const;

/** Compiles a validated target: globs become matchers, instants become milliseconds. */
export function compileTarget(target: FaultTarget): CompiledTarget {
  const operationMatches =
    target.operation === undefined ? undefined : picomatch(target.operation, GLOB_OPTIONS);
  const pathMatches = target.path === undefined ? undefined : picomatch(target.path, GLOB_OPTIONS);
  const fromMs = target.window?.from === undefined ? undefined : Date.parse(target.window.from);
  const toMs = target.window?.to === undefined ? undefined : Date.parse(target.window.to);
  return {
    probability: target.probability,
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a flat list of independent filters, each an early return
    matchesRequest(request, attempt) {
      if (operationMatches !== undefined) {
        if (request.operationId === undefined || !operationMatches(request.operationId)) return false;
      }
      if (target.method !== undefined && request.method !== target.method) return false;
      if (pathMatches !== undefined && !pathMatches(request.path)) return false;
      if (target.user !== undefined && request.user !== target.user) return false;
      if (target.attempt !== undefined && attempt !== target.attempt) return false;
      return true;
    },
    inWindow(nowMs) {
      if (fromMs !== undefined && nowMs < fromMs) return false;
      if (toMs !== undefined && nowMs >= toMs) return false;
      return true;
    },
  };
}
