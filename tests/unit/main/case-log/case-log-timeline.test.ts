import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { at, failedReset, fullReset, opening } from './case-log-scenarios';

let dir: string;
let store: CaseLogStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-cases-'));
  store = new CaseLogStore({ dir, secrets: () => [] });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('case timelines', () => {
  it('records a full reset entry by entry', async () => {
    await fullReset(store, 'case-full');
    const view = await store.open('case-full');
    expect(view?.damaged).toEqual([]);
    expect(view?.entries).toEqual([
      {
        type: 'case-opened',
        at: at(0),
        facts: {
          environment: 'local-emulator',
          userId: 'user-alice',
          flow: 'reset',
          agentName: 'Dana Agent',
          ticketRef: 'SUP-1234',
          note: 'Customer at the branch desk',
        },
      },
      {
        type: 'lookup',
        at: at(1),
        accountStatus: 'ENABLED',
        pinStatus: 'ENABLED',
        securityQuestionStatus: 'ENABLED',
        pinFailedAttempts: 0,
        openChallenges: 0,
      },
      { type: 'recommendation', at: at(2), path: 'reset', customerSaid: { knowsPin: true, remembersAnswers: null } },
      { type: 'token-acquired', at: at(3), expiresAt: at(3603) },
      { type: 'challenge-created', at: at(4), challengeId: 'chal-1', challengeType: 'CHANGE_PIN' },
      { type: 'status-changed', at: at(4), status: 'PENDING', source: 'start' },
      { type: 'status-changed', at: at(20), status: 'IN_PROGRESS', source: 'poll' },
      { type: 'sdk-outcome', at: at(41), kind: 'complete' },
      { type: 'status-changed', at: at(42), status: 'COMPLETE', source: 'notification' },
      { type: 'case-closed', at: at(43), outcome: { kind: 'COMPLETE' } },
    ]);
    expect(view?.summary).toEqual({
      caseId: 'case-full',
      environment: 'local-emulator',
      userId: 'user-alice',
      flow: 'reset',
      agentName: 'Dana Agent',
      ticketRef: 'SUP-1234',
      note: 'Customer at the branch desk',
      startedAt: at(0),
      endedAt: at(43),
      outcome: { kind: 'COMPLETE' },
      challengeIds: ['chal-1'],
    });
  });

  it('records a failed reset entry by entry', async () => {
    await failedReset(store, 'case-failed');
    const view = await store.open('case-failed');
    expect(view?.damaged).toEqual([]);
    expect(view?.entries.map((entry) => entry.type)).toEqual([
      'case-opened',
      'lookup',
      'token-acquired',
      'challenge-created',
      'status-changed',
      'sdk-outcome',
      'status-changed',
      'error',
      'note',
      'case-closed',
    ]);
    expect(view?.entries.slice(5)).toEqual([
      { type: 'sdk-outcome', at: at(130), kind: 'error', code: 155115 },
      { type: 'status-changed', at: at(131), status: 'FAILED', source: 'poll', errorCode: 155115 },
      {
        type: 'error',
        at: at(132),
        step: 'start reset',
        code: 'circle-error',
        message: 'PIN is locked',
        circle: { code: 155115, status: 400 },
      },
      { type: 'note', at: at(133), text: 'Customer will try again after the lock ends' },
      { type: 'case-closed', at: at(134), outcome: { kind: 'FAILED', code: 155115 } },
    ]);
    expect(view?.summary).toMatchObject({ userId: 'user-bob', ticketRef: null, note: null, endedAt: at(134) });
    expect(view?.summary.outcome).toEqual({ kind: 'FAILED', code: 155115 });
  });

  it('writes one file per case and an index line per open and close, each line whole', async () => {
    await fullReset(store, 'case-full');
    const caseText = await readFile(join(dir, 'cases', 'case-full.jsonl'), 'utf8');
    expect(caseText.endsWith('\n')).toBe(true);
    expect(caseText.trimEnd().split('\n')).toHaveLength(10);
    const index = (await readFile(join(dir, 'cases', 'index.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(index.map((line) => JSON.parse(line).outcome)).toEqual([null, { kind: 'COMPLETE' }]);
    // The challenge joins the summary with the case's next line (its close): no index line of its own.
    expect(index.map((line) => JSON.parse(line).challengeIds)).toEqual([undefined, ['chal-1']]);
  });

  it('lists the latest summary per case, newest first, by every filter', async () => {
    await fullReset(store, 'case-full');
    await failedReset(store, 'case-failed');
    await store.openCase(
      opening('case-open', {
        userId: 'user-carol',
        environment: 'circle-testnet',
        flow: 'recovery',
        startedAt: at(200),
      }),
    );
    const ids = async (filter: Parameters<CaseLogStore['list']>[0]) =>
      (await store.list(filter)).cases.map((summary) => summary.caseId);
    expect(await ids({})).toEqual(['case-open', 'case-failed', 'case-full']);
    expect(await ids({ userId: 'user-bob' })).toEqual(['case-failed']);
    expect(await ids({ outcome: 'COMPLETE' })).toEqual(['case-full']);
    expect(await ids({ outcome: 'FAILED' })).toEqual(['case-failed']);
    expect(await ids({ outcome: 'open' })).toEqual(['case-open']);
    expect(await ids({ environment: 'circle-testnet' })).toEqual(['case-open']);
    expect(await ids({ from: at(100), to: at(150) })).toEqual(['case-failed']);
    const { cases, damaged } = await store.list();
    expect(damaged).toEqual([]);
    expect(cases[1]?.outcome).toEqual({ kind: 'FAILED', code: 155115 });
  });

  it('changes the ticket and note after opening, on the timeline and in the list', async () => {
    await store.openCase(opening('case-edit', { ticketRef: null }));
    await store.updateDetails('case-edit', { ticketRef: 'SUP-9' }, at(5));
    await store.closeCase('case-edit', { kind: 'abandoned' }, at(9));
    // A fresh store (a restart) knows the case from disk alone.
    const restarted = new CaseLogStore({ dir, secrets: () => [] });
    await restarted.updateDetails('case-edit', { note: 'Called back later' }, at(12));
    const listed = (await restarted.list()).cases[0];
    expect(listed).toMatchObject({ ticketRef: 'SUP-9', note: 'Called back later', outcome: { kind: 'abandoned' } });
    expect((await restarted.open('case-edit'))?.summary).toEqual(listed);
  });

  it('reports a corrupt middle line and a torn last line, keeping every other entry', async () => {
    await fullReset(store, 'case-full');
    const path = join(dir, 'cases', 'case-full.jsonl');
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines.splice(3, 0, '{"type":"note","at":', '[1,2]');
    await writeFile(path, lines.join('\n'));
    await appendFile(path, '{"type":"note","at":"2025-01-15T09:01:00.000Z","te');
    const view = await store.open('case-full');
    expect(view?.entries).toHaveLength(10);
    expect(view?.damaged).toEqual([
      { line: 4, reason: 'invalid-json' },
      { line: 5, reason: 'not-a-record' },
      { line: 13, reason: 'torn-last-line' },
    ]);
  });

  it('ends a torn last line before the next append, so the new entry is whole', async () => {
    await store.openCase(opening('case-torn'));
    const path = join(dir, 'cases', 'case-torn.jsonl');
    await appendFile(path, '{"type":"note","at":"2025-');
    const restarted = new CaseLogStore({ dir, secrets: () => [] });
    await restarted.append('case-torn', { type: 'note', at: at(7), text: 'after the crash' });
    const view = await restarted.open('case-torn');
    expect(view?.entries.map((entry) => entry.type)).toEqual(['case-opened', 'note']);
    expect(view?.damaged).toEqual([{ line: 2, reason: 'invalid-json' }]);
  });

  it('keeps concurrent appends whole and in call order', async () => {
    await store.openCase(opening('case-busy'));
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        store.append('case-busy', { type: 'note', at: at(index), text: `n${index}` }),
      ),
    );
    const view = await store.open('case-busy');
    expect(view?.damaged).toEqual([]);
    expect(view?.entries.slice(1).map((entry) => (entry.type === 'note' ? entry.text : ''))).toEqual(
      Array.from({ length: 50 }, (_, index) => `n${index}`),
    );
  });

  it('refuses case ids that are not plain names, and opens unknown cases as null', async () => {
    await expect(store.append('../escape', { type: 'note', at: at(0), text: 'x' })).rejects.toThrow(/not a case id/);
    await expect(store.openCase(opening('index'))).rejects.toThrow(/not a case id/);
    expect(await store.open('../escape')).toBeNull();
    expect(await store.open('never-opened')).toBeNull();
    expect(await store.list()).toEqual({ cases: [], total: 0, nextCursor: null, damaged: [] });
  });
});
