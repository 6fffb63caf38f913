/**
 * A small JUnit XML writer (the format CI systems read: `<testsuites>` of `<testsuite>` of `<testcase>`),
 * written here because k6 must load no remote module at run time.
 */

/** One test case; it failed when `failure` is given. */
export interface JunitCase {
  readonly name: string;
  /** The case's class (CI systems group by it). */
  readonly classname: string;
  /** Seconds; default 0. */
  readonly timeSeconds?: number;
  readonly failure?: { readonly message: string; readonly details?: string };
}

/** One suite of cases. */
export interface JunitSuite {
  readonly name: string;
  readonly cases: readonly JunitCase[];
  /** Seconds; default 0. */
  readonly timeSeconds?: number;
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these control characters; they are dropped.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const seconds = (value: number | undefined): string => (value ?? 0).toFixed(3);

function renderCase(item: JunitCase): string {
  const open = `    <testcase classname="${escapeXml(item.classname)}" name="${escapeXml(item.name)}" time="${seconds(item.timeSeconds)}"`;
  if (item.failure === undefined) return `${open}/>`;
  const details = item.failure.details === undefined ? '' : escapeXml(item.failure.details);
  return `${open}>\n      <failure message="${escapeXml(item.failure.message)}" type="failure">${details}</failure>\n    </testcase>`;
}

/** Renders suites as one JUnit XML document. */
export function renderJunit(name: string, suites: readonly JunitSuite[]): string {
  let tests = 0;
  let failures = 0;
  const body: string[] = [];
  for (const suite of suites) {
    const suiteFailures = suite.cases.filter((item) => item.failure !== undefined).length;
    tests += suite.cases.length;
    failures += suiteFailures;
    body.push(
      `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="${seconds(suite.timeSeconds)}">`,
      ...suite.cases.map(renderCase),
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(name)}" tests="${tests}" failures="${failures}" errors="0">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}
