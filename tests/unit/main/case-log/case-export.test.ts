import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { caseToJson, caseToMarkdown, describeEntry } from '../../../../src/shared/case-log/case-export';
import type { CaseEntry, CaseView } from '../../../../src/shared/case-log/case-record';
import { at, failedReset, opening } from './case-log-scenarios';

let dir: string;
let view: CaseView;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-export-'));
  const store = new CaseLogStore({ dir, secrets: () => [] });
  await failedReset(store, 'case-failed');
  view = (await store.open('case-failed')) as CaseView;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('case export', () => {
  it('writes a ticket-ready Markdown: facts, then one timeline line per entry with time, status and codes', () => {
    const markdown = caseToMarkdown(view.summary, view.entries);
    const [header, timeline] = markdown.split('## Timeline');
    expect(header).toContain('# PIN Desk case case-failed');
    expect(header).toContain('- Outcome: FAILED (code 155115)');
    expect(header).toContain('- User ID: `user-bob`');
    expect(header).toContain('- Environment: Local emulator');
    expect(header).toContain('- Ticket: —');
    expect(header).toContain(`- Ended: ${at(134)}`);
    const items = (timeline ?? '').trim().split('\n');
    expect(items).toHaveLength(view.entries.length);
    expect(items[3]).toBe(`- ${at(103)} — Challenge created: \`chal-2\` (CHANGE_PIN)`);
    expect(items[6]).toBe(`- ${at(131)} — Status FAILED (from poll), error code 155115`);
    expect(items[7]).toBe(
      `- ${at(132)} — Error during start reset: circle-error (Circle code 155115, HTTP 400): PIN is locked`,
    );
    expect(items[9]).toBe(`- ${at(134)} — Case closed: FAILED (code 155115)`);
  });

  it('quotes each Circle call with its status and X-Request-Id, and wrong PIN entries with their code', () => {
    const entries: CaseEntry[] = [
      {
        type: 'circle-call',
        at: at(1),
        endpoint: 'PUT /v1/w3s/user/pin',
        httpStatus: 403,
        requestId: '5d0b3a0e-7f0c-4a4f-9d8e-0b1e6f3c2a11',
        circleCode: 155104,
      },
      { type: 'circle-call', at: at(2), endpoint: 'PUT /v1/w3s/user/pin', httpStatus: 201, requestId: 'req-2' },
      { type: 'circle-call', at: at(3), endpoint: 'GET /v1/w3s/users/{id}', httpStatus: null, requestId: 'req-3' },
      { type: 'status-changed', at: at(4), status: 'IN_PROGRESS', source: 'poll', pinFailedAttempts: 2 },
      { type: 'status-changed', at: at(5), status: 'AWAITING_REVIEW', source: 'notification' },
    ];
    expect(entries.map(describeEntry)).toEqual([
      'Circle call PUT /v1/w3s/user/pin → HTTP 403 (Circle code 155104), X-Request-Id `5d0b3a0e-7f0c-4a4f-9d8e-0b1e6f3c2a11`',
      'Circle call PUT /v1/w3s/user/pin → HTTP 201, X-Request-Id `req-2`',
      'Circle call GET /v1/w3s/users/{id} → no answer, X-Request-Id sent `req-3`',
      'Status IN_PROGRESS (from poll), 2 wrong PIN entries (Circle code 155112)',
      'Status AWAITING_REVIEW (from notification)',
    ]);
  });

  it('says when lines of the log could not be read', () => {
    const markdown = caseToMarkdown(view.summary, view.entries, [{ line: 4, reason: 'torn-last-line' }]);
    expect(markdown).toContain("1 line(s) of this case's log could not be read: line 4 (torn-last-line)");
  });

  it('writes pretty JSON that reads back as the same case', () => {
    const json = caseToJson(view.summary, view.entries, view.damaged);
    expect(json).toContain('\n  "summary": {');
    expect(JSON.parse(json)).toEqual({ summary: view.summary, entries: view.entries, damaged: [] });
  });
});

describe('an executed challenge whose token names no user Circle knows', () => {
  it('is stored, listed by flow, and exported as such', async () => {
    const store = new CaseLogStore({ dir, secrets: () => [] });
    await store.openCase(opening('case-executed', { flow: 'executed', userId: null, ticketRef: null, note: null }));
    await store.append('case-executed', {
      type: 'token-acquired',
      at: at(1),
      expiresAt: at(3600),
      source: 'pasted',
    });
    const listed = await store.list({ flow: 'executed' });
    expect(listed.cases.map((summary) => [summary.caseId, summary.userId])).toEqual([['case-executed', null]]);
    expect((await store.list({ flow: 'reset' })).cases.map((summary) => summary.caseId)).toEqual(['case-failed']);
    const executed = (await store.open('case-executed')) as CaseView;
    const markdown = caseToMarkdown(executed.summary, executed.entries);
    expect(markdown).toContain('- Flow: executed');
    expect(markdown).toContain('- User ID: not named by the token');
    expect(markdown).toContain('Case opened: executed for a user not named by the token by Dana Agent');
    expect(markdown).toContain(`User token pasted by the developer (expires ${at(3600)})`);
  });
});
