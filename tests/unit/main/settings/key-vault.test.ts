import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InvalidApiKeyError } from '../../../../src/main/settings/api-key-format';
import { KeyVault, type SafeStoragePort, storedKeyPath } from '../../../../src/main/settings/key-vault';
import { memorySettings } from '../../../../src/main/settings/settings-port';

const id = '5d0b7e3a9c214f6e8a1b3c5d7e9f1a2b';
const secret = 'c0ffee00deadbeef0123456789abcdef';
const testKey = `TEST_API_KEY:${id}:${secret}`;
const liveKey = `LIVE_API_KEY:${id.replace('2b', '77')}:${secret}`;
/** The base URL every key here is checked against, unless a test says otherwise. */
const circle = 'https://api.circle.com';

/**
 * Electron's safeStorage at the edge: a reversible XOR, marked with the keyring it was made under, so a test can tell
 * ciphertext from plaintext and can "change the keyring" (decryption then throws, as Electron's does).
 */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const state = {
    available: options.available ?? true,
    backend: options.backend,
    keyring: 1,
    encryptions: 0,
    decryptions: 0,
  };
  const marker = () => Buffer.from(`FAKE-SAFE-STORAGE/${state.keyring}:`);
  const xor = (bytes: Uint8Array) => Buffer.from(bytes.map((byte) => byte ^ (0x5a + state.keyring)));
  const port: SafeStoragePort = {
    isEncryptionAvailable: () => state.available,
    encryptString: (text) => {
      if (!state.available) throw new Error('Encryption is not available.');
      state.encryptions += 1;
      return Buffer.concat([marker(), xor(Buffer.from(text, 'utf8'))]);
    },
    decryptString: (encrypted) => {
      state.decryptions += 1;
      const expected = marker();
      if (!encrypted.subarray(0, expected.length).equals(expected)) {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
      return xor(encrypted.subarray(expected.length)).toString('utf8');
    },
    ...(options.backend === undefined ? {} : { getSelectedStorageBackend: () => state.backend ?? 'unknown' }),
  };
  return { port, state };
}

function setup(options: { available?: boolean; backend?: string; platform?: NodeJS.Platform } = {}) {
  const safe = fakeSafeStorage(options);
  const settings = memorySettings();
  const logged: string[] = [];
  const vault = new KeyVault(safe.port, settings, {
    platform: options.platform ?? 'linux',
    log: (line) => logged.push(line),
  });
  const storeJson = () => JSON.stringify(settings.snapshot());
  return { vault, settings, safe, logged, storeJson };
}

function expectNoKeyIn(text: string, key = testKey): void {
  const [, keyId = '', keySecret = ''] = key.split(':');
  for (const part of [key, keyId, keySecret]) expect(text).not.toContain(part);
}

describe('the key vault with a real OS secret store', () => {
  it('keeps only the ciphertext in the settings store, and gives the key back', () => {
    const { vault, settings, storeJson, safe } = setup({ backend: 'gnome_libsecret' });
    expect(vault.storagePolicy()).toEqual({ storage: 'encrypted', reason: null });
    expect(vault.set('circle-testnet', testKey, circle)).toEqual({
      hint: '1a2b',
      baseUrl: circle,
      storage: 'encrypted',
    });

    const stored = settings.get(storedKeyPath('circle-testnet')) as { ciphertext: string };
    expect(Buffer.from(stored.ciphertext, 'base64').toString('latin1')).toMatch(/^FAKE-SAFE-STORAGE\/1:/);
    expect(safe.state.encryptions).toBe(1);
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
    const { vault, settings, safe } = setup({ backend: 'kwallet6' });
    vault.set('circle-mainnet', liveKey, circle);
    const restarted = new KeyVault(safe.port, settings, { platform: 'linux', log: () => {} });
    expect(restarted.keyFor('circle-mainnet', circle)).toBe(liveKey);
    expect(restarted.keyFor('circle-testnet', circle)).toBeNull();
  });

  it('encrypts on macOS and Windows, where there is no backend to ask about', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { vault, storeJson } = setup({ platform });
      expect(vault.set('circle-testnet', testKey, circle).storage).toBe('encrypted');
      expect(storeJson()).toContain('ciphertext');
      expectNoKeyIn(storeJson());
    }
  });

  it('keeps one key per environment', () => {
    const { vault } = setup({ backend: 'gnome_libsecret' });
    vault.set('circle-testnet', testKey, circle);
    vault.set('circle-mainnet', liveKey, circle);
    expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
    expect(vault.keyFor('circle-mainnet', circle)).toBe(liveKey);
    expect(vault.keyFor('standalone-emulator', circle)).toBeNull();
    expect(vault.describe('standalone-emulator', circle)).toEqual({
      stored: false,
      hint: null,
      storage: null,
      reason: null,
    });
  });
});

describe('the key vault without one: session only, nothing written', () => {
  const cases: [string, Parameters<typeof setup>[0], RegExp][] = [
    ['the basic_text backend', { backend: 'basic_text' }, /No system keyring/],
    ['encryption unavailable', { available: false, backend: 'gnome_libsecret' }, /no way to encrypt/],
    ['an unknown Linux backend', { backend: 'unknown' }, /could not tell which system keyring/],
    ['Linux without a backend to ask', { platform: 'linux' }, /could not tell which system keyring/],
  ];

  it.each(cases)('%s', (_case, options, reason) => {
    const { vault, storeJson, safe } = setup(options);
    expect(vault.storagePolicy()).toEqual({ storage: 'session-only', reason: expect.stringMatching(reason) });
    const saved = vault.set('circle-testnet', testKey, circle);
    expect(saved).toEqual({
      hint: '1a2b',
      baseUrl: circle,
      storage: 'session-only',
      reason: expect.stringMatching(reason),
    });
    expect(safe.state.encryptions).toBe(0);
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
    const { vault, safe, storeJson } = setup({ backend: 'gnome_libsecret' });
    safe.port.encryptString = () => {
      throw new Error('keyring locked');
    };
    expect(vault.set('circle-testnet', testKey, circle)).toMatchObject({
      storage: 'session-only',
      reason: expect.stringMatching(/Encrypting the key failed/),
    });
    expect(storeJson()).toBe('{}');
  });

  it('drops an older ciphertext when a key can only be kept for the session', () => {
    const { vault, safe, storeJson } = setup({ backend: 'gnome_libsecret' });
    vault.set('circle-testnet', testKey, circle);
    safe.state.backend = 'basic_text';
    const replacement = `TEST_API_KEY:${id.replace('1a2b', '9999')}:${secret}`;
    vault.set('circle-testnet', replacement, circle);
    expect(storeJson()).toBe('{}');
    expect(vault.keyFor('circle-testnet', circle)).toBe(replacement);
  });
});

describe('forgetting and failing', () => {
  it('forget removes the key, from the store and from memory', () => {
    const encrypted = setup({ backend: 'gnome_libsecret' });
    encrypted.vault.set('circle-testnet', testKey, circle);
    encrypted.vault.forget('circle-testnet');
    expect(encrypted.vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(encrypted.storeJson()).toBe('{}');
    expect(encrypted.vault.describe('circle-testnet', circle)).toEqual({
      stored: false,
      hint: null,
      storage: null,
      reason: null,
    });

    const session = setup({ backend: 'basic_text' });
    session.vault.set('circle-testnet', testKey, circle);
    session.vault.forget('circle-testnet');
    expect(session.vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(session.vault.describe('circle-testnet', circle).stored).toBe(false);
  });

  it('asks the keyring once per saved key, not on every read (the case log reads keys on every write)', () => {
    const { vault, safe, settings } = setup({ backend: 'gnome_libsecret' });
    vault.set('circle-testnet', testKey, circle);
    // A later session: a new vault over the same settings.
    const later = new KeyVault(safe.port, settings, { platform: 'linux', log: () => {} });
    for (let read = 0; read < 5; read += 1) expect(later.keyFor('circle-testnet', circle)).toBe(testKey);
    expect(later.describe('circle-testnet', circle).stored).toBe(true);
    expect(safe.state.decryptions).toBe(1);
    later.forget('circle-testnet');
    expect(later.keyFor('circle-testnet', circle)).toBeNull();
  });

  it('reports and forgets a ciphertext the changed keyring cannot decrypt, without throwing or logging the key', () => {
    const { vault, safe, storeJson, logged } = setup({ backend: 'gnome_libsecret' });
    vault.set('circle-testnet', testKey, circle);
    safe.state.keyring = 2;

    const described = vault.describe('circle-testnet', circle);
    expect(described).toEqual({
      stored: false,
      hint: null,
      storage: null,
      reason: expect.stringMatching(/could not be decrypted .* so it was forgotten/),
    });
    expect(described.reason).toContain('Circle testnet');
    expect(storeJson()).toBe('{}');
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(logged).toHaveLength(1);
    expectNoKeyIn(`${logged.join('\n')} ${described.reason}`);

    // A new key clears the notice.
    vault.set('circle-testnet', testKey, circle);
    expect(vault.describe('circle-testnet', circle)).toMatchObject({ stored: true, reason: null });
  });

  it('forgets a ciphertext that decrypts to something that is not a key, or is not ciphertext at all', () => {
    const { vault, settings, safe, storeJson } = setup({ backend: 'gnome_libsecret' });
    settings.set(storedKeyPath('circle-testnet'), {
      ciphertext: safe.port.encryptString(JSON.stringify({ key: 'garbage', baseUrl: circle })).toString('base64'),
    });
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(vault.describe('circle-testnet', circle).reason).toMatch(/did not decrypt to a valid key/);
    settings.set(storedKeyPath('circle-mainnet'), 'not an object');
    expect(vault.describe('circle-mainnet', circle).reason).toMatch(/was damaged/);
    expect(storeJson()).toBe('{}');
  });

  it('keeps a saved key it cannot decrypt this session because encryption is unavailable, and says so', () => {
    const { vault, safe, settings } = setup({ backend: 'gnome_libsecret' });
    vault.set('circle-testnet', testKey, circle);
    safe.state.available = false;
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(vault.describe('circle-testnet', circle).reason).toMatch(/cannot be decrypted now/);
    expect(settings.get(storedKeyPath('circle-testnet'))).toBeDefined();
    safe.state.available = true;
    expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
  });

  it('refuses to keep an invalid key, storing nothing', () => {
    const { vault, storeJson } = setup({ backend: 'gnome_libsecret' });
    expect(() => vault.set('circle-testnet', liveKey, circle)).toThrow(InvalidApiKeyError);
    expect(() => vault.set('circle-testnet', '', circle)).toThrow(InvalidApiKeyError);
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(storeJson()).toBe('{}');
  });

  it('never shows the key when the vault itself is logged, inspected or serialised', () => {
    const { vault } = setup({ backend: 'basic_text' });
    vault.set('circle-testnet', testKey, circle);
    expect(vault.keyFor('circle-testnet', circle)).toBe(testKey);
    expectNoKeyIn(`${inspect(vault, { depth: 10, showHidden: true })} ${JSON.stringify(vault)} ${String(vault)}`);
  });
});

describe('a key is bound to the base URL it was checked against', () => {
  const elsewhere = 'https://gateway.example.com';

  it('gives the key out for that URL only, sealed or session-only', () => {
    for (const options of [{ backend: 'gnome_libsecret' }, { backend: 'basic_text' }]) {
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
    const { vault, settings, safe, storeJson } = setup({ backend: 'gnome_libsecret' });
    vault.set('circle-testnet', testKey, elsewhere);
    expect(storeJson()).not.toContain('gateway.example.com');
    const stored = settings.get(storedKeyPath('circle-testnet')) as { ciphertext: string };
    const sealed = safe.port.decryptString(Buffer.from(stored.ciphertext, 'base64'));
    expect(JSON.parse(sealed)).toEqual({ key: testKey, baseUrl: elsewhere });
  });

  it('forgets, with a notice, a key saved before keys were bound (its URL is unknown)', () => {
    const { vault, settings, safe, storeJson, logged } = setup({ backend: 'gnome_libsecret' });
    settings.set(storedKeyPath('circle-testnet'), {
      ciphertext: safe.port.encryptString(testKey).toString('base64'),
    });
    expect(vault.keyFor('circle-testnet', circle)).toBeNull();
    expect(vault.describe('circle-testnet', circle).reason).toMatch(/not tied to the base URL/);
    expect(storeJson()).toBe('{}');
    expectNoKeyIn(logged.join('\n'));
  });
});
