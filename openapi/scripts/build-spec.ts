/**
 * `pnpm build` (after `tsc`): bundles the contract to `dist/openapi.json` and `dist/openapi.yaml`
 * and renders the browsable reference `dist/reference.html` with Redoc, its scripts inlined so that
 * it works offline; fails when the page would still load code from another host.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSpec } from './bundle-spec.ts';
import { findRemoteScripts } from './find-remote-scripts.ts';
import { distDir } from './paths.ts';
import { redocly } from './redocly.ts';

async function main(): Promise<void> {
  await mkdir(distDir, { recursive: true });
  const json = join(distDir, 'openapi.json');
  const yaml = join(distDir, 'openapi.yaml');
  const html = join(distDir, 'reference.html');
  await bundleSpec(json);
  await bundleSpec(yaml);
  await redocly([
    'build-docs',
    json,
    '--output',
    html,
    '--inlineBundle',
    '--title',
    'iContact API reference',
    '--lint-config',
    'off',
  ]);
  const remote = findRemoteScripts(await readFile(html, 'utf8'));
  if (remote.length > 0) {
    process.stderr.write(
      `${html} loads code from other hosts, so it would not work offline:\n  ${remote.join('\n  ')}\n`,
    );
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`wrote ${json}, ${yaml} and ${html} (self-contained)\n`);
}

await main();
