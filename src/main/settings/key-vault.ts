import { type EnvironmentId, environmentIds, environmentLabels } from '../../shared/environment/environments';
import { checkBaseUrl } from '../environment/base-url-rule';
import { apiKeyHint } from '../secrets/secret-masking';
import { checkApiKey, parseApiKey } from './api-key-format';
import type { SettingsPort } from './settings-port';

/** Electron's `safeStorage`, as far as the vault uses it (pass `safeStorage` itself in the app). */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6', or 'unknown' before app ready. */
  getSelectedStorageBackend?(): string;
}

/** 'encrypted': ciphertext in the settings file, encrypted by the OS. 'session-only': in memory until quit. */
export type KeyStorage = 'encrypted' | 'session-only';

export interface SavedKey {
  hint: string;
  /** The base URL the key was checked against: the only one it is ever sent to. */
  baseUrl: string;
  storage: KeyStorage;
  /** Why the key is kept for this session only, in words for the agent. */
  reason?: string;
}

/** What may be said about an environment's key: never the key. */
export interface KeyDescription {
  stored: boolean;
  hint: string | null;
  storage: KeyStorage | null;
  /** Why a key is session-only, or what happened to a saved key that could not be read back. */
  reason: string | null;
}

export type StoragePolicy = { storage: 'encrypted'; reason: null } | { storage: 'session-only'; reason: string };

export interface KeyVaultOptions {
  /** Only Linux has storage backends to check; defaults to this process's platform. */
  platform?: NodeJS.Platform;
  /** Where the vault reports keys it had to drop. Lines never contain a key. */
  log?: (line: string) => void;
}

interface StoredCiphertext {
  ciphertext: string;
}

/**
 * What is sealed (or held for the session): the key and the base URL it was checked against, together, so the binding
 * is as protected as the key. Editing the plain settings file can change where calls go, never where this key goes.
 */
interface BoundKey {
  key: string;
  baseUrl: string;
}

const sessionOnlyReasons = {
  unavailable:
    'This computer offers PIN Desk no way to encrypt secrets, so the key is kept only until PIN Desk quits. ' +
    'You will need to enter it again next time.',
  basicText:
    'No system keyring (such as GNOME Keyring or KWallet) is available, so the key could only be hidden with a ' +
    'fixed password. PIN Desk keeps it only until it quits instead; you will need to enter it again next time.',
  unknownBackend:
    'PIN Desk could not tell which system keyring would protect the key, so it is kept only until PIN Desk ' +
    'quits. You will need to enter it again next time.',
  encryptFailed:
    'Encrypting the key failed, so it is kept only until PIN Desk quits. You will need to enter it again next time.',
} as const;

/** Settings key of an environment's ciphertext (dot path: electron-store nests it under `apiKeys`). */
export const storedKeyPath = (environment: EnvironmentId): string => `apiKeys.${environment}`;

/**
 * Keeps one API key per environment, bound to the base URL it was checked against: `keyFor` gives it out for that
 * URL only. With a real OS secret store the sealed key and URL go to the settings file; where there is none (no
 * safeStorage, encryption unavailable, or Linux's `basic_text` backend, whose "encryption" uses a hard-coded password)
 * they stay in memory for this session and are never written. A saved key that no longer decrypts (the keyring
 * changed) is forgotten and reported, not thrown.
 */
export class KeyVault {
  private readonly platform: NodeJS.Platform;
  private readonly log: (line: string) => void;
  /** An ES private field: unlike `private`, util.inspect and console.log do not show it. */
  readonly #sessionKeys = new Map<EnvironmentId, BoundKey & { reason: string }>();
  /**
   * Saved keys already decrypted this session: main reads keys often (every case-log write masks them), and each
   * decryption is a call into the OS keyring. Cleared whenever a key is set or forgotten.
   */
  readonly #decrypted = new Map<EnvironmentId, BoundKey>();
  /** What happened to a saved key that could not be read back, until a key is set or forgotten. */
  private readonly notices = new Map<EnvironmentId, string>();

  constructor(
    private readonly safeStorage: SafeStoragePort | null,
    private readonly settings: SettingsPort,
    options: KeyVaultOptions = {},
  ) {
    this.platform = options.platform ?? process.platform;
    this.log = options.log ?? ((line) => console.warn(line));
  }

  /** Where a key saved now would be kept, and why: the settings view can say so before the agent types one. */
  storagePolicy(): StoragePolicy {
    // Linux's backend is asked first: Electron reports encryption unavailable with `basic_text` (unless plain-text
    // encryption is turned on) and before ready, when the backend is 'unknown' (electron_api_safe_storage.cc), so
    // asked second, these reasons would never be given.
    if (this.safeStorage && this.platform === 'linux') {
      const backend = this.safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
      if (backend === 'basic_text') return { storage: 'session-only', reason: sessionOnlyReasons.basicText };
      if (backend === 'unknown') return { storage: 'session-only', reason: sessionOnlyReasons.unknownBackend };
    }
    if (!this.safeStorage?.isEncryptionAvailable()) {
      return { storage: 'session-only', reason: sessionOnlyReasons.unavailable };
    }
    return { storage: 'encrypted', reason: null };
  }

  /**
   * Checks the key's format and prefix (throws InvalidApiKeyError), then keeps it, bound to `baseUrl` (the URL it was
   * just checked against), as the policy allows.
   */
  set(environment: EnvironmentId, text: string, baseUrl: string): SavedKey {
    const { key, hint } = parseApiKey(text, environment);
    this.notices.delete(environment);
    this.#decrypted.delete(environment);
    const policy = this.storagePolicy();
    if (policy.storage === 'session-only' || !this.safeStorage) {
      return this.keepForSession(environment, { key, baseUrl }, hint, policy.reason ?? sessionOnlyReasons.unavailable);
    }
    let ciphertext: string;
    try {
      ciphertext = this.safeStorage
        .encryptString(JSON.stringify({ key, baseUrl } satisfies BoundKey))
        .toString('base64');
    } catch {
      return this.keepForSession(environment, { key, baseUrl }, hint, sessionOnlyReasons.encryptFailed);
    }
    this.settings.set(storedKeyPath(environment), { ciphertext } satisfies StoredCiphertext);
    this.#sessionKeys.delete(environment);
    return { hint, baseUrl, storage: 'encrypted' };
  }

  /** The key to send to `baseUrl`: only the one checked against that very URL, else null. */
  keyFor(environment: EnvironmentId, baseUrl: string): string | null {
    const held = this.held(environment);
    return held && held.baseUrl === baseUrl ? held.key : null;
  }

  /** The base URL the environment's key is bound to, or null when no key is held. */
  boundBaseUrl(environment: EnvironmentId): string | null {
    return this.held(environment)?.baseUrl ?? null;
  }

  /** Every key held, whatever its base URL: what masking must hide. */
  heldKeys(): string[] {
    return environmentIds.flatMap((id) => {
      const held = id === 'local-emulator' ? null : this.held(id);
      return held ? [held.key] : [];
    });
  }

  /**
   * Whether a key can be used at `baseUrl`, its hint and where it is kept: never the key. A key bound to another base
   * URL (the settings file was edited) counts as no key, with a notice saying why.
   */
  describe(environment: EnvironmentId, baseUrl: string | null): KeyDescription {
    const held = this.held(environment);
    if (!held) return { stored: false, hint: null, storage: null, reason: this.notices.get(environment) ?? null };
    if (held.baseUrl !== baseUrl) {
      const reason =
        `The saved key for ${environmentLabels[environment]} was checked against ${held.baseUrl}, and the base URL ` +
        `is now ${baseUrl ?? 'not set'}: PIN Desk will not send the key there. Set the base URL back, or enter a ` +
        'key for the new one.';
      return { stored: false, hint: null, storage: null, reason };
    }
    const session = this.#sessionKeys.get(environment);
    return session
      ? { stored: true, hint: apiKeyHint(held.key), storage: 'session-only', reason: session.reason }
      : { stored: true, hint: apiKeyHint(held.key), storage: 'encrypted', reason: null };
  }

  forget(environment: EnvironmentId): void {
    this.#sessionKeys.delete(environment);
    this.#decrypted.delete(environment);
    this.notices.delete(environment);
    this.settings.delete(storedKeyPath(environment));
  }

  private held(environment: EnvironmentId): BoundKey | null {
    return this.#sessionKeys.get(environment) ?? this.readStored(environment);
  }

  private keepForSession(environment: EnvironmentId, bound: BoundKey, hint: string, reason: string): SavedKey {
    // Also drops a ciphertext saved earlier, so no older key lingers on disk.
    this.settings.delete(storedKeyPath(environment));
    this.#sessionKeys.set(environment, { ...bound, reason });
    return { hint, baseUrl: bound.baseUrl, storage: 'session-only', reason };
  }

  /** The saved key and its URL, decrypted; null (with a notice, and the ciphertext dropped) when unreadable. */
  private readStored(environment: EnvironmentId): BoundKey | null {
    const known = this.#decrypted.get(environment);
    if (known) return known;
    const stored = this.settings.get(storedKeyPath(environment));
    if (stored === undefined || stored === null) return null;
    const label = environmentLabels[environment];
    if (!isStoredCiphertext(stored)) {
      this.drop(environment, `The saved key for ${label} was damaged, so it was forgotten. Enter the key again.`);
      return null;
    }
    if (!this.safeStorage?.isEncryptionAvailable()) {
      // The keyring may only be locked or missing this session: keep the ciphertext for the next one.
      this.notices.set(
        environment,
        `The saved key for ${label} cannot be decrypted now: this computer's keyring is unavailable. It stays ` +
          'saved; a key entered now replaces it, kept only until PIN Desk quits.',
      );
      return null;
    }
    let plainText: string;
    try {
      plainText = this.safeStorage.decryptString(Buffer.from(stored.ciphertext, 'base64'));
    } catch {
      this.drop(
        environment,
        `The saved key for ${label} could not be decrypted (this computer's keyring may have changed), so it was ` +
          'forgotten. Enter the key again.',
      );
      return null;
    }
    const bound = boundKeyOf(plainText);
    if (!bound) {
      // Also what a key saved before keys were bound to their URL decrypts to: where it was checked is unknown.
      this.drop(
        environment,
        `The saved key for ${label} was not tied to the base URL it was checked against, so it was forgotten. ` +
          'Enter the key again.',
      );
      return null;
    }
    if (!checkApiKey(bound.key, environment).ok || !checkBaseUrl(bound.baseUrl).ok) {
      this.drop(environment, `The saved key for ${label} did not decrypt to a valid key, so it was forgotten.`);
      return null;
    }
    this.notices.delete(environment);
    this.#decrypted.set(environment, bound);
    return bound;
  }

  private drop(environment: EnvironmentId, notice: string): void {
    this.settings.delete(storedKeyPath(environment));
    this.notices.set(environment, notice);
    this.log(`key vault: ${notice}`);
  }
}

function boundKeyOf(plainText: string): BoundKey | null {
  let value: unknown;
  try {
    value = JSON.parse(plainText);
  } catch {
    return null;
  }
  const candidate = value as Partial<BoundKey> | null;
  return typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.key === 'string' &&
    typeof candidate.baseUrl === 'string'
    ? { key: candidate.key, baseUrl: candidate.baseUrl }
    : null;
}

function isStoredCiphertext(value: unknown): value is StoredCiphertext {
  return typeof value === 'object' && value !== null && typeof (value as StoredCiphertext).ciphertext === 'string';
}
