import { XMLBuilder } from 'fast-xml-parser';
import type { QaReport, RunResult } from '../run/run-result.js';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
});

function testcases(run: RunResult): unknown[] {
  const classname = run.file
    .replace(/\\/g, '/')
    .replace(/^.*\//, '')
    .replace(/\.(ya?ml|json)$/, '');
  if (run.error !== null) {
    return [
      {
        '@name': 'the scenario runs',
        '@classname': classname,
        '@time': (run.realDurationMs / 1000).toFixed(3),
        error: { '@message': run.error, '@type': 'harness', '#text': run.error },
      },
    ];
  }
  return run.verdicts.map((verdict) => ({
    '@name': verdict.title,
    '@classname': classname,
    '@time': '0',
    ...(verdict.passed
      ? {}
      : {
          failure: {
            '@message': verdict.message,
            '@type': verdict.expectation.that,
            '#text': verdict.message,
          },
        }),
  }));
}

/**
 * The report as JUnit XML for CI systems: a `testsuite` per scenario, a `testcase` per expectation
 * (a failed one carries its `failure`); a scenario the harness could not run is one `error`.
 */
export function renderJunitReport(report: QaReport): string {
  const suites = report.runs.map((run) => {
    const cases = testcases(run);
    const failures = run.verdicts.filter((verdict) => !verdict.passed).length;
    return {
      '@name': run.name,
      '@file': run.file,
      '@tests': cases.length,
      '@failures': failures,
      '@errors': run.error === null ? 0 : 1,
      '@time': (run.realDurationMs / 1000).toFixed(3),
      '@timestamp': report.createdAt,
      properties: {
        property: [
          { '@name': 'seed', '@value': run.seed },
          { '@name': 'guide', '@value': run.guide.join(',') },
          { '@name': 'virtualStart', '@value': new Date(run.virtualStart).toISOString() },
          { '@name': 'virtualEnd', '@value': new Date(run.virtualEnd).toISOString() },
        ],
      },
      testcase: cases,
    };
  });
  const tests = suites.reduce((sum, suite) => sum + suite['@tests'], 0);
  const failures = suites.reduce((sum, suite) => sum + suite['@failures'], 0);
  const errors = suites.reduce((sum, suite) => sum + suite['@errors'], 0);
  const time = report.runs.reduce((sum, run) => sum + run.realDurationMs, 0) / 1000;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({
    testsuites: {
      '@name': 'icontact-qa',
      '@tests': tests,
      '@failures': failures,
      '@errors': errors,
      '@time': time.toFixed(3),
      testsuite: suites,
    },
  })}`;
}
