// How far replication has got, beside the local log: per case file, the position sent; and the entries set aside.
// Written whole to a temporary file, flushed, then renamed over the old one, so a crash leaves one or the other.
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FilePosition } from './case-file-tail';

/** An entry the database refused (or a damaged local line): skipped so the rest go on, kept here with the reason. */
export interface SetAsideEntry {
  entryId: string;
  caseId: string;
  line: number;
  reason: string;
  /** ISO time it was set aside. */
  at: string;
}

export interface ReplicationCheckpoint {
  version: 1;
  /** Which database and desk the positions are for: another target starts from the beginning (a new backfill). */
  target: string;
  cases: Record<string, FilePosition>;
  setAside: SetAsideEntry[];
}

/** The most set-aside entries kept; older ones drop off (their reasons were shown when they happened). */
export const setAsideKept = 200;

export function emptyCheckpoint(target: string): ReplicationCheckpoint {
  return { version: 1, target, cases: {}, setAside: [] };
}

/** The checkpoint for `target`, or an empty one when there is none, it is for another target, or unreadable. */
export async function readCheckpoint(path: string, target: string): Promise<ReplicationCheckpoint> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyCheckpoint(target);
    throw error;
  }
  try {
    const value = JSON.parse(text) as ReplicationCheckpoint;
    if (value.version !== 1 || value.target !== target || typeof value.cases !== 'object')
      return emptyCheckpoint(target);
    return { ...value, setAside: Array.isArray(value.setAside) ? value.setAside : [] };
  } catch {
    // Resending everything is safe: the table ignores entries it already has.
    return emptyCheckpoint(target);
  }
}

export async function writeCheckpoint(path: string, checkpoint: ReplicationCheckpoint): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(checkpoint), 'utf8');
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}
