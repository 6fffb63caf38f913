import type { ChildProcess } from 'node:child_process';

/**
 * Waits for the child's next message of `type` (sending `request` first, when given). Rejects when the
 * child exits or fails before it answers, or after `timeoutMs` — so that a mock that crashed or stalled
 * fails the soak with a reason instead of hanging it.
 */
export function ask<T>(child: ChildProcess, type: string, request?: object, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const cleanUp = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const onMessage = (message: { type?: string }): void => {
      if (message.type !== type) return;
      cleanUp();
      resolve(message as T);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      cleanUp();
      reject(
        new Error(`the mock's process ended (code ${code}, signal ${signal}) before answering "${type}"`),
      );
    };
    const onError = (error: Error): void => {
      cleanUp();
      reject(error);
    };
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`the mock's process did not answer "${type}" within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.once('error', onError);
    if (request !== undefined) child.send(request);
  });
}
