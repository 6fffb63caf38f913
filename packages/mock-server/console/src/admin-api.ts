/** The admin API as the console calls it: same origin, JSON, the admin token when the mock asks for one. */

/** Where the console keeps the admin token: for this tab only. */
export const TOKEN_KEY = 'icontact-admin-token';

/** The admin API's base: the page is served at `<admin>/ui`. */
export const ADMIN_BASE = location.pathname.replace(/\/ui\/?$/, '');

/** One problem with a field, as the admin API names it. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** A refusal of the admin API: its `detail`, `code` and per-field `errors`. */
export class AdminError extends Error {
  override readonly name = 'AdminError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: readonly FieldProblem[],
  ) {
    super(detail);
  }
}

type TokenPrompt = () => Promise<string | null>;
let askToken: TokenPrompt = async () => null;

/** Sets how the console asks for the admin token when the mock answers 401. */
export function onTokenNeeded(prompt: TokenPrompt): void {
  askToken = prompt;
}

/** The headers of an admin call: the token, when there is one. */
export function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token === null ? {} : { authorization: `Bearer ${token}` };
}

/** Calls the admin API; asks for the token once on a 401 and tries again; throws {@link AdminError} on a refusal. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the console's one admin call: body kinds, the token prompt on a 401 and the refusal, in one retry loop
export async function admin<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  options: { readonly raw?: string } = {},
): Promise<T> {
  for (let tries = 0; ; tries++) {
    const init: RequestInit = { method, headers: { ...authHeaders() } };
    if (options.raw !== undefined) {
      init.body = options.raw;
      init.headers = { ...init.headers, 'content-type': 'text/plain; charset=utf-8' };
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { ...init.headers, 'content-type': 'application/json' };
    }
    const response = await fetch(`${ADMIN_BASE}${path}`, init);
    if (response.status === 401 && tries === 0) {
      const token = await askToken();
      if (token !== null) {
        sessionStorage.setItem(TOKEN_KEY, token);
        continue;
      }
    }
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (!response.ok) {
      const problem = (parsed ?? {}) as { code?: string; detail?: string; errors?: FieldProblem[] };
      throw new AdminError(
        response.status,
        problem.code ?? 'unknown',
        problem.detail ?? `HTTP ${response.status}`,
        problem.errors ?? [],
      );
    }
    return parsed as T;
  }
}
