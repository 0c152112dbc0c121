// The in-memory index against the plain definition (the latest line per case, sorted newest first), for generated
// sequences of writes: built from lines in one go, or kept up to date a write at a time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedCaseIndex } from '../../../../src/main/case-log/sorted-case-index';
import { type CaseSummary, newestFirst } from '../../../../src/shared/case-log/case-record';

const summary = fc.record({
  caseId: fc.constantFrom('case-a', 'case-b', 'case-c', 'case-d', 'case-e', 'case-f'),
  second: fc.integer({ min: 0, max: 5 }),
  userId: fc.constantFrom('user-1', 'user-2'),
  closed: fc.boolean(),
});

function asSummary(line: { caseId: string; second: number; userId: string; closed: boolean }): CaseSummary {
  return {
    caseId: line.caseId,
    environment: 'local-emulator',
    userId: line.userId,
    flow: 'reset',
    agentName: 'Dana Agent',
    ticketRef: null,
    note: null,
    startedAt: new Date(Date.UTC(2026, 0, 1, 9, 0, line.second)).toISOString(),
    endedAt: null,
    outcome: line.closed ? { kind: 'COMPLETE' } : null,
  };
}

function plainly(lines: CaseSummary[]): CaseSummary[] {
  const latest = new Map<string, CaseSummary>();
  for (const line of lines) latest.set(line.caseId, line);
  return [...latest.values()].sort(newestFirst);
}

describe('SortedCaseIndex', () => {
  it('lists what sorting the latest line of each case would, however the lines came', () => {
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 40 }), (generated) => {
        const lines = generated.map(asSummary);
        const expected = plainly(lines);
        const written = new SortedCaseIndex();
        for (const line of lines) written.put(line);
        expect(written.list({}).cases).toEqual(expected);
        expect(SortedCaseIndex.fromLines(lines).list({}).cases).toEqual(expected);
        expect(written.list({ userId: 'user-1' }).cases).toEqual(expected.filter((one) => one.userId === 'user-1'));
      }),
    );
  });

  it('pages through every case once for any page size', () => {
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (generated, limit) => {
        const index = SortedCaseIndex.fromLines(generated.map(asSummary));
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = index.list({}, { limit, after });
          expect(page.cases.length).toBeLessThanOrEqual(limit);
          seen.push(...page.cases.map((one) => one.caseId));
          after = page.nextCursor ?? undefined;
        } while (after);
        expect(seen).toEqual(index.list({}).cases.map((one) => one.caseId));
      }),
    );
  });
});
