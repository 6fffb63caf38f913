import { createLogUpdate } from 'log-update';
import type { ActorProgress, ProgressSink } from '../run/run-recorder.js';
import { almatyTimeOf } from '../scenario/local-time.js';

/** Where progress is written: a stream, and whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

function line(actor: string, state: ActorProgress): string {
  const error = state.lastError === undefined ? '' : `  last error ${state.lastError}`;
  return `  ${actor.padEnd(16)} ${almatyTimeOf(state.at)}  ${state.doing.padEnd(22)} contacts ${String(state.contacts).padStart(3)}  unsent ${String(state.unsent).padStart(3)}${error}`;
}

/**
 * The progress display: on a terminal, one live line per actor, redrawn in place (log-update) at most
 * every 80 ms; otherwise a plain line each time an actor moves to another step.
 */
export function createProgressDisplay(stream: ProgressStream): ProgressSink {
  if (stream.isTTY === true) {
    const update = createLogUpdate(stream as NodeJS.WriteStream);
    const states = new Map<string, ActorProgress>();
    let title = '';
    let last = 0;
    const render = (force: boolean): void => {
      if (!force && Date.now() - last < 80) return;
      last = Date.now();
      update([title, ...[...states].map(([actor, state]) => line(actor, state))].join('\n'));
    };
    return {
      scenarioStarted(name) {
        states.clear();
        title = `▶ ${name}`;
        render(true);
      },
      actorUpdated(actor, state) {
        states.set(actor, state);
        render(false);
      },
      scenarioEnded(name, passed) {
        title = `${passed ? '✓' : '✗'} ${name}`;
        render(true);
        update.done();
      },
    };
  }
  const lastStep = new Map<string, string>();
  return {
    scenarioStarted(name, actors) {
      lastStep.clear();
      stream.write(`▶ ${name} (${actors.join(', ')})\n`);
    },
    actorUpdated(actor, state) {
      if (lastStep.get(actor) === state.doing) return;
      lastStep.set(actor, state.doing);
      stream.write(`${line(actor, state)}\n`);
    },
    scenarioEnded(name, passed) {
      stream.write(`${passed ? '✓' : '✗'} ${name}\n`);
    },
  };
}
