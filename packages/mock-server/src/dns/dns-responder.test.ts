import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { createLookup } from './create-lookup.js';
import { createDnsResponder, type DnsFailureAnswer, type DnsResponder } from './dns-responder.js';

let responder: DnsResponder | undefined;
afterEach(async () => {
  await responder?.close();
  responder = undefined;
});

function resolveWith(lookup: ReturnType<typeof createLookup>, hostname: string): Promise<string> {
  return new Promise((resolve, reject) => {
    lookup(hostname, {}, (error, address) => {
      if (error) reject(error);
      else resolve(String(address));
    });
  });
}

it('answers the mock hostname with its address, whatever the case and a trailing dot', async () => {
  responder = await createDnsResponder({ hostname: 'api.icontact.test', address: '127.0.0.9' });
  const lookup = createLookup(responder);
  expect(await resolveWith(lookup, 'api.icontact.test')).toBe('127.0.0.9');
  expect(await resolveWith(lookup, 'API.iContact.TEST.')).toBe('127.0.0.9');
});

it('answers NXDOMAIN for any other name, which a resolver reports as ENOTFOUND', async () => {
  responder = await createDnsResponder();
  await expect(resolveWith(createLookup(responder), 'icontact.kz')).rejects.toMatchObject({
    code: 'ENOTFOUND',
  });
});

it.each<[DnsFailureAnswer, string]>([
  ['nxdomain', 'ENOTFOUND'],
  ['nodata', 'ENODATA'],
])('fails the mock hostname with %s while the failure is on (%s)', async (failure, code) => {
  let failing = true;
  responder = await createDnsResponder({ failure: () => (failing ? failure : undefined) });
  const lookup = createLookup(responder);
  await expect(resolveWith(lookup, 'api.icontact.test')).rejects.toMatchObject({ code });
  failing = false;
  expect(await resolveWith(lookup, 'api.icontact.test')).toBe('127.0.0.1');
});

it('returns every address in the form net.connect asks for with all: true', async () => {
  responder = await createDnsResponder();
  const lookup = createLookup(responder);
  const addresses = await new Promise((resolve, reject) =>
    lookup('api.icontact.test', { all: true }, (error, result) => (error ? reject(error) : resolve(result))),
  );
  expect(addresses).toEqual([{ address: '127.0.0.1', family: 4 }]);
});

it('passes IP literals through without a query', async () => {
  const lookup = createLookup({ host: '127.0.0.1', port: 9 });
  const lookupAsync = promisify(
    lookup as (h: string, o: object, cb: (e: Error | null, a: string) => void) => void,
  );
  expect(await lookupAsync('10.1.2.3', {})).toBe('10.1.2.3');
});

it('tells who asked what and what it answered', async () => {
  const seen: string[] = [];
  responder = await createDnsResponder({
    onQuery: (query) => seen.push(`${query.type} ${query.name} ${query.answer}`),
  });
  await resolveWith(createLookup(responder), 'api.icontact.test');
  await resolveWith(createLookup(responder), 'other.test').catch(() => undefined);
  expect(seen).toEqual(['A api.icontact.test 127.0.0.1', 'A other.test nxdomain']);
});
