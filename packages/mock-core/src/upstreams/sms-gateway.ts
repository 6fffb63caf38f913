import type { BackendCore } from '../backend/backend-core.js';

/** What the simulated SMS gateway did with one message. */
export type SmsGatewayOutcome = 'delivered' | 'gateway_failed' | 'not_delivered';

/**
 * Hands one SMS to the simulated gateway. Its state is the fault engine's upstream condition when a
 * fault strikes, else the admin settings: `down` fails (503), `not_delivered` accepts the
 * message but the consumer never gets it (guide #28), `up` and `slow` (once {@link smsGatewayDelayMs}
 * has passed) deliver it to the inbox.
 */
export function sendThroughGateway(core: BackendCore): SmsGatewayOutcome {
  const condition = core.faults.upstream('sms');
  if (condition.state === 'down') return 'gateway_failed';
  if (condition.state === 'not_delivered') return 'not_delivered';
  switch (core.upstreams.smsGateway.state) {
    case 'down':
      return 'gateway_failed';
    case 'not_delivered':
      return 'not_delivered';
    case 'up':
    case 'slow':
      return 'delivered';
  }
}

/**
 * How long the simulated gateway takes to accept a message, in real milliseconds: the settings' `delayMs`
 * when it is `slow` (and no fault puts it down or makes it drop the message), else 0.
 */
export function smsGatewayDelayMs(core: BackendCore): number {
  const settings = core.upstreams.smsGateway;
  return settings.state === 'slow' ? settings.delayMs : 0;
}
