// The key vault's edges: a key replaced while it is cached or held for the session, what a saved entry must be before
// it is decrypted (and what it must decrypt to), every notice word for word, and notices that belong to one key only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyVault, storedKeyPath } from '../../../../src/main/settings/key-vault';
import { memorySettings } from '../../../../src/main/settings/settings-port';
import { readySafeStorage, type SafeStorageSetup } from '../../../support/electron-stand-in/ready-safe-storage';

const id = '5d0b7e3a9c214f6e8a1b3c5d7e9f1a2b';
const secret = 'c0ffee00deadbeef0123456789abcdef';
const firstKey = `TEST_API_KEY:${id}:${secret}`;
const secondKey = `TEST_API_KEY:${id.replace('1a2b', '3c4d')}:${secret}`;
const circle = 'https://api.circle.com';
const path = storedKeyPath('circle-testnet');

/** A vault over the stand-in's safeStorage: Linux with GNOME's keyring unless `options` say otherwise. */
function setup(options: SafeStorageSetup = {}) {
  const platform = options.platform ?? 'linux';
  const safeStorage = readySafeStorage({ ...options, platform });
  const settings = memorySettings();
  const logged: string[] = [];
  const vault = new KeyVault(safeStorage, settings, { platform, log: (line) => logged.push(line) });
  /** Puts a ciphertext of `plainText` in the settings file, as a session with this keyring would have. */
  const seal = (plainText: string) =>
    settings.set(path, { ciphertext: safeStorage.encryptString(plainText).toString('base64') });
  return { vault, settings, safeStorage, logged, seal };
}

/** Electron's message when OSCrypt fails to encrypt though encryption is available (electron_api_safe_storage.cc). */
const encryptionFailed = () => {
  throw new Error('Error while encrypting the text provided to safeStorage.encryptString.');
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a key replaced', () => {
  it('sealed over a sealed one already read: the new key is given out, not the one read before', () => {
    const { vault } = setup();
    vault.set('circle-testnet', firstKey, circle);
    expect(vault.keyFor('circle-testnet', circle)).toBe(firstKey);
    vault.set('circle-testnet', secondKey, circle);
    expect(vault.keyFor('circle-testnet', circle)).toBe(secondKey);
  });

  it('sealed over one held for the session: the sealed key is given out, and said to be encrypted', () => {
    const { vault, safeStorage } = setup();
    // The first encryption fails, so the first key is held for the session; the second is sealed.
    vi.spyOn(safeStorage, 'encryptString').mockImplementationOnce(encryptionFailed);
    expect(vault.set('circle-testnet', firstKey, circle).storage).toBe('session-only');
    expect(vault.set('circle-testnet', secondKey, circle).storage).toBe('encrypted');
    expect(vault.keyFor('circle-testnet', circle)).toBe(secondKey);
    expect(vault.describe('circle-testnet', circle)).toEqual({
      stored: true,
      hint: '3c4d',
      storage: 'encrypted',
      reason: null,
    });
  });
});

describe('a saved entry that is not a sealed key', () => {
  it('null (an emptied entry) is no key, without a notice', () => {
    const { vault, settings, logged } = setup();
    settings.set(path, null);
    expect(vault.describe('circle-testnet', circle)).toEqual({
      stored: false,
      hint: null,
      storage: null,
      reason: null,
    });
    expect(logged).toEqual([]);
  });

  it('a ciphertext that is not text is damaged, and forgotten', () => {
    const { vault, settings, logged } = setup();
    settings.set(path, { ciphertext: 5 });
    const notice = 'The saved key for Circle testnet was damaged, so it was forgotten. Enter the key again.';
    expect(vault.describe('circle-testnet', circle).reason).toBe(notice);
    expect(logged).toEqual([`key vault: ${notice}`]);
    expect(settings.get(path)).toBeUndefined();
  });

  it('sealed JSON that is not a key bound to a URL is forgotten: null, no key, no URL', () => {
    const notice =
      'The saved key for Circle testnet was not tied to the base URL it was checked against, so it was forgotten. ' +
      'Enter the key again.';
    for (const plainText of [
      'null',
      '"text"',
      JSON.stringify({ baseUrl: circle }),
      JSON.stringify({ key: firstKey }),
    ]) {
      const { vault, seal, settings } = setup();
      seal(plainText);
      expect(vault.keyFor('circle-testnet', circle)).toBeNull();
      expect(vault.describe('circle-testnet', circle).reason).toBe(notice);
      expect(settings.get(path)).toBeUndefined();
    }
  });

  it('a sealed key whose URL breaks the base URL rule, or whose prefix is the wrong network, is forgotten', () => {
    const notice = 'The saved key for Circle testnet did not decrypt to a valid key, so it was forgotten.';
    const wrongNetwork = firstKey.replace('TEST_API_KEY', 'LIVE_API_KEY');
    for (const bound of [
      { key: firstKey, baseUrl: 'ftp://api.circle.com' },
      { key: firstKey, baseUrl: 'http://api.circle.com' },
      { key: wrongNetwork, baseUrl: circle },
    ]) {
      const { vault, seal, logged } = setup();
      seal(JSON.stringify(bound));
      expect(vault.keyFor('circle-testnet', bound.baseUrl)).toBeNull();
      expect(vault.describe('circle-testnet', bound.baseUrl).reason).toBe(notice);
      expect(logged).toEqual([`key vault: ${notice}`]);
    }
  });
});

describe('notices, word for word', () => {
  it('a ciphertext the keyring cannot decrypt', () => {
    const { vault, settings, logged } = setup();
    // A ciphertext sealed under another login's keyring: Electron's decryptString throws for it.
    const otherKeyring = readySafeStorage({ platform: 'linux', keyringName: 'another login' });
    const sealed = otherKeyring.encryptString(JSON.stringify({ key: firstKey, baseUrl: circle }));
    settings.set(path, { ciphertext: sealed.toString('base64') });
    const notice =
      "The saved key for Circle testnet could not be decrypted (this computer's keyring may have changed), so it was " +
      'forgotten. Enter the key again.';
    expect(vault.describe('circle-testnet', circle).reason).toBe(notice);
    expect(logged).toEqual([`key vault: ${notice}`]);
  });

  it('a keyring unavailable this session: the ciphertext is kept, nothing is logged', () => {
    const { vault, logged, settings } = setup();
    vault.set('circle-testnet', firstKey, circle);
    // A later session that finds no keyring: Chromium picks basic_text, and Electron reports encryption unavailable.
    const noKeyring = readySafeStorage({ platform: 'linux', linuxBackend: 'basic_text' });
    const later = new KeyVault(noKeyring, settings, { platform: 'linux', log: (line) => logged.push(line) });
    expect(later.describe('circle-testnet', circle).reason).toBe(
      "The saved key for Circle testnet cannot be decrypted now: this computer's keyring is unavailable. It stays " +
        'saved; a key entered now replaces it, kept only until PIN Desk quits.',
    );
    expect(logged).toEqual([]);
    expect(settings.get(path)).toBeDefined();
    // As the notice says: a key entered now replaces the saved one, for this session only.
    expect(later.set('circle-testnet', firstKey, circle).storage).toBe('session-only');
    expect(settings.get(path)).toBeUndefined();
  });

  it('no safeStorage at all (no app-ready Electron): a saved ciphertext is kept for a session that has one', () => {
    const { vault, settings } = setup();
    vault.set('circle-testnet', firstKey, circle);
    const without = new KeyVault(null, settings, { platform: 'linux', log: () => {} });
    expect(without.keyFor('circle-testnet', circle)).toBeNull();
    expect(without.describe('circle-testnet', circle).reason).toMatch(/cannot be decrypted now/);
    expect(settings.get(path)).toBeDefined();
  });

  it('a key bound to another URL, or to none now', () => {
    const { vault } = setup();
    vault.set('circle-testnet', firstKey, circle);
    expect(vault.describe('circle-testnet', 'https://gateway.example').reason).toBe(
      'The saved key for Circle testnet was checked against https://api.circle.com, and the base URL is now ' +
        'https://gateway.example: PIN Desk will not send the key there. Set the base URL back, or enter a key for the ' +
        'new one.',
    );
    expect(vault.describe('circle-testnet', null).reason).toContain('and the base URL is now not set: PIN Desk');
  });

  it('go to the console’s warnings when no log is given', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const settings = memorySettings();
    settings.set(path, 'not an object');
    new KeyVault(readySafeStorage({ platform: 'linux' }), settings, { platform: 'linux' }).describe(
      'circle-testnet',
      circle,
    );
    expect(warn).toHaveBeenCalledWith(
      'key vault: The saved key for Circle testnet was damaged, so it was forgotten. Enter the key again.',
    );
  });
});

describe('a notice belongs to the key it was about', () => {
  it('a new key clears it: when that key is gone too, no old notice comes back', () => {
    const { vault, settings } = setup();
    settings.set(path, 'not an object');
    expect(vault.describe('circle-testnet', circle).reason).toMatch(/damaged/);
    vault.set('circle-testnet', firstKey, circle);
    // Another process empties the entry (the vault's own forget would clear notices anyway).
    settings.delete(path);
    expect(vault.describe('circle-testnet', circle)).toEqual({
      stored: false,
      hint: null,
      storage: null,
      reason: null,
    });
  });
});

describe('why a key is kept for this session only, word for word', () => {
  it('names what is missing, and says the key must be entered again', () => {
    // Each as Electron has it (safe-storage.md, electron_api_safe_storage.cc): macOS without its Keychain, Linux
    // without a keyring (basic_text), Linux before ready (the backend is 'unknown').
    const reasonWith = (options: SafeStorageSetup) => setup(options).vault.storagePolicy().reason;
    expect(reasonWith({ platform: 'darwin', keychainAvailable: false })).toBe(
      'This computer offers PIN Desk no way to encrypt secrets, so the key is kept only until PIN Desk quits. ' +
        'You will need to enter it again next time.',
    );
    expect(reasonWith({ linuxBackend: 'basic_text' })).toBe(
      'No system keyring (such as GNOME Keyring or KWallet) is available, so the key could only be hidden with a ' +
        'fixed password. PIN Desk keeps it only until it quits instead; you will need to enter it again next time.',
    );
    expect(reasonWith({ ready: false })).toBe(
      'PIN Desk could not tell which system keyring would protect the key, so it is kept only until PIN Desk ' +
        'quits. You will need to enter it again next time.',
    );
    // A port without Linux's backend query on Linux (Electron's always has one there; the port's type allows it):
    // treated as a backend it could not tell, never asked and never thrown from.
    const noBackendQuery = new KeyVault(readySafeStorage({ platform: 'darwin' }), memorySettings(), {
      platform: 'linux',
    });
    expect(noBackendQuery.storagePolicy()).toEqual({ storage: 'session-only', reason: reasonWith({ ready: false }) });
    const { vault, safeStorage } = setup();
    vi.spyOn(safeStorage, 'encryptString').mockImplementation(encryptionFailed);
    expect(vault.set('circle-testnet', firstKey, circle).reason).toBe(
      'Encrypting the key failed, so it is kept only until PIN Desk quits. You will need to enter it again next time.',
    );
  });
});

describe('where keys are kept, and which are held', () => {
  it('encrypts on macOS and Windows without asking for a backend, and says so before a key is typed', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      // safe-storage.md: getSelectedStorageBackend() is _Linux_; on these platforms the stand-in has none to ask.
      const vault = new KeyVault(readySafeStorage({ platform }), memorySettings(), { platform, log: () => {} });
      expect(vault.storagePolicy()).toEqual({ storage: 'encrypted', reason: null });
    }
  });

  it('a key that could not be encrypted is still given out for this session', () => {
    const { vault, safeStorage } = setup();
    vi.spyOn(safeStorage, 'encryptString').mockImplementation(encryptionFailed);
    vault.set('circle-testnet', firstKey, circle);
    expect(vault.keyFor('circle-testnet', circle)).toBe(firstKey);
    expect(vault.boundBaseUrl('circle-testnet')).toBe(circle);
  });

  it('the local emulator has no key in the vault: an entry for it in the file is neither read nor dropped', () => {
    const { vault, settings, logged } = setup();
    settings.set(storedKeyPath('local-emulator'), 'not an object');
    vault.set('circle-testnet', firstKey, circle);
    expect(vault.heldKeys()).toEqual([firstKey]);
    expect(logged).toEqual([]);
    expect(settings.get(storedKeyPath('local-emulator'))).toBe('not an object');
  });
});
