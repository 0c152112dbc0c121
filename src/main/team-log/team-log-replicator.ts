// The outbox from the desk's log to the team table. The local log is written first and is the truth; this runs
// beside it, never in the agent's path: a write only marks its case as having something new. Each pass sends up to a
// batch of entries (in order within each case), then records how far it got in the checkpoint. A crash between the
// two resends a batch the table already has, which changes nothing (idempotent by entry id). Failures wait and try
// again, longer each time; a desk cut off catches up by itself once the database answers.
import { stat } from 'node:fs/promises';
import type pg from 'pg';
import type { ReplicationStatus } from '../../shared/team-log/team-log-records';
import { type FilePosition, fileStart, readTail, type TailLine } from './case-file-tail';
import { PendingEntryCount } from './pending-entry-count';
import { type ReplicationCheckpoint, readCheckpoint, setAsideKept, writeCheckpoint } from './replication-checkpoint';
import { caseEntryId, type OutgoingEntry, writeEntries } from './team-entry-writer';

/** The desk's case files, as the replicator reads them. */
export interface CaseFiles {
  caseFileIds(): Promise<string[]>;
  filePath(caseId: string): string;
}

export interface ReplicatorOptions {
  files: CaseFiles;
  checkpointPath: string;
  desk: string;
  /** Names the database (host, port, database): positions recorded for another target are not used. */
  target: string;
  /** A connected client; the replicator ends it when it fails. */
  connect: () => Promise<pg.Client>;
  /** What a failure is called in the status line ("connection refused"). */
  describeError: (error: unknown) => string;
  now?: () => Date;
  log?: (line: string) => void;
  batchSize?: number;
  /** How long after a write the pass starts, so a burst of writes goes in one batch. */
  settleMs?: number;
  retry?: { firstMs: number; maxMs: number };
  /** Told after each batch is in the table and recorded as sent (the bench times lag with it). */
  onSent?: (sent: readonly OutgoingEntry[]) => void;
}

export class TeamLogReplicator {
  private checkpoint: ReplicationCheckpoint | null = null;
  private started: Promise<void> | null = null;
  private readonly dirty = new Set<string>();
  // Cases in the batch on the wire: still behind until the checkpoint says they are sent.
  private inFlight: readonly string[] = [];
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private stopped = false;
  private lastTry: ReplicationStatus['lastTry'] = null;
  private readonly now: () => Date;
  private readonly batchSize: number;
  private readonly settleMs: number;
  private readonly retry: { firstMs: number; maxMs: number };
  private readonly pendingCount: PendingEntryCount;

  constructor(private readonly options: ReplicatorOptions) {
    this.pendingCount = new PendingEntryCount((caseId) => options.files.filePath(caseId));
    this.now = options.now ?? (() => new Date());
    this.batchSize = options.batchSize ?? 500;
    this.settleMs = options.settleMs ?? 20;
    this.retry = options.retry ?? { firstMs: 500, maxMs: 30_000 };
  }

  /** Reads the checkpoint and marks every case file with lines past it (the backfill, resumed where it stopped). */
  start(): Promise<void> {
    this.started ??= this.load();
    return this.started;
  }

  private async load(): Promise<void> {
    this.checkpoint = await readCheckpoint(this.options.checkpointPath, this.options.target);
    for (const caseId of await this.options.files.caseFileIds()) {
      const sent = this.checkpoint.cases[caseId]?.offset ?? 0;
      const size = await stat(this.options.files.filePath(caseId)).then(
        (info) => info.size,
        () => 0,
      );
      if (size > sent) this.dirty.add(caseId);
    }
    this.schedule(0);
  }

  /** The local log wrote to a case: send it soon. Never waits, never throws. */
  caseWritten(caseId: string): void {
    this.pendingCount.caseWritten(caseId);
    this.dirty.add(caseId);
    if (this.failures === 0) this.schedule(this.settleMs);
  }

  /** Entries not yet in the team table, the last try, and what was set aside. */
  async status(): Promise<Omit<ReplicationStatus, 'enabled'>> {
    let pending = 0;
    const checkpoint = this.checkpoint;
    for (const caseId of new Set([...this.dirty, ...this.inFlight])) {
      pending += await this.pendingCount.count(caseId, checkpoint?.cases[caseId] ?? fileStart);
    }
    return { pending, lastTry: this.lastTry, setAside: [...(checkpoint?.setAside ?? [])].reverse() };
  }

  /** Resolves once nothing is left to send (or the next try is waiting on a failure). For tests and shutdown. */
  async drain(): Promise<void> {
    await this.started;
    while (this.checkpoint && !this.stopped && this.dirty.size > 0 && this.failures === 0) {
      await (this.running ?? this.pass());
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => {});
    await this.dropClient();
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.timer || this.running) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.pass();
    }, delayMs);
    this.timer.unref?.();
  }

  private pass(): Promise<void> {
    this.running ??= this.sendOneBatch()
      .then(
        () => {
          this.failures = 0;
        },
        (error: unknown) => this.failed(error),
      )
      .finally(() => {
        this.running = null;
        // Nothing is sent before start() has read the checkpoint; start() schedules the first pass itself.
        if (this.checkpoint && this.dirty.size > 0) this.schedule(this.failures === 0 ? 0 : this.backoffMs());
      });
    return this.running;
  }

  private async failed(error: unknown): Promise<void> {
    this.failures += 1;
    const reason = this.options.describeError(error);
    this.lastTry = { at: this.now().toISOString(), error: reason };
    this.options.log?.(`team log: send failed (${reason}); next try in ${this.backoffMs()} ms`);
    await this.dropClient();
  }

  private backoffMs(): number {
    const { firstMs, maxMs } = this.retry;
    return Math.min(maxMs, firstMs * 2 ** Math.max(0, this.failures - 1));
  }

  private async sendOneBatch(): Promise<void> {
    const checkpoint = this.checkpoint;
    if (!checkpoint || this.dirty.size === 0) return;
    const taken = [...this.dirty];
    this.dirty.clear();
    this.inFlight = taken;
    try {
      const { outgoing, positions, damaged, more } = await this.collect(taken, checkpoint);
      this.client ??= await this.connected();
      const refused = await writeEntries(this.client, this.options.desk, outgoing);
      const at = this.now().toISOString();
      const setAside = [
        ...damaged.map(({ caseId, line, damage }) => ({
          entryId: caseEntryId(this.options.desk, caseId, line),
          caseId,
          line,
          reason: `line ${line} of the desk’s log is damaged (${damage}) and was not sent`,
          at,
        })),
        ...refused.map(({ entry, reason }) => ({
          entryId: entry.entryId,
          caseId: entry.caseId,
          line: entry.seq,
          reason,
          at,
        })),
      ];
      for (const item of setAside) this.options.log?.(`team log: set aside ${item.entryId}: ${item.reason}`);
      this.checkpoint = {
        ...checkpoint,
        cases: { ...checkpoint.cases, ...Object.fromEntries(positions) },
        setAside: [...checkpoint.setAside, ...setAside].slice(-setAsideKept),
      };
      // With the new checkpoint, status() counts these entries sent: the try's success goes with it, not after the
      // file write (a failed write is recorded as the try's failure).
      this.lastTry = { at, error: null };
      await writeCheckpoint(this.options.checkpointPath, this.checkpoint);
      this.options.onSent?.(outgoing);
      for (const caseId of more) this.dirty.add(caseId);
      for (const caseId of positions.keys()) this.pendingCount.caseSent(caseId);
    } catch (error) {
      for (const caseId of taken) this.dirty.add(caseId);
      throw error;
    } finally {
      this.inFlight = [];
    }
  }

  /** Up to a batch of whole lines from the taken cases, each case's in order, and where each case's file then stands. */
  private async collect(taken: readonly string[], checkpoint: ReplicationCheckpoint) {
    const outgoing: OutgoingEntry[] = [];
    const positions = new Map<string, FilePosition>();
    const damaged: { caseId: string; line: number; damage: string }[] = [];
    const more: string[] = [];
    for (const caseId of taken) {
      const room = this.batchSize - outgoing.length;
      if (room <= 0) {
        more.push(caseId);
        continue;
      }
      const from = checkpoint.cases[caseId] ?? fileStart;
      const lines: TailLine[] = await readTail(this.options.files.filePath(caseId), from, room + 1);
      if (lines.length > room) more.push(caseId);
      for (const line of lines.slice(0, room)) {
        if ('damage' in line) damaged.push({ caseId, line: line.line, damage: line.damage });
        else
          outgoing.push({
            entryId: caseEntryId(this.options.desk, caseId, line.line),
            caseId,
            seq: line.line,
            entry: line.entry,
          });
        positions.set(caseId, line.end);
      }
    }
    return { outgoing, positions, damaged, more };
  }

  private async connected(): Promise<pg.Client> {
    const client = await this.options.connect();
    // An idle connection that dies (database restarted, network gone) must not crash main: the next send reconnects.
    client.on('error', () => {
      if (this.client === client) this.client = null;
    });
    return client;
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
