// Overview on the desk's own log: the generated cases written through the real store (case files and index on
// disk), then counted by main; every number equals the one counted by hand.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { outcomeGroups } from '../../../../src/shared/case-overview/overview-records';
import {
  alongEntries,
  endedAt,
  expectedKolkata,
  expectedKolkataEmulatorOnly,
  expectedLosAngeles,
  generatedCases,
  kolkataCasesByCode,
  kolkataPeriod,
  period,
} from './overview-fixture';

let dir: string;
let store: CaseLogStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-overview-'));
  const writer = new CaseLogStore({ dir, secrets: () => [] });
  for (const generated of generatedCases) {
    await writer.openCase({
      caseId: generated.caseId,
      startedAt: generated.startedAt,
      environment: generated.environment,
      userId: 'user-knows-pin',
      flow: 'reset',
      agentName: generated.agent,
      ticketRef: null,
      note: null,
    });
    for (const entry of alongEntries(generated)) await writer.append(generated.caseId, entry);
    const ended = endedAt(generated);
    if (generated.outcome && ended) await writer.closeCase(generated.caseId, generated.outcome, ended);
  }
  // A fresh store reads the index from disk, as the console does at start.
  store = new CaseLogStore({ dir, secrets: () => [] });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("Overview on the desk's log", () => {
  it('counts days, durations, codes and agents in Kolkata (+05:30), either side of its midnight', async () => {
    const numbers = await store.overview({ ...period, timeZone: 'Asia/Kolkata' });
    expect(numbers.source).toBe('desk');
    expect(numbers.days).toEqual(expectedKolkata.days);
    expect(numbers.duration).toEqual(expectedKolkata.duration);
    expect(numbers.codes).toEqual(expectedKolkata.codes);
    expect(numbers.people).toEqual(
      Object.entries(expectedKolkata.people).map(([agent, counts]) => ({ desk: null, agent, ...counts })),
    );
  });

  it('moves cases to other days in Los Angeles (-08:00)', async () => {
    const numbers = await store.overview({ ...period, timeZone: 'America/Los_Angeles' });
    expect(numbers.days).toEqual(expectedLosAngeles.days);
    expect(numbers.codes).toEqual(expectedLosAngeles.codes);
  });

  it('keeps to one environment when asked', async () => {
    const numbers = await store.overview({ ...period, timeZone: 'Asia/Kolkata', environment: 'local-emulator' });
    expect(numbers.days.at(-1)).toEqual(expectedKolkataEmulatorOnly.lastDay);
    expect(numbers.codes).toEqual(expectedKolkataEmulatorOnly.codes);
  });

  it('answers zeros for a period with no case', async () => {
    const numbers = await store.overview({ fromDay: '2025-01-01', toDay: '2025-01-02', timeZone: 'UTC' });
    expect(numbers.days.map((day) => day.done + day.failed + day.open)).toEqual([0, 0]);
    expect(numbers.duration).toEqual({ cases: 0, medianMs: null, p90Ms: null, bins: [0, 0, 0, 0, 0, 0] });
    expect(numbers.codes).toEqual([]);
    expect(numbers.people).toEqual([]);
  });

  it('a bar and a code open Cases filtered to exactly their cases', async () => {
    const numbers = await store.overview({ ...period, timeZone: 'Asia/Kolkata' });
    for (const day of numbers.days) {
      const from = new Date(`${day.day}T00:00:00.000+05:30`).toISOString();
      const to = new Date(`${day.day}T23:59:59.999+05:30`).toISOString();
      for (const group of outcomeGroups) {
        const listed = await store.list({ from, to, outcomeGroup: group });
        expect(listed.total, `${day.day} ${group}`).toBe(day[group]);
      }
    }
    for (const { code, cases } of numbers.codes) {
      const byCode = await store.list({ ...kolkataPeriod, code });
      expect(byCode.cases.map((listed) => listed.caseId).sort(), `${code}`).toEqual(kolkataCasesByCode[code]);
      expect(byCode.total).toBe(cases);
    }
  });
});
