// The contract's rules at their edges: where a bound starts to refuse, and the words a refusal is given in (main shows
// the first three input problems to the agent word for word, refusal-wording.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isIanaTimeZone, overviewMaxDays } from '../../../src/shared/contract/case-overview-channels';
import {
  challengeIdProblem,
  encryptionKeyMaxLength,
  encryptionKeyProblem,
  userTokenClaims,
  userTokenMaxLength,
  userTokenProblem,
} from '../../../src/shared/contract/executed-challenge-rules';
import { invokeContract } from '../../../src/shared/contract/ipc-contract';
import { windowOfEvent } from '../../../src/shared/contract/window-channels';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues.map((issue) => issue.message).join('; ') ?? '');

describe('a customer language that is not on the list', () => {
  const refusal = (language: unknown) =>
    messagesOf(invokeContract['settings:setCustomerLanguage'].input.safeParse({ language }));
  const tags = 'en, es, fr, de, pt-BR, ja, zh-Hans';

  it('is named safely whatever it is: a string quoted and cut at 40 characters, else its kind', () => {
    expect(refusal(`${'x'.repeat(40)}TAIL`)).toBe(`Unknown customer language "${'x'.repeat(40)}": use one of ${tags}.`);
    expect(refusal(null)).toBe(`Unknown customer language null: use one of ${tags}.`);
    expect(refusal(42)).toBe(`Unknown customer language (a number): use one of ${tags}.`);
    expect(refusal({ tag: 'en' })).toBe(`Unknown customer language (a object): use one of ${tags}.`);
  });
});

describe("Overview's period", () => {
  const parse = (fromDay: string, toDay: string) =>
    invokeContract['caseLog:overview'].input.safeParse({ fromDay, toDay, timeZone: 'Europe/Lisbon' });

  it('may be a single day', () => {
    expect(parse('2026-11-05', '2026-11-05').success).toBe(true);
  });

  it(`is at most ${overviewMaxDays} days, counting both ends`, () => {
    // 2028 is a leap year: 2028-01-01 to 2028-12-31 is 366 days.
    expect(parse('2028-01-01', '2028-12-31').success).toBe(true);
    expect(messagesOf(parse('2028-01-01', '2029-01-01'))).toBe('A period is at most 366 days');
  });
});

describe("Overview's time zone", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is an IANA name the runtime knows, and nothing else', () => {
    expect(isIanaTimeZone('Europe/Lisbon')).toBe(true);
    expect(isIanaTimeZone('America/Port-au-Prince')).toBe(true);
    expect(isIanaTimeZone('Mars/Olympus')).toBe(false);
  });

  it('is never a UTC offset, even where the runtime takes one', () => {
    // ECMA-402 (2024) lets Intl.DateTimeFormat take an offset as its timeZone (CreateDateTimeFormat; V8's test262
    // case intl402/DateTimeFormat/constructor-invalid-offset-timezone.js), as Electron's V8 does where Node 20's does
    // not: a stand-in for that Intl, so the console's own refusal is what is tested. PostgreSQL would read "+05:30"
    // the POSIX way, east for west.
    const offset = /^[+-]\d{2}(:?\d{2})?$/;
    class OffsetTakingDateTimeFormat extends Intl.DateTimeFormat {
      constructor(locale?: string, options: Intl.DateTimeFormatOptions = {}) {
        const { timeZone } = options;
        super(locale, timeZone && offset.test(timeZone) ? { ...options, timeZone: 'UTC' } : options);
      }
    }
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: OffsetTakingDateTimeFormat });
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: '+05:30' })).not.toThrow();
    expect(isIanaTimeZone('+05:30')).toBe(false);
    expect(isIanaTimeZone('-0800')).toBe(false);
    expect(isIanaTimeZone('Asia/Kolkata')).toBe(true);
  });
});

describe('which window an event goes to', () => {
  it('is the customer window for its own event only, else the agent’s', () => {
    expect(windowOfEvent('customerWindow:changed')).toBe('customer');
    expect(windowOfEvent('customerScreen:changed')).toBe('agent');
    expect(windowOfEvent('challenge:updated')).toBe('agent');
  });
});

const part = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const header = part({ alg: 'HS256', typ: 'JWT' });
const now = new Date('2026-11-27T10:00:00.000Z');
const inAnHour = Math.floor(now.getTime() / 1000) + 3600;

describe('a pasted user token, at its edges', () => {
  it('names its subject trimmed, or no one when `sub` is blank or not a string', () => {
    expect(userTokenClaims(`${header}.${part({ sub: '  user-knows-pin ', exp: inAnHour })}.c2ln`)?.subject).toBe(
      'user-knows-pin',
    );
    expect(userTokenClaims(`${header}.${part({ sub: '   ', exp: inAnHour })}.c2ln`)?.subject).toBeNull();
    expect(userTokenClaims(`${header}.${part({ sub: 42, exp: inAnHour })}.c2ln`)?.subject).toBeNull();
  });

  it('reads the claims of a token pasted with white space around it', () => {
    const token = `${header}.${part({ sub: 'user-knows-pin', exp: inAnHour })}.c2ln`;
    expect(userTokenClaims(` ${token}\n`)).toEqual({ subject: 'user-knows-pin', expiresAt: new Date(inAnHour * 1000) });
  });

  it('has no claims when it is no JWT, or its expiry is not a finite number', () => {
    expect(userTokenClaims('not a token')).toBeNull();
    // JSON has no Infinity, but 1e999 parses to it.
    const endless = `${header}.${part('{"sub":"user-knows-pin","exp":1e999}')}.c2ln`;
    expect(userTokenClaims(endless)).toBeNull();
    expect(userTokenProblem(endless, now)).toBe('This JWT has no expiry (exp), so it is not a Circle user token.');
  });

  it('is refused as no user token when its payload is text rather than a JSON object', () => {
    // Without `typ: "JWT"` a payload that is not JSON decodes as text.
    const textPayload = `${part({ alg: 'HS256' })}.${part('just some text')}.c2ln`;
    expect(userTokenProblem(textPayload, now)).toBe(
      'This is not a user token: Circle’s user tokens are JWTs (three base64url parts joined by dots, starting eyJ).',
    );
  });

  it(`is refused for its length only past ${userTokenMaxLength} characters, with words for each refusal`, () => {
    const unsigned = `${header}.${part({ sub: 'user-knows-pin', exp: inAnHour })}.`;
    const ofLength = (length: number) => `${unsigned}${'s'.repeat(length - unsigned.length)}`;
    expect(userTokenProblem(ofLength(userTokenMaxLength), now)).toBeNull();
    expect(userTokenProblem(ofLength(userTokenMaxLength + 1), now)).toBe(
      'A user token is a JWT of about 1 KB; this is over 8192 characters.',
    );
    expect(userTokenProblem('  ', now)).toBe('Paste the user token your backend got from POST /v1/w3s/users/token.');
    expect(userTokenProblem(`${header}.${part({ exp: inAnHour - 7200 })}.c2ln`, now)).toBe(
      'This user token expired at 2026-11-27T09:00:00.000Z. Get a new one with POST /v1/w3s/users/token.',
    );
  });
});

describe('a pasted encryption key, at its edges', () => {
  it(`is read as base64 up to ${encryptionKeyMaxLength} characters, and refused as no key past them`, () => {
    // 150 bytes are 200 characters of base64: a key, of the wrong size.
    const longest = Buffer.alloc(150, 1).toString('base64');
    expect(longest).toHaveLength(encryptionKeyMaxLength);
    expect(encryptionKeyProblem(longest)).toBe(
      'This key decodes to 150 bytes; Circle’s encryption keys are 32 bytes (44 characters of base64).',
    );
    expect(encryptionKeyProblem(Buffer.alloc(153, 1).toString('base64'))).toBe(
      'This is not an encryption key: Circle’s keys are base64 (letters, digits, + and /, ending in =).',
    );
    expect(encryptionKeyProblem('')).toBe('Paste the encryption key that came with the user token.');
  });

  it('counts one or two padding characters, or none', () => {
    expect(encryptionKeyProblem(Buffer.alloc(31, 1).toString('base64'))).toMatch(/^This key decodes to 31 bytes;/);
    expect(encryptionKeyProblem(Buffer.alloc(30, 1).toString('base64'))).toMatch(/^This key decodes to 30 bytes;/);
  });
});

describe('a typed challenge ID, at its edges', () => {
  const id = '0c6b5b1e-8a0e-4d8f-9f4e-2f0a6b1c9d3e';

  it('is refused with anything before or after the UUID, in its own words', () => {
    for (const typed of [`x${id}`, `${id}x`, `${id}-${id}`]) {
      expect(challengeIdProblem(typed), typed).toBe(
        'A challenge ID is a UUID, like 0c6b5b1e-8a0e-4d8f-9f4e-2f0a6b1c9d3e.',
      );
    }
    expect(challengeIdProblem('\t')).toBe(
      'Paste the challenge ID (the challengeId Circle answered your backend with).',
    );
  });
});
