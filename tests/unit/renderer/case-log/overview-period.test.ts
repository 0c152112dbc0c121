import { describe, expect, it } from 'vitest';
import { periodDays } from '../../../../src/renderer/case-overview/overview-period';

describe("Overview's periods", () => {
  it('end today and count back in calendar days, across a month and a year', () => {
    const now = new Date(2026, 0, 3, 0, 30);
    expect(periodDays('today', now)).toEqual({ fromDay: '2026-01-03', toDay: '2026-01-03' });
    expect(periodDays('7-days', now)).toEqual({ fromDay: '2025-12-28', toDay: '2026-01-03' });
    expect(periodDays('30-days', now)).toEqual({ fromDay: '2025-12-05', toDay: '2026-01-03' });
  });
});
