// `app.requestSingleInstanceLock` as shell/browser/api/electron_api_app.cc implements it: the lock belongs to the
// user-data folder (`base::PathService::Get(chrome::DIR_USER_DATA, &user_dir)`, which the app may have moved with
// setPath first), the folder is created if missing (`base::CreateDirectoryAndGetError(user_dir, nullptr)`), and any
// result but PROCESS_NONE — another instance notified, the profile in use, or a LOCK_ERROR — returns false. The
// primary instance then emits 'second-instance' with the second one's argv, working directory and additional data
// (App::OnSecondInstance), "guaranteed to be emitted after the `ready` event" (docs/api/app.md).
//
// Processes are modelled by stand-ins: every StandInApp of this Node process shares one registry, keyed by folder.
// What makes Chromium's ProcessSingleton report LOCK_ERROR is Chromium's code, not Electron's: the stand-in reports it
// when the user-data folder cannot be made a folder (it is a file, or cannot be created).
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SecondInstanceCall {
  argv: string[];
  workingDirectory: string;
  additionalData: unknown;
}

export interface LockHolder {
  /** Delivers a second launch to the primary instance. */
  secondInstance(call: SecondInstanceCall): void;
}

const holders = new Map<string, LockHolder>();

function usableFolder(path: string): boolean {
  try {
    mkdirSync(path, { recursive: true });
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** True when `holder` now holds the lock for `userData` (or already did). */
export function requestLock(userData: string, holder: LockHolder, call: SecondInstanceCall): boolean {
  const key = resolve(userData);
  const current = holders.get(key);
  if (current === holder) return true;
  if (!usableFolder(key)) return false;
  if (current) {
    // additionalData travels as a structured clone (blink::CloneableMessage): functions and the like do not survive.
    current.secondInstance({ ...call, additionalData: structuredClone(call.additionalData) });
    return false;
  }
  holders.set(key, holder);
  return true;
}

export function hasLock(userData: string, holder: LockHolder): boolean {
  return holders.get(resolve(userData)) === holder;
}

export function releaseLock(holder: LockHolder): void {
  for (const [key, value] of holders) if (value === holder) holders.delete(key);
}
