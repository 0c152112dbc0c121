// The per-user state folder's contents: `state.json` (the emulator's state, App ID included: ../state/state-file.ts),
// `api-keys.json` (the API key of each network, made on first use) and `emulator.lock` (the pid of the emulator using
// the folder: two emulators writing one state would lose each other's changes). The folder is its user's alone (0700),
// and so are the files (0600).
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateApiKey, isWellFormedApiKey, type Network, networkOfApiKey } from '../auth/api-key';

export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;

/** A problem the developer can fix, said in one line. */
export class StateFolderError extends Error {
  override name = 'StateFolderError';
}

export interface KeptIdentity {
  folder: string;
  statePath: string;
  apiKeysPath: string;
  /** This network's key: the one kept in the folder, or a new one now kept there. */
  apiKey: string;
  keyIsNew: boolean;
  /** Lets another emulator use the folder. */
  release(): Promise<void>;
}

type KeptKeys = Partial<Record<Network, string>>;

async function readKeptKeys(path: string): Promise<KeptKeys> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new StateFolderError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  // Never replaced silently: a new key would break every backend configured with the old one.
  const refuse = (why: string) =>
    new StateFolderError(`${path} ${why}; fix or delete it (a deleted file means new API keys)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse('is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw refuse('is not an object');
  const kept: KeptKeys = {};
  for (const network of ['testnet', 'mainnet'] as const) {
    const key = (parsed as Record<string, unknown>)[network];
    if (key === undefined) continue;
    if (typeof key !== 'string' || !isWellFormedApiKey(key) || networkOfApiKey(key) !== network) {
      throw refuse(`holds no ${network} API key of Circle's form under "${network}"`);
    }
    kept[network] = key;
  }
  return kept;
}

async function writePrivateFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, text, { mode: privateFileMode });
  await rename(temporary, path);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that pid, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock, or says which emulator holds it. A lock left by a process that is gone is taken over. */
async function lockFolder(lockPath: string, folder: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockPath, 'wx', privateFileMode);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new StateFolderError(
        `Another emulator (pid ${holder}) is using ${folder}: stop it, or start this one with --ephemeral or ` +
          `--state FILE (if no emulator runs, delete ${lockPath})`,
      );
    }
    await rm(lockPath, { force: true });
  }
  throw new StateFolderError(`Could not take the lock ${lockPath}: another emulator is starting on ${folder}`);
}

/** Opens (making it if needed) the folder, locks it, and reads or makes this network's API key. */
export async function openKeptIdentity(folder: string, network: Network): Promise<KeptIdentity> {
  try {
    await mkdir(folder, { recursive: true, mode: privateFolderMode });
    // Also a folder an older run or the developer made with wider modes.
    await chmod(folder, privateFolderMode);
  } catch (error) {
    throw new StateFolderError(`Cannot use the state folder ${folder}: ${(error as Error).message}`);
  }
  const release = await lockFolder(join(folder, 'emulator.lock'), folder);
  try {
    const apiKeysPath = join(folder, 'api-keys.json');
    const kept = await readKeptKeys(apiKeysPath);
    const keptKey = kept[network];
    const apiKey = keptKey ?? generateApiKey(network);
    if (!keptKey) await writePrivateFile(apiKeysPath, `${JSON.stringify({ ...kept, [network]: apiKey }, null, 2)}\n`);
    else await chmod(apiKeysPath, privateFileMode);
    return { folder, statePath: join(folder, 'state.json'), apiKeysPath, apiKey, keyIsNew: !keptKey, release };
  } catch (error) {
    await release();
    throw error;
  }
}
