/**
 * Registering a contact (R14, guide #24): a forward-only sequence of steps, with no way back.
 * After a mistake the consultant refuses ("Отказ") and starts a new contact.
 */
import { Code } from '@icontact/errors';

/** The steps of a contact, in order; `refused` can be reached from any step before `submitted`. */
export const CONTACT_STEPS = [
  'opened',
  'consumer_recorded',
  'iin_verified',
  'sms_sent',
  'phone_verified',
  'details_recorded',
  'submitted',
  'refused',
] as const;

/** A contact's step. */
export type ContactStep = (typeof CONTACT_STEPS)[number];

/** The actions that move a contact forward. */
export const CONTACT_ACTIONS = [
  'record_consumer',
  'check_iin',
  'send_sms',
  'verify_sms',
  'record_details',
  'submit',
  'refuse',
] as const;

/** An action on a contact. */
export type ContactAction = (typeof CONTACT_ACTIONS)[number];

/** The steps a contact can no longer leave. */
export const CLOSED_CONTACT_STEPS: readonly ContactStep[] = ['submitted', 'refused'];

/** Each forward action and the step it leads to, keyed by the step it starts from. */
const FORWARD: Readonly<Record<ContactStep, readonly [ContactAction, ContactStep] | null>> = {
  opened: ['record_consumer', 'consumer_recorded'],
  consumer_recorded: ['check_iin', 'iin_verified'],
  iin_verified: ['send_sms', 'sms_sent'],
  sms_sent: ['verify_sms', 'phone_verified'],
  phone_verified: ['record_details', 'details_recorded'],
  details_recorded: ['submit', 'submitted'],
  submitted: null,
  refused: null,
};

/**
 * The repeats the guide expects: checking the ИИН again (after a KOMPRA failure, or a lost answer)
 * and resending the SMS. Each leaves the contact where it is.
 */
const REPEATABLE: Readonly<Partial<Record<ContactStep, ContactAction>>> = {
  iin_verified: 'check_iin',
  sms_sent: 'send_sms',
};

/**
 * The actions allowed at a step, in a stable order: a repeat of the step's own action (if the guide
 * expects one), the forward action, then `refuse`. None once the contact is closed.
 *
 * @param step - the contact's step
 */
export function allowedContactActions(step: ContactStep): readonly ContactAction[] {
  const forward = FORWARD[step];
  if (forward === null) return [];
  const repeat = REPEATABLE[step];
  return [...(repeat === undefined ? [] : [repeat]), forward[0], 'refuse'];
}

/** The result of {@link applyContactAction}. */
export type ContactTransition =
  | {
      readonly ok: true;
      /** The contact's step after the action. */
      readonly step: ContactStep;
      /** Whether the action repeated the current step (ИИН re-check, SMS resend). */
      readonly repeated: boolean;
    }
  | {
      readonly ok: false;
      readonly code: typeof Code.contact_step_conflict;
      readonly currentStep: ContactStep;
      readonly allowedActions: readonly ContactAction[];
    }
  | { readonly ok: false; readonly code: typeof Code.contact_closed; readonly currentStep: ContactStep };

/**
 * Applies an action to a contact at a step. Forward actions advance one step, `refuse` closes any
 * open contact, the expected repeats keep the step; anything else is `contact_step_conflict` (with the
 * current step and what is allowed), and any action on a submitted or refused contact is
 * `contact_closed`.
 *
 * @param step - the contact's current step
 * @param action - the action requested
 */
export function applyContactAction(step: ContactStep, action: ContactAction): ContactTransition {
  const forward = FORWARD[step];
  if (forward === null) return { ok: false, code: Code.contact_closed, currentStep: step };
  if (action === 'refuse') return { ok: true, step: 'refused', repeated: false };
  if (action === forward[0]) return { ok: true, step: forward[1], repeated: false };
  if (action === REPEATABLE[step]) return { ok: true, step, repeated: true };
  return {
    ok: false,
    code: Code.contact_step_conflict,
    currentStep: step,
    allowedActions: allowedContactActions(step),
  };
}
