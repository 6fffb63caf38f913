/**
 * Django REST framework's throttling text for a wait of `seconds`, as DRF words it (`ngettext`): the
 * same N as its `Retry-After` header — "Request was throttled. Expected available in 1 second." or
 * "… in 30 seconds.". {@link retryAfterInText} reads it back.
 */
export function throttledText(seconds: number): string {
  const wait = Math.max(0, Math.ceil(seconds));
  return `Request was throttled. Expected available in ${wait} ${wait === 1 ? 'second' : 'seconds'}.`;
}
