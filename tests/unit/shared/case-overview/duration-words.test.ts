// Overview's durations in words: seconds under a minute, minutes to a tenth under an hour, hours and minutes above.
import { describe, expect, it } from 'vitest';
import { durationInWords } from '../../../../src/shared/case-overview/duration-words';

describe('a duration in words', () => {
  it.each([
    [0, '0 s'],
    [400, '0 s'],
    [45_000, '45 s'],
    [59_400, '59 s'],
    [59_600, '1 min'],
    [60_000, '1 min'],
    [168_000, '2.8 min'],
    [210_000, '3.5 min'],
    [600_000, '10 min'],
    [3_594_000, '59.9 min'],
    [3_597_000, '1 h'],
    [3_599_000, '1 h'],
    [4_200_000, '1 h 10 min'],
    [7_230_000, '2 h 1 min'],
    [90_000_000, '25 h'],
  ])('%d ms reads "%s"', (ms, words) => {
    expect(durationInWords(ms)).toBe(words);
  });

  it('reads no duration (no case done) as a dash', () => {
    expect(durationInWords(null)).toBe('—');
  });

  it('refuses what is no duration, saying what it got', () => {
    expect(() => durationInWords(-1)).toThrow('A duration is a whole number of milliseconds from 0 up, not -1');
    expect(() => durationInWords(Number.NaN)).toThrow('not NaN');
    expect(() => durationInWords(Number.POSITIVE_INFINITY)).toThrow('not Infinity');
  });
});
