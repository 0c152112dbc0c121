import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createEmulator,
  createStateSaver,
  type Emulator,
  type EmulatorOptions,
  readStateFile,
  StateFileError,
} from '../../emulator';

export interface EmbeddedEmulator {
  emulator: Emulator;
  /** Something the agent should know, e.g. that a damaged state file was set aside. */
  notice: string | null;
  /** Back to the seeded scenario users; the state file follows. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The console's default environment: an emulator in this process on 127.0.0.1:0 with a fresh key, its state kept in
 * the user-data folder across restarts. A damaged state file is never silently dropped: it is renamed aside and the
 * agent is told.
 */
export async function startEmbeddedEmulator(
  userDataDir: string,
  options: Omit<EmulatorOptions, 'state' | 'onStateChange' | 'port' | 'host'> = {},
): Promise<EmbeddedEmulator> {
  const statePath = join(userDataDir, 'emulator-state.json');
  let notice: string | null = null;
  let state: unknown;
  try {
    state = await readStateFile(statePath);
  } catch (error) {
    if (!(error instanceof StateFileError)) throw error;
    const setAside = `${statePath}.damaged-${Date.now()}`;
    await rename(statePath, setAside);
    notice = `The emulator's saved state could not be read (${error.message}). It was kept as ${setAside} and the emulator started from its seeded users.`;
  }
  let emulator: Emulator | null = null;
  const saver = createStateSaver(statePath, () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator.exportState();
  });
  emulator = await createEmulator({
    ...options,
    host: '127.0.0.1',
    port: 0,
    ...(state ? { state } : {}),
    onStateChange: () => saver.schedule(),
  });
  if (!state) saver.schedule();
  const started = emulator;
  return {
    emulator: started,
    notice,
    reset: async () => {
      await started.reset();
      saver.schedule();
      await saver.flush();
    },
    close: async () => {
      await saver.flush();
      await started.close();
    },
  };
}
