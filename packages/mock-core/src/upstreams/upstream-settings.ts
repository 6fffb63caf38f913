/** How the simulated KOMPRA behaves when no fault says otherwise. */
export interface KompraSettings {
  /** `up` answers at once, `down` fails every check (503), `slow` answers after `delayMs`. Default: `up`. */
  readonly state: 'up' | 'down' | 'slow';
  /** With `slow`: how long KOMPRA takes, in real milliseconds. Default: `8000` (beyond the timeout). */
  readonly delayMs: number;
  /** How long the backend waits for KOMPRA before answering `kompra_timeout` (504), in real milliseconds. Default: `5000`. */
  readonly timeoutMs: number;
}

/** How the simulated SMS gateway behaves when no fault says otherwise. */
export interface SmsGatewaySettings {
  /**
   * `up` delivers, `down` fails every send (503, still counted), `not_delivered` accepts but never
   * delivers (guide #28, as the fault `sms_not_delivered` and the advisory code of the same name),
   * `slow` delivers after `delayMs`. Default: `up`.
   */
  readonly state: 'up' | 'down' | 'not_delivered' | 'slow';
  /** With `slow`: how long the gateway takes to accept a message, in real milliseconds. Default: `3000`. */
  readonly delayMs: number;
}

/** Both upstreams' settings, as the admin API reads and writes them. */
export interface UpstreamSettings {
  readonly kompra: KompraSettings;
  readonly smsGateway: SmsGatewaySettings;
}

/** The defaults: both upstreams up, KOMPRA's timeout 5 s. */
export const DEFAULT_UPSTREAM_SETTINGS: UpstreamSettings = {
  kompra: { state: 'up', delayMs: 8000, timeoutMs: 5000 },
  smsGateway: { state: 'up', delayMs: 3000 },
};

/** A partial change of the settings (every field optional). */
export interface UpstreamSettingsPatch {
  readonly kompra?: Partial<KompraSettings>;
  readonly smsGateway?: Partial<Omit<SmsGatewaySettings, 'state'>> & {
    /** As {@link SmsGatewaySettings.state}; `drop` is the deprecated spelling of `not_delivered`. */
    readonly state?: SmsGatewaySettings['state'] | 'drop';
  };
}

const KOMPRA_STATES = ['up', 'down', 'slow'];
const SMS_STATES = ['up', 'down', 'not_delivered', 'slow'];

function checkMs(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number of milliseconds ≥ 0`);
  return value;
}

/**
 * Applies a patch to the settings.
 * @throws RangeError naming the field when a value is not allowed
 */
export function applyUpstreamPatch(
  current: UpstreamSettings,
  patch: UpstreamSettingsPatch,
): UpstreamSettings {
  const kompra = { ...current.kompra, ...patch.kompra };
  const smsGateway = { ...current.smsGateway, ...patch.smsGateway };
  if (smsGateway.state === 'drop') smsGateway.state = 'not_delivered';
  if (!KOMPRA_STATES.includes(kompra.state)) {
    throw new RangeError(`kompra.state must be one of ${KOMPRA_STATES.join(', ')}`);
  }
  if (!SMS_STATES.includes(smsGateway.state)) {
    throw new RangeError(`smsGateway.state must be one of ${SMS_STATES.join(', ')}`);
  }
  checkMs(kompra.delayMs, 'kompra.delayMs');
  checkMs(kompra.timeoutMs, 'kompra.timeoutMs');
  checkMs(smsGateway.delayMs, 'smsGateway.delayMs');
  return { kompra, smsGateway: { ...smsGateway, state: smsGateway.state as SmsGatewaySettings['state'] } };
}
