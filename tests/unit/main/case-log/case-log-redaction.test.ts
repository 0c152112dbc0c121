// Redaction with recognisable secrets: whatever main hands the store, no API key (or part), user token, encryption
// key, PIN or security answer reaches the files, the list, the opened case, or either export format.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { maskSecrets } from '../../../../src/main/secrets/secret-masking';
import { caseToJson, caseToMarkdown } from '../../../../src/shared/case-log/case-export';
import { type CaseEntry, type CaseEntryType, caseEntryTypes } from '../../../../src/shared/case-log/case-record';
import { at, opening } from './case-log-scenarios';

const apiKeyId = 'KEYID-7f3a9c1e';
const apiKeySecret = 'KEYSECRET-b42d88e0';
const apiKey = `TEST_API_KEY:${apiKeyId}:${apiKeySecret}`;
const userToken = 'eyJhbGciOiJSUzI1NiJ9.USERTOKEN-payload.SIG-4f9e';
const encryptionKey = 'ENCKEY-Zm9vYmFyYmF6cXV4';
const typedPin = '918273';
const typedAnswer = 'Whiskers-the-first-cat';
const secrets = [apiKey, apiKeyId, apiKeySecret, userToken, encryptionKey];
const everything = [...secrets, typedPin, typedAnswer];

// What a careless caller could slip in: secret-bearing keys at the top and nested, in several spellings.
const smuggled = {
  userToken,
  encryption_key: encryptionKey,
  'API-KEY': apiKey,
  pin: typedPin,
  nested: { answers: [typedAnswer], list: [{ Pin: typedPin }], hint: `token ${userToken}` },
};

function leaky(text: string): string {
  return `${text} (key ${apiKey}, id ${apiKeyId}, token ${userToken}, enc ${encryptionKey})`;
}

// One entry of every type, with a secret in every free string the type has, plus smuggled keys.
const entries: Record<CaseEntryType, CaseEntry> = {
  'case-opened': { type: 'case-opened', at: at(0), facts: { ...opening('x'), note: leaky('note') } },
  lookup: {
    type: 'lookup',
    at: at(1),
    accountStatus: 'ENABLED',
    pinStatus: 'LOCKED',
    securityQuestionStatus: 'ENABLED',
    pinFailedAttempts: 3,
    openChallenges: 1,
  },
  'token-acquired': { type: 'token-acquired', at: at(2), expiresAt: leaky('2025-01-15T10:00:00.000Z') },
  'circle-call': {
    type: 'circle-call',
    at: at(2),
    endpoint: leaky('PUT /v1/w3s/user/pin'),
    httpStatus: 403,
    requestId: leaky('0c7d6a3e-3f44-4d5e-8d2c-6a1f5b0e9c21'),
    circleCode: 155104,
  },
  'challenge-created': {
    type: 'challenge-created',
    at: at(3),
    challengeId: leaky('chal'),
    challengeType: leaky('CHANGE_PIN'),
  },
  'sdk-outcome': { type: 'sdk-outcome', at: at(4), kind: 'error', code: 155706 },
  'status-changed': {
    type: 'status-changed',
    at: at(5),
    status: leaky('FAILED'),
    source: 'poll',
    errorCode: 155115,
    pinFailedAttempts: 4,
  },
  'case-linked': { type: 'case-linked', at: at(5), relation: 'continued-in', caseId: leaky('case') },
  error: {
    type: 'error',
    at: at(6),
    step: leaky('step'),
    code: leaky('code'),
    message: leaky('message'),
    circle: { code: 1, status: 401 },
  },
  recommendation: {
    type: 'recommendation',
    at: at(7),
    path: 'recovery',
    customerSaid: { knowsPin: false, remembersAnswers: true },
  },
  'customer-language': { type: 'customer-language', at: at(7), language: 'ja' },
  note: { type: 'note', at: at(8), text: leaky('agent note') },
  'details-changed': {
    type: 'details-changed',
    at: at(9),
    change: { ticketRef: leaky('SUP'), note: leaky('new note') },
  },
  'case-closed': { type: 'case-closed', at: at(10), outcome: { kind: 'FAILED', code: 155115 } },
};

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-redact-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectClean(text: string, where: string): void {
  for (const value of everything) expect(text, `${where} holds ${value}`).not.toContain(value);
  // No secret-bearing key survives (`remembersAnswers`, `pinStatus` are fine: whole keys only).
  expect(text, where).not.toMatch(/"(user_?token|encryption_?key|api-?key|pin|answers)"/i);
}

describe('case log redaction', () => {
  it('keeps every secret out of the files, the list, the opened case and both exports, for every entry type', async () => {
    expect(Object.keys(entries).sort()).toEqual([...caseEntryTypes].sort());
    const store = new CaseLogStore({ dir, secrets: () => secrets });
    await store.openCase({
      ...opening('case-leaky'),
      agentName: leaky('Dana'),
      ticketRef: leaky('SUP-1'),
      ...smuggled,
    });
    for (const entry of Object.values(entries))
      await store.append('case-leaky', { ...entry, ...smuggled } as CaseEntry);
    await store.updateDetails('case-leaky', { note: leaky('later'), ...smuggled }, at(11));
    await store.closeCase('case-leaky', { kind: 'FAILED', code: 155115, ...smuggled } as never, at(12));

    const files = await readdir(join(dir, 'cases'));
    expect(files.sort()).toEqual(['case-leaky.jsonl', 'index.jsonl']);
    for (const file of files) {
      const text = await readFile(join(dir, 'cases', file), 'utf8');
      expectClean(text, file);
      expect(text).toContain('[redacted]');
    }

    const view = await store.open('case-leaky');
    if (!view) throw new Error('case not found');
    expect(view.entries.map((entry) => entry.type)).toEqual([
      'case-opened',
      ...caseEntryTypes,
      'details-changed',
      'case-closed',
    ]);
    expectClean(JSON.stringify(view), 'opened case');
    expectClean(JSON.stringify(await store.list()), 'list');

    const markdown = caseToMarkdown(view.summary, view.entries, view.damaged);
    const json = caseToJson(view.summary, view.entries, view.damaged);
    expectClean(markdown, 'markdown');
    expectClean(json, 'json');
    expect(markdown).toContain('[redacted]');
    // The customer's language is named for the ticket, tag and all.
    expect(markdown).toContain('Customer’s language: Japanese (ja)');
    expect(JSON.parse(json).entries).toHaveLength(view.entries.length);
  });

  it('masks secrets in keys, strings and arrays, whole keys before their parts, and ignores tiny fragments', () => {
    const redacted = maskSecrets(
      {
        [userToken]: 'k',
        list: [apiKey, `x${apiKeyId}y`],
        short: 'abc',
        user_token: 'gone',
        keep: 3,
        nothing: undefined,
      },
      [apiKeyId, apiKey, userToken, 'abc'],
    );
    expect(redacted).toEqual({ '[redacted]': 'k', list: ['[redacted]', 'x[redacted]y'], short: 'abc', keep: 3 });
  });
});

describe('redaction that does not depend on knowing the value', () => {
  // Values main was never told about: only the field names and the shapes can catch them.
  const unknownToken = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl';
  const unknownKey = 'LIVE_API_KEY:unknownid0123456789:unknownsecret0123456789';
  const fieldValues = {
    authorization: 'Bearer opaque-credential-0001',
    'x-user-token': 'opaque-user-token-0002',
    token: 'opaque-token-0003',
    userToken: 'opaque-user-token-0004',
    secret: 'opaque-secret-0005',
    answer: 'opaque-answer-0006',
    answers: ['opaque-answer-0007'],
    refreshToken: 'opaque-refresh-0008',
    deviceToken: 'opaque-device-0009',
    encryptionKey: 'opaque-encryption-0010',
  };
  const carried = [
    unknownToken,
    unknownKey,
    'opaque-credential-0001',
    ...Object.values(fieldValues)
      .flat()
      .filter((value) => value.startsWith('opaque')),
  ];

  it('drops every secret-bearing field at any depth, and masks bearer credentials, API keys and JWTs in text', async () => {
    const store = new CaseLogStore({ dir, secrets: () => [] });
    await store.openCase(opening('case-shapes'));
    const failure = {
      type: 'error',
      at: at(1),
      step: 'challenge',
      code: 'circle-error',
      message: `Circle said: Authorization: Bearer ${unknownToken} rejected for ${unknownKey}; token ${unknownToken}`,
      // What a careless caller could attach: a request with headers, a response with nested config, lists of both.
      request: { headers: { ...fieldValues, 'X-User-Token': 'opaque-user-token-0002' }, body: { ...fieldValues } },
      response: { data: { nested: [{ config: { headers: fieldValues } }] } },
      ...fieldValues,
    };
    await store.append('case-shapes', failure as unknown as CaseEntry);
    await store.closeCase('case-shapes', { kind: 'cancelled' }, at(2));

    for (const file of await readdir(join(dir, 'cases'))) {
      const text = await readFile(join(dir, 'cases', file), 'utf8');
      for (const value of carried) expect(text, `${file} holds ${value}`).not.toContain(value);
      for (const name of Object.keys(fieldValues)) expect(text, `${file} keeps ${name}`).not.toContain(`"${name}"`);
    }
    const view = await store.open('case-shapes');
    expect(JSON.stringify(view)).toContain(
      'Authorization: Bearer [redacted] rejected for [redacted]; token [redacted]',
    );
  });
});
