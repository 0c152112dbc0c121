import { describe, expect, it } from 'vitest';
import {
  clockWords,
  formatRemaining,
  localTime,
  relativeTime,
  timeWords,
  withLocalTimes,
} from '../../../../src/renderer/clock/time-words';

const now = new Date('2026-11-27T09:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

describe('times in the agent’s words', () => {
  it('says how far a time is, both ways', () => {
    expect(relativeTime(later(240), now)).toBe('in 4 min');
    expect(relativeTime(later(-180), now)).toBe('3 min ago');
    expect(relativeTime(later(10), now)).toBe('now');
    expect(relativeTime(later(2 * 3600 + 300), now)).toBe('in 2 h 5 min');
  });

  it('puts the local clock time first', () => {
    expect(timeWords(later(240), now)).toBe(`${localTime(later(240))}, in 4 min`);
  });

  it('names the day when the time is not today: a lock set at 23:45 ends tomorrow', () => {
    const lateEvening = new Date(2026, 11, 4, 23, 45);
    const afterMidnight = new Date(2026, 11, 5, 0, 15).toISOString();
    const day = new Date(afterMidnight).toLocaleDateString([], { day: 'numeric', month: 'short' });
    expect(clockWords(afterMidnight, lateEvening)).toContain(day);
    expect(timeWords(afterMidnight, lateEvening)).toMatch(/, in 30 min$/);
    expect(clockWords(afterMidnight, new Date(2026, 11, 5, 0, 1))).toBe(localTime(afterMidnight));
  });

  it('counts down, and says expired once past', () => {
    expect(formatRemaining(later(245), now)).toBe('4:05 left');
    expect(formatRemaining(later(-1), now)).toBe('expired');
  });

  it('replaces every ISO time in a message, and leaves the rest alone', () => {
    const message = `The PIN is locked until ${later(300)}. Wait for the unlock time.`;
    const shown = withLocalTimes(message, now);
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(shown).toBe(`The PIN is locked until ${localTime(later(300))}, in 5 min. Wait for the unlock time.`);
    expect(withLocalTimes('No time here: 2026 and 09:00.', now)).toBe('No time here: 2026 and 09:00.');
  });
});
