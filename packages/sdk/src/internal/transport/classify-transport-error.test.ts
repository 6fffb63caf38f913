import { describe, expect, it } from 'vitest';
import {
  classifyTransportError,
  type TransportCode,
  type TransportFailureContext,
} from './classify-transport-error.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

const onFetch: TransportFailureContext = { timedOut: false, userAborted: false, phase: 'fetch' };
const onBody: TransportFailureContext = { timedOut: false, userAborted: false, phase: 'body' };

const cases: ReadonlyArray<
  readonly [
    string,
    { given: unknown; context?: TransportFailureContext; want: TransportCode; neverSent?: boolean },
  ]
> = [
  [
    'undici DNS failure ENOTFOUND',
    {
      given: fetchFailed(withCode('getaddrinfo ENOTFOUND api.invalid', 'ENOTFOUND')),
      want: 'host_unresolved',
      neverSent: true,
    },
  ],
  [
    'undici DNS failure EAI_AGAIN',
    {
      given: fetchFailed(withCode('getaddrinfo EAI_AGAIN api.example', 'EAI_AGAIN')),
      want: 'host_unresolved',
    },
  ],
  [
    'a getaddrinfo message without a code',
    { given: fetchFailed(new Error('getaddrinfo ENOTFOUND icontact.kz')), want: 'host_unresolved' },
  ],
  [
    'connection refused',
    {
      given: fetchFailed(withCode('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED')),
      want: 'connection_failed',
      neverSent: true,
    },
  ],
  [
    'an AggregateError of refusals (IPv4 and IPv6)',
    {
      given: fetchFailed(
        Object.assign(
          new AggregateError([
            withCode('connect ECONNREFUSED ::1:1', 'ECONNREFUSED'),
            withCode('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED'),
          ]),
          { code: 'ECONNREFUSED' },
        ),
      ),
      want: 'connection_failed',
    },
  ],
  [
    'an AggregateError whose only codes are inside',
    {
      given: fetchFailed(new AggregateError([withCode('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED')])),
      want: 'connection_failed',
    },
  ],
  [
    'undici connect timeout',
    {
      given: fetchFailed(withCode('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT')),
      want: 'connection_failed',
    },
  ],
  [
    'the socket closed before the headers',
    { given: fetchFailed(withCode('other side closed', 'UND_ERR_SOCKET')), want: 'unexpected_end_of_stream' },
  ],
  [
    'the body read terminated by a closed socket',
    {
      given: new TypeError('terminated', { cause: withCode('other side closed', 'UND_ERR_SOCKET') }),
      context: onBody,
      want: 'unexpected_end_of_stream',
    },
  ],
  [
    'the body read terminated by a reset',
    {
      given: new TypeError('terminated', { cause: withCode('read ECONNRESET', 'ECONNRESET') }),
      context: onBody,
      want: 'unexpected_end_of_stream',
    },
  ],
  [
    'a reset before the answer',
    { given: fetchFailed(withCode('read ECONNRESET', 'ECONNRESET')), want: 'connection_aborted' },
  ],
  [
    'ECONNABORTED (software caused connection abort)',
    {
      given: fetchFailed(withCode('Software caused connection abort', 'ECONNABORTED')),
      want: 'connection_aborted',
    },
  ],
  [
    'an AbortError nobody asked for',
    { given: new DOMException('This operation was aborted', 'AbortError'), want: 'connection_aborted' },
  ],
  [
    'undici redirect loop',
    { given: fetchFailed(new Error('redirect count exceeded')), want: 'too_many_follow_ups' },
  ],
  [
    'the SDK timer fired',
    {
      given: new DOMException('This operation was aborted', 'AbortError'),
      context: { timedOut: true, userAborted: false, phase: 'fetch' },
      want: 'request_timeout',
    },
  ],
  [
    'a TimeoutError from AbortSignal.timeout',
    {
      given: new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
      want: 'request_timeout',
    },
  ],
  [
    'undici headers timeout',
    {
      given: fetchFailed(withCode('Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT')),
      want: 'request_timeout',
    },
  ],
  [
    'the caller aborted',
    {
      given: new DOMException('This operation was aborted', 'AbortError'),
      context: { timedOut: false, userAborted: true, phase: 'fetch' },
      want: 'request_aborted',
    },
  ],
  ['Chromium offline', { given: new TypeError('Failed to fetch'), want: 'network_unavailable' }],
  [
    'Firefox offline',
    { given: new TypeError('NetworkError when attempting to fetch resource.'), want: 'network_unavailable' },
  ],
  ['Safari offline', { given: new TypeError('Load failed'), want: 'network_unavailable' }],
  ['React Native offline', { given: new TypeError('Network request failed'), want: 'network_unavailable' }],
  [
    'ENETUNREACH',
    { given: fetchFailed(withCode('connect ENETUNREACH', 'ENETUNREACH')), want: 'network_unavailable' },
  ],
  [
    'undici fetch failed with an unknown cause',
    { given: fetchFailed(new Error('???')), want: 'network_unavailable' },
  ],
];

describe('classifyTransportError', () => {
  it.each(cases)('classifies %s', (_name, { given, context = onFetch, want, neverSent }) => {
    const classified = classifyTransportError(given, context);
    expect(classified?.code).toBe(want);
    if (neverSent !== undefined) expect(classified?.neverSent).toBe(neverSent);
  });

  it('returns null for a programming error that is not a transport failure', () => {
    expect(classifyTransportError(new TypeError('Failed to parse URL from nope'), onFetch)).toBeNull();
    expect(classifyTransportError(new RangeError('bad'), onFetch)).toBeNull();
  });

  it('marks only DNS and connect failures as never sent', () => {
    const cut = classifyTransportError(fetchFailed(withCode('other side closed', 'UND_ERR_SOCKET')), onFetch);
    expect(cut?.neverSent).toBe(false);
  });

  it('keeps the deciding low-level code as evidence', () => {
    expect(classifyTransportError(fetchFailed(withCode('x', 'ECONNREFUSED')), onFetch)?.evidence).toBe(
      'ECONNREFUSED',
    );
  });
});
