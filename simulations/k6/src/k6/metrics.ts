/** The custom metrics of the load scripts (names and meanings in `core/steps.ts`). */
import { Counter, Rate, Trend } from 'k6/metrics';
import { METRIC } from '../core/steps.ts';

export const contactsAccepted = new Counter(METRIC.contactsAccepted);
export const contactsDuplicate = new Counter(METRIC.contactsDuplicate);
export const contactsRejected = new Counter(METRIC.contactsRejected);
export const contactsLost = new Counter(METRIC.contactsLost);
export const contactsDuplicated = new Counter(METRIC.contactsDuplicated);
export const contactsUnexpected = new Counter(METRIC.contactsUnexpected);
export const contactsUnsent = new Counter(METRIC.contactsUnsent);
export const ledgerChecks = new Counter(METRIC.ledgerChecks);
export const operations = new Counter(METRIC.operations);
export const attempts = new Counter(METRIC.attempts);
export const attemptsPerOperation = new Trend(METRIC.attemptsPerOperation);
export const operationFailed = new Rate(METRIC.operationFailed);
export const flowSucceeded = new Rate(METRIC.flowSucceeded);
export const closeDuration = new Trend(METRIC.closeDuration, true);
export const flowsWithoutConsultant = new Counter(METRIC.flowsWithoutConsultant);
