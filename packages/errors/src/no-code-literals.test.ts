import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { ERROR_CODES } from './codes.js';

/** A quoted string literal that spells an error code, at a line. */
interface CodeLiteral {
  readonly line: number;
  readonly code: string;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const codes: ReadonlySet<string> = new Set(ERROR_CODES);
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'generated', '.turbo', '.cache']);

/**
 * A comment with this marker on the literal's line or the line above says that the string is not an
 * error code though it is spelled like one (a router's `kind: 'not_found'`); the reason follows it.
 */
const NOT_A_CODE_MARKER = 'not-an-error-code:';

/**
 * The string literals (quotes, or a template without substitutions; in values and in types) in
 * `source` that equal an error code, unless marked with `NOT_A_CODE_MARKER`.
 */
function findCodeLiterals(fileName: string, source: string): CodeLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const lines = source.split('\n');
  const marked = (line: number): boolean =>
    [lines[line - 1], lines[line - 2]].some((text) => text?.includes(NOT_A_CODE_MARKER) === true);
  const found: CodeLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && codes.has(node.text)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      if (!marked(line)) found.push({ line, code: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Non-test TypeScript sources under `dir` (recursively), leaving out generated code and build output. */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return SKIPPED_DIRECTORIES.has(item.name) ? [] : sourceFiles(path);
    const isSource = /\.[cm]?tsx?$/.test(item.name) && !/\.d\.[cm]?ts$/.test(item.name);
    const isTest = /\.(test|spec)\.[cm]?tsx?$/.test(item.name);
    return isSource && !isTest ? [path] : [];
  });
}

/** Sources under packages/*\/src (all but this package) and simulations/, as paths relative to the root. */
function filesOnDisk(): string[] {
  const packages = join(root, 'packages');
  const packageSources = existsSync(packages)
    ? readdirSync(packages, { withFileTypes: true })
        .filter((item) => item.isDirectory() && item.name !== 'errors')
        .flatMap((item) => sourceFiles(join(packages, item.name, 'src')))
    : [];
  return [...packageSources, ...sourceFiles(join(root, 'simulations'))].map((path) => relative(root, path));
}

/** The git-tracked files under packages/ and simulations/, or `undefined` outside a git work tree. */
function trackedFiles(): ReadonlySet<string> | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--', 'packages', 'simulations'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return new Set(out.split('\0').filter((path) => path !== ''));
  } catch {
    return undefined;
  }
}

/**
 * The files to scan: the committed ones, so that a colleague's work in progress does not fail this
 * package (in a fresh clone, as in CI, that is every file); without git, every file on disk.
 */
function scannedFiles(): string[] {
  const tracked = trackedFiles();
  return filesOnDisk().filter((path) => tracked === undefined || tracked.has(path));
}

it('finds a code spelled in quotes, in a template or in a type, and not in comments, longer strings or marked lines', () => {
  const source = [
    "// 'account_locked' in a comment is fine",
    "const a = 'account_locked';",
    'type B = { readonly code: "sms_quota_exceeded" };',
    'const c = `not_found`;',
    "const d = 'account_locked_banner';",
    'const e = Code.account_locked;',
    '/** `rate_limited` in TSDoc is fine */',
    "const f = { kind: 'not_found' }; // not-an-error-code: a router result",
    '// not-an-error-code: an event reason',
    "type G = 'rate_limited' | 'retry';",
  ].join('\n');
  expect(findCodeLiterals('sample.ts', source)).toEqual([
    { line: 2, code: 'account_locked' },
    { line: 3, code: 'sms_quota_exceeded' },
    { line: 4, code: 'not_found' },
  ]);
});

it('finds no other package that spells an error code as a string literal instead of importing Code', () => {
  const offences = scannedFiles().flatMap((path) => {
    const found = findCodeLiterals(path, readFileSync(join(root, path), 'utf8'));
    return found.map(
      ({ line, code }) => `${path}:${line} '${code}' → use Code.${code} from @icontact/errors`,
    );
  });
  expect(offences).toEqual([]);
});
