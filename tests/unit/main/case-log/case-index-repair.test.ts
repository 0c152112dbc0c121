import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repairIndex, repairIndexInBackground } from '../../../../src/main/case-log/case-index-repair';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import type { CaseSummary } from '../../../../src/shared/case-log/case-record';
import { startServicesUnderTest } from '../../../support/main-services-under-test';
import { at, failedReset, fullReset, opening } from './case-log-scenarios';

let dir: string;
let store: CaseLogStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-repair-'));
  store = new CaseLogStore({ dir, secrets: () => [] });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const indexPath = () => join(dir, 'cases', 'index.jsonl');
const casePath = (caseId: string) => join(dir, 'cases', `${caseId}.jsonl`);

async function indexLines(): Promise<string[]> {
  return (await readFile(indexPath(), 'utf8')).split('\n').filter((line) => line !== '');
}

/** Rewrites the index keeping only the lines `keep` accepts (what a crash or damage would have left). */
async function keepIndexLines(keep: (summary: CaseSummary, index: number, all: CaseSummary[]) => boolean) {
  const all = (await indexLines()).map((line) => JSON.parse(line) as CaseSummary);
  const kept = all.filter(keep);
  await writeFile(indexPath(), kept.map((summary) => `${JSON.stringify(summary)}\n`).join(''));
}

/** Drops a case's last index line: the crash came after its file entry and before that line. */
const dropLastIndexLineOf = (caseId: string) =>
  keepIndexLines(
    (summary, index, all) => summary.caseId !== caseId || all.findLastIndex((s) => s.caseId === caseId) !== index,
  );

/** What the Cases list shows, as the app would see it after a restart (a fresh store). */
async function listedAfterRestart(): Promise<Map<string, CaseSummary>> {
  const { cases } = await new CaseLogStore({ dir, secrets: () => [] }).list();
  return new Map(cases.map((summary) => [summary.caseId, summary]));
}

/** A restart's store: nothing in this process has written any case yet. */
const restarted = () => new CaseLogStore({ dir, secrets: () => [] });

describe('repairing the case index from the case files', () => {
  it('lists a case again whose index lines were lost, with the outcome its file gives', async () => {
    await fullReset(store, 'case-a');
    await failedReset(store, 'case-b');
    await keepIndexLines((summary) => summary.caseId !== 'case-b');
    expect((await listedAfterRestart()).has('case-b')).toBe(false);

    expect(await repairIndex(restarted())).toEqual({ added: ['case-b'], updated: [], unreadable: [] });
    const listed = await listedAfterRestart();
    expect(listed.get('case-b')).toMatchObject({
      userId: 'user-bob',
      endedAt: at(134),
      outcome: { kind: 'FAILED', code: 155115 },
    });
    expect(listed.get('case-a')?.outcome).toEqual({ kind: 'COMPLETE' });
  });

  it('shows a case closed in its file but open in the index as closed', async () => {
    await fullReset(store, 'case-a');
    await dropLastIndexLineOf('case-a');
    expect((await listedAfterRestart()).get('case-a')?.outcome).toBeNull();

    expect(await repairIndex(restarted())).toEqual({ added: [], updated: ['case-a'], unreadable: [] });
    expect((await listedAfterRestart()).get('case-a')).toMatchObject({
      endedAt: at(43),
      outcome: { kind: 'COMPLETE' },
    });
  });

  it('brings an open case’s ticket and note up to date when their index line was lost', async () => {
    await store.openCase(opening('case-open'));
    await store.updateDetails('case-open', { ticketRef: 'SUP-9', note: 'called back' }, at(30));
    await dropLastIndexLineOf('case-open');

    expect(await repairIndex(restarted())).toEqual({ added: [], updated: ['case-open'], unreadable: [] });
    expect((await listedAfterRestart()).get('case-open')).toMatchObject({
      ticketRef: 'SUP-9',
      note: 'called back',
      outcome: null,
    });
  });

  it('rebuilds a deleted index from the case files', async () => {
    await fullReset(store, 'case-a');
    await failedReset(store, 'case-b');
    await store.openCase(opening('case-open', { startedAt: at(200) }));
    const before = await listedAfterRestart();
    await rm(indexPath());

    expect(await repairIndex(restarted())).toEqual({
      added: ['case-a', 'case-b', 'case-open'],
      updated: [],
      unreadable: [],
    });
    expect(await listedAfterRestart()).toEqual(before);
  });

  it('appends nothing on a second run', async () => {
    await fullReset(store, 'case-a');
    await failedReset(store, 'case-b');
    await store.openCase(opening('case-open', { startedAt: at(200) }));
    await dropLastIndexLineOf('case-a');
    await keepIndexLines((summary) => summary.caseId !== 'case-b');
    expect(await repairIndex(restarted())).toEqual({ added: ['case-b'], updated: ['case-a'], unreadable: [] });
    const lines = (await indexLines()).length;

    expect(await repairIndex(restarted())).toEqual({ added: [], updated: [], unreadable: [] });
    expect(await indexLines()).toHaveLength(lines);
  });

  it('reports unreadable case files, appends nothing for them, and repairs the others', async () => {
    await failedReset(store, 'case-b');
    await store.openCase(opening('case-lost'));
    await keepIndexLines((summary) => summary.caseId === 'case-lost');
    await writeFile(casePath('case-garbage'), 'not json at all\n{"type":"case-opened",');
    await mkdir(casePath('case-folder'));
    // Listed as open, but its file is gone.
    await rm(casePath('case-lost'));
    const lines = (await indexLines()).length;

    expect(await repairIndex(restarted())).toEqual({
      added: ['case-b'],
      updated: [],
      unreadable: ['case-folder', 'case-garbage', 'case-lost'],
    });
    expect(await indexLines()).toHaveLength(lines + 1);
  });

  it('never opens the file of a case the index shows as closed', async () => {
    await fullReset(store, 'case-closed');
    await failedReset(store, 'case-b');
    await keepIndexLines((summary) => summary.caseId !== 'case-b');
    // Reading this "file" would fail (EISDIR) and be reported: the repair must not try.
    await rm(casePath('case-closed'));
    await mkdir(casePath('case-closed'));

    expect(await repairIndex(restarted())).toEqual({ added: ['case-b'], updated: [], unreadable: [] });
  });

  it('does not undo a case this process writes while the repair runs', async () => {
    await store.openCase(opening('case-x'));
    await store.updateDetails('case-x', { note: 'lost from the index' }, at(10));
    await dropLastIndexLineOf('case-x');
    // The agent closes the case right after the repair has read its file (still open, details changed).
    let closed = false;
    class ClosedMidRepair extends CaseLogStore {
      override async timeline(caseId: string) {
        const read = await super.timeline(caseId);
        if (caseId === 'case-x' && !closed) {
          closed = true;
          await this.closeCase('case-x', { kind: 'cancelled' }, at(20));
        }
        return read;
      }
    }

    expect(await repairIndex(new ClosedMidRepair({ dir, secrets: () => [] }))).toEqual({
      added: [],
      updated: [],
      unreadable: [],
    });
    expect(closed).toBe(true);
    expect((await listedAfterRestart()).get('case-x')).toMatchObject({
      note: 'lost from the index',
      outcome: { kind: 'cancelled' },
    });
  });
});

describe('the repair at start', () => {
  it('warns once, naming how many cases it repaired, and stays quiet when there was nothing to do', async () => {
    await fullReset(store, 'case-a');
    await failedReset(store, 'case-b');
    await dropLastIndexLineOf('case-a');
    await keepIndexLines((summary) => summary.caseId !== 'case-b');
    const warnings: string[] = [];
    const log = { warn: (message: string) => warnings.push(message) };

    await repairIndexInBackground(restarted(), log);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('2 case(s)');
    expect(warnings[0]).toContain('1 added: case-b');
    expect(warnings[0]).toContain('1 updated: case-a');

    await repairIndexInBackground(restarted(), log);
    expect(warnings).toHaveLength(1);
  });

  it('never rejects, and says why when the index cannot be read at all', async () => {
    await mkdir(indexPath(), { recursive: true });
    const warnings: string[] = [];
    await expect(repairIndexInBackground(store, { warn: (message) => warnings.push(message) })).resolves.toBeNull();
    expect(warnings).toEqual([expect.stringContaining('case log: could not repair the index')]);
  });

  it('runs when main starts: a case missing from the index is listed again, and main logs it', async () => {
    await fullReset(new CaseLogStore({ dir: join(dir, 'case-log'), secrets: () => [] }), 'case-a');
    await rm(join(dir, 'case-log', 'cases', 'index.jsonl'));
    const warnings: string[] = [];
    const underTest = await startServicesUnderTest({
      userDataDir: dir,
      log: { warn: (message) => warnings.push(message) },
    });
    try {
      const handlers = underTest.services.handlers;
      const deadline = Date.now() + 3000;
      let listed = await handlers['caseLog:list']({});
      while (listed.cases.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        listed = await handlers['caseLog:list']({});
      }
      expect(listed.cases.map((summary) => [summary.caseId, summary.outcome])).toEqual([
        ['case-a', { kind: 'COMPLETE' }],
      ]);
      const view = await handlers['caseLog:open']({ caseId: 'case-a' });
      expect(view.entries.at(-1)?.type).toBe('case-closed');
    } finally {
      await underTest.stop();
    }
    expect(warnings.filter((line) => line.includes('repaired the index'))).toEqual([
      expect.stringContaining('1 case(s)'),
    ]);
  });
});
