// A desk as main runs one: its case log on disk and the team log's replicator beside it, told of every write. Used by
// the replication tests, the desk process the SIGKILL test kills, and the team bench.
import { join } from 'node:path';
import pg from 'pg';
import { CaseLogStore } from '../../src/main/case-log/case-log-store';
import { connectionProblem } from '../../src/main/team-log/connection-problem';
import { connectClient } from '../../src/main/team-log/team-log-connection';
import { type ReplicatorOptions, TeamLogReplicator } from '../../src/main/team-log/team-log-replicator';
import type { CaseEntry } from '../../src/shared/case-log/case-record';

export interface DeskUnderTest {
  store: CaseLogStore;
  replicator: TeamLogReplicator;
  desk: string;
}

export interface DeskOptions {
  dir: string;
  desk: string;
  config: pg.ClientConfig;
  batchSize?: number;
  retry?: { firstMs: number; maxMs: number };
  log?: (line: string) => void;
  onSent?: ReplicatorOptions['onSent'];
}

export async function startDesk(options: DeskOptions): Promise<DeskUnderTest> {
  const store = new CaseLogStore({ dir: options.dir, secrets: () => [] });
  const config = {
    application_name: 'pin-desk-team-log',
    connectionTimeoutMillis: 2_000,
    query_timeout: 10_000,
    ...options.config,
  };
  const replicator = new TeamLogReplicator({
    files: store,
    checkpointPath: join(options.dir, 'team-log-checkpoint.json'),
    desk: options.desk,
    target: `${config.host}:${config.port}/${config.database}#${options.desk}`,
    connect: () => connectClient(config),
    describeError: (error) =>
      connectionProblem(error, {
        host: String(config.host),
        port: Number(config.port),
        user: String(config.user),
        database: String(config.database),
      }).message,
    retry: options.retry ?? { firstMs: 50, maxMs: 400 },
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.onSent ? { onSent: options.onSent } : {}),
  });
  store.onCaseWritten((caseId) => replicator.caseWritten(caseId));
  await replicator.start();
  return { store, replicator, desk: options.desk };
}

/** Opens a case, adds `notes` notes, and closes it: `notes + 2` entries. */
export async function writeCase(
  store: CaseLogStore,
  caseId: string,
  notes: number,
  userId = `user-${caseId}`,
): Promise<void> {
  const at = () => new Date().toISOString();
  await store.openCase({
    caseId,
    startedAt: at(),
    environment: 'local-emulator',
    userId,
    flow: 'reset',
    agentName: 'Ana',
    ticketRef: null,
    note: null,
  });
  for (let index = 0; index < notes; index++)
    await store.append(caseId, { type: 'note', at: at(), text: `note ${index}` } satisfies CaseEntry);
  await store.closeCase(caseId, { kind: 'COMPLETE' }, at());
}

/** Every entry id the desk's log holds, by case, in file order. */
export async function localEntryIds(desk: string, store: CaseLogStore): Promise<Map<string, string[]>> {
  const byCase = new Map<string, string[]>();
  for (const caseId of await store.caseFileIds()) {
    const read = await store.timeline(caseId);
    const ids = (read?.records ?? []).map((_, index) => `${desk}/${caseId}/${index + 1}`);
    byCase.set(caseId, ids);
  }
  return byCase;
}

export interface TeamTableCheck {
  expected: number;
  inTable: number;
  duplicates: number;
  missing: string[];
  /** Cases whose entries arrived out of their order in the case file. */
  outOfOrder: string[];
}

/** Compares the desk's log with the team table: each entry there once, each case's in order of arrival. */
export async function checkTeamTable(
  config: pg.ClientConfig,
  desk: string,
  store: CaseLogStore,
): Promise<TeamTableCheck> {
  const local = await localEntryIds(desk, store);
  const client = new pg.Client(config);
  await client.connect();
  try {
    const rows = await client.query<{ entry_id: string; case_id: string; seq: number }>(
      'SELECT entry_id, case_id, seq FROM team_case_entry WHERE desk = $1 ORDER BY arrival',
      [desk],
    );
    const seen = new Map<string, number>();
    const lastSeq = new Map<string, number>();
    const outOfOrder = new Set<string>();
    for (const row of rows.rows) {
      seen.set(row.entry_id, (seen.get(row.entry_id) ?? 0) + 1);
      if ((lastSeq.get(row.case_id) ?? 0) > row.seq) outOfOrder.add(row.case_id);
      lastSeq.set(row.case_id, row.seq);
    }
    const expectedIds = [...local.values()].flat();
    return {
      expected: expectedIds.length,
      inTable: rows.rows.length,
      duplicates: [...seen.values()].filter((count) => count > 1).length,
      missing: expectedIds.filter((id) => !seen.has(id)),
      outOfOrder: [...outOfOrder],
    };
  } finally {
    await client.end();
  }
}
