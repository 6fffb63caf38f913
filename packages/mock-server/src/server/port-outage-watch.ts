import type { Backend } from '@icontact/mock-core';
import type { FastifyBaseLogger } from 'fastify';
import type { FrontListener } from './front-listener.js';

/** Options of {@link watchPortOutage}. */
export interface PortOutageWatchOptions {
  /** The API port to shut and reopen. */
  readonly listener: FrontListener;
  /** Where the faults and the virtual clock are read. */
  readonly backend: Pick<Backend, 'admin' | 'clock'>;
  /** Where the port's changes are logged. */
  readonly log: FastifyBaseLogger;
  /** How often to look, in real milliseconds. */
  readonly intervalMs: number;
}

/** Keeps the API port shut for as long as a `refuse` outage holds. */
export interface PortOutageWatch {
  /** Looks now (after a fault or the clock changed); resolves once the port is in the right state. */
  check(): Promise<void>;
  /** Stops looking; the port stays as it is. */
  stop(): void;
}

/**
 * Looks every `intervalMs` (and on {@link PortOutageWatch.check}) whether a `refuse` fault is an outage
 * now: then the API port stops listening, so clients really get `ECONNREFUSED`, and drops the connections
 * it holds (keep-alive ones too: a request on one is not served during an outage); it listens again on
 * the same port once the outage ends (removed, cleared, or the virtual clock left its window).
 */
export function watchPortOutage(options: PortOutageWatchOptions): PortOutageWatch {
  const { listener, backend, log } = options;
  let outageId: string | undefined;
  let stopped = false;
  let running: Promise<void> | undefined;

  const update = async (): Promise<void> => {
    if (stopped) return;
    const outage = backend.admin.connectionOutage('connect') ?? undefined;
    if (outage !== undefined && listener.isOpen) {
      outageId = outage.id;
      // Ask the engine once, so that the outage is logged and counted like any injected fault.
      backend.admin.connection('connect');
      log.warn(
        { fault: { id: outage.id, kind: 'refuse' }, port: listener.port },
        'API port refusing connections',
      );
      // A real outage drops the connections opened before it too, keep-alive ones included.
      await listener.shut({ dropConnections: true });
    } else if (outage === undefined && !listener.isOpen) {
      log.info(
        { fault: { id: outageId, kind: 'refuse' }, port: listener.port },
        'API port accepting connections again',
      );
      outageId = undefined;
      await listener.open();
    }
  };
  const check = (): Promise<void> => {
    running ??= update().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => void check(), options.intervalMs);
  timer.unref();

  return {
    check,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
