// Puts a batch of a desk's entries into the team table: one statement, idempotent by entry id, in the order given
// (so in order within each case). A batch the database refuses for its data is retried one entry at a time, to set
// aside only the entries it refuses; anything else (connection, permission) fails the whole batch for a later try.
import type pg from 'pg';
import type { CaseEntry } from '../../shared/case-log/case-record';
import { isServerError } from './connection-problem';

export interface OutgoingEntry {
  entryId: string;
  caseId: string;
  seq: number;
  entry: CaseEntry;
}

export interface Refusal {
  entry: OutgoingEntry;
  reason: string;
}

/** An entry's id: its desk, case and line in the case file, the same whenever it is read (older logs included). */
export function caseEntryId(desk: string, caseId: string, line: number): string {
  return `${desk}/${caseId}/${line}`;
}

const insertEntries = `
  INSERT INTO team_case_entry (entry_id, desk, case_id, seq, type, at, body)
  SELECT entry_id, $1, case_id, seq, type, at::timestamptz, body::jsonb
  FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[])
    WITH ORDINALITY AS batch(entry_id, case_id, seq, type, at, body, position)
  ORDER BY position
  ON CONFLICT (entry_id) DO NOTHING`;

// Classes the database uses for a value it will not take: data exceptions, integrity violations, limits exceeded.
function isRefusalOfData(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  return isServerError(error) && /^(22|23|54)/.test(code);
}

async function insert(client: pg.ClientBase, desk: string, batch: readonly OutgoingEntry[]): Promise<void> {
  await client.query(insertEntries, [
    desk,
    batch.map((item) => item.entryId),
    batch.map((item) => item.caseId),
    batch.map((item) => item.seq),
    batch.map((item) => item.entry.type),
    batch.map((item) => item.entry.at),
    batch.map((item) => JSON.stringify(item.entry)),
  ]);
}

/**
 * Sends the batch; resolves with the entries the database refused (the others are in the table). Rejects when the
 * batch could not be judged at all (connection lost, permission, timeout): nothing of it may be counted as sent.
 */
export async function writeEntries(
  client: pg.ClientBase,
  desk: string,
  batch: readonly OutgoingEntry[],
): Promise<Refusal[]> {
  if (batch.length === 0) return [];
  try {
    await insert(client, desk, batch);
    return [];
  } catch (error) {
    if (!isRefusalOfData(error)) throw error;
  }
  const refused: Refusal[] = [];
  for (const item of batch) {
    try {
      await insert(client, desk, [item]);
    } catch (error) {
      if (!isRefusalOfData(error)) throw error;
      const { message, code } = error as { message: string; code: string };
      refused.push({ entry: item, reason: `${message} (${code})` });
    }
  }
  return refused;
}
