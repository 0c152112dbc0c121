// Electron's synchronous `safeStorage` (docs/api/safe-storage.md; shell/browser/api/electron_api_safe_storage.cc):
// - isEncryptionAvailable() is false before ready on every platform (`if (!electron::Browser::Get()->is_ready())
//   return false;`), and encrypt/decrypt then throw "safeStorage cannot be used before app is ready"
//   (spec/fixtures/crash-cases/safe-storage/index.js).
// - on Linux it is true only with a secret store, or with `basic_text` once setUsePlainTextEncryption(true) was
//   called (`OSCrypt::IsEncryptionAvailable() || (use_password_v10_ && … linux_storage_backend() == "basic_text")`;
//   spec/api-safe-storage-spec.ts turns plain text on for its Linux runs). That basic_text alone reports false is what
//   that clause implies; OSCrypt is Chromium's code, not in Electron's repository.
// - getSelectedStorageBackend() exists on Linux only (`#if BUILDFLAG(IS_LINUX) .SetMethod("getSelectedStorageBackend"`):
//   elsewhere the property is undefined, and calling it throws a TypeError. Before ready it returns "unknown".
// - encryptString throws "… Encryption is not available." when unavailable; decryptString throws "… Ciphertext does
//   not appear to be encrypted." for bytes without the v10/v11 prefix, and "Expected the first argument of
//   decryptString() to be a buffer" for anything but a Buffer; an empty Buffer decrypts to ''.
// The ciphertext is AES-256-GCM under a key fixed per stand-in "keyring" (so a restart of the stand-in reads it back,
// as "safeStorage persists encryption key across app relaunch"), with the prefix Chromium writes: v11 for a Linux
// secret store, v10 otherwise.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { StandInPlatform } from './platform';

export type LinuxStorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6';

export interface SafeStorageOptions {
  platform: StandInPlatform;
  isReady: () => boolean;
  /** Linux: the password store Chromium selected (docs: one of these, by desktop or `--password-store`). */
  linuxBackend?: LinuxStorageBackend;
  /** macOS: whether the Keychain answers ("On MacOS, returns true if Keychain is available"). */
  keychainAvailable?: boolean;
  /** Names the keyring: two stand-ins with the same name read each other's ciphertext. */
  keyringName?: string;
}

const prefixLength = 3;

export class StandInSafeStorage {
  /** Linux only: absent from the object elsewhere, as the binding registers it under IS_LINUX. */
  declare readonly getSelectedStorageBackend?: () => string;
  #plainText = false;
  readonly #key: Buffer;
  readonly #prefix: string;

  constructor(private readonly options: SafeStorageOptions) {
    const backend = options.linuxBackend ?? 'gnome_libsecret';
    this.#key = createHash('sha256')
      .update(`stand-in keyring ${options.keyringName ?? 'default'}`)
      .digest();
    this.#prefix = options.platform === 'linux' && backend !== 'basic_text' ? 'v11' : 'v10';
    if (options.platform === 'linux') {
      Object.defineProperty(this, 'getSelectedStorageBackend', {
        value: () => (options.isReady() ? backend : 'unknown'),
      });
    }
  }

  isEncryptionAvailable(): boolean {
    if (!this.options.isReady()) return false;
    if (this.options.platform === 'darwin') return this.options.keychainAvailable ?? true;
    if (this.options.platform === 'linux' && (this.options.linuxBackend ?? 'gnome_libsecret') === 'basic_text') {
      return this.#plainText;
    }
    return true;
  }

  /** "This function on Linux will force the module to use an in memory password … a no-op on Windows and MacOS." */
  setUsePlainTextEncryption(usePlainText: boolean): void {
    this.#plainText = usePlainText;
  }

  encryptString(plainText: string): Buffer {
    this.#requireAvailable('Error while encrypting the text provided to safeStorage.encryptString. Encryption');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from(this.#prefix), iv, cipher.getAuthTag(), body]);
  }

  decryptString(encrypted: Buffer): string {
    this.#requireAvailable('Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption');
    if (!Buffer.isBuffer(encrypted)) throw new Error('Expected the first argument of decryptString() to be a buffer');
    if (encrypted.length === 0) return '';
    const prefix = encrypted.subarray(0, prefixLength).toString('latin1');
    if (prefix !== 'v10' && prefix !== 'v11') {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString. ' +
          'Ciphertext does not appear to be encrypted.',
      );
    }
    try {
      const iv = encrypted.subarray(prefixLength, prefixLength + 12);
      const tag = encrypted.subarray(prefixLength + 12, prefixLength + 28);
      const decipher = createDecipheriv('aes-256-gcm', this.#key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(encrypted.subarray(prefixLength + 28)), decipher.final()]).toString('utf8');
    } catch {
      // Another keyring's ciphertext (the OS keyring changed) fails the way OSCrypt::DecryptString does.
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    }
  }

  #requireAvailable(unavailable: string): void {
    if (this.isEncryptionAvailable()) return;
    if (!this.options.isReady()) throw new Error('safeStorage cannot be used before app is ready');
    throw new Error(`${unavailable} is not available.`);
  }
}
