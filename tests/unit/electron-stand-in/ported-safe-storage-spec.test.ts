// Cases of spec/api-safe-storage-spec.ts and spec/fixtures/crash-cases/safe-storage/index.js, and the lines of
// docs/api/safe-storage.md and shell/browser/api/electron_api_safe_storage.cc each `it` quotes, ported to the
// stand-in's safeStorage on each platform and Linux backend.
import { describe, expect, it } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';
import type { StandInPlatform } from '../../support/electron-stand-in/platform';
import type { LinuxStorageBackend } from '../../support/electron-stand-in/safe-storage';

async function readySafeStorage(platform: StandInPlatform, linuxBackend?: LinuxStorageBackend) {
  const electron = standInElectron({ platform, ...(linuxBackend ? { linuxBackend } : {}) });
  await electron.app.whenReady();
  return electron.safeStorage;
}

describe('crash-cases/safe-storage: before ready', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`${platform}: isEncryptionAvailable() is false, and encrypt/decrypt throw "safeStorage cannot be used before app is ready"`, () => {
      const { safeStorage } = standInElectron({ platform });
      expect(safeStorage.isEncryptionAvailable()).toBe(false);
      expect(() => safeStorage.encryptString('plaintext')).toThrow(/safeStorage cannot be used before app is ready/);
      expect(() => safeStorage.decryptString(Buffer.from(''))).toThrow(
        /safeStorage cannot be used before app is ready/,
      );
    });
  }
  it('getSelectedStorageBackend(): "unknown - When the function is called before app has emitted the ready event"', () => {
    const { safeStorage } = standInElectron({ platform: 'linux' });
    expect(safeStorage.getSelectedStorageBackend?.()).toBe('unknown');
  });
});

describe('api-safe-storage-spec.ts', () => {
  it('SafeStorage.isEncryptionAvailable(): should return true when encryption key is available (macOS, Windows)', async () => {
    expect((await readySafeStorage('darwin')).isEncryptionAvailable()).toBe(true);
    expect((await readySafeStorage('win32')).isEncryptionAvailable()).toBe(true);
  });
  it('SafeStorage.getSelectedStorageBackend(): should return a valid backend (Linux)', async () => {
    expect((await readySafeStorage('linux', 'basic_text')).getSelectedStorageBackend?.()).toBe('basic_text');
    expect((await readySafeStorage('linux', 'kwallet5')).getSelectedStorageBackend?.()).toBe('kwallet5');
  });
  it('getSelectedStorageBackend is _Linux_: macOS and Windows have no such method (#if BUILDFLAG(IS_LINUX))', async () => {
    expect('getSelectedStorageBackend' in (await readySafeStorage('darwin'))).toBe(false);
    expect('getSelectedStorageBackend' in (await readySafeStorage('win32'))).toBe(false);
  });
  it('valid input should correctly decrypt string; UTF-16 characters can be decrypted', async () => {
    const safeStorage = await readySafeStorage('linux');
    const encrypted = safeStorage.encryptString('€ - utf symbol');
    expect(Buffer.isBuffer(encrypted)).toBe(true);
    expect(safeStorage.decryptString(encrypted)).toBe('€ - utf symbol');
  });
  it('unencrypted input should throw ("Ciphertext does not appear to be encrypted."); non-buffer input should throw', async () => {
    const safeStorage = await readySafeStorage('win32');
    expect(() => safeStorage.decryptString(Buffer.from('I am unencoded!', 'utf-8'))).toThrow(
      'Ciphertext does not appear to be encrypted.',
    );
    expect(() => safeStorage.decryptString({} as Buffer)).toThrow(
      'Expected the first argument of decryptString() to be a buffer',
    );
  });
  it('safeStorage persists encryption key across app relaunch (same keyring), and another keyring cannot read it', async () => {
    const first = await readySafeStorage('darwin');
    const ciphertext = first.encryptString('plaintext');
    expect((await readySafeStorage('darwin')).decryptString(ciphertext)).toBe('plaintext');
    const elsewhere = standInElectron({ platform: 'darwin', keyringName: 'another login' });
    await elsewhere.app.whenReady();
    expect(() => elsewhere.safeStorage.decryptString(ciphertext)).toThrow(
      'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
    );
  });
});

describe('safe-storage.md and electron_api_safe_storage.cc: Linux without a keyring (basic_text)', () => {
  it('encryption is unavailable until setUsePlainTextEncryption(true) ("… || (use_password_v10_ && … basic_text)")', async () => {
    const safeStorage = await readySafeStorage('linux', 'basic_text');
    expect(safeStorage.isEncryptionAvailable()).toBe(false);
    expect(() => safeStorage.encryptString('x')).toThrow('Encryption is not available.');
    safeStorage.setUsePlainTextEncryption(true);
    expect(safeStorage.isEncryptionAvailable()).toBe(true);
  });
  it('with a secret store the ciphertext carries Chromium’s v11 prefix; v10 on macOS and Windows', async () => {
    expect((await readySafeStorage('linux', 'gnome_libsecret')).encryptString('x').subarray(0, 3).toString()).toBe(
      'v11',
    );
    expect((await readySafeStorage('win32')).encryptString('x').subarray(0, 3).toString()).toBe('v10');
  });
});
