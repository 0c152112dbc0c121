// The Cases search box and filters, as pure functions over one summary.
import { describe, expect, it } from 'vitest';
import {
  matchesCaseFilter,
  matchesSearchTerms,
  outcomeFilterKind,
  searchTerms,
} from '../../../../src/shared/case-log/case-filter';
import type { CaseSummary } from '../../../../src/shared/case-log/case-record';

const summary: CaseSummary = {
  caseId: '7d444840-9dc0-41ce-a1b2-6c0b2b4c2f10',
  environment: 'local-emulator',
  userId: 'user-knows-pin',
  flow: 'reset',
  agentName: 'Dana Agent',
  ticketRef: 'ZD-1001',
  note: 'Customer called from the Leeds branch',
  startedAt: '2026-11-03T09:00:00.000Z',
  endedAt: '2026-11-03T09:02:00.000Z',
  outcome: { kind: 'COMPLETE' },
  challengeIds: ['c1a2b3c4-0000-4000-8000-00000000aaaa', 'c1a2b3c4-0000-4000-8000-00000000bbbb'],
};

const finds = (query: string, of: CaseSummary = summary) => matchesCaseFilter(of, { search: query });

describe('the search box', () => {
  it('finds a case by any part of its user ID, ticket reference, case ID, challenge ID or note', () => {
    expect(finds('knows')).toBe(true);
    expect(finds('ZD-1001')).toBe(true);
    expect(finds('1001')).toBe(true);
    expect(finds('9dc0-41ce')).toBe(true);
    expect(finds('00000000bbbb')).toBe(true);
    expect(finds('Leeds')).toBe(true);
  });

  it('ignores case and surrounding space, and needs every word somewhere', () => {
    expect(finds('  zd-1001  ')).toBe(true);
    expect(finds('LEEDS zd-1001')).toBe(true);
    expect(finds('leeds zd-1002')).toBe(false);
  });

  it('does not look in fields it does not name (agent, environment, flow)', () => {
    expect(finds('Dana')).toBe(false);
    expect(finds('emulator')).toBe(false);
  });

  it('finds nothing in a case without the field, and everything with no words', () => {
    const bare: CaseSummary = { ...summary, userId: null, ticketRef: null, note: null, challengeIds: undefined };
    expect(finds('user', bare)).toBe(false);
    expect(finds('aaaa', bare)).toBe(false);
    expect(searchTerms('   ')).toEqual([]);
    expect(matchesSearchTerms(bare, [])).toBe(true);
  });
});

describe('the outcome filter', () => {
  it('counts FAILED with 155121 as expired, as Circle reports an expiry, and nothing else', () => {
    expect(outcomeFilterKind({ kind: 'FAILED', code: 155121 })).toBe('EXPIRED');
    expect(outcomeFilterKind({ kind: 'EXPIRED' })).toBe('EXPIRED');
    expect(outcomeFilterKind({ kind: 'FAILED', code: 155115 })).toBe('FAILED');
    expect(outcomeFilterKind({ kind: 'FAILED', code: null })).toBe('FAILED');
    expect(outcomeFilterKind(null)).toBe('open');
  });

  it('finds an expiry under Expired and not under Failed', () => {
    const expired: CaseSummary = { ...summary, outcome: { kind: 'FAILED', code: 155121 } };
    expect(matchesCaseFilter(expired, { outcome: 'EXPIRED' })).toBe(true);
    expect(matchesCaseFilter(expired, { outcome: 'FAILED' })).toBe(false);
    expect(matchesCaseFilter({ ...summary, outcome: { kind: 'FAILED', code: 155119 } }, { outcome: 'FAILED' })).toBe(
      true,
    );
  });

  it('combines the search with the other filters', () => {
    expect(matchesCaseFilter(summary, { search: 'zd-1001', outcome: 'COMPLETE', flow: 'reset' })).toBe(true);
    expect(matchesCaseFilter(summary, { search: 'zd-1001', flow: 'recovery' })).toBe(false);
    expect(matchesCaseFilter(summary, { search: 'zd-1001', to: '2026-11-02T23:59:59.999Z' })).toBe(false);
  });
});
