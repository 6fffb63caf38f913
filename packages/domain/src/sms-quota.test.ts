import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSmsQuota, SMS_QUOTA_PER_MONTH, smsQuotaRemaining, smsQuotaResetsAt } from './sms-quota.js';
import { monthKey } from './time.js';

const d = (iso: string) => new Date(iso);

describe('SMS quota', () => {
  it('allows 3 SMS per phone per month and refuses the 4th with sms_quota_exceeded', () => {
    const now = d('2026-11-24T06:00:00.000Z');
    const sent = [
      d('2026-11-01T00:00:00.000Z'),
      d('2026-11-10T12:00:00.000Z'),
      d('2026-11-24T05:00:00.000Z'),
    ];
    expect(checkSmsQuota(sent.slice(0, 2), now)).toEqual({
      ok: true,
      remaining: 1,
      resetsAt: d('2026-11-30T19:00:00.000Z'),
    });
    expect(checkSmsQuota(sent, now)).toEqual({
      ok: false,
      code: 'sms_quota_exceeded',
      remaining: 0,
      resetsAt: d('2026-11-30T19:00:00.000Z'),
    });
  });

  it('counts months in Asia/Almaty: a send at 20:00 UTC on 31 October is a November send', () => {
    const sent = [d('2026-10-31T20:00:00.000Z'), d('2026-10-31T18:59:59.999Z')];
    expect(smsQuotaRemaining(sent, d('2026-11-15T00:00:00.000Z'))).toBe(2);
    expect(smsQuotaRemaining(sent, d('2026-10-15T00:00:00.000Z'))).toBe(2);
  });

  it('gives a full quota again at the first local instant of the next month', () => {
    const sent = [0, 1, 2].map(() => d('2026-11-20T10:00:00.000Z'));
    expect(smsQuotaRemaining(sent, d('2026-11-30T18:59:59.999Z'))).toBe(0);
    expect(smsQuotaRemaining(sent, smsQuotaResetsAt(d('2026-11-20T10:00:00.000Z')))).toBe(3);
  });

  it('resets on 1 January after a December send', () => {
    expect(smsQuotaResetsAt(d('2026-12-31T18:00:00.000Z')).toISOString()).toBe('2026-12-31T19:00:00.000Z');
  });

  it('never reports more than 3 remaining nor less than 0, and counts only this month\u2019s sends', () => {
    const instant = fc.date({ min: d('2025-01-01'), max: d('2027-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 8 }), instant, (sent, now) => {
        const remaining = smsQuotaRemaining(sent, now);
        const thisMonth = sent.filter((at) => monthKey(at) === monthKey(now)).length;
        expect(remaining).toBe(Math.max(0, SMS_QUOTA_PER_MONTH - thisMonth));
        expect(checkSmsQuota(sent, now).ok).toBe(remaining > 0);
        expect(smsQuotaResetsAt(now).getTime()).toBeGreaterThan(now.getTime());
      }),
    );
  });
});
