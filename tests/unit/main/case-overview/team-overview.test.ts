// Overview on the team's log, on a real PostgreSQL: the generated cases go in as entries (the database's trigger
// folds them into team_case, as replication does), a supervisor's role reads the numbers, and every one equals the
// one counted by hand — the same numbers as on the desk's log.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTeamCases } from '../../../../src/main/team-log/team-case-reader';
import { teamOverview } from '../../../../src/main/team-log/team-overview-reader';
import { outcomeGroups } from '../../../../src/shared/case-overview/overview-records';
import { type PostgresServer, startPostgres } from '../../../support/postgres-server';
import { addSupervisor, migrateAsOwner, roleConfig } from '../../../support/team-database';
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

let server: PostgresServer;
let supervisor: pg.Pool;

beforeAll(async () => {
  server = await startPostgres();
  await migrateAsOwner(server);
  for (const generated of generatedCases) {
    const entry = async (seq: number, type: string, at: string, body: object) =>
      server.sql(
        `INSERT INTO team_case_entry (entry_id, desk, case_id, seq, type, at, body) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [`${generated.desk}/${generated.caseId}/${seq}`, generated.desk, generated.caseId, seq, type, at, body],
      );
    const facts = {
      environment: generated.environment,
      userId: 'user-knows-pin',
      flow: 'reset',
      agentName: generated.agent,
      ticketRef: null,
      note: null,
    };
    await entry(1, 'case-opened', generated.startedAt, { type: 'case-opened', at: generated.startedAt, facts });
    const along = alongEntries(generated);
    for (const [index, met] of along.entries()) await entry(index + 2, met.type, met.at, met);
    const ended = endedAt(generated);
    if (generated.outcome && ended) {
      const closed = { type: 'case-closed', at: ended, outcome: generated.outcome };
      await entry(along.length + 2, 'case-closed', ended, closed);
    }
  }
  const role = await addSupervisor(server, 'supervisor_ana');
  supervisor = new pg.Pool({ ...roleConfig(server, role), max: 4 });
  supervisor.on('error', () => {});
}, 60_000);

afterAll(async () => {
  await supervisor?.end();
  await server?.destroy();
});

const deskOf = (agent: string) => (agent === 'Cy' ? 'Porto-1' : 'Lisbon-3');

describe("Overview on the team's log (PostgreSQL)", () => {
  it('counts days, durations, codes and each desk and agent in Kolkata (+05:30)', async () => {
    const numbers = await teamOverview(supervisor, { ...period, timeZone: 'Asia/Kolkata' });
    expect(numbers.source).toBe('team');
    expect(numbers.days).toEqual(expectedKolkata.days);
    expect(numbers.duration).toEqual(expectedKolkata.duration);
    expect(numbers.codes).toEqual(expectedKolkata.codes);
    const people = Object.entries(expectedKolkata.people).map(([agent, counts]) => ({
      desk: deskOf(agent),
      agent,
      ...counts,
    }));
    expect(numbers.people).toEqual([people[0], people[1], people[2]]);
  });

  it('moves cases to other days in Los Angeles (-08:00)', async () => {
    const numbers = await teamOverview(supervisor, { ...period, timeZone: 'America/Los_Angeles' });
    expect(numbers.days).toEqual(expectedLosAngeles.days);
    expect(numbers.codes).toEqual(expectedLosAngeles.codes);
  });

  it('keeps to one environment when asked', async () => {
    const numbers = await teamOverview(supervisor, {
      ...period,
      timeZone: 'Asia/Kolkata',
      environment: 'local-emulator',
    });
    expect(numbers.days.at(-1)).toEqual(expectedKolkataEmulatorOnly.lastDay);
    expect(numbers.codes).toEqual(expectedKolkataEmulatorOnly.codes);
  });

  it('answers zeros for a period with no case', async () => {
    const numbers = await teamOverview(supervisor, { fromDay: '2025-01-01', toDay: '2025-01-02', timeZone: 'UTC' });
    expect(numbers.days.map((day) => day.done + day.failed + day.open)).toEqual([0, 0]);
    expect(numbers.duration).toEqual({ cases: 0, medianMs: null, p90Ms: null, bins: [0, 0, 0, 0, 0, 0] });
    expect(numbers.codes).toEqual([]);
    expect(numbers.people).toEqual([]);
  });

  it('a bar and a code open the team list filtered to exactly their cases', async () => {
    const numbers = await teamOverview(supervisor, { ...period, timeZone: 'Asia/Kolkata' });
    for (const day of numbers.days) {
      const from = new Date(`${day.day}T00:00:00.000+05:30`).toISOString();
      const to = new Date(`${day.day}T23:59:59.999+05:30`).toISOString();
      for (const group of outcomeGroups) {
        const listed = await listTeamCases(supervisor, { from, to, outcomeGroup: group }, { limit: 100 });
        expect(listed.total, `${day.day} ${group}`).toBe(day[group]);
      }
    }
    for (const { code, cases } of numbers.codes) {
      const byCode = await listTeamCases(supervisor, { ...kolkataPeriod, code }, { limit: 100 });
      expect(byCode.cases.map((listed) => listed.caseId).sort(), `${code}`).toEqual(kolkataCasesByCode[code]);
      expect(byCode.total).toBe(cases);
    }
  });
});
