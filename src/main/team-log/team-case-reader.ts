// The team's cases, read from the summaries the database keeps: a page at a time, newest first, with the Cases
// filters and search; and the open cases of one user at other desks (the lookup's warning).
import type pg from 'pg';
import { searchTerms } from '../../shared/case-log/case-filter';
import type { CaseFilter, CaseOutcome, CasePage } from '../../shared/case-log/case-record';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { FlowKind } from '../../shared/flows/challenge-flow';
import type { OpenElsewhere, TeamCaseList, TeamCaseSummary } from '../../shared/team-log/team-log-records';

type Queryable = Pick<pg.Pool, 'query'>;

const isoOf = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface CaseRow {
  desk: string;
  case_id: string;
  environment: EnvironmentId;
  user_id: string | null;
  flow: FlowKind;
  agent_name: string;
  ticket_ref: string | null;
  note: string | null;
  started_at: string;
  ended_at: string | null;
  outcome: CaseOutcome | null;
  challenge_ids: string[];
}

// The output names the ISO text `started_at`: ORDER BY names the table's column (timestamptz, indexed) explicitly.
const caseColumns = `desk, case_id, environment, user_id, flow, agent_name, ticket_ref, note, ${isoOf('started_at')} AS started_at,
  ${isoOf('ended_at')} AS ended_at, outcome, challenge_ids`;

function summaryOf(row: CaseRow): TeamCaseSummary {
  return {
    desk: row.desk,
    caseId: row.case_id,
    environment: row.environment,
    userId: row.user_id,
    flow: row.flow,
    agentName: row.agent_name,
    ticketRef: row.ticket_ref,
    note: row.note,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    outcome: row.outcome,
    challengeIds: row.challenge_ids,
  };
}

/** `desk|caseId|startedAt` of the last case shown; the next page starts after it. */
export function teamCursor(summary: Pick<TeamCaseSummary, 'startedAt' | 'desk' | 'caseId'>): string {
  return JSON.stringify([summary.startedAt, summary.desk, summary.caseId]);
}

function parseTeamCursor(cursor: string): [string, string, string] | null {
  try {
    const value = JSON.parse(cursor) as unknown;
    return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string')
      ? (value as [string, string, string])
      : null;
  } catch {
    return null;
  }
}

/** Beyond this many matching cases the list says "10000+" rather than count them all. */
export const teamCountCap = 10_000;

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** The WHERE clause and its values for a filter (the same meaning as the desk's own list, plus desk and agent). */
function whereOf(filter: CaseFilter): { clause: string; values: unknown[] } {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const value = (next: unknown) => {
    values.push(next);
    return `$${values.length}`;
  };
  // Every term somewhere in the case's user ID, ticket, case ID, note, desk, agent or challenge IDs (a trigram index).
  for (const term of searchTerms(filter.search)) conditions.push(`search_text LIKE ${value(likePattern(term))}`);
  if (filter.userId) conditions.push(`user_id = ${value(filter.userId)}`);
  if (filter.environment) conditions.push(`environment = ${value(filter.environment)}`);
  if (filter.flow) conditions.push(`flow = ${value(filter.flow)}`);
  if (filter.from) conditions.push(`started_at >= ${value(filter.from)}::timestamptz`);
  if (filter.to) conditions.push(`started_at <= ${value(filter.to)}::timestamptz`);
  if (filter.outcome === 'open') conditions.push('ended_at IS NULL');
  else if (filter.outcome === 'EXPIRED') {
    conditions.push(
      `(outcome->>'kind' = 'EXPIRED' OR (outcome->>'kind' = 'FAILED' AND outcome->>'code' = ${value(String(circleErrorCodes.challengeExpired))}))`,
    );
  } else if (filter.outcome) {
    const kind = value(filter.outcome);
    conditions.push(`outcome->>'kind' = ${kind}`);
    if (filter.outcome === 'FAILED')
      conditions.push(`coalesce(outcome->>'code', '') <> ${value(String(circleErrorCodes.challengeExpired))}`);
  }
  // Overview's bar and code, from the columns migrations 0002 and 0003 keep (the same as Overview counts).
  if (filter.outcomeGroup) conditions.push(`outcome_group = ${value(filter.outcomeGroup)}`);
  if (filter.code !== undefined) conditions.push(`circle_codes @> ARRAY[${value(filter.code)}::integer]`);
  return { clause: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', values };
}

export async function listTeamCases(db: Queryable, filter: CaseFilter, page: CasePage): Promise<TeamCaseList> {
  const where = whereOf(filter);
  const pageWhere = { clause: where.clause, values: [...where.values] };
  const after = page.after ? parseTeamCursor(page.after) : null;
  if (after) {
    pageWhere.values.push(...after);
    const n = pageWhere.values.length;
    const keyset = `(started_at, desk, case_id) < ($${n - 2}::timestamptz, $${n - 1}, $${n})`;
    pageWhere.clause = pageWhere.clause ? `${pageWhere.clause} AND ${keyset}` : `WHERE ${keyset}`;
  }
  pageWhere.values.push(page.limit + 1);
  const [rows, count] = await Promise.all([
    db.query<CaseRow>(
      `SELECT ${caseColumns} FROM team_case ${pageWhere.clause} ORDER BY team_case.started_at DESC, team_case.desk DESC, team_case.case_id DESC LIMIT $${pageWhere.values.length}`,
      pageWhere.values,
    ),
    // Counted up to a cap: an exact count of a team's 100,000 cases costs more than the page itself.
    db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM team_case ${where.clause} LIMIT ${teamCountCap + 1}) AS matching`,
      where.values,
    ),
  ]);
  const cases = rows.rows.slice(0, page.limit).map(summaryOf);
  const last = cases.at(-1);
  const counted = count.rows[0]?.total ?? 0;
  return {
    cases,
    total: Math.min(counted, teamCountCap),
    totalIsAtLeast: counted > teamCountCap,
    nextCursor: rows.rows.length > page.limit && last ? teamCursor(last) : null,
    damaged: [],
  };
}

/** Open cases of `userId` on `environment` at desks other than `desk`, oldest first. */
export async function openCasesElsewhere(
  db: Queryable,
  userId: string,
  environment: EnvironmentId,
  desk: string,
): Promise<OpenElsewhere[]> {
  const rows = await db.query<{ desk: string; case_id: string; agent_name: string; started_at: string }>(
    `SELECT desk, case_id, agent_name, ${isoOf('started_at')} AS started_at FROM team_case
     WHERE user_id = $1 AND environment = $2 AND ended_at IS NULL AND desk <> $3 ORDER BY team_case.started_at LIMIT 10`,
    [userId, environment, desk],
  );
  return rows.rows.map((row) => ({
    desk: row.desk,
    caseId: row.case_id,
    agentName: row.agent_name,
    startedAt: row.started_at,
  }));
}
