/**
 * The CPU time a process has used so far (user + system, every thread), read from `/proc/<pid>/stat`:
 * how the benchmark charges a server or a load generator for its work, whatever else runs on the machine.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of `/proc/<pid>/stat` (`getconf CLK_TCK`: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * The process's CPU time in milliseconds.
 *
 * @throws Error on a system without `/proc` (the benchmark runs on Linux)
 */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return ((user + system) * 1000) / TICKS_PER_SECOND;
}
