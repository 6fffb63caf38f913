import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { SCENARIOS_DIR } from '../test-support/library.js';
import { EXIT, runCli } from './cli-program.js';

function captureIo(): { io: Parameters<typeof runCli>[1]; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (text: string) => (out += text), isTTY: false },
      stderr: { write: (text: string) => (err += text), isTTY: false },
    },
    out: () => out,
    err: () => err,
  };
}

const wrong = `name: a deliberately wrong expectation
team:
  consultants:
    - login: mk.cli
      shift: { start: "09:00", end: "10:00" }
      script:
        - { do: login, at: "08:50" }
        - { do: start, at: "09:00" }
        - { do: register }
        - { do: close, at: "10:00" }
expect:
  - { that: contactsOnServer, submitted: 1 }
  - { that: contactsOnServer, submitted: 7 }
`;

it('exits 0 and writes the JSON, JUnit and HTML reports when every scenario passes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-qa-cli-'));
  const { io, out, err } = captureIo();
  const code = await runCli(
    [
      'run',
      join(SCENARIOS_DIR, 'guide-06-wrong-password.yaml'),
      '--report-dir',
      dir,
      '--reporter',
      'terminal,json,junit,html',
    ],
    io,
  );
  expect(code).toBe(EXIT.passed);
  expect(out()).toContain('1 passed, 0 failed');
  expect(err()).toContain('▶ #6 wrong login/password pair');
  const json = JSON.parse(await readFile(join(dir, 'qa-report.json'), 'utf8'));
  expect(json).toMatchObject({ version: 1, passed: true, runs: [{ guide: [6], passed: true }] });
  const junit = new XMLParser({ ignoreAttributes: false }).parse(
    await readFile(join(dir, 'junit.xml'), 'utf8'),
  );
  expect(junit.testsuites['@_failures']).toBe('0');
  expect(await readFile(join(dir, 'qa-report.html'), 'utf8')).toContain('<svg class="timeline"');
});

it('exits 1 when an expectation fails, and says which and what the run showed, in the terminal and in JUnit', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-qa-cli-'));
  const file = join(dir, 'wrong.yaml');
  await writeFile(file, wrong);
  const { io, out } = captureIo();
  const code = await runCli(
    ['run', file, '--report-dir', dir, '--reporter', 'terminal,junit', '--no-progress'],
    io,
  );
  expect(code).toBe(EXIT.failed);
  expect(out()).toContain('✗ the server holds 7 submitted of every consultant: 1 submitted, 0 refused');
  expect(out()).toContain('0 passed, 1 failed');
  const junit = new XMLParser({ ignoreAttributes: false }).parse(
    await readFile(join(dir, 'junit.xml'), 'utf8'),
  );
  expect(junit.testsuites.testsuite['@_failures']).toBe('1');
  expect(junit.testsuites.testsuite.testcase[1].failure['@_message']).toBe(
    '1 submitted, 0 refused, 0 unfinished',
  );
});

it.each([
  [
    'an invalid scenario file',
    (dir: string) => [join(dir, 'bad.yaml')],
    /bad\.yaml:3:16 team\.consultants: a team needs at least one consultant[\s\S]*docs\/qa\.md/,
  ],
  ['a missing file', (dir: string) => [join(dir, 'missing.yaml')], /Cannot read .*missing\.yaml: ENOENT/],
  [
    'an unknown reporter',
    (dir: string) => [join(dir, 'bad.yaml'), '--reporter', 'pdf'],
    /unknown reporter pdf/,
  ],
])('exits 2 on %s, saying what is wrong', async (_name, args, message) => {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-qa-cli-'));
  await writeFile(
    join(dir, 'bad.yaml'),
    'name: x\nteam:\n  consultants: []\nexpect: [{ that: everyContactOnce }]\n',
  );
  const { io, err } = captureIo();
  expect(await runCli(['run', ...args(dir)], io)).toBe(EXIT.usage);
  expect(err()).toMatch(message);
});

it('validates scenario files without running them: every file of the library is valid', async () => {
  const { io, out } = captureIo();
  const code = await runCli(['validate', SCENARIOS_DIR], io);
  expect(out()).toMatch(/^\d+ valid, 0 invalid$/m);
  expect(out()).toContain(
    'guide-22-bad-gateway.yaml: "#22 HTTP 502 Bad Gateway", 3 consultant(s), 1 fault(s)',
  );
  expect(code).toBe(EXIT.passed);
});

it('lists every invalid file with the line and path of each problem, and exits 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-qa-validate-'));
  await writeFile(join(dir, 'a-good.yaml'), wrong);
  await writeFile(join(dir, 'b-bad.yaml'), wrong.replace('do: register }', 'do: register, mistake: maybe }'));
  await writeFile(
    join(dir, 'c-bad.yaml'),
    wrong.replace('that: contactsOnServer, submitted: 7', 'that: sees'),
  );
  const { io, out } = captureIo();
  const code = await runCli(['validate', dir], io);
  expect(code).toBe(EXIT.usage);
  expect(out()).toMatch(/valid {4}.*a-good\.yaml: "a deliberately wrong expectation", 1 consultant\(s\)/);
  expect(out()).toMatch(/b-bad\.yaml:9:\d+ team\.consultants\[0\]\.script\[2\]\.mistake/);
  expect(out()).toMatch(/c-bad\.yaml:13:\d+ expect\[1\]\.code/);
  expect(out()).toContain('1 valid, 2 invalid');
});
