import type { BackendAdmin } from '@icontact/mock-core';
import { IContactError, type RequestEvent } from '@icontact/sdk';

/** What a scenario saw: one line per step, and every request event of its clients, in order. */
export class Transcript {
  readonly steps: string[] = [];

  /** Runs a step and notes `label: ok` or `label: <status> <code>`; resolves `undefined` when it failed. */
  async step<T>(label: string, call: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await call();
      this.steps.push(`${label}: ok`);
      return value;
    } catch (error) {
      this.steps.push(`${label}: ${describeError(error)}`);
      return undefined;
    }
  }

  /** Notes a raw answer of `client.raw`: its status and, for an error, its code. */
  async raw(label: string, call: () => Promise<{ response: Response; error?: unknown }>): Promise<void> {
    const { response, error } = await call();
    const code = (error as { code?: string } | undefined)?.code;
    this.steps.push(`${label}: ${response.status}${code === undefined ? '' : ` ${code}`}`);
  }

  /** Notes a fact. */
  note(line: string): void {
    this.steps.push(line);
  }
}

function describeError(error: unknown): string {
  if (error instanceof IContactError) return `${error.status ?? '-'} ${error.code}`;
  return `thrown ${String(error)}`;
}

/** The request events of a client as lines, without what differs by nature (URLs, ids, delays, times). */
export function eventTrail(events: readonly RequestEvent[]): string[] {
  return events.map(eventLine);
}

function eventLine(event: RequestEvent): string {
  switch (event.type) {
    case 'request:start':
      return `start ${event.operation ?? event.method}`;
    case 'request:retry':
      return `retry ${event.reason}${event.error === undefined ? '' : ` ${event.error.code}`}`;
    case 'request:end':
      return `end ${event.status} after ${event.attempts}`;
    case 'request:fail':
      return `fail ${event.error.status ?? '-'} ${event.error.code} after ${event.attempts}`;
  }
}

/**
 * The server state a scenario leaves, without what is random by nature (record ids made at run time,
 * tokens, request ids, the client's idempotency keys): shifts, contacts, SMS counts, lockouts, faults.
 */
export function stateSummary(admin: BackendAdmin): unknown {
  const lockouts = admin.snapshot().collections.lockouts ?? {};
  return {
    shifts: admin
      .shifts()
      .map(({ id, number, status, actualStart, actualEnd, closedBy, finalSyncCompletedAt }) => ({
        id,
        number,
        status,
        actualStart,
        actualEnd,
        closedBy,
        finalSyncCompletedAt,
      }))
      .sort((a, b) => a.number - b.number),
    // On a frozen clock contacts open at the same instant: order them by what tells them apart.
    contacts: admin
      .contacts()
      .map((contact) => ({
        shiftId: contact.shiftId,
        step: contact.step,
        phone: contact.consumer?.phone ?? null,
        smsTriesUsed: contact.sms?.triesUsed ?? null,
        submittedAt: contact.submittedAt,
        refusedAt: contact.refusedAt,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    smsSent: admin.smsSent(),
    smsDelivered: admin.smsInbox().map((message) => message.phone),
    duplicatesRefused: admin.duplicatesRefused(),
    lockouts: Object.values(lockouts),
    faults: admin.faultCounters(),
  };
}
