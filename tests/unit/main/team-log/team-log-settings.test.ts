// Settings → Team case log in main: TLS required and verified off loopback, each field's problem in words, the
// password sealed with safeStorage and never in the view the renderer gets.
import { describe, expect, it } from 'vitest';
import type { StoragePolicy } from '../../../../src/main/settings/key-vault';
import { memorySettings } from '../../../../src/main/settings/settings-port';
import { TeamLogPassword, teamLogPasswordKey } from '../../../../src/main/team-log/team-log-password';
import { checkTeamLogForm, type TeamLogForm } from '../../../../src/main/team-log/team-log-settings';
import { decideTls, isLoopbackHost } from '../../../../src/main/team-log/team-log-tls';
import { readySafeStorage } from '../../../support/electron-stand-in/ready-safe-storage';

describe('the TLS rule', () => {
  it('knows loopback hosts from others', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['db.example.org', '10.0.0.5', '192.168.1.2', 'localhost.example.org', '::2'])
      expect(isLoopbackHost(host)).toBe(false);
  });

  it('requires verified TLS off loopback even when it was not asked for', () => {
    expect(decideTls('db.example.org', false, {})).toEqual({
      tls: { rejectUnauthorized: true, servername: 'db.example.org' },
    });
    expect(decideTls('10.0.0.5', false, { ca: 'CA' })).toEqual({ tls: { rejectUnauthorized: true, ca: 'CA' } });
  });

  it('leaves TLS to the desk on loopback, and turns it on for a client certificate', () => {
    expect(decideTls('127.0.0.1', false, {})).toEqual({ tls: false });
    expect(decideTls('localhost', true, {})).toEqual({ tls: { rejectUnauthorized: true, servername: 'localhost' } });
    expect(decideTls('127.0.0.1', false, { cert: 'C', key: 'K' })).toEqual({
      tls: { rejectUnauthorized: true, cert: 'C', key: 'K' },
    });
  });
});

const form = (overrides: Partial<TeamLogForm> = {}): TeamLogForm => ({
  enabled: true,
  host: 'db.example.org',
  port: '5432',
  database: 'team',
  user: 'desk_lisbon_3',
  deskName: 'Lisbon-3',
  useTls: false,
  caFile: null,
  clientCertFile: null,
  clientKeyFile: null,
  password: 'secret',
  ...overrides,
});

describe('the form’s checks', () => {
  it('gives the fields when every one is right', async () => {
    const checked = await checkTeamLogForm(form({ host: ' db.example.org ', caFile: '' }), false);
    expect(checked.fields).toMatchObject({ host: 'db.example.org', port: 5432, caFile: null });
  });

  it('says what is wrong beside each field', async () => {
    const checked = await checkTeamLogForm(
      form({
        host: 'db example',
        port: '70000',
        database: '',
        user: "bob'; drop",
        deskName: ' ',
        password: '',
        clientKeyFile: '/nowhere/key.pem',
      }),
      false,
    );
    expect(checked.problems).toEqual({
      host: 'Enter a host name (db.example.org) or an address (10.0.0.5).',
      port: 'Enter a port from 1 to 65535 (PostgreSQL’s is 5432).',
      database: 'Enter the database’s name (up to 63 characters, no spaces or quotes).',
      user: 'Enter this desk’s database user (up to 63 characters, no spaces or quotes).',
      deskName: 'Enter this desk’s name as the team knows it (up to 64 characters).',
      clientKeyFile: 'PIN Desk cannot read this file.',
      clientCertFile: 'A client certificate needs both its certificate and its key file.',
      password: 'Enter the password, or give a client certificate and key.',
    });
  });

  it('keeps the saved password when none is typed', async () => {
    expect((await checkTeamLogForm(form({ password: '' }), true)).problems).toBeNull();
  });
});

/**
 * The stand-in's safeStorage (Linux, GNOME's keyring): it really encrypts, so a plaintext password in the settings
 * would show; a second one over the same keyring is a relaunch, which reads it back (spec/api-safe-storage-spec.ts).
 */
const linuxSafeStorage = () => readySafeStorage({ platform: 'linux', linuxBackend: 'gnome_libsecret' });
const encrypted: StoragePolicy = { storage: 'encrypted', reason: null };

describe('the password', () => {
  it('is sealed with safeStorage: the settings file holds ciphertext only', () => {
    const settings = memorySettings();
    const password = new TeamLogPassword(linuxSafeStorage(), settings, () => encrypted);
    password.set('correct horse');
    expect(JSON.stringify(settings.snapshot())).not.toContain('correct horse');
    expect(settings.get(teamLogPasswordKey)).toEqual({ ciphertext: expect.any(String) });
    expect(new TeamLogPassword(linuxSafeStorage(), settings, () => encrypted).get()).toBe('correct horse');
    expect(password.describe()).toEqual({ stored: true, storage: 'encrypted', reason: null });
  });

  it('says why a saved password is not used while the keyring is unavailable, and keeps it for when it is back', () => {
    const settings = memorySettings();
    new TeamLogPassword(linuxSafeStorage(), settings, () => encrypted).set('correct horse');
    const saved = settings.get(teamLogPasswordKey);
    // The next start finds no keyring: Chromium falls back to basic_text, where encryption is unavailable.
    const noKeyring = readySafeStorage({ platform: 'linux', linuxBackend: 'basic_text' });
    const policy: StoragePolicy = { storage: 'session-only', reason: 'No keyring.' };
    const password = new TeamLogPassword(noKeyring, settings, () => policy);
    expect(password.get()).toBeNull();
    expect(password.describe()).toEqual({
      stored: false,
      storage: null,
      reason:
        "The saved password cannot be decrypted now: this computer's keyring is unavailable. It stays saved; a " +
        'password entered now replaces it, kept only until PIN Desk quits.',
    });
    expect(settings.get(teamLogPasswordKey)).toEqual(saved);
    expect(new TeamLogPassword(linuxSafeStorage(), settings, () => encrypted).get()).toBe('correct horse');
    // As the reason says: a password entered now replaces the saved one, for this session only.
    password.set('battery staple');
    expect(password.describe()).toMatchObject({ stored: true, storage: 'session-only' });
    expect(settings.get(teamLogPasswordKey)).toBeUndefined();
  });

  it('stays in memory for the session only where the OS offers no real encryption', () => {
    const settings = memorySettings();
    const policy: StoragePolicy = { storage: 'session-only', reason: 'No keyring.' };
    const password = new TeamLogPassword(linuxSafeStorage(), settings, () => policy);
    password.set('correct horse');
    expect(settings.snapshot()).toEqual({});
    expect(password.get()).toBe('correct horse');
    expect(password.describe()).toEqual({ stored: true, storage: 'session-only', reason: 'No keyring.' });
  });
});
