import { applyContactAction, type ContactAction, type ContactStep } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { refuse } from '../http/api-error.js';

/** Steps before the ИИН check passed. */
const BEFORE_IIN_CHECK: readonly ContactStep[] = ['opened', 'consumer_recorded'];

/**
 * Applies a contact action by the domain's forward-only rule (R14) and refuses what it refuses:
 * `contact_step_conflict` or `contact_closed` (409, with `currentStep` and `allowedActions`). Sending the
 * SMS or submitting before the ИИН check passed is the more precise `iin_not_verified` (409, same data).
 *
 * @returns the step after the action and whether it repeated the current one
 */
export function transition(
  step: ContactStep,
  action: ContactAction,
): { step: ContactStep; repeated: boolean } {
  const result = applyContactAction(step, action);
  if (result.ok) return { step: result.step, repeated: result.repeated };
  if (result.code === Code.contact_closed) {
    throw refuse(Code.contact_closed, { currentStep: result.currentStep, allowedActions: [] });
  }
  const data = { currentStep: result.currentStep, allowedActions: [...result.allowedActions] };
  if ((action === 'send_sms' || action === 'submit') && BEFORE_IIN_CHECK.includes(step)) {
    throw refuse(Code.iin_not_verified, data);
  }
  throw refuse(Code.contact_step_conflict, data);
}
