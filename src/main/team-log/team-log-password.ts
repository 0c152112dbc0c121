// The team database's password, sealed with safeStorage as the API key is (key-vault.ts): ciphertext in the settings
// file where the OS offers real encryption, else kept in memory for this session only. Never sent to the renderer.
import type { SafeStoragePort, StoragePolicy } from '../settings/key-vault';
import type { SettingsPort } from '../settings/settings-port';

export const teamLogPasswordKey = 'teamLog.password';

export interface PasswordDescription {
  stored: boolean;
  storage: 'encrypted' | 'session-only' | null;
  reason: string | null;
}

export class TeamLogPassword {
  /** An ES private field: util.inspect and console.log do not show it. */
  #sessionOnly: string | null = null;
  #decrypted: string | null = null;
  private reason: string | null = null;

  constructor(
    private readonly safeStorage: SafeStoragePort | null,
    private readonly settings: SettingsPort,
    /** The key vault's policy: the same rules decide where a password may be kept. */
    private readonly policy: () => StoragePolicy,
  ) {}

  set(password: string): void {
    this.#decrypted = null;
    const policy = this.policy();
    if (policy.storage === 'encrypted' && this.safeStorage) {
      try {
        const ciphertext = this.safeStorage.encryptString(password).toString('base64');
        this.settings.set(teamLogPasswordKey, { ciphertext });
        this.#sessionOnly = null;
        this.reason = null;
        return;
      } catch {
        // Falls through to the session.
      }
    }
    this.settings.delete(teamLogPasswordKey);
    this.#sessionOnly = password;
    this.reason = policy.reason ?? 'The password could not be encrypted, so it is kept only until PIN Desk quits.';
  }

  /** The password, or null when none is kept (or it no longer decrypts: the keyring changed). */
  get(): string | null {
    if (this.#sessionOnly !== null) return this.#sessionOnly;
    if (this.#decrypted !== null) return this.#decrypted;
    const stored = this.settings.get(teamLogPasswordKey) as { ciphertext?: unknown } | undefined;
    if (!stored || typeof stored.ciphertext !== 'string') return null;
    if (!this.safeStorage?.isEncryptionAvailable()) {
      // The keyring may only be locked or missing this session: keep the ciphertext for the next one.
      this.reason =
        "The saved password cannot be decrypted now: this computer's keyring is unavailable. It stays saved; a " +
        'password entered now replaces it, kept only until PIN Desk quits.';
      return null;
    }
    try {
      this.#decrypted = this.safeStorage.decryptString(Buffer.from(stored.ciphertext, 'base64'));
      return this.#decrypted;
    } catch {
      this.settings.delete(teamLogPasswordKey);
      this.reason = 'The saved password could not be decrypted (the keyring may have changed): enter it again.';
      return null;
    }
  }

  describe(): PasswordDescription {
    const held = this.get() !== null;
    if (!held) return { stored: false, storage: null, reason: this.reason };
    return this.#sessionOnly !== null
      ? { stored: true, storage: 'session-only', reason: this.reason }
      : { stored: true, storage: 'encrypted', reason: null };
  }
}
