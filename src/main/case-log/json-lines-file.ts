// JSON Lines files that survive crashes: appends are serialised per file and flushed to disk before they resolve;
// reading tolerates (and reports) a torn last line or a corrupt line anywhere, keeping every other line.
import { chmod, mkdir, open, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { LineDamage } from '../../shared/case-log/case-record';

export interface ReadLines<T> {
  records: T[];
  damaged: LineDamage[];
}

/** Parses JSON Lines text; `accept` says whether a parsed value is a record of the expected shape. */
export function parseJsonLines<T>(text: string, accept: (value: unknown) => value is T): ReadLines<T> {
  const records: T[] = [];
  const damaged: LineDamage[] = [];
  const lines = text.split('\n');
  // A file written completely ends with '\n', so its last piece is empty; anything else there was cut short.
  const lastIndex = lines.length - 1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line === '') continue;
    const torn = index === lastIndex;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      damaged.push({ line: index + 1, reason: torn ? 'torn-last-line' : 'invalid-json' });
      continue;
    }
    if (accept(value)) records.push(value);
    else damaged.push({ line: index + 1, reason: torn ? 'torn-last-line' : 'not-a-record' });
  }
  return { records, damaged };
}

/** Reads a JSON Lines file, or null when it does not exist. */
export async function readJsonLines<T>(
  path: string,
  accept: (value: unknown) => value is T,
): Promise<ReadLines<T> | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseJsonLines(text, accept);
}

/** What an appender writes is its user's alone: folders only they can enter, files only they can read. */
export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;

/**
 * Appends whole lines to files, one write at a time per file, each flushed (datasync) before it resolves. Every folder
 * from `privateRoot` down to a file it writes, and the file, get the private modes above — including ones an earlier
 * version made with wider modes.
 */
export class DurableAppender {
  constructor(private readonly privateRoot?: string) {}

  private readonly queues = new Map<string, Promise<void>>();
  // Files whose tail this appender has checked: after that, only it writes there, and always whole lines.
  private readonly checked = new Set<string>();
  private readonly madeDirs = new Set<string>();

  append(path: string, line: string): Promise<void> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const write = previous.then(() => this.write(path, `${line}\n`));
    // The queue goes on after a failed write; the failure is the caller's, through `write`.
    const queued = write.catch(() => {});
    this.queues.set(path, queued);
    void queued.then(() => {
      if (this.queues.get(path) === queued) this.queues.delete(path);
    });
    return write;
  }

  private async write(path: string, text: string): Promise<void> {
    const dir = dirname(path);
    if (!this.madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true, mode: privateFolderMode });
      for (const folder of foldersDownTo(dir, this.privateRoot)) await chmod(folder, privateFolderMode);
      this.madeDirs.add(dir);
    }
    const handle = await open(path, 'a+', privateFileMode);
    let created = false;
    try {
      let data = text;
      if (!this.checked.has(path)) {
        await handle.chmod(privateFileMode);
        const { size } = await handle.stat();
        created = size === 0;
        // A crash left half a line: end it, so it stays one damaged line and the new entry is whole.
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last[0] !== 0x0a) data = `\n${data}`;
        }
      }
      await handle.writeFile(data, 'utf8');
      await handle.datasync();
      this.checked.add(path);
    } finally {
      await handle.close();
    }
    if (created) await syncDirectory(dir);
  }
}

/** `dir` and every folder above it up to `root` (just `dir` without a root, or when `dir` is not under it). */
function foldersDownTo(dir: string, root: string | undefined): string[] {
  const below = root === undefined ? '' : relative(root, dir);
  if (root === undefined || below.startsWith('..') || below === dir) return [dir];
  const parts = below === '' ? [] : below.split(sep);
  return [root, ...parts.map((_, index) => join(root, ...parts.slice(0, index + 1)))];
}

// A new file's name lives in its directory: flush that too, or a power loss can lose the whole file.
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a directory for syncing; NTFS journals the name itself.
  }
}
