// The standalone emulator's state file: written atomically (temp file + rename, so a crash never leaves half a file)
// and read strictly (a torn or corrupt file is an error to report, never a reason to start over silently).
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { EmulatorSnapshot } from './emulator-state';
import { readSnapshot } from './snapshot-schema';

export class StateFileError extends Error {
  override name = 'StateFileError';
}

/** The snapshot in the file, or undefined when there is no file yet. */
export async function readStateFile(path: string): Promise<EmulatorSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`Cannot read state file ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StateFileError(`State file ${path} is not valid JSON (torn write or corruption); not starting over`);
  }
  const read = readSnapshot(parsed);
  if (!read.ok) throw new StateFileError(`State file ${path} is not an emulator state (${read.problem})`);
  return read.snapshot;
}

export async function writeStateFile(path: string, snapshot: EmulatorSnapshot): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(snapshot)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}

/** Coalesces bursts of changes into one write at a time; `flush` waits for everything pending. */
export function createStateSaver(path: string, snapshot: () => EmulatorSnapshot, delayMs = 100) {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    timer = undefined;
    writing = writing
      .then(() => writeStateFile(path, snapshot()))
      .catch((error: Error) => {
        console.error(`[emulator] could not save state to ${path}: ${error.message}`);
      });
  };
  return {
    schedule() {
      timer ??= setTimeout(save, delayMs);
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        save();
      }
      await writing;
    },
  };
}
