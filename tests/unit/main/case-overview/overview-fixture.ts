// A generated log whose Overview numbers are known by hand: cases either side of midnight in Kolkata (+05:30) and in
// Los Angeles (-08:00 in November), every outcome, codes repeated, one case on another environment, one open, one
// before the period; cases that met Circle codes along the way (a wrong PIN twice then done, a wrong PIN then locked,
// an error Circle answered). The expected numbers below were counted from this list by hand, not by the code under
// test.
import type { CaseEntry, CaseOutcome } from '../../../../src/shared/case-log/case-record';
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
  /** Entries between open and close that report a Circle code (written as they are, one minute apart). */
  along: CaseEntry[];
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
  along: CaseEntry[] = [],
): GeneratedCase => ({
  caseId: `case-${String(n).padStart(2, '0')}`,
  desk: agent === 'Cy' ? 'Porto-1' : 'Lisbon-3',
  agent,
  environment,
  startedAt: at(startedAt),
  tookSeconds: outcome ? tookSeconds : null,
  outcome,
  along,
});

// What a case meets along the way (the `at` is set when written).
const wrongPinInSdk: CaseEntry = { type: 'sdk-outcome', at: '', kind: 'error', code: 155112 };
const wrongPinInStatus: CaseEntry = {
  type: 'status-changed',
  at: '',
  status: 'PENDING',
  source: 'poll',
  errorCode: 155112,
  pinFailedAttempts: 1,
};
const tokenExpiredError: CaseEntry = {
  type: 'error',
  at: '',
  step: 'lookup',
  code: 'circle-error',
  message: 'The user token has expired.',
  circle: { code: 155104, status: 401 },
};

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
  // Kolkata 5th 12:30–12:50; Los Angeles 4th 23:00–23:20. 155112 twice, then done in 600 s: 155112 counts it once.
  generated(17, '2026-11-05T07:00:00', 'Ana', { kind: 'COMPLETE' }, 600, 'local-emulator', [
    wrongPinInSdk,
    wrongPinInStatus,
    wrongPinInSdk,
  ]),
  // A wrong PIN, then locked: touched 155112 and 155119.
  generated(18, '2026-11-05T07:10:00', 'Bo', failed(155119), 600, 'local-emulator', [wrongPinInStatus]),
  // Circle answered an error (155104), then the agent cancelled: the code counts though the case did not fail.
  generated(19, '2026-11-05T07:20:00', 'Cy', { kind: 'cancelled' }, 600, 'local-emulator', [tokenExpiredError]),
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
      ...counts({ done: 3, 'action-needed': 1, failed: 4, cancelled: 2, 'stopped-following': 1, open: 1 }),
    },
  ],
  // Done in 30, 90, 600, 600 and 2700 s: median 600 s; p90 at rank 3.6: 600 + 0.6 × 2100 s.
  duration: { cases: 5, medianMs: 600_000, p90Ms: 1_860_000, bins: [1, 1, 0, 0, 2, 1] },
  // 155112: cases 3, 9, 10 (ended with it), 17 (met it three times), 18 (met it, ended 155119).
  codes: [
    { code: 155112, cases: 5 },
    { code: 155104, cases: 1 },
    { code: 155119, cases: 1 },
    { code: 155121, cases: 1 },
  ],
  people: {
    Ana: { total: 7, ...counts({ done: 4, 'action-needed': 1, failed: 1, 'stopped-following': 1 }) },
    Bo: { total: 5, ...counts({ failed: 3, 'action-needed': 1, open: 1 }) },
    Cy: { total: 5, ...counts({ done: 1, 'action-needed': 1, cancelled: 2, failed: 1 }) },
  },
};

export const expectedLosAngeles = {
  days: [
    { day: '2026-11-03', ...counts({ done: 2, failed: 1 }) },
    {
      day: '2026-11-04',
      ...counts({ done: 3, 'action-needed': 3, failed: 4, cancelled: 2, 'stopped-following': 1, open: 1 }),
    },
    { day: '2026-11-05', ...counts({ failed: 1 }) },
  ],
  codes: [
    { code: 155112, cases: 5 },
    { code: 155119, cases: 2 },
    { code: 155104, cases: 1 },
    { code: 155121, cases: 1 },
  ],
};

/** Kolkata, on the local emulator only: case 10 (circle-testnet) drops out. */
export const expectedKolkataEmulatorOnly = {
  lastDay: {
    day: '2026-11-05',
    ...counts({ done: 3, 'action-needed': 1, failed: 3, cancelled: 2, 'stopped-following': 1, open: 1 }),
  },
  codes: [
    { code: 155112, cases: 4 },
    { code: 155104, cases: 1 },
    { code: 155119, cases: 1 },
    { code: 155121, cases: 1 },
  ],
};

export function endedAt(generatedCase: GeneratedCase): string | null {
  if (generatedCase.tookSeconds === null) return null;
  return new Date(Date.parse(generatedCase.startedAt) + generatedCase.tookSeconds * 1000).toISOString();
}

/** The entries met along the way, each a minute after the start (all before the close). */
export function alongEntries(generatedCase: GeneratedCase): CaseEntry[] {
  return generatedCase.along.map((entry, index) => ({
    ...entry,
    at: new Date(Date.parse(generatedCase.startedAt) + (index + 1) * 60_000).toISOString(),
  }));
}

/** Kolkata's whole period as instants, for the Cases filter. */
export const kolkataPeriod = { from: '2026-11-02T18:30:00.000Z', to: '2026-11-05T18:29:59.999Z' };

/** Which cases of Kolkata's period the Cases filter lists for each code Overview shows. */
export const kolkataCasesByCode: Record<number, string[]> = {
  155112: ['case-03', 'case-09', 'case-10', 'case-17', 'case-18'],
  155104: ['case-19'],
  155119: ['case-18'],
  155121: ['case-04'],
};
