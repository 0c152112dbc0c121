// The case list a page at a time: every case once, newest first, however the pages are cut, from an index read once
// and kept current by every write.
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogService } from '../../../../src/main/case-log/case-log-service';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { AgentFailure } from '../../../../src/main/failures/agent-failure';
import type { CaseList } from '../../../../src/shared/case-log/case-record';
import { rejectionOf } from '../../../support/rejections';
import { at, opening } from './case-log-scenarios';

let dir: string;
let store: CaseLogStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-paging-'));
  store = new CaseLogStore({ dir, secrets: () => [] });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Opens `count` cases a second apart; ids say their order (case-000 oldest). */
async function openCases(count: number, from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + count; n++) {
    const caseId = `case-${String(n).padStart(3, '0')}`;
    await store.openCase({ ...opening(caseId), startedAt: at(n) });
    ids.push(caseId);
  }
  return ids;
}

async function allPages(limit: number, between?: (page: CaseList) => Promise<void>): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | undefined;
  do {
    const page = await store.list({}, { limit, after });
    pages.push(page.cases.map((summary) => summary.caseId));
    await between?.(page);
    after = page.nextCursor ?? undefined;
  } while (after);
  return pages;
}

describe('listing cases a page at a time', () => {
  it('gives every case once, newest first, with the total and no cursor after the last page', async () => {
    const ids = await openCases(7);
    const pages = await allPages(3);
    expect(pages).toEqual([['case-006', 'case-005', 'case-004'], ['case-003', 'case-002', 'case-001'], ['case-000']]);
    const first = await store.list({}, { limit: 3 });
    expect(first.total).toBe(7);
    expect((await store.list({}, { limit: 7 })).nextCursor).toBeNull();
    expect(pages.flat()).toEqual([...ids].reverse());
  });

  it('pages the filtered cases only, and counts them', async () => {
    await openCases(4);
    await store.openCase({ ...opening('case-bob'), userId: 'user-bob', startedAt: at(10) });
    const bob = await store.list({ userId: 'user-bob' }, { limit: 1 });
    expect(bob).toMatchObject({ total: 1, nextCursor: null, cases: [{ caseId: 'case-bob' }] });
  });

  it('neither repeats nor skips an older case when new cases arrive between pages', async () => {
    await openCases(6);
    let arrived = false;
    const pages = await allPages(2, async () => {
      if (arrived) return;
      arrived = true;
      await openCases(2, 50); // newer than everything: they belong before the first page
    });
    expect(pages.flat()).toEqual(['case-005', 'case-004', 'case-003', 'case-002', 'case-001', 'case-000']);
    expect((await store.list({}, { limit: 10 })).cases[0]?.caseId).toBe('case-051');
  });

  it('reads the index file once and keeps its copy current from the store’s own writes', async () => {
    await openCases(2);
    expect((await store.list()).total).toBe(2);
    // A line appended behind the store's back is not seen: the copy in memory is the index after the first read…
    await appendFile(join(dir, 'cases', 'index.jsonl'), `${JSON.stringify({ caseId: 'stray' })}\n`);
    expect((await store.list()).total).toBe(2);
    // …and every summary the store writes (open, close, details) lands in it at once.
    await store.closeCase('case-000', { kind: 'COMPLETE' }, at(30));
    await openCases(1, 9);
    const listed = await store.list();
    expect(listed.total).toBe(3);
    expect(listed.cases.find((summary) => summary.caseId === 'case-000')?.outcome).toEqual({ kind: 'COMPLETE' });
    // A new store (the next start) reads the file: the stray line is reported as damaged, nothing else changes.
    const next = await new CaseLogStore({ dir, secrets: () => [] }).list();
    expect(next.total).toBe(3);
    expect(next.damaged).toHaveLength(1);
  });

  // Electron's clipboard.writeText returns a promise (docs/api/clipboard.md): "copied" only once it has resolved.
  it('answers a Markdown copy only once the clipboard has taken it, and fails when the clipboard does', async () => {
    let finishWrite: () => void = () => {};
    let writeStarted: () => void = () => {};
    const writing = new Promise<void>((resolve) => {
      writeStarted = resolve;
    });
    const written: string[] = [];
    const service = new CaseLogService(store, {
      saveFile: { save: async () => ({ saved: false, path: null }) },
      clipboard: {
        writeText: (text) =>
          new Promise<void>((resolve) => {
            finishWrite = () => {
              written.push(text);
              resolve();
            };
            writeStarted();
          }),
      },
      now: () => new Date(),
      queuedWrites: async () => {},
    });
    await openCases(1);
    const [first] = (await service.list({})).cases;
    let answered = false;
    const copy = service.copyMarkdown(first?.caseId ?? '').then((result) => {
      answered = true;
      return result;
    });
    // Wait for the write to begin (a fixed sleep could end before it, under load), then give a wrong early answer
    // a few turns of the event loop to arrive.
    await writing;
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    finishWrite();
    expect(await copy).toEqual({ copied: true });
    expect(written).toHaveLength(1);

    const failing = new CaseLogService(store, {
      saveFile: { save: async () => ({ saved: false, path: null }) },
      clipboard: { writeText: () => Promise.reject(new Error('clipboard busy')) },
      now: () => new Date(),
      queuedWrites: async () => {},
    });
    await expect(failing.copyMarkdown(first?.caseId ?? '')).rejects.toThrow('clipboard busy');
  });

  it('refuses a cursor it did not make, with a message for the agent', async () => {
    const service = new CaseLogService(store, {
      saveFile: { save: async () => ({ saved: false, path: null }) },
      clipboard: { writeText: () => {} },
      now: () => new Date(),
      queuedWrites: async () => {},
    });
    await openCases(3);
    const first = await service.list({ limit: 2 });
    expect(first.cases).toHaveLength(2);
    expect((await service.list({ limit: 2, after: first.nextCursor ?? '' })).cases).toHaveLength(1);
    const refusal = await rejectionOf(service.list({ after: 'not-a-cursor' }), AgentFailure);
    expect(refusal.code).toBe('invalid-cursor');
  });
});
