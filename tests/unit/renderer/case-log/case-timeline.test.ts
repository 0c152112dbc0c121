import { describe, expect, it } from 'vitest';
import { timelineLines } from '../../../../src/renderer/case-log/case-timeline';
import type { CaseEntry } from '../../../../src/shared/case-log/case-record';

const at = (second: number) => new Date(Date.UTC(2026, 10, 27, 9, 12, second)).toISOString();

describe('the Cases timeline', () => {
  it('collapses repeated identical status lines into one, with the count and the time span', () => {
    const entries: CaseEntry[] = [
      { type: 'status-changed', at: at(0), status: 'IN_PROGRESS', source: 'poll' },
      { type: 'status-changed', at: at(20), status: 'IN_PROGRESS', source: 'poll' },
      { type: 'status-changed', at: at(40), status: 'IN_PROGRESS', source: 'poll' },
      // A wrong PIN is a status line of its own: not identical, so not folded in.
      { type: 'status-changed', at: at(41), status: 'IN_PROGRESS', source: 'poll', pinFailedAttempts: 1 },
      { type: 'status-changed', at: at(50), status: 'IN_PROGRESS', source: 'poll', pinFailedAttempts: 1 },
      { type: 'status-changed', at: at(55), status: 'COMPLETE', source: 'notification' },
    ];
    const lines = timelineLines(entries);
    expect(lines.map(({ count, until }) => ({ count, until }))).toEqual([
      { count: 3, until: at(40) },
      { count: 2, until: at(50) },
      { count: 1, until: null },
    ]);
    expect(lines[1]?.text).toBe('Status IN_PROGRESS (from poll), 1 wrong PIN entry (Circle code 155112)');
  });

  it('shows text without Markdown characters, and carries a linked case', () => {
    const lines = timelineLines([
      { type: 'challenge-created', at: at(0), challengeId: 'chal-1', challengeType: 'CHANGE_PIN' },
      { type: 'case-linked', at: at(1), relation: 'continued-in', caseId: 'case-2' },
    ]);
    expect(lines[0]?.text).toBe('Challenge created: chal-1 (CHANGE_PIN)');
    expect(lines.map((line) => line.text).join('')).not.toContain('`');
    expect(lines[1]?.linkedCaseId).toBe('case-2');
  });
});
