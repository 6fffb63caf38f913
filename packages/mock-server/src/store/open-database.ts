import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Why the mock's database could not be used: the file, what went wrong, and what to do. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
  /** The database file. */
  readonly file: string;
  /** What was wrong, in words. */
  readonly reason: 'in_use' | 'corrupt' | 'cannot_open';

  constructor(file: string, reason: DataFileError['reason'], message: string, options?: ErrorOptions) {
    super(message, options);
    this.file = file;
    this.reason = reason;
  }
}

/** Why SQLite could not open `file`, as far as the file system can tell. */
function whyNotOpenable(file: string): string {
  let folder = dirname(file);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  if (!statSync(folder).isDirectory()) return `${folder} is not a folder`;
  if (folder !== dirname(file)) return `its folder ${dirname(file)} does not exist and cannot be made`;
  if (existsSync(file) && statSync(file).isDirectory()) return 'it is a folder, not a file';
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `the folder ${folder} is not writable by this user (SQLite writes its journal beside the file)`;
  }
  if (existsSync(file)) {
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch {
      return 'the file is not readable and writable by this user';
    }
  }
  return 'SQLite gave no further reason';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the mock's SQLite file (creating its folder when missing) for this process alone and checks it:
 *
 * - **one mock per file**: `locking_mode = EXCLUSIVE` takes the file's lock at once and keeps it until
 *   the process closes it or dies (the OS releases it, `kill -9` included), so a second mock on the same
 *   `--data-dir` is refused at start instead of sharing the database (and its idempotency keys);
 * - **an intact file**: `PRAGMA quick_check` at start, so a damaged database is refused with its path and
 *   SQLite's finding instead of answering 500 to every call;
 * - **a reason**: a file SQLite cannot open is named with the cause the file system shows.
 *
 * @throws {@link DataFileError} naming the file, the reason and what to do.
 */
export function openExclusiveDatabase(file: string, busyTimeoutMs: number): DatabaseSync {
  let db: DatabaseSync;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = new DatabaseSync(file);
  } catch (error) {
    throw new DataFileError(
      file,
      'cannot_open',
      `Cannot open the mock's database ${file}: ${messageOf(error)} — ${whyNotOpenable(file)}.`,
      { cause: error },
    );
  }
  try {
    db.exec('PRAGMA busy_timeout = 0');
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    // Takes the exclusive lock now, not at the first write: a second process fails here at once.
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    const message = messageOf(error);
    if (/locked|busy/i.test(message)) {
      throw new DataFileError(
        file,
        'in_use',
        `The mock's database ${file} is in use by another process (another mock on the same --data-dir?): stop it, or give this mock a --data-dir of its own. SQLite: ${message}`,
        { cause: error },
      );
    }
    throw corrupt(file, message, error);
  }
  try {
    db.exec('PRAGMA journal_mode = WAL');
    const rows = db.prepare('PRAGMA quick_check(5)').all() as { quick_check: string }[];
    const findings = rows
      .map((row) => row.quick_check)
      .filter((finding) => finding !== 'ok')
      .map((finding) => finding.trim().replace(/\s*\n\s*/g, '; '));
    if (findings.length > 0) throw corrupt(file, findings.join('; '));
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  } catch (error) {
    if (db.isOpen) db.close();
    if (error instanceof DataFileError) throw error;
    throw corrupt(file, messageOf(error), error);
  }
  return db;
}

function corrupt(file: string, finding: string, cause?: unknown): DataFileError {
  return new DataFileError(
    file,
    'corrupt',
    `The mock's database ${file} is damaged (SQLite: ${finding}): move it away and start again, or start with another --data-dir; the state in it is lost.`,
    cause === undefined ? undefined : { cause },
  );
}
