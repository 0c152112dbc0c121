import { describe, expect, it } from 'vitest';
import { shownBaseUrl } from '../../../../src/renderer/settings/base-url-draft';
import type { EnvironmentSettingsView } from '../../../../src/shared/environment/settings-view';

const testnet = (baseUrl: string | null): EnvironmentSettingsView => ({
  id: 'circle-testnet',
  label: 'Circle testnet',
  baseUrl,
  defaultBaseUrl: 'https://api.circle.com',
  key: null,
  keyPrefix: 'TEST_API_KEY',
  developerDetails: false,
});

describe('the Base URL field', () => {
  it('shows what the agent typed, whatever the refreshed view says, until it is saved or abandoned', () => {
    const typed = { environment: 'circle-testnet' as const, text: 'https://gateway.example.com' };
    expect(shownBaseUrl(typed, testnet('https://api.circle.com'))).toBe('https://gateway.example.com');
    expect(shownBaseUrl(typed, testnet('https://proxy.example.com'))).toBe('https://gateway.example.com');
    expect(shownBaseUrl({ ...typed, text: '' }, testnet('https://api.circle.com'))).toBe('');
  });

  it('shows the saved URL, or the default, when nothing is being typed for this environment', () => {
    expect(shownBaseUrl(null, testnet('https://proxy.example.com'))).toBe('https://proxy.example.com');
    expect(shownBaseUrl(null, testnet(null))).toBe('https://api.circle.com');
    const typedForMainnet = { environment: 'circle-mainnet' as const, text: 'https://elsewhere.example.com' };
    expect(shownBaseUrl(typedForMainnet, testnet(null))).toBe('https://api.circle.com');
  });
});
