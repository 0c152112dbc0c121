// `npm run bench:team`: 20 desks, each its own process with its own case log and replicator, write 200 cases each
// while replicating into one PostgreSQL (started here, as the tests start theirs). Then: every desk's log compared
// with the table (expected, in the table, duplicates, missing), the replication lag (the database's arrival time
// minus the entry's own time, which the desk stamps before writing it locally), and one page of the team's cases
// read as a supervisor once the table holds 100,000 cases. A benchmark, not a test: it fails only when the
// figures are wrong (entries missing or twice), and says whether each goal was met.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { CaseLogStore } from '../src/main/case-log/case-log-store';
import { listTeamCases } from '../src/main/team-log/team-case-reader';
import { startPostgres } from '../tests/support/postgres-server';
import { addDesk, addSupervisor, migrateAsOwner, roleConfig } from '../tests/support/team-database';
import { checkTeamTable } from '../tests/support/team-desk';

const desks = 20;
const casesPerDesk = 200;
const notesPerCase = 3;
/** An agent's pace, compressed: a case every 50 ms per desk (20 desks: 400 entries a second into the database). */
const paceMs = 50;
const teamCases = 100_000;
const goals = { lagP99Ms: 2_000, listMs: 300 };
const rounds = 15;

const deskScript = resolve(import.meta.dirname, '../tests/support/team-desk-process.ts');

function runDesk(input: object): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', deskScript, JSON.stringify(input)], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`desk process exited with ${code}`))));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const server = await startPostgres();
const folders: string[] = [];
try {
  await migrateAsOwner(server);
  const supervisor = await addSupervisor(server, 'team_supervisor');
  const started = performance.now();
  const runs: { dir: string; desk: string; config: pg.ClientConfig }[] = [];
  for (let index = 1; index <= desks; index++) {
    const desk = `Desk-${String(index).padStart(2, '0')}`;
    const role = await addDesk(server, `desk_${index}`, desk);
    const dir = await mkdtemp(join(tmpdir(), 'pin-desk-bench-team-'));
    folders.push(dir);
    runs.push({ dir, desk, config: roleConfig(server, role) });
  }
  await Promise.all(runs.map((run) => runDesk({ ...run, cases: casesPerDesk, notes: notesPerCase, paceMs })));
  const seconds = (performance.now() - started) / 1000;

  let expected = 0;
  let inTable = 0;
  let duplicates = 0;
  let missing = 0;
  let outOfOrder = 0;
  for (const run of runs) {
    const check = await checkTeamTable(run.config, run.desk, new CaseLogStore({ dir: run.dir, secrets: () => [] }));
    expected += check.expected;
    inTable += check.inTable;
    duplicates += check.duplicates;
    missing += check.missing.length;
    outOfOrder += check.outOfOrder.length;
  }
  const lag = await server.sql(`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99
    FROM (SELECT extract(epoch FROM received_at - at) * 1000 AS ms FROM team_case_entry) AS lags`);
  const { p50, p99 } = lag.rows[0] as { p50: number; p99: number };
  console.log(
    `${desks} desks × ${casesPerDesk} cases (${notesPerCase + 2} entries each), written and replicated in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `team entries: expected ${expected}, in the table ${inTable}, duplicates ${duplicates}, missing ${missing} (cases out of order: ${outOfOrder})`,
  );
  console.log(
    `replication lag p50/p99: ${Math.round(p50)} ms / ${Math.round(p99)} ms (goal p99 ≤ ${goals.lagP99Ms} ms: ${p99 <= goals.lagP99Ms ? 'met' : 'NOT met'})`,
  );

  // The rest of 100,000 cases, written as the owner straight into the entries (the database folds each into its case).
  const more = teamCases - desks * casesPerDesk;
  await server.sql(
    `INSERT INTO team_case_entry (entry_id, desk, case_id, seq, type, at, body)
     SELECT d || '/bulk-' || n || '/' || s, d, 'bulk-' || n, s,
            CASE s WHEN 1 THEN 'case-opened' ELSE 'case-closed' END,
            now() - make_interval(mins => n),
            CASE s WHEN 1 THEN jsonb_build_object('type', 'case-opened', 'facts', jsonb_build_object(
                   'environment', 'local-emulator', 'userId', 'user-' || n, 'flow', 'reset', 'agentName', 'Agent ' || (n % 50),
                   'ticketRef', 'ZD-' || n, 'note', NULL))
                 ELSE jsonb_build_object('type', 'case-closed', 'outcome', jsonb_build_object('kind', 'COMPLETE')) END
     FROM generate_series(1, $1::int) AS n, generate_series(1, 2) AS s,
          LATERAL (SELECT 'Desk-' || lpad(((n % ${desks}) + 1)::text, 2, '0') AS d) AS desk`,
    [more],
  );
  await server.sql('ANALYZE team_case');
  const pool = new pg.Pool({ ...roleConfig(server, supervisor), max: 2 });
  pool.on('error', () => {});
  const total = (await server.sql('SELECT count(*)::int AS n FROM team_case')).rows[0].n as number;
  const time = async (work: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const before = performance.now();
      await work();
      times.push(performance.now() - before);
    }
    return median(times);
  };
  const firstPage = await time(() => listTeamCases(pool, {}, { limit: 100 }));
  const searched = await time(() => listTeamCases(pool, { search: 'zd-4242' }, { limit: 100 }));
  const openOnly = await time(() => listTeamCases(pool, { outcome: 'open' }, { limit: 100 }));
  await pool.end();
  console.log(
    `team list p50: ${firstPage.toFixed(1)} ms (a page of 100 of ${total} cases; searched ${searched.toFixed(1)} ms; open only ${openOnly.toFixed(1)} ms) (goal ≤ ${goals.listMs} ms: ${Math.max(firstPage, searched) <= goals.listMs ? 'met' : 'NOT met'})`,
  );
  if (missing > 0 || duplicates > 0 || outOfOrder > 0 || inTable !== expected) process.exitCode = 1;
} finally {
  await server.destroy();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
}
