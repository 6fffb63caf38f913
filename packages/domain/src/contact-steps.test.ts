import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedContactActions,
  applyContactAction,
  CLOSED_CONTACT_STEPS,
  CONTACT_ACTIONS,
  CONTACT_STEPS,
  type ContactAction,
  type ContactStep,
} from './contact-steps.js';

const HAPPY_PATH: readonly [ContactAction, ContactStep][] = [
  ['record_consumer', 'consumer_recorded'],
  ['check_iin', 'iin_verified'],
  ['send_sms', 'sms_sent'],
  ['verify_sms', 'phone_verified'],
  ['record_details', 'details_recorded'],
  ['submit', 'submitted'],
];

describe('contact steps', () => {
  it('walks the happy path from opened to submitted', () => {
    let step: ContactStep = 'opened';
    for (const [action, next] of HAPPY_PATH) {
      const result = applyContactAction(step, action);
      expect(result).toEqual({ ok: true, step: next, repeated: false });
      if (result.ok) step = result.step;
    }
    expect(CLOSED_CONTACT_STEPS).toContain(step);
  });

  it.each<[ContactStep, readonly ContactAction[]]>([
    ['opened', ['record_consumer', 'refuse']],
    ['consumer_recorded', ['check_iin', 'refuse']],
    ['iin_verified', ['check_iin', 'send_sms', 'refuse']],
    ['sms_sent', ['send_sms', 'verify_sms', 'refuse']],
    ['phone_verified', ['record_details', 'refuse']],
    ['details_recorded', ['submit', 'refuse']],
    ['submitted', []],
    ['refused', []],
  ])('allows at %s: %j', (step, actions) => {
    expect(allowedContactActions(step)).toEqual(actions);
  });

  it.each<[ContactStep, ContactAction]>([
    ['iin_verified', 'check_iin'],
    ['sms_sent', 'send_sms'],
  ])('lets %s repeat %s without moving', (step, action) => {
    expect(applyContactAction(step, action)).toEqual({ ok: true, step, repeated: true });
  });

  it('refuses going back with contact_step_conflict, naming the current step and what is allowed', () => {
    expect(applyContactAction('sms_sent', 'record_consumer')).toEqual({
      ok: false,
      code: 'contact_step_conflict',
      currentStep: 'sms_sent',
      allowedActions: ['send_sms', 'verify_sms', 'refuse'],
    });
  });

  it('refuses skipping ahead with contact_step_conflict', () => {
    expect(applyContactAction('consumer_recorded', 'send_sms')).toMatchObject({
      ok: false,
      code: 'contact_step_conflict',
      currentStep: 'consumer_recorded',
    });
  });

  it.each(CONTACT_STEPS.filter((step) => !CLOSED_CONTACT_STEPS.includes(step)))(
    'lets a contact at %s be refused',
    (step) => {
      expect(applyContactAction(step, 'refuse')).toEqual({ ok: true, step: 'refused', repeated: false });
    },
  );

  it.each(['submitted', 'refused'] as const)(
    'answers contact_closed to every action on a %s contact',
    (step) => {
      for (const action of CONTACT_ACTIONS) {
        expect(applyContactAction(step, action)).toEqual({
          ok: false,
          code: 'contact_closed',
          currentStep: step,
        });
      }
    },
  );

  it('accepts exactly the allowed actions, and never moves a contact backwards', () => {
    const order = (step: ContactStep) => CONTACT_STEPS.indexOf(step);
    fc.assert(
      fc.property(fc.constantFrom(...CONTACT_STEPS), fc.constantFrom(...CONTACT_ACTIONS), (step, action) => {
        const result = applyContactAction(step, action);
        expect(result.ok).toBe(allowedContactActions(step).includes(action));
        if (result.ok) {
          expect(order(result.step)).toBeGreaterThanOrEqual(order(step));
          expect(result.repeated).toBe(result.step === step);
        }
      }),
    );
  });
});
