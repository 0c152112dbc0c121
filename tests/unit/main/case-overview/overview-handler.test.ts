// caseLog:overview reads the team's log when it is on and this desk's otherwise; a team log that is on but
// unreachable is an error, never a silent switch to the desk's numbers.
import { describe, expect, it } from 'vitest';
import { caseOverviewHandlers } from '../../../../src/main/case-log/case-overview-handlers';
import type { OverviewNumbers, OverviewQuery } from '../../../../src/shared/case-overview/overview-records';

const query: OverviewQuery = { fromDay: '2026-11-03', toDay: '2026-11-05', timeZone: 'Asia/Kolkata' };
const numbers = (source: OverviewNumbers['source']): OverviewNumbers => ({
  source,
  query,
  days: [],
  duration: { cases: 0, medianMs: null, p90Ms: null, bins: [] },
  codes: [],
  people: [],
});
const desk = { overview: async () => numbers('desk') };

describe('caseLog:overview', () => {
  it("answers from the team's log when it is on", async () => {
    const handlers = caseOverviewHandlers(desk, { overview: async () => numbers('team') });
    expect((await handlers['caseLog:overview'](query)).source).toBe('team');
  });

  it("answers from this desk's log when the team log is off", async () => {
    const handlers = caseOverviewHandlers(desk, { overview: async () => null });
    expect((await handlers['caseLog:overview'](query)).source).toBe('desk');
  });

  it('says the team log is unreachable rather than show the desk’s numbers as the team’s', async () => {
    const handlers = caseOverviewHandlers(desk, {
      overview: async () => {
        throw new Error('The database did not answer');
      },
    });
    await expect(handlers['caseLog:overview'](query)).rejects.toThrow('The database did not answer');
  });
});
