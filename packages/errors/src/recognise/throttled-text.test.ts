import { expect, test } from 'vitest';
import { retryAfterInText } from './retry-after.js';
import { throttledText } from './throttled-text.js';

test.each([
  [0, 'Request was throttled. Expected available in 0 seconds.'],
  [1, 'Request was throttled. Expected available in 1 second.'],
  [30, 'Request was throttled. Expected available in 30 seconds.'],
  [2.2, 'Request was throttled. Expected available in 3 seconds.'],
])('the throttling text for %s s says the same N as Retry-After, in DRF words', (seconds, text) => {
  expect(throttledText(seconds)).toBe(text);
  expect(retryAfterInText(throttledText(seconds))).toBe(Math.ceil(seconds));
});
