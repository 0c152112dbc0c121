import { caseToJson, caseToMarkdown } from '../../shared/case-log/case-export';
import { type CaseFilter, type CaseList, type CaseView, parseCaseCursor } from '../../shared/case-log/case-record';
import type { OverviewNumbers, OverviewQuery } from '../../shared/case-overview/overview-records';
import { AgentFailure } from '../failures/agent-failure';
import type { CaseLogStore } from './case-log-store';

/** Where an export goes: Electron's save dialog in the app, a folder in the test bed. */
export interface SaveFilePort {
  save(suggestedName: string, content: string): Promise<{ saved: boolean; path: string | null }>;
}

/** The clipboard, written by main only (the renderer's clipboard permission stays denied). */
export interface ClipboardPort {
  /** Electron's resolves once the text is on the clipboard (docs/api/clipboard.md: "Returns `Promise<void>`"). */
  writeText(text: string): void | Promise<void>;
}

export interface CaseExportResult {
  saved: boolean;
  path: string | null;
}

/** How many cases a list answers with unless asked for fewer. */
export const defaultPageSize = 200;

/** The Cases view's use cases: list, open, export, copy, and the agent's own ticket reference and note. */

export class CaseLogService {
  constructor(
    private readonly store: CaseLogStore,
    private readonly ports: {
      saveFile: SaveFilePort;
      clipboard: ClipboardPort;
      now: () => Date;
      /** Resolves once every write already queued (by the flows' recorder) is on disk. */
      queuedWrites: () => Promise<void>;
      /** The agent's IANA time zone, for the ticket note's local times (this computer's, unless a test says). */
      timeZone?: () => string;
    },
  ) {}

  private markdown(view: CaseView): string {
    const timeZone = this.ports.timeZone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    return caseToMarkdown(view.summary, view.entries, view.damaged, { timeZone });
  }

  // Reads wait for the flows' queued writes, so the agent sees what they just did (a cancel, a reset's close).
  async list(request: CaseFilter & { limit?: number | undefined; after?: string | undefined }): Promise<CaseList> {
    const { limit, after, ...filter } = request;
    if (after !== undefined && parseCaseCursor(after) === null) {
      throw new AgentFailure('invalid-cursor', 'That page of the case list does not exist; list the cases again.');
    }
    await this.ports.queuedWrites();
    return this.store.list(filter, { limit: limit ?? defaultPageSize, after });
  }

  async overview(query: OverviewQuery): Promise<OverviewNumbers> {
    await this.ports.queuedWrites();
    return this.store.overview(query);
  }

  async open(caseId: string): Promise<CaseView> {
    await this.ports.queuedWrites();
    const view = await this.store.open(caseId);
    if (!view) throw new AgentFailure('unknown-case', 'There is no case with this id in the case log.');
    return view;
  }

  async export(caseId: string, format: 'markdown' | 'json'): Promise<CaseExportResult> {
    const view = await this.open(caseId);
    const content = format === 'markdown' ? this.markdown(view) : caseToJson(view.summary, view.entries, view.damaged);
    const name = `pin-desk-case-${view.summary.userId ?? view.summary.flow}-${view.summary.startedAt.slice(0, 10)}.${format === 'markdown' ? 'md' : 'json'}`;
    return this.ports.saveFile.save(name.replace(/[^\w.-]+/g, '_'), content);
  }

  async copyMarkdown(caseId: string): Promise<{ copied: true }> {
    const view = await this.open(caseId);
    await this.ports.clipboard.writeText(this.markdown(view));
    return { copied: true };
  }

  async setDetails(input: { caseId: string; ticketRef: string | null; note: string | null }): Promise<CaseView> {
    await this.open(input.caseId);
    await this.store.updateDetails(
      input.caseId,
      { ticketRef: input.ticketRef, note: input.note },
      this.ports.now().toISOString(),
    );
    return this.open(input.caseId);
  }
}
