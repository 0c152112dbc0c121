// The Circle codes a case touched: which entries report one, each code once, and what an index line written before
// summaries carried them still says (its final FAILED code).
import { describe, expect, it } from 'vitest';
import { circleCodesTouchedBy } from '../../../../src/shared/case-log/case-circle-codes';
import { matchesCaseFilter } from '../../../../src/shared/case-log/case-filter';
import { type CaseEntry, type CaseSummary, summaryFromEntries } from '../../../../src/shared/case-log/case-record';

const opened: CaseEntry = {
  type: 'case-opened',
  at: '2026-11-05T07:00:00.000Z',
  facts: { environment: 'local-emulator', userId: 'u-1', flow: 'reset', agentName: 'Ana', ticketRef: null, note: null },
};
const at = '2026-11-05T07:01:00.000Z';

describe('the Circle codes a case touched', () => {
  it('gathers wrong PINs, Circle errors and the FAILED close, each once, first met first', () => {
    const summary = summaryFromEntries('case-1', [
      opened,
      { type: 'sdk-outcome', at, kind: 'error', code: 155112 },
      { type: 'status-changed', at, status: 'PENDING', source: 'poll', errorCode: 155115 },
      { type: 'status-changed', at, status: 'PENDING', source: 'poll', errorCode: 155112 },
      {
        type: 'error',
        at,
        step: 'lookup',
        code: 'circle-error',
        message: 'expired',
        circle: { code: 155104, status: 401 },
      },
      { type: 'error', at, step: 'lookup', code: 'network', message: 'offline' },
      { type: 'sdk-outcome', at, kind: 'closed' },
      { type: 'case-closed', at, outcome: { kind: 'FAILED', code: 155119 } },
    ]) as CaseSummary;
    expect(summary.circleCodes).toEqual([155112, 155115, 155104, 155119]);
    expect(circleCodesTouchedBy(summary)).toEqual([155112, 155115, 155104, 155119]);
    expect(matchesCaseFilter(summary, { code: 155112 })).toBe(true);
    expect(matchesCaseFilter(summary, { code: 155121 })).toBe(false);
  });

  it('leaves a case that met no code without the field (its index line unchanged)', () => {
    const summary = summaryFromEntries('case-2', [
      opened,
      { type: 'status-changed', at, status: 'COMPLETE', source: 'poll' },
      { type: 'case-closed', at, outcome: { kind: 'FAILED', code: null } },
    ]) as CaseSummary;
    expect(summary).not.toHaveProperty('circleCodes');
    expect(circleCodesTouchedBy(summary)).toEqual([]);
  });

  it('reads an index line written before summaries carried codes as its final FAILED code alone', () => {
    const old = summaryFromEntries('case-3', [
      opened,
      { type: 'case-closed', at, outcome: { kind: 'FAILED', code: 155119 } },
    ]) as CaseSummary;
    const { circleCodes: _dropped, ...oldLine } = old;
    expect(circleCodesTouchedBy(oldLine)).toEqual([155119]);
    expect(matchesCaseFilter(oldLine, { code: 155119 })).toBe(true);
    expect(circleCodesTouchedBy({ ...oldLine, outcome: { kind: 'COMPLETE' } })).toEqual([]);
  });
});
