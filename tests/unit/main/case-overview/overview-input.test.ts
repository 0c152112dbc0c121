// Overview's input, as main parses it: a bad day, zone or period gets a specific message, never a query.
import { describe, expect, it } from 'vitest';
import { invokeContract } from '../../../../src/shared/contract/ipc-contract';

const parse = (input: unknown) => invokeContract['caseLog:overview'].input.safeParse(input);
const messageOf = (input: unknown) => {
  const result = parse(input);
  return result.success ? null : result.error.issues.map((issue) => issue.message).join('; ');
};
const good = { fromDay: '2026-11-03', toDay: '2026-11-05', timeZone: 'Asia/Kolkata' };

describe("Overview's input", () => {
  it('takes a period of days in an IANA zone, on one environment or all', () => {
    expect(parse(good).success).toBe(true);
    expect(parse({ ...good, environment: 'circle-testnet' }).success).toBe(true);
  });

  it('refuses a zone that is not an IANA name, an offset included', () => {
    expect(messageOf({ ...good, timeZone: 'Mars/Olympus' })).toBe('Name an IANA time zone, like Europe/Lisbon');
    expect(messageOf({ ...good, timeZone: '+05:30' })).toBe('Name an IANA time zone, like Europe/Lisbon');
    expect(messageOf({ ...good, timeZone: "UTC'; DROP TABLE team_case; --" })).toBe(
      'Name an IANA time zone, like Europe/Lisbon',
    );
  });

  it('refuses days that are not in the calendar and periods backwards or longer than a year', () => {
    expect(messageOf({ ...good, fromDay: '2026-02-30' })).toBe('That day is not in the calendar');
    expect(messageOf({ ...good, toDay: '05/11/2026' })).toContain('Use a day like 2026-11-27');
    expect(messageOf({ ...good, fromDay: '2026-11-06' })).toBe('The period ends before it starts');
    expect(messageOf({ ...good, fromDay: '2025-11-01' })).toBe('A period is at most 366 days');
  });

  it('refuses keys it does not know', () => {
    expect(parse({ ...good, sql: 'SELECT 1' }).success).toBe(false);
  });
});
