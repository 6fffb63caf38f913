import { REQUEST_FAULT_KINDS } from './fault-kinds.js';
import { faultSpecSchema, isRequestFault, type RequestFaultSpec } from './fault-spec.js';
import { FaultSpecError } from './fault-spec-error.js';
import { issuesFromZod, type SpecIssue } from './spec-issue.js';

/** The request header that carries a one-off fault for the request itself. */
export const FAULT_HEADER = 'X-Mock-Fault';

/** Keys of the header that belong to the fault's `target`. */
const TARGET_KEYS = new Set(['operation', 'method', 'path', 'user', 'probability', 'attempt']);
/** Keys of the header that belong to the target's `window`. */
const WINDOW_KEYS = new Set(['from', 'to']);
/** Keys whose values are read as numbers. */
const NUMBER_KEYS = new Set([
  'status',
  'retryAfter',
  'appCode',
  'fraction',
  'ms',
  'jitter',
  'probability',
  'attempt',
]);
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Parses the one-off fault of an `X-Mock-Fault` header into a validated request fault.
 *
 * Syntax: `key=value` pairs separated by `;`, spaces around them ignored, values percent-decoded (so a
 * `detail` can hold `;`, `=` or Cyrillic): `kind=http; status=502; code=bad_gateway`. The keys are the
 * fault's own fields (`kind`, `status`, `code`, `retryAfter`, `detail`, `appCode`, `mode`, `fraction`,
 * `ms`, `jitter`, `timing`, `id`) and the target's, flattened: `operation`, `method`, `path`, `user`,
 * `probability`, `attempt`, and the window's `from` and `to`. `times` is refused: the header strikes
 * the request that carries it, at most once. So are connection and upstream kinds: by the time the
 * header is read, the connection exists and no upstream is involved.
 *
 * @throws {@link FaultSpecError} (source `header`) whose issues name the header's keys.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a flat loop sorting the header's keys into fault, target and window, with the two refusals where they apply
export function parseFaultHeader(value: string): RequestFaultSpec {
  const fields = splitPairs(value);
  const fault: Record<string, unknown> = {};
  const target: Record<string, unknown> = {};
  const window: Record<string, unknown> = {};
  for (const [key, raw] of fields) {
    const typed = NUMBER_KEYS.has(key) && NUMBER.test(raw) ? Number(raw) : raw;
    if (key === 'times') {
      throw headerError([
        { path: ['times'], message: 'a header fault strikes its own request once: drop `times`' },
      ]);
    }
    if (key === 'target' || key === 'window') {
      throw headerError([{ path: [key], message: `write the ${key}'s fields as keys of their own` }]);
    }
    if (TARGET_KEYS.has(key)) target[key] = typed;
    else if (WINDOW_KEYS.has(key)) window[key] = typed;
    else fault[key] = typed;
  }
  if (Object.keys(window).length > 0) target.window = window;
  if (Object.keys(target).length > 0) fault.target = target;

  const parsed = faultSpecSchema.safeParse(fault);
  if (!parsed.success) {
    throw headerError(
      issuesFromZod(parsed.error).map((issue) => ({ ...issue, path: headerPath(issue.path) })),
    );
  }
  if (!isRequestFault(parsed.data)) {
    throw headerError([
      {
        path: ['kind'],
        message: `a header fault strikes its own request: kind must be one of ${REQUEST_FAULT_KINDS.join(', ')}`,
      },
    ]);
  }
  return parsed.data;
}

function splitPairs(value: string): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const part of value.split(';')) {
    const pair = part.trim();
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = (equals === -1 ? pair : pair.slice(0, equals)).trim();
    if (equals === -1 || key === '') {
      throw headerError([
        { path: [key === '' ? '(root)' : key], message: `expected key=value, got "${pair}"` },
      ]);
    }
    if (seen.has(key)) throw headerError([{ path: [key], message: 'the key is given twice' }]);
    seen.add(key);
    pairs.push([key, decode(key, pair.slice(equals + 1).trim())]);
  }
  return pairs;
}

function decode(key: string, raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw headerError([{ path: [key], message: 'the value is not valid percent-encoding' }]);
  }
}

/** Maps a spec path back to the header's flat key: `target.window.from` → `from`. */
function headerPath(path: readonly (string | number)[]): (string | number)[] {
  if (path[0] === 'target' && path[1] === 'window' && path.length > 2) return path.slice(2);
  if (path[0] === 'target' && path.length > 1) return path.slice(1);
  return [...path];
}

function headerError(issues: SpecIssue[]): FaultSpecError {
  return new FaultSpecError(
    'header',
    issues,
    `Fix the ${FAULT_HEADER} header: key=value pairs separated by ";", e.g. "kind=http;status=502;code=bad_gateway" (docs/faults.md).`,
  );
}
