import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage } from './storage.js';

const SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';

/** A file name for a key: every character outside `[A-Za-z0-9._-]` percent-encoded. */
export function fileNameOf(key: string): string {
  return `${encodeURIComponent(key).replace(/[!'()*~]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}${SUFFIX}`;
}

function keyOf(fileName: string): string {
  return decodeURIComponent(fileName.slice(0, -SUFFIX.length));
}

/**
 * A {@link Storage} in a directory of Node's file system, one file per key (Node only: import it
 * from `@icontact/sdk/node`).
 *
 * A write goes to `<file>.tmp` first and is renamed over the file only once complete, so a full
 * disk (`ENOSPC`) or a crash leaves the previous value whole. Writes are serialised per storage.
 *
 * @param dir - the directory; created when missing
 */
export function createFileStorage(dir: string): Storage {
  let ready: Promise<unknown> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const ensureDir = (): Promise<unknown> => {
    ready ??= mkdir(dir, { recursive: true });
    return ready;
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async getItem(key) {
      try {
        return await readFile(join(dir, fileNameOf(key)), 'utf8');
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
    },
    setItem(key, value) {
      return serial(async () => {
        await ensureDir();
        const file = join(dir, fileNameOf(key));
        const temp = `${file}${TEMP_SUFFIX}`;
        try {
          await writeFile(temp, value, { encoding: 'utf8', flush: true });
        } catch (error) {
          await rm(temp, { force: true }).catch(() => undefined);
          throw error;
        }
        await rename(temp, file);
      });
    },
    removeItem(key) {
      return serial(() => rm(join(dir, fileNameOf(key)), { force: true }));
    },
    async keys(prefix) {
      await ensureDir();
      const names = await readdir(dir);
      return names
        .filter((name) => name.endsWith(SUFFIX))
        .map(keyOf)
        .filter((key) => key.startsWith(prefix));
    },
  };
}
