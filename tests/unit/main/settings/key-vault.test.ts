import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { InvalidApiKeyError } from '../../../../src/main/settings/api-key-format';
import { KeyVault, storedKeyPath } from '../../../../src/main/settings/key-vault';
import { memorySettings } from '../../../../src/main/settings/settings-port';
import { readySafeStorage, type SafeStorageSetup } from '../../../support/electron-stand-in/ready-safe-storage';

const id = '5d0b7e3a9c214f6e8a1b3c5d7e9f1a2b';
const secret = 'c0ffee00deadbeef0123456789abcdef';
const testKey = `TEST_API_KEY:${id}:${secret}`;
const liveKey = `LIVE_API_KEY:${id.replace('2b', '77')}:${secret}`;
/** The base URL every key here is checked against, unless a test says otherwise. */
const circle = 'https://api.circle.com';
/** What describe says of an environment without a key, and no notice. */
const noKey = { stored: false, hint: null, storage: null, reason: null };

/**
 * A vault over the stand-in's safeStorage (Linux with GNOME's keyring unless told otherwise), encryptions counted.
 * `restart`: a later session over the same settings, the same keyring unless `later` says otherwise (Electron:
 * "safeStorage persists encryption key across app relaunch").
 */
function setup(options: SafeStorageSetup = {}) {
  const platform = options.platform ?? 'linux';
  const safeStorage = readySafeStorage({ ...options, platform });
  const encryptions = vi.spyOn(safeStorage, 'encryptString');
  const settings = memorySettings();
  const logged: string[] = [];
  const log = (line: string) => logged.push(line);
  const vault = new KeyVault(safeStorage, settings, { platform, log });
  const storeJson = () => JSON.stringify(settings.snapshot());
  const restart = (later: SafeStorageSetup = {}) => {
    const laterSafeStorage = readySafeStorage({ ...options, platform, ...later });
    return { safeStorage: laterSafeStorage, vault: new KeyVault(laterSafeStorage, settings, { platform, log }) };
  };
  return { vault, settings, safeStorage, encryptions, logged, storeJson, restart };
}

function expectNoKeyIn(text: string, key = testKey): void {
  const [, keyId = '', keySecret = ''] = key.split(':');
  for (const part of [key, keyId, keySecret]) expect(text).not.toContain(part);
}

describe('the key vault with a real OS secret store', () => {
  it('keeps only the ciphertext in the settings store, and gives the key back', () => {
    const { vault, settings, storeJson, encryptions } = setup();
    expect(vault.storagePolicy()).toEqual({ storage: 'encrypted', reason: null });
    expect(vault.set('circle-testnet', testKey, circle)).toEqual({
      hint: '1a2b',
      baseUrl: circle,
      storage: 'encrypted',
    });

    const stored = settings.get(storedKeyPath('circle-testnet')) as { ciphertext: string };
    // Chromium's prefix for a Linux secret store (electron_api_safe_storage.cc kEncryptionVersionPrefixV11).
    expect(Buffer.from(stored.ciphertext, 'base64').subarray(0, 3).toString('latin1')).toBe('v11');
    expect(encryptions).toHaveBeenCalledTimes(1);
    expectNoKeyIn(storeJson());
    expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
    expect(vault.describe('circle-testnet', circle)).toEqual({
      stored: true,
      hint: '1a2b',
      storage: 'encrypted',
      reason: null,
    });
  });

  it('survives a restart: a new vault over the same store reads the key back', () => {
    const { vault, restart } = setup({ linuxBackend: 'kwallet6' });
    vault.set('circle-mainnet', liveKey, circle);
    const restarted = restart().vault;
    expect(restarted.keyFor('circle-mainnet', circle)).toBe(liveKey);
    expect(restarted.keyFor('circle-testnet', circle)).toBeNull();
  });

  it('encrypts on macOS and Windows, where there is no backend to ask about', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { vault, storeJson, safeStorage } = setup({ platform });
      // safe-storage.md: getSelectedStorageBackend() is _Linux_; the binding registers it only there.
      expect('getSelectedStorageBackend' in safeStorage).toBe(false);
      expect(vault.set('circle-testnet', testKey, circle).storage).toBe('encrypted');
      expect(storeJson()).toContain('ciphertext');
      expectNoKeyIn(storeJson());
    }
  });

  it('keeps one key per environment', () => {
    const { vault } = setup();
    vault.set('circle-testnet', testKey, circle);
    vault.set('circle-mainnet', liveKey, circle);
    expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
    expect(vault.keyFor('circle-mainnet', circle)).toBe(liveKey);
    expect(vault.keyFor('standalone-emulator', circle)).toBeNull();
    expect(vault.describe('standalone-emulator', circle)).toEqual(noKey);
  });
});

describe('the key vault without one: session only, nothing written', () => {
  // What each means in Electron: docs/api/safe-storage.md (isEncryptionAvailable, getSelectedStorageBackend) and
  // electron_api_safe_storage.cc (false before ready; on Linux `basic_text` only with setUsePlainTextEncryption(true)).
  const cases: [string, SafeStorageSetup, RegExp][] = [
    ['Linux basic_text, as PIN Desk has it (unavailable)', { linuxBackend: 'basic_text' }, /No system keyring/],
    ['Linux basic_text, plain text on', { linuxBackend: 'basic_text', plainTextEncryption: true }, /No system keyring/],
    ['macOS without the Keychain', { platform: 'darwin', keychainAvailable: false }, /no way to encrypt/],
    ['Windows before ready', { platform: 'win32', ready: false }, /no way to encrypt/],
    ['Linux before ready (the backend is "unknown")', { ready: false }, /could not tell which system keyring/],
  ];

  it.each(cases)('%s', (_case, options, reason) => {
    const { vault, storeJson, encryptions } = setup(options);
    expect(vault.storagePolicy()).toEqual({ storage: 'session-only', reason: expect.stringMatching(reason) });
    const saved = vault.set('circle-testnet', testKey, circle);
    expect(saved).toEqual({
      hint: '1a2b',
      baseUrl: circle,
      storage: 'session-only',
      reason: expect.stringMatching(reason),
    });
    expect(encryptions).not.toHaveBeenCalled();
    expect(storeJson()).toBe('{}');
    expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
    expect(vault.describe('circle-testnet', circle)).toEqual({
      stored: true,
      hint: '1a2b',
      storage: 'session-only',
      reason: saved.reason,
    });
  });

  it('with no safeStorage at all', () => {
    const settings = memorySettings();
    const vault = new KeyVault(null, settings);
    expect(vault.set('standalone-emulator', testKey, circle)).toMatchObject({ storage: 'session-only' });
    expect(vault.keyFor('standalone-emulator', circle)).toBe(testKey);
    expect(JSON.stringify(settings.snapshot())).toBe('{}');
  });

  it('falls back to the session when encrypting throws', () => {
    const { vault, encryptions, storeJson } = setup();
    // Encryption available but OSCrypt failing (electron_api_safe_storage.cc EncryptString's message).
    encryptions.mockImplementation(() => {
      throw new Error('Error while encrypting the text provided to safeStorage.encryptString.');
    });
    expect(vault.set('circle-testnet', testKey, circle)).toMatchObject({
      storage: 'session-only',
      reason: expect.stringMatching(/Encrypting the key failed/),
    });
    expect(storeJson()).toBe('{}');
  });

  it('drops an older ciphertext when a key can only be kept for the session', () => {
    const { vault, storeJson, restart } = setup();
    vault.set('circle-testnet', testKey, circle);
    // A later session started without a keyring (Chromium picks basic_text, e.g. `--password-store=basic`).
    const later = restart({ linuxBackend: 'basic_text' }).vault;
    const replacement = `TEST_API_KEY:${id.replace('1a2b', '9999')}:${secret}`;
    later.set('circle-testnet', replacement, circle);
    expect(storeJson()).toBe('{}');
    expect(later.keyFor('circle-testnet', circle)).toBe(replacement);
  });
});

describe('forgetting and failing', () => {
  it('forget removes the key, from the store and from memory', () => {
    const encrypted = setup();
    encrypted.vault.set('circle-testnet', testKey, circle);
    encrypted.vault.forget('circle-testnet');
    expect(encrypted.vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(encrypted.storeJson()).toBe('{}');
    expect(encrypted.vault.describe('circle-testnet', circle)).toEqual(noKey);

    const session = setup({ linuxBackend: 'basic_text' });
    session.vault.set('circle-testnet', testKey, circle);
    session.vault.forget('circle-testnet');
    expect(session.vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(session.vault.describe('circle-testnet', circle).stored).toBe(false);
  });

  it('asks the keyring once per saved key, not on every read (the case log reads keys on every write)', () => {
    const { vault, restart } = setup();
    vault.set('circle-testnet', testKey, circle);
    const later = restart();
    const decryptions = vi.spyOn(later.safeStorage, 'decryptString');
    for (let read = 0; read < 5; read += 1) expect(later.vault.keyFor('circle-testnet', circle)).toBe(testKey);
    expect(later.vault.describe('circle-testnet', circle).stored).toBe(true);
    expect(decryptions).toHaveBeenCalledTimes(1);
    later.vault.forget('circle-testnet');
    expect(later.vault.keyFor('circle-testnet', circle)).toBeNull();
  });

  it('reports and forgets a ciphertext the changed keyring cannot decrypt, without throwing or logging the key', () => {
    const { vault, restart, storeJson, logged } = setup();
    vault.set('circle-testnet', testKey, circle);
    // A later session under another keyring: Electron's decryptString throws for the old ciphertext.
    const changed = restart({ keyringName: 'after a new login' }).vault;

    const described = changed.describe('circle-testnet', circle);
    expect(described).toEqual({
      stored: false,
      hint: null,
      storage: null,
      reason: expect.stringMatching(/could not be decrypted .* so it was forgotten/),
    });
    expect(described.reason).toContain('Circle testnet');
    expect(storeJson()).toBe('{}');
    expect(changed.keyFor('circle-testnet', circle)).toBeNull();
    expect(logged).toHaveLength(1);
    expectNoKeyIn(`${logged.join('\n')} ${described.reason}`);

    // A new key clears the notice.
    changed.set('circle-testnet', testKey, circle);
    expect(changed.describe('circle-testnet', circle)).toMatchObject({ stored: true, reason: null });
  });

  it('forgets a ciphertext that decrypts to something that is not a key, or is not ciphertext at all', () => {
    const { vault, settings, safeStorage, storeJson } = setup();
    settings.set(storedKeyPath('circle-testnet'), {
      ciphertext: safeStorage.encryptString(JSON.stringify({ key: 'garbage', baseUrl: circle })).toString('base64'),
    });
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(vault.describe('circle-testnet', circle).reason).toMatch(/did not decrypt to a valid key/);
    settings.set(storedKeyPath('circle-mainnet'), 'not an object');
    expect(vault.describe('circle-mainnet', circle).reason).toMatch(/was damaged/);
    expect(storeJson()).toBe('{}');
  });

  it('keeps a saved key it cannot decrypt this session because encryption is unavailable, and says so', () => {
    const { vault, settings, restart } = setup({ platform: 'darwin' });
    vault.set('circle-testnet', testKey, circle);
    // safe-storage.md: "On MacOS, returns true if Keychain is available": a session without it, then one with it.
    const locked = restart({ keychainAvailable: false }).vault;
    expect(locked.keyFor('circle-testnet', circle)).toBeNull();
    expect(locked.describe('circle-testnet', circle).reason).toMatch(/cannot be decrypted now/);
    expect(settings.get(storedKeyPath('circle-testnet'))).toBeDefined();
    expect(restart().vault.keyFor('circle-testnet', circle)).toBe(testKey);
  });

  it('refuses to keep an invalid key, storing nothing', () => {
    const { vault, storeJson } = setup();
    expect(() => vault.set('circle-testnet', liveKey, circle)).toThrow(InvalidApiKeyError);
    expect(() => vault.set('circle-testnet', '', circle)).toThrow(InvalidApiKeyError);
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(storeJson()).toBe('{}');
  });

  it('never shows the key when the vault itself is logged, inspected or serialised', () => {
    const { vault } = setup({ linuxBackend: 'basic_text' });
    vault.set('circle-testnet', testKey, circle);
    expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
    expectNoKeyIn(`${inspect(vault, { depth: 10, showHidden: true })} ${JSON.stringify(vault)} ${String(vault)}`);
  });
});

describe('a key is bound to the base URL it was checked against', () => {
  const elsewhere = 'https://gateway.example.com';

  it('gives the key out for that URL only, sealed or session-only', () => {
    for (const options of [{}, { linuxBackend: 'basic_text' }] satisfies SafeStorageSetup[]) {
      const { vault } = setup(options);
      vault.set('circle-testnet', testKey, circle);
      expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
      expect(vault.keyFor('circle-testnet', elsewhere)).toBeNull();
      expect(vault.boundBaseUrl('circle-testnet')).toBe(circle);
      expect(vault.describe('circle-testnet', elsewhere)).toEqual({
        stored: false,
        hint: null,
        storage: null,
        reason: expect.stringContaining(`checked against ${circle}`),
      });
      // Masking still knows it, wherever it may be sent.
      expect(vault.heldKeys()).toEqual([testKey]);
    }
  });

  it('seals the URL with the key: the settings file holds neither in plain text', () => {
    const { vault, settings, safeStorage, storeJson } = setup();
    vault.set('circle-testnet', testKey, elsewhere);
    expect(storeJson()).not.toContain('gateway.example.com');
    const stored = settings.get(storedKeyPath('circle-testnet')) as { ciphertext: string };
    const sealed = safeStorage.decryptString(Buffer.from(stored.ciphertext, 'base64'));
    expect(JSON.parse(sealed)).toEqual({ key: testKey, baseUrl: elsewhere });
  });

  it('forgets, with a notice, a key saved before keys were bound (its URL is unknown)', () => {
    const { vault, settings, safeStorage, storeJson, logged } = setup();
    settings.set(storedKeyPath('circle-testnet'), {
      ciphertext: safeStorage.encryptString(testKey).toString('base64'),
    });
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(vault.describe('circle-testnet', circle).reason).toMatch(/not tied to the base URL/);
    expect(storeJson()).toBe('{}');
    expectNoKeyIn(logged.join('\n'));
  });
});
