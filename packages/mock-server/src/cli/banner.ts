import type { MockServerAddresses } from '../server/create-mock-server.js';

/** A seeded account to try, as the banner lists it. */
export interface BannerLogin {
  readonly login: string;
  readonly password: string;
  readonly role: string;
  /** What makes this account worth trying (e.g. "shift at 09:00"). Default: nothing. */
  readonly note?: string;
}

/** What the banner shows. */
export interface BannerInput {
  readonly addresses: MockServerAddresses;
  readonly seed: number;
  readonly logins: readonly BannerLogin[];
  /** Whether a token closes the admin API. */
  readonly adminTokenRequired: boolean;
  /** Where the state is kept: a file, or `memory`. */
  readonly storage: string;
  /** The scenario loaded at start, by name or file. Default: none. */
  readonly scenario?: string;
  /** The virtual clock at start. */
  readonly clock: { readonly now: string; readonly speed: number };
  /** Consumers with valid ИИНs and phones to type in. Default: none. */
  readonly sampleConsumers?: readonly {
    readonly fullName: string;
    readonly iin: string;
    readonly phone: string;
  }[];
}

/** The lines printed when the mock starts: where it answers and how to log in. */
export function formatBanner(input: BannerInput): string {
  const { addresses } = input;
  const lines = [
    '',
    'iContact mock server',
    `  API        ${addresses.apiUrl}`,
    `  Reference  ${addresses.docsUrl}   (try it out against this mock; spec: ${addresses.url}/openapi.json)`,
    `  Admin      ${addresses.adminUrl}${input.adminTokenRequired ? '   (Authorization: Bearer <admin token>)' : ''}`,
    `  Console    ${addresses.consoleUrl}   (in a browser: live requests, faults, clock, upstreams, state)`,
  ];
  if (addresses.dns !== undefined) {
    lines.push(
      `  DNS        udp://${addresses.dns.host}:${addresses.dns.port} resolves ${addresses.dns.hostname}`,
    );
  }
  const speed = input.clock.speed === 0 ? 'frozen' : `speed ${input.clock.speed}`;
  lines.push(
    `  Seed       ${input.seed}`,
    `  Clock      ${input.clock.now} (${speed}; move it with ${addresses.adminUrl}/clock)`,
    `  State      ${input.storage}`,
  );
  if (input.scenario !== undefined) lines.push(`  Scenario   ${input.scenario}`);
  if (input.logins.length > 0) {
    lines.push(
      '',
      'Logins to try (consultants log in from a tablet: X-Client-Kind: tablet, X-App-Version: 3.2.0):',
    );
    const width = Math.max(...input.logins.map((login) => login.login.length));
    for (const login of input.logins) {
      const note = login.note === undefined ? '' : `  ${login.note}`;
      lines.push(`  ${login.login.padEnd(width)}  ${login.password}  (${login.role})${note}`);
    }
  }
  if (input.sampleConsumers !== undefined && input.sampleConsumers.length > 0) {
    lines.push('', 'Consumers to register (valid ИИН, Kazakh mobile):');
    for (const consumer of input.sampleConsumers) {
      lines.push(`  ${consumer.iin}  ${consumer.phone}  ${consumer.fullName}`);
    }
  }
  lines.push(
    '',
    `Try: curl -s ${addresses.apiUrl}/app/version -H 'X-Client-Kind: web' -H 'X-App-Version: 3.2.0'`,
    '',
  );
  return lines.join('\n');
}
