// How many lines of each case file are past the position sent: what "12 entries not yet in the team log" counts.
// Cases and Diagnostics ask every few seconds; re-reading every unsent file each time cost a backfill of 20,000 cases
// 8–15 s of main's disk and CPU per answer. So each case's count is kept, keyed by the position it was counted from,
// and read again only once the case is written to or sent further.
import { type FilePosition, readTail } from './case-file-tail';

export class PendingEntryCount {
  private readonly counted = new Map<string, { from: number; count: number }>();
  // A write that lands while its case is being counted must not leave the older count kept.
  private readonly writtenAt = new Map<string, number>();
  private writes = 0;

  constructor(private readonly filePath: (caseId: string) => string) {}

  /** The case's file grew: count it again when next asked. */
  caseWritten(caseId: string): void {
    this.writes += 1;
    this.writtenAt.set(caseId, this.writes);
    this.counted.delete(caseId);
  }

  /** Whole lines of the case's file after `from` (damaged ones too: they are not in the table either). */
  async count(caseId: string, from: FilePosition): Promise<number> {
    const kept = this.counted.get(caseId);
    if (kept && kept.from === from.offset) return kept.count;
    const before = this.writes;
    const count = (await readTail(this.filePath(caseId), from)).length;
    if ((this.writtenAt.get(caseId) ?? 0) <= before) this.counted.set(caseId, { from: from.offset, count });
    return count;
  }

  /** The case was sent further: its kept count is of an older position (and not kept for ever once caught up). */
  caseSent(caseId: string): void {
    this.counted.delete(caseId);
  }
}
