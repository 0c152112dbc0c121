// Cases → Overview over the team's log: one SQL query per chart, each grouped in the database (never every case
// brought to the desk), counted as the desk's own log counts them (case-log/case-overview.ts).
import type pg from 'pg';
import {
  type DayCounts,
  daysOf,
  durationBinEdgesMs,
  emptyGroupCounts,
  type GroupCounts,
  type OverviewNumbers,
  type OverviewQuery,
  type PersonCounts,
  topCodeCount,
} from '../../shared/case-overview/overview-records';

type Queryable = Pick<pg.Pool, 'query'>;

// The stored column (migration 0002) holds outcome-group-sql.ts's expression for every row.
const groupOf = 'outcome_group';

/**
 * The period as instants, so the started_at index serves it: the first day's local midnight up to (not including)
 * the midnight after the last day, both in the agent's zone ($3).
 */
function periodWhere(query: OverviewQuery): { clause: string; values: unknown[] } {
  const values: unknown[] = [query.fromDay, query.toDay, query.timeZone];
  let clause = `started_at >= ($1::date::timestamp AT TIME ZONE $3) AND started_at < (($2::date + 1)::timestamp AT TIME ZONE $3)`;
  if (query.environment) {
    values.push(query.environment);
    clause += ' AND environment = $4';
  }
  return { clause, values };
}

function addGroup(counts: GroupCounts, group: string, cases: number): void {
  if (group in counts) counts[group as keyof GroupCounts] += cases;
}

async function perDay(db: Queryable, query: OverviewQuery): Promise<DayCounts[]> {
  const { clause, values } = periodWhere(query);
  const rows = await db.query<{ day: string; grp: string; cases: number }>(
    `SELECT to_char((started_at AT TIME ZONE $3)::date, 'YYYY-MM-DD') AS day, ${groupOf} AS grp, count(*)::int AS cases
     FROM team_case WHERE ${clause} GROUP BY 1, 2`,
    values,
  );
  const days = new Map(daysOf(query.fromDay, query.toDay).map((day) => [day, { day, ...emptyGroupCounts() }]));
  for (const row of rows.rows) {
    const counts = days.get(row.day);
    if (counts) addGroup(counts, row.grp, row.cases);
  }
  return [...days.values()];
}

async function duration(db: Queryable, query: OverviewQuery): Promise<OverviewNumbers['duration']> {
  const { clause, values } = periodWhere(query);
  const binCounts = [0, ...durationBinEdgesMs].map((low, index) => {
    const high = durationBinEdgesMs[index];
    return `count(*) FILTER (WHERE ms >= ${low}${high === undefined ? '' : ` AND ms < ${high}`})::int AS bin${index}`;
  });
  const rows = await db.query<Record<string, number | null>>(
    `SELECT count(*)::int AS cases, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ms) AS p90, ${binCounts.join(', ')}
     FROM (SELECT (extract(epoch FROM ended_at - started_at) * 1000)::float8 AS ms FROM team_case
           WHERE ${clause} AND outcome_group = 'done' AND ended_at IS NOT NULL) AS done`,
    values,
  );
  const row = rows.rows[0] ?? {};
  return {
    cases: row.cases ?? 0,
    medianMs: row.median === null || row.median === undefined ? null : Math.round(row.median),
    p90Ms: row.p90 === null || row.p90 === undefined ? null : Math.round(row.p90),
    bins: binCounts.map((_, index) => row[`bin${index}`] ?? 0),
  };
}

async function codes(db: Queryable, query: OverviewQuery): Promise<OverviewNumbers['codes']> {
  const { clause, values } = periodWhere(query);
  const rows = await db.query<{ code: number; cases: number }>(
    // Each case once per code: circle_codes holds each code once (migration 0003). The predicate is the partial
    // index's, so the query reads that index alone.
    `SELECT code, count(*)::int AS cases FROM team_case, unnest(circle_codes) AS code
     WHERE ${clause} AND circle_codes <> '{}'
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${topCodeCount}`,
    values,
  );
  return rows.rows;
}

async function people(db: Queryable, query: OverviewQuery): Promise<PersonCounts[]> {
  const { clause, values } = periodWhere(query);
  const rows = await db.query<{ desk: string; agent: string; grp: string; cases: number }>(
    `SELECT desk, coalesce(agent_name, '') AS agent, ${groupOf} AS grp, count(*)::int AS cases FROM team_case
     WHERE ${clause} GROUP BY 1, 2, 3 ORDER BY desk COLLATE "C", coalesce(agent_name, '') COLLATE "C"`,
    values,
  );
  const byPerson = new Map<string, PersonCounts>();
  for (const row of rows.rows) {
    const key = JSON.stringify([row.desk, row.agent]);
    const person = byPerson.get(key) ?? { desk: row.desk, agent: row.agent, total: 0, ...emptyGroupCounts() };
    addGroup(person, row.grp, row.cases);
    person.total += row.cases;
    byPerson.set(key, person);
  }
  return [...byPerson.values()];
}

/** The four charts' numbers, their queries run side by side. */
export async function teamOverview(db: Queryable, query: OverviewQuery): Promise<OverviewNumbers> {
  const [dayCounts, durations, codeCounts, personCounts] = await Promise.all([
    perDay(db, query),
    duration(db, query),
    codes(db, query),
    people(db, query),
  ]);
  return { source: 'team', query, days: dayCounts, duration: durations, codes: codeCounts, people: personCounts };
}
