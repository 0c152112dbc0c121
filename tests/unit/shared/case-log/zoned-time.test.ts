// Times for a ticket in the agent's zone: ISO 8601 with the offset for evidence, the wall clock for the summary.
import { describe, expect, it } from 'vitest';
import {
  knownTimeZone,
  zonedClock,
  zonedIso,
  zonedIsoInText,
  zoneInWords,
} from '../../../../src/shared/case-log/zoned-time';

describe('times in the agent’s zone', () => {
  it('writes ISO 8601 to the second with the offset in force at that instant (summer time included)', () => {
    expect(zonedIso('2026-01-15T09:02:14.123Z', 'Europe/Berlin')).toBe('2026-01-15T10:02:14+01:00');
    expect(zonedIso('2026-07-15T09:02:14.123Z', 'Europe/Berlin')).toBe('2026-07-15T11:02:14+02:00');
    expect(zonedIso('2026-07-15T02:00:00.000Z', 'America/New_York')).toBe('2026-07-14T22:00:00-04:00');
    expect(zonedIso('2026-07-15T23:59:59.999Z', 'Asia/Kolkata')).toBe('2026-07-16T05:29:59+05:30');
    expect(zonedIso('2026-07-15T00:00:00.000Z', 'UTC')).toBe('2026-07-15T00:00:00+00:00');
  });

  it('gives the clock as hours and minutes, midnight as 00', () => {
    expect(zonedClock('2026-07-15T22:30:00.000Z', 'Europe/London')).toBe('23:30');
    expect(zonedClock('2026-07-15T23:05:00.000Z', 'Europe/London')).toBe('00:05');
  });

  it('falls back to UTC for a zone this runtime does not know, and leaves non-times alone', () => {
    expect(knownTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(zonedIso('2026-07-15T10:00:00.000Z', 'Mars/Olympus_Mons')).toBe('2026-07-15T10:00:00+00:00');
    expect(zonedIso('not a time', 'UTC')).toBe('not a time');
  });

  it('names the zone with its offset, and rewrites times inside a sentence', () => {
    expect(zoneInWords('2026-01-15T09:00:00.000Z', 'Asia/Kolkata')).toBe('Asia/Kolkata, UTC+05:30');
    expect(zonedIsoInText('Token (expires 2026-01-15T10:00:03.000Z)', 'Asia/Kolkata')).toBe(
      'Token (expires 2026-01-15T15:30:03+05:30)',
    );
  });
});
