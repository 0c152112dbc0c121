// The case log on disk: `<dir>/cases/<caseId>.jsonl` holds one case's timeline, `<dir>/cases/index.jsonl` one summary
// per line (written at open, close and details change; the latest line per case wins). Both are append-only JSON
// Lines, flushed before a write resolves. Every byte goes through `write`, which redacts first.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  type CaseDetailsChange,
  type CaseEntry,
  type CaseFilter,
  type CaseList,
  type CaseOpening,
  type CaseOutcome,
  type CasePage,
  type CaseSummary,
  type CaseView,
  circleCodeOf,
  foldCaseEntry,
  isCaseEntry,
  isCaseSummary,
  type LineDamage,
  summaryFromEntries,
} from '../../shared/case-log/case-record';
import type { OverviewNumbers, OverviewQuery } from '../../shared/case-overview/overview-records';
import { maskSecrets } from '../secrets/secret-masking';
import { deskOverview } from './case-overview';
import { DurableAppender, type ReadLines, readJsonLines } from './json-lines-file';
import { SortedCaseIndex } from './sorted-case-index';

export interface CaseLogStoreOptions {
  /** The folder the `cases` folder goes in (the app's user-data folder). */
  dir: string;
  /** Every secret main knows right now (API key and its parts, user tokens, encryption keys). */
  secrets: () => readonly string[];
}

// Case ids become file names: nothing that could leave the folder or collide with the index.
const caseIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function isValidCaseId(caseId: string): boolean {
  return caseIdPattern.test(caseId) && caseId !== 'index';
}

export class CaseLogStore {
  private readonly casesDir: string;
  private readonly indexPath: string;
  private readonly appender: DurableAppender;
  // Summaries this store wrote, so closing or changing a case does not re-read its file.
  private readonly known = new Map<string, CaseSummary>();
  // Cases this process has written to: their index lines are its own and newer than anything a repair read.
  private readonly touched = new Set<string>();
  // The index as read once (the latest summary per case), then kept up to date by every summary this store writes,
  // so a list never reads and parses the whole file again (a shift's worth of cases is tens of thousands of lines).
  private index: Promise<{ summaries: SortedCaseIndex; damaged: LineDamage[] }> | null = null;
  // Told after each case-file write lands on disk (the team log's replication): never awaited, never in the way.
  private readonly caseWriteListeners: ((caseId: string) => void)[] = [];

  constructor(private readonly options: CaseLogStoreOptions) {
    this.casesDir = join(options.dir, 'cases');
    this.indexPath = join(this.casesDir, 'index.jsonl');
    // The case-log folder and everything in it are the agent's alone.
    this.appender = new DurableAppender(options.dir);
  }

  /** Starts a case: its `case-opened` entry, then its index line. Resolves with the summary as written. */
  async openCase(opening: CaseOpening): Promise<CaseSummary> {
    const { caseId, startedAt, ...facts } = opening;
    this.touched.add(caseId);
    const path = this.casePath(caseId);
    const entry = await this.write(path, { type: 'case-opened', at: startedAt, facts } satisfies CaseEntry);
    const summary = summaryFromEntries(caseId, [entry]) as CaseSummary;
    return this.writeSummary(summary);
  }

  /**
   * Adds one entry to a case's timeline; resolves once it is on disk, with the entry as written. A challenge created
   * or followed, or a Circle code met, joins the case's summary in memory at once (search and the code filter find
   * the case by it) and on disk with the case's next index line: its close, or its details. After a crash the
   * start's repair writes it from the case file.
   */
  async append(caseId: string, entry: CaseEntry): Promise<CaseEntry> {
    this.touched.add(caseId);
    const written = await this.write(this.casePath(caseId), entry);
    if (written.type === 'challenge-created' || (written.type !== 'case-closed' && circleCodeOf(written) !== null)) {
      const current = await this.summaryOf(caseId);
      const next = foldCaseEntry(caseId, current, written);
      if (next && next !== current) await this.remember(next);
    }
    return written;
  }

  async updateDetails(caseId: string, change: CaseDetailsChange, at: string): Promise<CaseSummary> {
    this.touched.add(caseId);
    const current = await this.summaryOf(caseId);
    const entry = await this.append(caseId, { type: 'details-changed', at, change });
    return this.writeSummary(foldCaseEntry(caseId, current, entry) as CaseSummary);
  }

  async closeCase(caseId: string, outcome: CaseOutcome, at: string): Promise<CaseSummary> {
    this.touched.add(caseId);
    const current = await this.summaryOf(caseId);
    const entry = await this.append(caseId, { type: 'case-closed', at, outcome });
    return this.writeSummary(foldCaseEntry(caseId, current, entry) as CaseSummary);
  }

  /** One page of the summaries matching the filter, newest first, from the index alone (every case when no page). */
  async list(filter: CaseFilter = {}, page?: CasePage): Promise<CaseList> {
    const { summaries, damaged } = await this.loadIndex();
    return { ...summaries.list(filter, page), damaged };
  }

  /** Cases → Overview's numbers, counted over the index in memory (never the case files). */
  async overview(query: OverviewQuery): Promise<OverviewNumbers> {
    const { summaries } = await this.loadIndex();
    return deskOverview(summaries.all(), query);
  }

  /** Reads the index once; later writes keep the copy in memory current. */
  private loadIndex(): Promise<{ summaries: SortedCaseIndex; damaged: LineDamage[] }> {
    this.index ??= readJsonLines(this.indexPath, isCaseSummary).then((read) => {
      return { summaries: SortedCaseIndex.fromLines(read?.records ?? []), damaged: read?.damaged ?? [] };
    });
    return this.index;
  }

  /** One case with its timeline, or null if it was never opened. Reads the case's own file only, when it can. */
  async open(caseId: string): Promise<CaseView | null> {
    const read = await this.timeline(caseId);
    if (!read) return null;
    // The timeline is the truth; the index only helps when the `case-opened` line itself was lost.
    let summary = summaryFromEntries(caseId, read.records);
    if (!summary) {
      const listed = await this.list();
      summary = listed.cases.find((candidate) => candidate.caseId === caseId) ?? null;
    }
    return summary ? { summary, entries: read.records, damaged: read.damaged } : null;
  }

  /** A case's own file as read (entries and damaged lines), or null if there is none. */
  async timeline(caseId: string): Promise<ReadLines<CaseEntry> | null> {
    if (!isValidCaseId(caseId)) return null;
    return readJsonLines(this.casePath(caseId), isCaseEntry);
  }

  /** The ids of the case files in the folder (by name only: nothing is opened). */
  async caseFileIds(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.casesDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names.flatMap((name) => {
      const caseId = name.endsWith('.jsonl') ? name.slice(0, -'.jsonl'.length) : '';
      return isValidCaseId(caseId) ? [caseId] : [];
    });
  }

  /**
   * For the index repair: appends the summary a case's file implies, unless the index line already says the same
   * (compared as it would be written, redacted) or this process has written the case since it started (a line it
   * wrote then is newer than the file the repair read). Resolves with whether a line was appended.
   */
  async restoreSummary(fromFile: CaseSummary, indexed: CaseSummary | undefined): Promise<boolean> {
    if (this.touched.has(fromFile.caseId)) return false;
    if (indexed && isDeepStrictEqual(maskSecrets(fromFile, this.options.secrets()), indexed)) return false;
    // Checked and queued in one turn: any later write of this case lands after this line.
    await this.writeSummary(fromFile);
    return true;
  }

  private async summaryOf(caseId: string): Promise<CaseSummary> {
    const known = this.known.get(caseId);
    if (known) return known;
    const view = await this.open(caseId);
    if (!view) throw new Error(`case ${caseId} was never opened`);
    return view.summary;
  }

  private async writeSummary(summary: CaseSummary): Promise<CaseSummary> {
    const written = await this.write(this.indexPath, summary);
    this.known.set(summary.caseId, written);
    // A read of the index under way may or may not have seen this line: either way, this summary is the latest.
    if (this.index) (await this.index).summaries.put(written);
    return written;
  }

  /** The latest summary in memory only, ahead of the index line that will carry it (already redacted). */
  private async remember(summary: CaseSummary): Promise<void> {
    this.known.set(summary.caseId, summary);
    (await this.loadIndex()).summaries.put(summary);
  }

  /** Calls `listener` with the case's id after every write to a case file is on disk. */
  onCaseWritten(listener: (caseId: string) => void): void {
    this.caseWriteListeners.push(listener);
  }

  /** A case's file (what replication reads past its checkpoint). */
  filePath(caseId: string): string {
    return this.casePath(caseId);
  }

  private casePath(caseId: string): string {
    if (!isValidCaseId(caseId)) throw new Error(`not a case id: ${JSON.stringify(caseId.slice(0, 40))}`);
    return join(this.casesDir, `${caseId}.jsonl`);
  }

  // The one place case-log bytes are produced: redact, serialise, append durably.
  private async write<T>(path: string, record: T): Promise<T> {
    const redacted = maskSecrets(record, this.options.secrets());
    await this.appender.append(path, JSON.stringify(redacted));
    if (path !== this.indexPath) {
      const caseId = basename(path, '.jsonl');
      for (const listener of this.caseWriteListeners) listener(caseId);
    }
    return redacted;
  }
}
