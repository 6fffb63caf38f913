import { expect } from 'vitest';
import type { harness } from './harness.js';

type Harness = ReturnType<typeof harness>;

/** A valid consumer: ИИН from the public validators' docs, a Beeline mobile number. */
export const CONSUMER = {
  surname: 'Нурланова',
  firstName: 'Әсел',
  patronymic: 'Қайратқызы',
  iin: '061211600012',
  phone: '8 (701) 123-45-67',
};
export const CONSUMER_PHONE = '+77011234567';
export const DETAILS = {
  devices: [{ model: 'Tulpar X1', quantity: 1 }],
  compliment: { kind: 'Термокружка', quantity: 1 },
};

/** Logs a consultant in and starts their seeded shift. */
export async function atWork(h: Harness, login = 'mk.aigerim') {
  const token = await h.login(login);
  const shift = h.shiftOf(login);
  const started = await h.call('POST', `/shifts/${shift.id}/start`, { token });
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  const activityTypeId = started.body.project.activityTypes[0].id as string;
  return { token, shiftId: shift.id, activityTypeId, shift: started.body };
}

/** The steps a contact can be driven to, in order. */
export const STEPS = [
  'opened',
  'consumer_recorded',
  'iin_verified',
  'sms_sent',
  'phone_verified',
  'details_recorded',
  'submitted',
] as const;

/** Opens a contact and drives it forward to `step`. */
export async function contactAt(
  h: Harness,
  work: { token: string; shiftId: string; activityTypeId: string },
  step: (typeof STEPS)[number],
  consumer: Record<string, unknown> = CONSUMER,
) {
  const { token } = work;
  const opened = await h.call('POST', `/shifts/${work.shiftId}/contacts`, {
    token,
    body: { activityTypeId: work.activityTypeId },
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const id = opened.body.id as string;
  const calls: Record<string, () => Promise<{ status: number; body: unknown }>> = {
    consumer_recorded: () => h.call('PUT', `/contacts/${id}/consumer`, { token, body: consumer }),
    iin_verified: () => h.call('POST', `/contacts/${id}/iin-check`, { token }),
    sms_sent: () => h.call('POST', `/contacts/${id}/sms`, { token }),
    phone_verified: () => {
      const phone = (h.admin.contacts().find((c) => c.id === id)?.consumer?.phone ?? '') as string;
      const code = h.admin.smsInbox(phone).at(-1)?.code ?? '000000';
      return h.call('POST', `/contacts/${id}/sms/verify`, { token, body: { code } });
    },
    details_recorded: () => h.call('PUT', `/contacts/${id}/details`, { token, body: DETAILS }),
    submitted: () => h.call('POST', `/contacts/${id}/submit`, { token }),
  };
  for (const next of STEPS.slice(1, STEPS.indexOf(step) + 1)) {
    const answer = await (calls[next] as () => Promise<{ status: number; body: unknown }>)();
    expect(answer.status, `${next}: ${JSON.stringify(answer.body)}`).toBe(200);
  }
  return id;
}
