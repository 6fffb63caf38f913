import { expect, it } from 'vitest';
import { answerCounts, answerMetricName, knownAnswerMetrics, parseAnswerMetricName } from './answers.ts';

it('names one counter per step, status and code, and reads it back', () => {
  expect(answerMetricName('login', 403, 'outside_shift')).toBe('answers__login__403__outside_shift');
  expect(parseAnswerMetricName('answers__login__403__outside_shift')).toEqual({
    step: 'login',
    status: 403,
    code: 'outside_shift',
  });
  expect(parseAnswerMetricName('answers__upload__0__none')).toEqual({
    step: 'upload',
    status: 0,
    code: null,
  });
  expect(parseAnswerMetricName('http_req_duration')).toBeNull();
});

it('declares beforehand, for k6, every catalogue code at its status on every step', () => {
  const known = new Set(knownAnswerMetrics());
  expect(known.has('answers__login__403__outside_shift')).toBe(true);
  expect(known.has('answers__upload__500__sync_failed')).toBe(true);
  expect(known.has('answers__close__0__none')).toBe(true);
  expect(known.has('answers__admin__413__payload_too_large')).toBe(true);
  // Every name is one k6 takes: ASCII letters, digits and underscores, at most 128 characters.
  for (const name of known) expect(name).toMatch(/^[a-z0-9_]{1,128}$/);
});

it('lists the answers found in a summary by step in flow order, then status, leaving zeros out', () => {
  expect(
    answerCounts([
      ['answers__upload__200__none', 4],
      ['answers__login__403__outside_shift', 6],
      ['answers__login__200__none', 0],
      ['http_reqs', 10],
    ]),
  ).toEqual([
    { step: 'login', status: 403, code: 'outside_shift', count: 6 },
    { step: 'upload', status: 200, code: null, count: 4 },
  ]);
});
