import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Exchange, testScryptCost } from '../../../../src/emulator';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import type { CaseEntry } from '../../../../src/shared/case-log/case-record';
import { customerChangesPinDirectly } from '../../../support/customer-in-hosted-ui';
import { injectFault } from '../../../support/emulator-controls';
import { readUntil } from '../../../support/eventually';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';
import { withWholeSessions } from '../../../support/whole-sessions';

let underTest: ServicesUnderTest;
/** What the embedded emulator answered, request ID included: the case log must match it call for call. */
let exchanges: Exchange[];
beforeEach(async () => {
  exchanges = [];
  underTest = await startServicesUnderTest({
    emulatorOptions: { secretHashCost: testScryptCost, onExchange: (exchange) => exchanges.push(exchange) },
  });
});
afterEach(() => underTest.stop());

const handlers = () => withWholeSessions(underTest.services.handlers);
const emulator = () => underTest.services.embedded.emulator;

async function caseView(caseId: string, expectedLast: CaseEntry['type']) {
  const store = new CaseLogStore({ dir: join(underTest.userDataDir, 'case-log'), secrets: () => [] });
  return readUntil(
    () => store.open(caseId),
    (view) => view?.entries.at(-1)?.type === expectedLast,
  );
}

describe('cases recorded by the flows', () => {
  it('records a full reset, step by step, and closes it COMPLETE', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    await customerChangesPinDirectly(emulator(), session, seededPin, '390517');
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'complete', status: 'COMPLETE' },
    });
    const view = await caseView(session.caseId, 'case-closed');
    expect(view?.summary).toMatchObject({ userId: 'user-knows-pin', flow: 'reset', environment: 'local-emulator' });
    expect(view?.summary.outcome).toEqual({ kind: 'COMPLETE' });
    const types = view?.entries.map((entry) => entry.type) ?? [];
    expect(types[0]).toBe('case-opened');
    expect(types.filter((type) => type !== 'circle-call').slice(1, 5)).toEqual([
      'lookup',
      'customer-language',
      'token-acquired',
      'challenge-created',
    ]);
    // Each step's Circle call comes before what it produced (the lookup's and the token's are made side by side).
    const entries = view?.entries ?? [];
    const callAt = (endpoint: string) =>
      entries.findIndex((entry) => entry.type === 'circle-call' && entry.endpoint === endpoint);
    const entryAt = (type: string) => entries.findIndex((entry) => entry.type === type);
    expect(callAt('GET /v1/w3s/users/{id}')).toBeGreaterThan(0);
    expect(callAt('GET /v1/w3s/users/{id}')).toBeLessThan(entryAt('lookup'));
    expect(callAt('POST /v1/w3s/users/token')).toBeLessThan(entryAt('token-acquired'));
    expect(callAt('PUT /v1/w3s/user/pin')).toBeLessThan(entryAt('challenge-created'));
    expect(types).toContain('sdk-outcome');
    const statuses = view?.entries.flatMap((entry) => (entry.type === 'status-changed' ? [entry.status] : [])) ?? [];
    expect(statuses.at(-1)).toBe('COMPLETE');
    expect(types.at(-1)).toBe('case-closed');
    const written = JSON.stringify(view);
    for (const secret of [session.userToken, session.encryptionKey, emulator().apiKey, seededPin, '390517']) {
      expect(written).not.toContain(secret);
    }
  });

  it('records every Circle call of a failed start and its retry with the X-Request-Id Circle answered, in both exports', async () => {
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', status: 500, times: 1 });
    const attemptId = crypto.randomUUID();
    await expect(handlers()['reset:start']({ userId: 'user-knows-pin', attemptId })).rejects.toMatchObject({
      code: 'challenge-failed',
    });
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId });
    await customerChangesPinDirectly(emulator(), session, seededPin, '390517');
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'complete', status: 'COMPLETE' },
    });
    const view = await caseView(session.caseId, 'case-closed');
    const calls = view?.entries.flatMap((entry) => (entry.type === 'circle-call' ? [entry] : [])) ?? [];

    // Every request the emulator answered for this customer is in the case, with the ID it answered with.
    const caseRoutes = ['/v1/w3s/users/:id', '/v1/w3s/users/token', '/v1/w3s/user/pin', '/v1/w3s/user/challenges/:id'];
    const answered = exchanges.filter((exchange) => caseRoutes.includes(exchange.route ?? ''));
    expect(answered.length).toBeGreaterThan(5);
    expect(calls.map((call) => [call.requestId, call.httpStatus])).toEqual(
      answered.map((exchange) => [exchange.requestId, exchange.status]),
    );
    expect(new Set(calls.map((call) => call.requestId)).size).toBe(calls.length);
    const puts = calls.filter((call) => call.endpoint === 'PUT /v1/w3s/user/pin');
    expect(puts.map((call) => call.httpStatus)).toEqual([500, 201]);

    await handlers()['caseLog:export']({ caseId: session.caseId, format: 'markdown' });
    await handlers()['caseLog:export']({ caseId: session.caseId, format: 'json' });
    const [markdown, json] = underTest.exports.map((saved) => saved.content);
    expect(markdown).toContain(`Circle call PUT /v1/w3s/user/pin → HTTP 500, X-Request-Id \`${puts[0]?.requestId}\``);
    const exported = JSON.parse(json ?? '{}') as { entries: CaseEntry[] };
    for (const call of calls) {
      expect(markdown).toContain(call.requestId);
      expect(exported.entries).toContainEqual(call);
    }
  });

  it('records a failed start with Circle’s code and HTTP status, and a cancel', async () => {
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', status: 500, times: 1 });
    const attemptId = crypto.randomUUID();
    await expect(handlers()['reset:start']({ userId: 'user-knows-pin', attemptId })).rejects.toMatchObject({
      code: 'challenge-failed',
    });
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId });
    await handlers()['liveCase:cancel']({ caseId: session.caseId });
    const view = await caseView(session.caseId, 'case-closed');
    const error = view?.entries.find((entry) => entry.type === 'error');
    expect(error).toMatchObject({
      type: 'error',
      step: 'challenge',
      code: 'challenge-failed',
      circle: { status: 500 },
    });
    expect(view?.entries.filter((entry) => entry.type === 'case-opened')).toHaveLength(1);
    expect(view?.summary.outcome).toEqual({ kind: 'cancelled' });
  });

  it('reads its own writes: a case cancelled a moment ago lists and opens as cancelled, no waiting', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    await handlers()['liveCase:cancel']({ caseId: session.caseId });
    const [listed, opened] = await Promise.all([
      handlers()['caseLog:list']({}),
      handlers()['caseLog:open']({ caseId: session.caseId }),
    ]);
    expect(listed.cases.find((summary) => summary.caseId === session.caseId)?.outcome).toEqual({ kind: 'cancelled' });
    expect(opened.entries.at(-1)).toMatchObject({ type: 'case-closed', outcome: { kind: 'cancelled' } });
  });

  it('closes a case still open when main quits as cancelled, flushed before close resolves', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    await underTest.services.close();
    const store = new CaseLogStore({ dir: join(underTest.userDataDir, 'case-log'), secrets: () => [] });
    const view = await store.open(session.caseId);
    expect(view?.summary.outcome).toEqual({ kind: 'cancelled' });
    expect(view?.entries.at(-1)).toMatchObject({ type: 'case-closed', outcome: { kind: 'cancelled' } });
  });

  it('records a failed resume: the new token Circle refused, with its code and HTTP status', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    // Circle's window said the token expired, so resuming must get a new one; Circle refuses it.
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'error', code: 155104, message: 'The userToken had expired.' },
    });
    await injectFault(emulator(), { method: 'POST', path: '/v1/w3s/users/token', status: 500, times: 1 });
    await expect(handlers()['liveCase:resume']({ caseId: session.caseId })).rejects.toMatchObject({
      code: 'token-failed',
    });
    const view = await caseView(session.caseId, 'error');
    const errors = view?.entries.filter((entry) => entry.type === 'error') ?? [];
    expect(errors).toEqual([
      expect.objectContaining({
        type: 'error',
        step: 'token',
        code: 'token-failed',
        circle: expect.objectContaining({ status: 500 }),
      }),
    ]);
    expect(view?.entries.findIndex((entry) => entry.type === 'sdk-outcome')).toBeLessThan(
      view?.entries.findIndex((entry) => entry.type === 'error') ?? -1,
    );
  });
});

describe('the Cases use cases', () => {
  it('lists, opens, exports and copies a case, with the agent’s ticket and note, and never a secret', async () => {
    await handlers()['settings:setAgentName']({ agentName: 'Ana Agent' });
    const session = await handlers()['reset:start']({
      userId: 'user-knows-pin',
      attemptId: crypto.randomUUID(),
      recommendation: { path: 'reset', knowsPin: true, remembersAnswers: null },
    });
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'error', code: 155112, message: `wrong PIN for ${session.userToken}` },
    });
    await handlers()['liveCase:cancel']({ caseId: session.caseId });
    await caseView(session.caseId, 'case-closed');
    const listed = await handlers()['caseLog:list']({ userId: 'user-knows-pin', outcome: 'cancelled' });
    expect(listed.cases.map((entry) => [entry.caseId, entry.agentName])).toEqual([[session.caseId, 'Ana Agent']]);
    expect((await handlers()['caseLog:list']({ outcome: 'COMPLETE' })).cases).toEqual([]);
    expect((await handlers()['caseLog:list']({ environment: 'circle-mainnet' })).cases).toEqual([]);

    const detailed = await handlers()['caseLog:setDetails']({
      caseId: session.caseId,
      ticketRef: 'TICKET-42',
      note: 'At the desk.',
    });
    expect(detailed.summary).toMatchObject({ ticketRef: 'TICKET-42', note: 'At the desk.' });
    const recommendation = detailed.entries.find((entry) => entry.type === 'recommendation');
    expect(recommendation).toMatchObject({ path: 'reset', customerSaid: { knowsPin: true, remembersAnswers: null } });

    await handlers()['caseLog:copyMarkdown']({ caseId: session.caseId });
    await handlers()['caseLog:export']({ caseId: session.caseId, format: 'markdown' });
    await handlers()['caseLog:export']({ caseId: session.caseId, format: 'json' });
    expect(underTest.clipboard[0]).toContain('TICKET-42');
    expect(underTest.exports.map((file) => file.name)).toEqual([
      expect.stringMatching(/^pin-desk-case-user-knows-pin-\d{4}-\d{2}-\d{2}\.md$/),
      expect.stringMatching(/\.json$/),
    ]);
    expect(JSON.parse(underTest.exports[1]?.content ?? '{}')).toBeTruthy();
    const everything = [underTest.clipboard.join('\n'), ...underTest.exports.map((file) => file.content)].join('\n');
    for (const secret of [
      session.userToken,
      session.encryptionKey,
      emulator().apiKey,
      ...emulator().apiKey.split(':').slice(1),
    ]) {
      expect(everything).not.toContain(secret);
    }
    await expect(handlers()['caseLog:open']({ caseId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'unknown-case',
    });
  });
});
