// `npm run bench:overview`: 100,000 cases spread over the last 30 days, counted for the 30-day Overview — on the
// desk's own log (an index written straight to disk in the store's format; Overview never reads the case files) and
// on the team's PostgreSQL (started here, filled as the owner through the entries table, read as a supervisor).
// Prints `overview p50:` for each against the goal. A benchmark, not a test: it fails only when the numbers are wrong.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { CaseLogStore } from '../src/main/case-log/case-log-store';
import { teamOverview } from '../src/main/team-log/team-overview-reader';
import type { CaseOutcome, CaseSummary } from '../src/shared/case-log/case-record';
import type { OverviewNumbers, OverviewQuery } from '../src/shared/case-overview/overview-records';
import { startPostgres } from '../tests/support/postgres-server';
import { addSupervisor, migrateAsOwner, roleConfig } from '../tests/support/team-database';

const caseCount = 100_000;
const goalMs = 500;
const rounds = 9;
const timeZone = 'Europe/Lisbon';
// Ten outcomes in turn: six done, then each of the others (Circle's wrong PIN and its expiry among them).
const outcomes: CaseOutcome[] = [
  ...Array.from({ length: 6 }, () => ({ kind: 'COMPLETE' }) as const),
  { kind: 'FAILED', code: 155112 },
  { kind: 'FAILED', code: 155121 },
  { kind: 'cancelled' },
  { kind: 'stopped-following' },
];
// A Circle code met along the way by three cases in twenty: a wrong PIN before a reset done and before one that
// failed with it, a token expired before one cancelled (Overview counts every case a code touched).
const alongOf = (n: number): number | null => (n % 10 === 0 || n % 10 === 6 ? 155112 : n % 20 === 8 ? 155104 : null);
const now = Date.now();
const spanMs = 29 * 86_400_000;
const startOf = (n: number) => new Date(now - Math.floor((n / caseCount) * spanMs)).toISOString();
const endOf = (n: number) => new Date(Date.parse(startOf(n)) + 30_000 + (n % 600) * 1000).toISOString();
const day = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
const query: OverviewQuery = { fromDay: day(now - spanMs), toDay: day(now), timeZone };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
async function time(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const before = performance.now();
    await work();
    times.push(performance.now() - before);
  }
  return median(times);
}
const counted = (numbers: OverviewNumbers) =>
  numbers.days.reduce(
    (sum, each) =>
      sum + each.done + each['action-needed'] + each.failed + each.cancelled + each['stopped-following'] + each.open,
    0,
  );
const verdict = (ms: number) => `(goal ≤ ${goalMs} ms: ${ms <= goalMs ? 'met' : 'NOT met'})`;

const dir = await mkdtemp(join(tmpdir(), 'pin-desk-bench-overview-'));
const server = await startPostgres();
try {
  // The desk's log: its index, one summary per line, as the store writes it.
  await mkdir(join(dir, 'cases'), { recursive: true });
  const lines: string[] = [];
  const teamRows: string[] = [];
  for (let n = 0; n < caseCount; n++) {
    const outcome = outcomes[n % outcomes.length] as CaseOutcome;
    const along = alongOf(n);
    const circleCodes = [...new Set([along, outcome.kind === 'FAILED' ? outcome.code : null])].filter(
      (code): code is number => code !== null,
    );
    const summary: CaseSummary = {
      caseId: `case-${n}`,
      environment: 'local-emulator',
      userId: `user-${n}`,
      flow: 'reset',
      agentName: `Agent ${n % 50}`,
      ticketRef: null,
      note: null,
      startedAt: startOf(n),
      endedAt: endOf(n),
      outcome,
      ...(circleCodes.length > 0 ? { circleCodes } : {}),
    };
    lines.push(JSON.stringify(summary));
    teamRows.push(JSON.stringify({ ...summary, along }));
  }
  await writeFile(join(dir, 'cases', 'index.jsonl'), `${lines.join('\n')}\n`);
  const store = new CaseLogStore({ dir, secrets: () => [] });
  const first = performance.now();
  const deskNumbers = await store.overview(query);
  const firstMs = performance.now() - first;
  const deskMs = await time(() => store.overview(query));
  console.log(
    `overview p50: desk log ${deskMs.toFixed(1)} ms (${counted(deskNumbers)} of ${caseCount} cases in 30 days; the first, reading the index, ${firstMs.toFixed(0)} ms) ${verdict(deskMs)}`,
  );

  // The team's log: the same cases as entries (the database's triggers fold each into team_case); the code met
  // along the way, if any, as the entry that reports it, between the open and the close.
  await migrateAsOwner(server);
  await server.sql(
    `INSERT INTO team_case_entry (entry_id, desk, case_id, seq, type, at, body)
     SELECT d || '/case-' || n || '/' || s, d, 'case-' || n, s, CASE s WHEN 1 THEN 'case-opened'
              WHEN 2 THEN CASE c->>'along' WHEN '155104' THEN 'error' ELSE 'status-changed' END ELSE 'case-closed' END,
            CASE s WHEN 1 THEN (c->>'startedAt')::timestamptz
              WHEN 2 THEN (c->>'startedAt')::timestamptz + interval '10 seconds' ELSE (c->>'endedAt')::timestamptz END,
            CASE s WHEN 1 THEN jsonb_build_object('type', 'case-opened', 'facts', jsonb_build_object(
                   'environment', 'local-emulator', 'userId', 'user-' || n, 'flow', 'reset', 'agentName', c->>'agentName'))
                 WHEN 2 THEN CASE c->>'along'
                   WHEN '155104' THEN jsonb_build_object('type', 'error', 'step', 'lookup', 'code', 'circle-error',
                     'message', 'The userToken had expired.', 'circle', jsonb_build_object('code', 155104, 'status', 403))
                   ELSE jsonb_build_object('type', 'status-changed', 'status', 'PENDING', 'source', 'poll',
                     'errorCode', c->'along') END
                 ELSE jsonb_build_object('type', 'case-closed', 'outcome', c->'outcome') END
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS cases(c, i), generate_series(1, 3) AS s,
          LATERAL (SELECT (i - 1)::int AS n, 'Desk-' || lpad((((i - 1) % 20) + 1)::text, 2, '0') AS d) AS k
     WHERE s <> 2 OR jsonb_typeof(c->'along') = 'number'`,
    [`[${teamRows.join(',')}]`],
  );
  // As autovacuum leaves a table after a bulk load: statistics and the visibility map (for index-only scans).
  await server.sql('VACUUM ANALYZE team_case');
  const supervisor = await addSupervisor(server, 'team_supervisor');
  const pool = new pg.Pool({ ...roleConfig(server, supervisor), max: 4 });
  pool.on('error', () => {});
  const teamNumbers = await teamOverview(pool, query);
  const teamMs = await time(() => teamOverview(pool, query));
  await pool.end();
  console.log(
    `overview p50: team log ${teamMs.toFixed(1)} ms (${counted(teamNumbers)} of ${caseCount} cases in 30 days, 20 desks, four queries side by side) ${verdict(teamMs)}`,
  );
  // Both logs hold the same cases: their numbers must agree (desks aside).
  const same = (a: OverviewNumbers, b: OverviewNumbers) =>
    JSON.stringify([a.days, a.duration, a.codes]) === JSON.stringify([b.days, b.duration, b.codes]);
  console.log(`codes: ${deskNumbers.codes.map((each) => `${each.code} in ${each.cases} cases`).join(', ')}`);
  if (counted(deskNumbers) !== caseCount || !same(deskNumbers, teamNumbers)) {
    console.log('overview numbers differ between the desk log and the team log');
    process.exitCode = 1;
  }
} finally {
  await server.destroy();
  await rm(dir, { recursive: true, force: true });
}
