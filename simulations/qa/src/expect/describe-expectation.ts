import type { Expectation } from '../scenario/expectation-schema.js';

const whom = (consultant: string | undefined): string => consultant ?? 'every consultant';

/** The expectation in words, for reports and JUnit test names. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a switch over the expectation kinds, one sentence each
export function describeExpectation(expectation: Expectation): string {
  switch (expectation.that) {
    case 'everyContactOnce':
      return 'every recorded contact reaches the server exactly once';
    case 'noShiftClosedIncorrectly':
      return 'no shift is closed incorrectly or left open';
    case 'shiftClosed':
      return `${expectation.consultant} closes the shift${expectation.correctly ? ' correctly' : ' (the server closes it incorrectly)'}`;
    case 'sees': {
      const times =
        expectation.max === undefined
          ? `at least ${expectation.min}×`
          : expectation.min === expectation.max
            ? `${expectation.min}×`
            : `${expectation.min}–${expectation.max}×`;
      const remedy = expectation.remedy === undefined ? '' : ` with a remedy saying “${expectation.remedy}”`;
      if (expectation.consultant !== undefined) {
        return `${expectation.consultant} sees ${expectation.code} ${times}${remedy}`;
      }
      return expectation.each
        ? `every consultant sees ${expectation.code} ${times} each${remedy}`
        : `the team sees ${expectation.code} ${times} in all (the sightings of every consultant added)${remedy}`;
    }
    case 'neverSees':
      return `${whom(expectation.consultant)} never sees ${expectation.code}`;
    case 'retries':
      return `SDK retries of ${whom(expectation.consultant)} stay within ${expectation.min}–${expectation.max}`;
    case 'contactsOnServer': {
      const parts = [
        expectation.submitted === undefined ? null : `${expectation.submitted} submitted`,
        expectation.refused === undefined ? null : `${expectation.refused} refused`,
      ].filter((part) => part !== null);
      return `the server holds ${parts.join(' and ') || 'the contacts'} of ${whom(expectation.consultant)}`;
    }
    case 'timesheet': {
      const parts = [
        expectation.lateness === undefined ? null : `lateness ${expectation.lateness} min`,
        expectation.underwork === undefined ? null : `under-work ${expectation.underwork} min`,
      ].filter((part) => part !== null);
      return `${expectation.consultant}'s timesheet shows ${parts.join(' and ')}`;
    }
    case 'faultInjected':
      return `fault ${expectation.fault} strikes at least ${expectation.min}×`;
    case 'smsSent':
      return `${expectation.count} SMS reach the gateway for ${expectation.phone}`;
    case 'backlog':
      return `at most ${expectation.max} contact(s) left unsent by ${whom(expectation.consultant)}`;
  }
}
