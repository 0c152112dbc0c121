// A generated log whose Overview numbers are known by hand: cases either side of midnight in Kolkata (+05:30) and in
// Los Angeles (-08:00 in November), every outcome, codes repeated, one case on another environment, one open, one
// before the period. The expected numbers below were counted from this list by hand, not by the code under test.
import type { CaseOutcome } from '../../../../src/shared/case-log/case-record';
import type { EnvironmentId } from '../../../../src/shared/environment/environments';

export interface GeneratedCase {
  caseId: string;
  desk: string;
  agent: string;
  environment: EnvironmentId;
  startedAt: string;
  /** Seconds from start to close; null while open. */
  tookSeconds: number | null;
  outcome: CaseOutcome | null;
}

const at = (iso: string) => `${iso}.000Z`;
const failed = (code: number | null): CaseOutcome => ({ kind: 'FAILED', code });
const generated = (
  n: number,
  startedAt: string,
  agent: 'Ana' | 'Bo' | 'Cy',
  outcome: CaseOutcome | null,
  tookSeconds: number | null = 60,
  environment: EnvironmentId = 'local-emulator',
): GeneratedCase => ({
  caseId: `case-${String(n).padStart(2, '0')}`,
  desk: agent === 'Cy' ? 'Porto-1' : 'Lisbon-3',
  agent,
  environment,
  startedAt: at(startedAt),
  tookSeconds: outcome ? tookSeconds : null,
  outcome,
});

export const generatedCases: GeneratedCase[] = [
  generated(1, '2026-11-03T18:29:59', 'Ana', { kind: 'COMPLETE' }, 90), // Kolkata 3rd 23:59:59
  generated(2, '2026-11-03T18:30:00', 'Ana', { kind: 'COMPLETE' }, 30), // Kolkata 4th 00:00
  generated(3, '2026-11-04T07:59:00', 'Bo', failed(155112)), // Los Angeles 3rd 23:59
  generated(4, '2026-11-04T08:00:00', 'Bo', failed(155121)), // Los Angeles 4th 00:00; an expiry as Circle says it
  generated(5, '2026-11-04T12:00:00', 'Ana', { kind: 'EXPIRED' }),
  generated(6, '2026-11-04T20:00:00', 'Cy', { kind: 'abandoned' }),
  generated(7, '2026-11-05T01:00:00', 'Cy', { kind: 'cancelled' }),
  generated(8, '2026-11-05T02:00:00', 'Ana', { kind: 'stopped-following' }),
  generated(9, '2026-11-05T03:00:00', 'Cy', failed(155112)),
  generated(10, '2026-11-05T04:00:00', 'Bo', failed(155112), 60, 'circle-testnet'),
  generated(11, '2026-11-05T05:00:00', 'Bo', null),
  generated(12, '2026-11-05T06:00:00', 'Ana', { kind: 'COMPLETE' }, 600),
  generated(13, '2026-11-05T06:10:00', 'Cy', { kind: 'COMPLETE' }, 2700),
  generated(14, '2026-11-05T06:20:00', 'Ana', failed(null)),
  generated(15, '2026-11-02T10:00:00', 'Ana', { kind: 'COMPLETE' }, 5), // before the period everywhere
  generated(16, '2026-11-05T18:30:00', 'Cy', failed(155119)), // Kolkata 6th 00:00 (after); Los Angeles 5th
];

export const period = { fromDay: '2026-11-03', toDay: '2026-11-05' };

const counts = (partial: Partial<Record<string, number>>) => ({
  done: 0,
  'action-needed': 0,
  failed: 0,
  cancelled: 0,
  'stopped-following': 0,
  open: 0,
  ...partial,
});

export const expectedKolkata = {
  days: [
    { day: '2026-11-03', ...counts({ done: 1 }) },
    { day: '2026-11-04', ...counts({ done: 1, 'action-needed': 2, failed: 1 }) },
    {
      day: '2026-11-05',
      ...counts({ done: 2, 'action-needed': 1, failed: 3, cancelled: 1, 'stopped-following': 1, open: 1 }),
    },
  ],
  // Done in 30, 90, 600 and 2700 s: median (90 + 600) / 2 s; p90 at rank 2.7: 600 + 0.7 × 2100 s.
  duration: { cases: 4, medianMs: 345_000, p90Ms: 2_070_000, bins: [1, 1, 0, 0, 1, 1] },
  codes: [
    { code: 155112, cases: 3 },
    { code: 155121, cases: 1 },
  ],
  people: {
    Ana: { total: 6, ...counts({ done: 3, 'action-needed': 1, failed: 1, 'stopped-following': 1 }) },
    Bo: { total: 4, ...counts({ failed: 2, 'action-needed': 1, open: 1 }) },
    Cy: { total: 4, ...counts({ done: 1, 'action-needed': 1, cancelled: 1, failed: 1 }) },
  },
};

export const expectedLosAngeles = {
  days: [
    { day: '2026-11-03', ...counts({ done: 2, failed: 1 }) },
    {
      day: '2026-11-04',
      ...counts({ done: 2, 'action-needed': 3, failed: 3, cancelled: 1, 'stopped-following': 1, open: 1 }),
    },
    { day: '2026-11-05', ...counts({ failed: 1 }) },
  ],
  codes: [
    { code: 155112, cases: 3 },
    { code: 155119, cases: 1 },
    { code: 155121, cases: 1 },
  ],
};

/** Kolkata, on the local emulator only: case 10 (circle-testnet) drops out. */
export const expectedKolkataEmulatorOnly = {
  lastDay: {
    day: '2026-11-05',
    ...counts({ done: 2, 'action-needed': 1, failed: 2, cancelled: 1, 'stopped-following': 1, open: 1 }),
  },
  codes: [
    { code: 155112, cases: 2 },
    { code: 155121, cases: 1 },
  ],
};

export function endedAt(generatedCase: GeneratedCase): string | null {
  if (generatedCase.tookSeconds === null) return null;
  return new Date(Date.parse(generatedCase.startedAt) + generatedCase.tookSeconds * 1000).toISOString();
}
