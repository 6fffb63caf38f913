import { latenessMinutes, monthKey, normalisePhone, underworkMinutes } from '@icontact/domain';
import type { ShiftRecord } from '@icontact/mock-core';
import type { Verdict } from '../run/run-result.js';
import type { Expectation } from '../scenario/expectation-schema.js';
import { describeExpectation } from './describe-expectation.js';
import type { RunFacts } from './run-facts.js';

/** At most this many problems are listed in a message. */
const LISTED = 5;

function listed(problems: readonly string[]): string {
  const shown = problems.slice(0, LISTED).join('; ');
  return problems.length > LISTED ? `${shown}; and ${problems.length - LISTED} more` : shown;
}

function consultantsOf(facts: RunFacts, consultant: string | undefined): readonly string[] {
  return consultant === undefined ? facts.consultants : [consultant];
}

function teamShifts(facts: RunFacts, logins: readonly string[]): ShiftRecord[] {
  const ids = new Set(logins.map((login) => facts.userIds.get(login)));
  return facts.shifts.filter((shift) => ids.has(shift.consultantId) && shift.status !== 'deleted');
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one expectation's check, its problems listed as found
function everyContactOnce(facts: RunFacts): [boolean, string] {
  const problems: string[] = [];
  const contacts = new Map(facts.serverContacts.map((contact) => [contact.id, contact]));
  for (const recorded of facts.recorded) {
    const held = facts.syncItems.filter(
      (item) => item.shiftId === recorded.shiftId && item.idempotencyKey === recorded.recordKey,
    ).length;
    if (held !== 1)
      problems.push(
        `${recorded.actor}'s contact ${recorded.contactId.slice(0, 8)} is on the server ${held}×`,
      );
    const step = contacts.get(recorded.contactId)?.step;
    if (held === 1 && step !== recorded.outcome) {
      problems.push(
        `${recorded.actor}'s contact ${recorded.contactId.slice(0, 8)} is "${step}" on the server, not "${recorded.outcome}"`,
      );
    }
  }
  const known = new Set(facts.recorded.map((recorded) => recorded.contactId));
  const team = new Set(facts.consultants.map((login) => facts.userIds.get(login)));
  for (const contact of facts.serverContacts) {
    if (
      team.has(contact.consultantId) &&
      (contact.step === 'submitted' || contact.step === 'refused') &&
      !known.has(contact.id)
    ) {
      problems.push(
        `the server holds a ${contact.step} contact ${contact.id.slice(0, 8)} no consultant recorded`,
      );
    }
  }
  const perContact = new Map<string, number>();
  for (const item of facts.syncItems)
    perContact.set(item.contactId, (perContact.get(item.contactId) ?? 0) + 1);
  for (const [contactId, count] of perContact) {
    if (count > 1 && known.has(contactId))
      problems.push(`contact ${contactId.slice(0, 8)} was accepted ${count}× under different keys`);
  }
  return problems.length === 0
    ? [true, `${facts.recorded.length} contact(s) recorded, each on the server once`]
    : [false, listed(problems)];
}

function noShiftClosedIncorrectly(facts: RunFacts): [boolean, string] {
  const problems: string[] = [];
  const shifts = teamShifts(facts, facts.consultants);
  for (const shift of shifts) {
    if (
      shift.status === 'closed' &&
      (shift.closedBy !== 'consultant' || shift.finalSyncCompletedAt === null)
    ) {
      problems.push(
        `shift ${shift.number} was closed by the ${shift.closedBy ?? 'unknown'} without a complete final sync`,
      );
    } else if (shift.status === 'in_progress') {
      problems.push(
        `shift ${shift.number} was left open (the server closes it incorrectly at the day's end)`,
      );
    }
  }
  const closed = shifts.filter((shift) => shift.status === 'closed').length;
  return problems.length === 0
    ? [true, `${closed} shift(s) closed, all correctly`]
    : [false, listed(problems)];
}

function shiftClosed(facts: RunFacts, consultant: string, correctly: boolean): [boolean, string] {
  const shifts = teamShifts(facts, [consultant]);
  const closed = shifts.find((shift) => shift.status === 'closed');
  if (closed === undefined) {
    return [
      false,
      `no shift of ${consultant} is closed (${shifts.map((shift) => shift.status).join(', ') || 'no shift'})`,
    ];
  }
  const wasCorrect = closed.closedBy === 'consultant' && closed.finalSyncCompletedAt !== null;
  return [
    wasCorrect === correctly,
    `shift ${closed.number} closed by the ${closed.closedBy}, ${wasCorrect ? 'correctly' : 'incorrectly'}`,
  ];
}

function timesheet(
  facts: RunFacts,
  expectation: Extract<Expectation, { that: 'timesheet' }>,
): [boolean, string] {
  const shift = teamShifts(facts, [expectation.consultant]).find(
    (candidate) => candidate.actualStart !== null,
  );
  if (shift?.actualStart == null) return [false, `${expectation.consultant} never started a shift`];
  const lateness = latenessMinutes(new Date(shift.plannedStart), new Date(shift.actualStart));
  const underwork =
    shift.actualEnd === null ? null : underworkMinutes(new Date(shift.plannedEnd), new Date(shift.actualEnd));
  const ok =
    (expectation.lateness === undefined || expectation.lateness === lateness) &&
    (expectation.underwork === undefined || expectation.underwork === underwork);
  return [
    ok,
    `lateness ${lateness} min, under-work ${underwork === null ? 'n/a (not closed)' : `${underwork} min`}`,
  ];
}

/** How often the wanted range allows, in words: "at least 2×", "2–3×". */
function range(min: number, max: number | undefined): string {
  return max === undefined ? `at least ${min}×` : min === max ? `${min}×` : `${min}–${max}×`;
}

/**
 * `sees`: the sightings of the code by one consultant, by the team added together, or (`each`) by every
 * consultant on their own, each count in range; the remedy of what was seen must contain `remedy`.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one expectation's check, its problems listed as found
function sees(facts: RunFacts, expectation: Extract<Expectation, { that: 'sees' }>): [boolean, string] {
  const { code, min, max, remedy } = expectation;
  const inRange = (count: number): boolean => count >= min && (max === undefined || count <= max);
  const groups: (readonly string[])[] = expectation.each
    ? facts.consultants.map((login) => [login])
    : [consultantsOf(facts, expectation.consultant)];
  const counted = groups.map((logins) => {
    const who = new Set(logins);
    return {
      who: logins.length === 1 ? (logins[0] ?? 'the team') : 'the team',
      seen: facts.observations.filter((o) => who.has(o.actor) && o.code === code),
      others: [...new Set(facts.observations.filter((o) => who.has(o.actor)).map((o) => o.code))],
    };
  });
  const problems: string[] = [];
  for (const { who, seen, others } of counted) {
    if (seen.length === 0) {
      if (!inRange(0)) {
        problems.push(
          `${who} never saw it (wanted ${range(min, max)}; saw instead: ${others.join(', ') || 'nothing'})`,
        );
      }
    } else if (!inRange(seen.length)) {
      problems.push(`${who} saw it ${seen.length}× (wanted ${range(min, max)})`);
    }
  }
  const sightings = counted.flatMap((group) => group.seen);
  if (remedy !== undefined && sightings.length > 0) {
    const first = sightings[0];
    if (!sightings.some((o) => o.remedy.ru.includes(remedy) || o.remedy.en.includes(remedy)) && first) {
      problems.push(`its remedy does not contain “${remedy}”; it says “${first.remedy.en}”`);
    }
  }
  if (problems.length > 0) return [false, listed(problems)];
  const counts = counted.map((group) => `${group.who} ${group.seen.length}×`).join(', ');
  return [true, `seen: ${counts}`];
}

/** Checks one expectation against the run's facts. Pure. */
export function checkExpectation(expectation: Expectation, facts: RunFacts): Verdict {
  const [passed, message] = ((): [boolean, string] => {
    switch (expectation.that) {
      case 'everyContactOnce':
        return everyContactOnce(facts);
      case 'noShiftClosedIncorrectly':
        return noShiftClosedIncorrectly(facts);
      case 'shiftClosed':
        return shiftClosed(facts, expectation.consultant, expectation.correctly);
      case 'neverSees': {
        const logins = new Set(consultantsOf(facts, expectation.consultant));
        const seen = facts.observations.filter((o) => logins.has(o.actor) && o.code === expectation.code);
        return [
          seen.length === 0,
          seen.length === 0
            ? 'never seen'
            : `seen ${seen.length}× (first by ${seen[0]?.actor} at ${seen[0]?.step})`,
        ];
      }
      case 'sees':
        return sees(facts, expectation);
      case 'retries': {
        const logins = new Set(expectation.consultant === undefined ? undefined : [expectation.consultant]);
        const retries = facts.timeline.filter(
          (event) =>
            event.type === 'retry' && (expectation.consultant === undefined || logins.has(event.actor)),
        ).length;
        return [retries >= expectation.min && retries <= expectation.max, `${retries} retries`];
      }
      case 'contactsOnServer': {
        const ids = new Set(
          consultantsOf(facts, expectation.consultant).map((login) => facts.userIds.get(login)),
        );
        const mine = facts.serverContacts.filter((contact) => ids.has(contact.consultantId));
        const submitted = mine.filter((contact) => contact.step === 'submitted').length;
        const refused = mine.filter((contact) => contact.step === 'refused').length;
        const ok =
          (expectation.submitted === undefined || expectation.submitted === submitted) &&
          (expectation.refused === undefined || expectation.refused === refused);
        return [
          ok,
          `${submitted} submitted, ${refused} refused, ${mine.length - submitted - refused} unfinished`,
        ];
      }
      case 'timesheet':
        return timesheet(facts, expectation);
      case 'faultInjected': {
        const hits = facts.faultCounters.byFault[expectation.fault] ?? 0;
        return [hits >= expectation.min, `struck ${hits}×`];
      }
      case 'smsSent': {
        const phone = normalisePhone(expectation.phone);
        const month = monthKey(new Date(facts.end));
        const count = facts.smsSent
          .filter((sent) => sent.phone === phone && sent.month === month)
          .reduce((sum, sent) => sum + sent.count, 0);
        return [count === expectation.count, `${count} SMS counted for ${phone} in ${month}`];
      }
      case 'backlog': {
        const unsent = consultantsOf(facts, expectation.consultant).reduce(
          (sum, login) => sum + (facts.unsent.get(login) ?? 0),
          0,
        );
        return [unsent <= expectation.max, `${unsent} unsent`];
      }
    }
  })();
  return { expectation, title: describeExpectation(expectation), passed, message };
}
