import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QaReport } from '../run/run-result.js';
import { renderHtmlReport } from './html-report.js';
import { renderJsonReport } from './json-report.js';
import { renderJunitReport } from './junit-report.js';

/** The reporters that write a file, and the file each writes in the report folder. */
export const FILE_REPORTERS = { json: 'qa-report.json', junit: 'junit.xml', html: 'qa-report.html' } as const;

/** A reporter that writes a file. */
export type FileReporter = keyof typeof FILE_REPORTERS;

/** Writes the chosen reports into `dir` (made if missing); returns the paths written. */
export async function writeReports(
  report: QaReport,
  dir: string,
  reporters: readonly FileReporter[],
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const render = { json: renderJsonReport, junit: renderJunitReport, html: renderHtmlReport } as const;
  const written: string[] = [];
  for (const reporter of reporters) {
    const path = join(dir, FILE_REPORTERS[reporter]);
    await writeFile(path, render[reporter](report), 'utf8');
    written.push(path);
  }
  return written;
}
