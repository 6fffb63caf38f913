import { expect, it } from 'vitest';
import { applyUpstreamPatch, DEFAULT_UPSTREAM_SETTINGS } from './upstream-settings.js';

it('sets the SMS gateway to not_delivered', () => {
  const settings = applyUpstreamPatch(DEFAULT_UPSTREAM_SETTINGS, { smsGateway: { state: 'not_delivered' } });
  expect(settings.smsGateway).toEqual({ state: 'not_delivered', delayMs: 3000 });
});

it('reads the deprecated drop as not_delivered', () => {
  const settings = applyUpstreamPatch(DEFAULT_UPSTREAM_SETTINGS, { smsGateway: { state: 'drop' } });
  expect(settings.smsGateway.state).toBe('not_delivered');
});

it('refuses a state the gateway does not have, naming the field', () => {
  expect(() =>
    applyUpstreamPatch(DEFAULT_UPSTREAM_SETTINGS, {
      smsGateway: { state: 'lost' as unknown as 'not_delivered' },
    }),
  ).toThrow(/smsGateway\.state must be one of up, down, not_delivered, slow/);
});
