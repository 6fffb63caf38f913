import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { AdminError, admin } from './admin-api.js';

/** Data read from the admin API, refreshed every `everyMs` (when given) and on `reload()`. */
export interface AdminData<T> {
  readonly data: T | undefined;
  readonly error: string | undefined;
  reload(): void;
  /** Replaces the data with what an admin call answered (e.g. `PATCH /upstreams` answers the new settings). */
  set(value: T): void;
}

/** Reads `GET path` now, on `reload()`, and every `everyMs` when given. */
export function useAdmin<T>(path: string, everyMs?: number): AdminData<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const alive = useRef(true);
  const reload = useCallback(() => {
    admin<T>('GET', path).then(
      (value) => {
        if (!alive.current) return;
        setData(value);
        setError(undefined);
      },
      (problem: unknown) => {
        if (alive.current) setError(problem instanceof AdminError ? problem.detail : String(problem));
      },
    );
  }, [path]);
  useEffect(() => {
    alive.current = true;
    reload();
    const timer = everyMs === undefined ? undefined : setInterval(reload, everyMs);
    return () => {
      alive.current = false;
      if (timer !== undefined) clearInterval(timer);
    };
  }, [reload, everyMs]);
  return { data, error, reload, set: setData };
}

/** Runs an admin action, keeping its refusal (detail and per-field errors) to show. */
export function useAction(): {
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  error: AdminError | undefined;
  busy: boolean;
  clear: () => void;
} {
  const [error, setError] = useState<AdminError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      setError(undefined);
      return true;
    } catch (problem) {
      setError(problem instanceof AdminError ? problem : new AdminError(0, 'network', String(problem), []));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, error, busy, clear: () => setError(undefined) };
}
