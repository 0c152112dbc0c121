import { describe, expect, it } from 'vitest';
import { generateApiKey } from '../../../../src/emulator/auth/api-key';
import {
  type ApiKeyCheck,
  checkApiKey,
  expectedKeyPrefix,
  InvalidApiKeyError,
  parseApiKey,
} from '../../../../src/main/settings/api-key-format';
import { environmentIds } from '../../../../src/shared/environment/environments';

const id = '9a4c1e0f7b2d4e6a8c0e2f4a6b8d0c1e';
const secret = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const testKey = `TEST_API_KEY:${id}:${secret}`;
const liveKey = `LIVE_API_KEY:${id}:${secret}`;

function problemOf(check: ApiKeyCheck): { kind: string; problem: string } {
  if (check.ok) throw new Error('expected the key to be refused');
  return check;
}

describe('the API key format', () => {
  it('accepts a testnet key for testnet and both emulators, a mainnet key for mainnet, with the ID’s hint', () => {
    for (const environment of ['circle-testnet', 'local-emulator', 'standalone-emulator'] as const) {
      expect(checkApiKey(testKey, environment)).toEqual({
        ok: true,
        key: testKey,
        prefix: 'TEST_API_KEY',
        hint: '0c1e',
      });
    }
    expect(checkApiKey(liveKey, 'circle-mainnet')).toEqual({
      ok: true,
      key: liveKey,
      prefix: 'LIVE_API_KEY',
      hint: '0c1e',
    });
  });

  it('accepts the keys the emulator generates', () => {
    expect(checkApiKey(generateApiKey('testnet'), 'circle-testnet').ok).toBe(true);
    expect(checkApiKey(generateApiKey('mainnet'), 'circle-mainnet').ok).toBe(true);
  });

  it('drops whitespace around a pasted key', () => {
    expect(checkApiKey(`  ${testKey}\n`, 'circle-testnet')).toMatchObject({ ok: true, key: testKey });
  });

  it('names the expected prefix per environment', () => {
    expect(environmentIds.map(expectedKeyPrefix)).toEqual([
      'TEST_API_KEY',
      'TEST_API_KEY',
      'TEST_API_KEY',
      'LIVE_API_KEY',
    ]);
  });

  const refusals: [string, string, string, RegExp][] = [
    ['empty', '', 'empty', /Enter the API key/],
    ['blank', '   \n', 'empty', /Enter the API key/],
    ['a space inside', `TEST_API_KEY:${id} :${secret}`, 'malformed', /spaces or line breaks/],
    ['a line break inside', `TEST_API_KEY:${id}\n:${secret}`, 'malformed', /spaces or line breaks/],
    ['no prefix', `${id}:${secret}`, 'malformed', /three parts .*this one has 2/],
    ['one part', secret, 'malformed', /three parts .*this one has 1/],
    ['an extra part', `${testKey}:${secret}`, 'malformed', /three parts .*this one has 4/],
    ['an empty ID', `TEST_API_KEY::${secret}`, 'malformed', /ID or secret part is empty/],
    ['an empty secret', `TEST_API_KEY:${id}:`, 'malformed', /ID or secret part is empty/],
    ['odd characters', `TEST_API_KEY:${id}:${secret}!`, 'malformed', /only letters, digits/],
    ['too long a secret', `TEST_API_KEY:${id}:${secret.repeat(9)}`, 'malformed', /longer than any Circle API key/],
    [
      'an unknown prefix',
      `SANDBOX_KEY:${id}:${secret}`,
      'unknown-prefix',
      /starts with TEST_API_KEY .* or LIVE_API_KEY/,
    ],
    ['a lower-case prefix', `test_api_key:${id}:${secret}`, 'unknown-prefix', /must be in capitals/],
  ];

  it.each(refusals)('refuses %s with its own message', (_case, text, kind, message) => {
    const refusal = problemOf(checkApiKey(text, 'circle-testnet'));
    expect(refusal.kind).toBe(kind);
    expect(refusal.problem).toMatch(message);
  });

  it('refuses a key for the other network, naming both', () => {
    const live = problemOf(checkApiKey(liveKey, 'circle-testnet'));
    expect(live).toEqual({
      ok: false,
      kind: 'wrong-prefix',
      problem: 'This is a mainnet key (LIVE_API_KEY), but Circle testnet needs a testnet key (TEST_API_KEY).',
    });
    expect(problemOf(checkApiKey(liveKey, 'standalone-emulator')).problem).toMatch(
      /Standalone emulator needs a testnet/,
    );
    expect(problemOf(checkApiKey(testKey, 'circle-mainnet')).problem).toBe(
      'This is a testnet key (TEST_API_KEY), but Circle mainnet needs a mainnet key (LIVE_API_KEY).',
    );
  });

  it('gives every rule a message of its own', () => {
    const onePerRule = [
      '',
      `TEST_API_KEY:${id} :${secret}`,
      `${id}:${secret}`,
      `TEST_API_KEY::${secret}`,
      `TEST_API_KEY:${id}:${secret}!`,
      `TEST_API_KEY:${id}:${secret.repeat(9)}`,
      `SANDBOX_KEY:${id}:${secret}`,
      `test_api_key:${id}:${secret}`,
      liveKey,
    ];
    const messages = onePerRule.map((text) => problemOf(checkApiKey(text, 'circle-testnet')).problem);
    expect(new Set(messages).size).toBe(onePerRule.length);
  });

  it('never repeats the key or its ID or secret in a message', () => {
    const texts = [...refusals.map(([, text]) => text), liveKey, `${testKey}:extra`, `${id}:${secret}`];
    for (const text of texts) {
      for (const environment of environmentIds) {
        const check = checkApiKey(text, environment);
        if (check.ok) continue;
        for (const part of [text.trim(), id, secret, id.slice(0, 8), secret.slice(0, 8)]) {
          if (part) expect(check.problem).not.toContain(part);
        }
      }
    }
  });

  it('parseApiKey throws the same refusal as an InvalidApiKeyError', () => {
    expect(parseApiKey(testKey, 'circle-testnet')).toEqual({ key: testKey, prefix: 'TEST_API_KEY', hint: '0c1e' });
    const error = (() => {
      try {
        parseApiKey(liveKey, 'circle-testnet');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidApiKeyError);
    expect(error).toMatchObject({ kind: 'wrong-prefix', message: expect.stringMatching(/needs a testnet key/) });
  });
});

describe('the API key format at its limits', () => {
  const longest = { id: 'a'.repeat(128), secret: 'b'.repeat(256) };

  it('takes an ID of up to 128 characters and a secret of up to 256, and nothing longer in either', () => {
    expect(checkApiKey(`TEST_API_KEY:${longest.id}:${longest.secret}`, 'circle-testnet').ok).toBe(true);
    for (const text of [`TEST_API_KEY:${longest.id}a:${secret}`, `TEST_API_KEY:${id}:${longest.secret}b`]) {
      expect(checkApiKey(text, 'circle-testnet')).toEqual({
        ok: false,
        kind: 'malformed',
        problem: 'The API key is longer than any Circle API key. Copy it again.',
      });
    }
  });

  it('holds the ID to letters, digits, “-” and “_” as well as the secret, wherever the odd character is', () => {
    expect(checkApiKey(`TEST_API_KEY:ab-c_${id}:${secret}`, 'circle-testnet').ok).toBe(true);
    for (const text of [
      `TEST_API_KEY:${id}.:${secret}`,
      `TEST_API_KEY:${id}:!${secret}`,
      `TEST_API_KEY:é${id}:${secret}`,
    ]) {
      expect(checkApiKey(text, 'circle-testnet')).toEqual({
        ok: false,
        kind: 'malformed',
        problem: 'The API key’s ID and secret may contain only letters, digits, “-” and “_”.',
      });
    }
  });

  it('names its error, for logs that show only the name', () => {
    expect(() => parseApiKey('', 'circle-testnet')).toThrow(
      expect.objectContaining({ name: 'InvalidApiKeyError', kind: 'empty' }),
    );
  });
});
