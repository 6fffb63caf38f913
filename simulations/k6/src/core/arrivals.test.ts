import { expect, it } from 'vitest';
import { arrivalTimes } from './arrivals.ts';

it('spaces a constant rate evenly from the start', () => {
  expect(
    arrivalTimes({
      executor: 'constant-arrival-rate',
      rate: 4,
      timeUnit: '1s',
      duration: '1s',
      preAllocatedVUs: 1,
    }),
  ).toEqual([0, 0.25, 0.5, 0.75]);
});

it('takes the rate per time unit', () => {
  const times = arrivalTimes({
    executor: 'constant-arrival-rate',
    rate: 30,
    timeUnit: '1m',
    duration: '10s',
    preAllocatedVUs: 1,
  });
  expect(times).toHaveLength(5);
  expect(times?.[1]).toBeCloseTo(2);
});

it('follows a ramp: the n-th flow starts when the integral of the rate reaches n', () => {
  const times =
    arrivalTimes({
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: '1s',
      preAllocatedVUs: 1,
      stages: [
        { duration: '10s', target: 10 },
        { duration: '10s', target: 10 },
      ],
    }) ?? [];
  // 50 flows while ramping up from 0 to 10/s, then 100 at 10/s.
  expect(times).toHaveLength(150);
  expect(times[50]).toBeCloseTo(10);
  expect(times[8]).toBeCloseTo(4); // 0.5·t² = 8
  expect([...times].sort((a, b) => a - b)).toEqual(times);
});

it('starts no flow on its own in a closed model', () => {
  expect(arrivalTimes({ executor: 'shared-iterations', vus: 2, iterations: 4 })).toBeNull();
});
