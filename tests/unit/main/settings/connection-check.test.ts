// The connection form's fields checked on this machine, before anything is sent: each field's problem beside it, an
// empty base URL as Circle's own (a standalone emulator has none), an empty key as "keep the saved one".
import { describe, expect, it } from 'vitest';
import { checkConnection } from '../../../../src/main/settings/connection-check';

const apiKey = 'TEST_API_KEY:5d0b7e3a9c214f6e8a1b3c5d7e9f1a2b:c0ffee00deadbeef0123456789abcdef';

describe('the connection form checked locally', () => {
  it('takes a blank base URL as Circle’s own, and a blank key as keeping the saved one', () => {
    expect(checkConnection({ environment: 'circle-testnet', baseUrl: '  ', apiKey: ' \n' })).toEqual({
      ok: true,
      baseUrl: 'https://api.circle.com',
      key: null,
    });
  });

  it('asks a standalone emulator for its address, in words that say where to find it', () => {
    expect(checkConnection({ environment: 'standalone-emulator', baseUrl: ' \t', apiKey })).toEqual({
      ok: false,
      problems: {
        baseUrl: 'Enter the standalone emulator’s URL, as `npm run emulator` printed it (http://127.0.0.1:…).',
      },
    });
  });

  it('an environment with no default and no address is refused with the base URL rule’s words', () => {
    // Only the local emulator has neither (the settings service refuses it before asking).
    expect(checkConnection({ environment: 'local-emulator', baseUrl: '', apiKey: '' })).toEqual({
      ok: false,
      problems: { baseUrl: 'Enter a base URL, for example https://api.circle.com.' },
    });
  });

  it('holds a standalone emulator to this machine, and Circle to https', () => {
    expect(
      checkConnection({ environment: 'standalone-emulator', baseUrl: 'https://emulator.example.com', apiKey }),
    ).toEqual({
      ok: false,
      problems: { baseUrl: 'A standalone emulator runs on this machine: use 127.0.0.1, localhost or [::1].' },
    });
    expect(checkConnection({ environment: 'standalone-emulator', baseUrl: 'http://127.0.0.1:4010/', apiKey })).toEqual({
      ok: true,
      baseUrl: 'http://127.0.0.1:4010',
      key: apiKey,
    });
    expect(
      checkConnection({ environment: 'circle-testnet', baseUrl: 'https://gateway.example/circle', apiKey }),
    ).toEqual({ ok: true, baseUrl: 'https://gateway.example/circle', key: apiKey });
  });

  it('refuses a bad key beside the key even when the base URL is good, and the other way round', () => {
    expect(checkConnection({ environment: 'circle-testnet', baseUrl: '', apiKey: 'not-a-key' })).toEqual({
      ok: false,
      problems: {
        apiKey: 'An API key has three parts separated by colons (PREFIX:ID:SECRET); this one has 1.',
      },
    });
    expect(checkConnection({ environment: 'circle-testnet', baseUrl: 'ftp://example.com', apiKey })).toEqual({
      ok: false,
      problems: { baseUrl: 'A base URL starts with https:// (or http:// for this machine only).' },
    });
  });

  it('gives back the key as it will be sent, without the whitespace around it', () => {
    expect(checkConnection({ environment: 'circle-testnet', baseUrl: '', apiKey: ` ${apiKey}\n` })).toMatchObject({
      ok: true,
      key: apiKey,
    });
  });
});
