/**
 * Finds what an HTML page would fetch from another host to run: external scripts, module preloads,
 * stylesheets and dynamic `import()` of URLs. The rendered reference must work offline.
 */

const REMOTE = '(?:https?:)?//';
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`<script\b[^>]*\bsrc\s*=\s*["']?(${REMOTE}[^"'\s>]+)`, 'gi'),
  new RegExp(
    String.raw`<link\b[^>]*\brel\s*=\s*["']?(?:stylesheet|modulepreload|preload)["']?[^>]*\bhref\s*=\s*["']?(${REMOTE}[^"'\s>]+)`,
    'gi',
  ),
  new RegExp(
    String.raw`<link\b[^>]*\bhref\s*=\s*["']?(${REMOTE}[^"'\s>]+)["']?[^>]*\brel\s*=\s*["']?(?:stylesheet|modulepreload|preload)`,
    'gi',
  ),
  new RegExp(String.raw`\bimport\s*\(\s*["'\x60](${REMOTE}[^"'\x60]+)`, 'g'),
  new RegExp(String.raw`@import\s+(?:url\()?\s*["']?(${REMOTE}[^"')\s]+)`, 'gi'),
];

/**
 * Lists the remote URLs an HTML page loads as code or styles when it is viewed.
 *
 * @param html - the page
 * @returns each remote URL once, in order of appearance; empty when the page is self-contained
 */
export function findRemoteScripts(html: string): string[] {
  const found = new Set<string>();
  for (const pattern of PATTERNS) {
    for (const match of html.matchAll(pattern)) {
      const url = match[1];
      if (url !== undefined) found.add(url);
    }
  }
  return [...found];
}
