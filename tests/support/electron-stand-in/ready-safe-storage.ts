// One place that builds the stand-in's safeStorage for main's unit tests, in the states Electron documents
// (docs/api/safe-storage.md; shell/browser/api/electron_api_safe_storage.cc): ready or not, each platform, Linux's
// password store, macOS's Keychain, and a "keyring" that a relaunch shares and another login does not.
import { platformOf, type StandInPlatform } from './platform';
import { type LinuxStorageBackend, StandInSafeStorage } from './safe-storage';

export interface SafeStorageSetup {
  /** Defaults to this process's platform, as `standInElectron` does (main's KeyVault defaults to it too). */
  platform?: StandInPlatform;
  /** False plays a call before the app's 'ready' event. Defaults to true. */
  ready?: boolean;
  /** Linux: the password store Chromium picked; the stand-in's default is gnome_libsecret. */
  linuxBackend?: LinuxStorageBackend;
  /** macOS: "returns true if Keychain is available". */
  keychainAvailable?: boolean;
  /** Stand-ins with the same name read each other's ciphertext (a relaunch); another name is a changed keyring. */
  keyringName?: string;
  /** Calls setUsePlainTextEncryption(true) first: with `basic_text` that makes encryption "available" on Linux. */
  plainTextEncryption?: boolean;
}

export function readySafeStorage(setup: SafeStorageSetup = {}): StandInSafeStorage {
  const ready = setup.ready ?? true;
  const safeStorage = new StandInSafeStorage({
    platform: setup.platform ?? platformOf(undefined),
    isReady: () => ready,
    ...(setup.linuxBackend ? { linuxBackend: setup.linuxBackend } : {}),
    ...(setup.keychainAvailable !== undefined ? { keychainAvailable: setup.keychainAvailable } : {}),
    ...(setup.keyringName ? { keyringName: setup.keyringName } : {}),
  });
  if (setup.plainTextEncryption) safeStorage.setUsePlainTextEncryption(true);
  return safeStorage;
}
