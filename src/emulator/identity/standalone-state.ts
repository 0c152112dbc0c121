// Where the standalone emulator's state comes from, by its flags: the per-user folder (the default: state, App ID
// and API key kept across starts), a state file of the developer's (`--state FILE`: the state and App ID only, as
// before), or nothing (`--ephemeral`: fresh each start).
import { homedir } from 'node:os';
import type { Network } from '../auth/api-key';
import { type KeptIdentity, openKeptIdentity, StateFolderError } from './kept-identity';
import { type FolderEnvironment, perUserStateFolder } from './state-folder';

export type StateSource =
  | { kind: 'folder'; identity: KeptIdentity }
  | { kind: 'file'; path: string }
  | { kind: 'ephemeral' };

export async function openStateSource(
  flags: { state?: string; ephemeral: boolean; network: Network },
  environment: FolderEnvironment = { env: process.env, platform: process.platform, home: homedir() },
): Promise<StateSource> {
  if (flags.ephemeral && flags.state !== undefined) {
    throw new StateFolderError('--ephemeral and --state contradict each other: give one of them');
  }
  if (flags.ephemeral) return { kind: 'ephemeral' };
  if (flags.state !== undefined) return { kind: 'file', path: flags.state };
  return { kind: 'folder', identity: await openKeptIdentity(perUserStateFolder(environment), flags.network) };
}

/** The state file to read and write, if any. */
export function statePathOf(source: StateSource): string | undefined {
  if (source.kind === 'folder') return source.identity.statePath;
  return source.kind === 'file' ? source.path : undefined;
}

/** The start line that says where state lives and what survives a restart. */
export function stateLine(source: StateSource, loaded: boolean): string {
  if (source.kind === 'ephemeral') return 'State: ephemeral (--ephemeral): a new App ID and API key at every start';
  if (source.kind === 'file') return `State file: ${source.path}${loaded ? ' (loaded)' : ' (new)'}`;
  const { folder, keyIsNew } = source.identity;
  const what = loaded && !keyIsNew ? 'kept from the last start' : 'new, kept from now on';
  return (
    `State folder: ${folder} (state, App ID and API key: ${what}; --ephemeral starts fresh, ` +
    '--state FILE keeps the state elsewhere)'
  );
}
