import { describe, expect, it } from 'vitest';
import {
  developerDetailsWords,
  environmentState,
  environmentStateWords,
  keyFormatHint,
  switchBlockedBecause,
} from '../../../../src/renderer/settings/environment-words';
import type { EnvironmentSettingsView, SettingsView } from '../../../../src/shared/environment/settings-view';

const noKey = { stored: false, hint: null, storage: null, storageReason: null, appId: null };
const savedKey = { stored: true, hint: 'cdef', storage: 'encrypted' as const, storageReason: null, appId: 'app-1' };
const environments: EnvironmentSettingsView[] = [
  {
    id: 'local-emulator',
    label: 'Local emulator',
    baseUrl: null,
    defaultBaseUrl: null,
    key: null,
    keyPrefix: null,
    developerDetails: true,
  },
  {
    id: 'standalone-emulator',
    label: 'Standalone emulator',
    baseUrl: null,
    defaultBaseUrl: null,
    key: noKey,
    keyPrefix: 'TEST_API_KEY',
    developerDetails: true,
  },
  {
    id: 'circle-testnet',
    label: 'Circle testnet',
    baseUrl: 'https://api.circle.com',
    defaultBaseUrl: 'https://api.circle.com',
    key: savedKey,
    keyPrefix: 'TEST_API_KEY',
    developerDetails: false,
  },
  {
    id: 'circle-mainnet',
    label: 'Circle mainnet',
    baseUrl: 'https://api.circle.com',
    defaultBaseUrl: 'https://api.circle.com',
    key: noKey,
    keyPrefix: 'LIVE_API_KEY',
    developerDetails: false,
  },
];
const view = (active: SettingsView['active']): SettingsView => ({
  active,
  environments,
  openCases: 0,
  agentName: 'Dana',
});
const [local, standalone, testnet, mainnet] = environments as [
  EnvironmentSettingsView,
  EnvironmentSettingsView,
  EnvironmentSettingsView,
  EnvironmentSettingsView,
];

describe('what Settings says about each environment', () => {
  it('marks the one in use, and says what each other one lacks before it can be switched to', () => {
    expect(environments.map((entry) => environmentState(view('circle-testnet'), entry))).toEqual([
      'ready',
      'needs-base-url',
      'active',
      'needs-key',
    ]);
    expect(environments.map((entry) => environmentStateWords(view('circle-testnet'), entry))).toEqual([
      'Built in, no key needed',
      'No address saved',
      'In use now',
      'No key saved',
    ]);
  });

  it('lets every environment be switched to the same way once it has what it needs', () => {
    expect(switchBlockedBecause(view('circle-testnet'), local)).toBeNull();
    expect(switchBlockedBecause(view('local-emulator'), testnet)).toBeNull();
    expect(switchBlockedBecause(view('local-emulator'), mainnet)).toBe('Save a key for Circle mainnet first.');
    expect(switchBlockedBecause(view('local-emulator'), standalone)).toBe(
      'Save the standalone emulator’s address and key first.',
    );
  });

  it('says which key format each field takes, and that an empty field keeps a saved key', () => {
    expect(keyFormatHint(mainnet)).toMatch(/^LIVE_API_KEY:ID:SECRET — a mainnet key, from Circle’s developer console/);
    expect(keyFormatHint(testnet)).toMatch(
      /^TEST_API_KEY:ID:SECRET — a testnet key.*Leave it empty to keep the saved key\.$/,
    );
    expect(keyFormatHint(standalone)).toContain('as `npm run emulator` printed it');
    expect(keyFormatHint(local)).toBeNull();
  });

  it('names the emulator’s controls for the local emulator only', () => {
    expect(developerDetailsWords('local-emulator')).toContain('emulator’s controls');
    for (const id of ['standalone-emulator', 'circle-testnet', 'circle-mainnet'] as const) {
      expect(developerDetailsWords(id)).not.toMatch(/emulator/);
    }
  });
});
