// Issue 26 §1: the customer's language, kept with the case. Main checks it against the closed list, records it in the
// case log when the case starts (never a PIN or an answer), and hands it to whichever window runs Circle's window —
// with the default from Settings where the agent named none. Main's services on an embedded emulator, edges faked.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { invokeContract } from '../../../../src/shared/contract/ipc-contract';
import { readUntil } from '../../../support/eventually';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededAnswers, seededPin } from '../../../support/seeded-customer';

let underTest: ServicesUnderTest;
beforeEach(async () => {
  underTest = await startServicesUnderTest({ publish: () => {}, customerScreenEndedCaseShownMs: 50 });
});
afterEach(() => underTest.stop());

const handlers = () => underTest.services.handlers;
const attemptId = () => crypto.randomUUID();

/** The case as its file holds it once `type` is written (the recorder writes in the background). */
async function caseFile(caseId: string, type = 'customer-language') {
  const store = new CaseLogStore({ dir: join(underTest.userDataDir, 'case-log'), secrets: () => [] });
  const written = (read: Awaited<ReturnType<typeof store.open>>) => read?.entries.some((entry) => entry.type === type);
  const view = await readUntil(
    () => store.open(caseId),
    (read) => written(read) === true,
  );
  if (!view || !written(view)) throw new Error(`case ${caseId} has no ${type} entry: ${JSON.stringify(view)}`);
  return view;
}

describe('the customer’s language', () => {
  it('is refused outside the closed list, naming the tags that are accepted', () => {
    const parsed = invokeContract['reset:start'].input.safeParse({
      userId: 'user-knows-pin',
      attemptId: attemptId(),
      language: 'klingon',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'Unknown customer language "klingon": use one of en, es, fr, de, pt-BR, ja, zh-Hans.',
    );
    expect(invokeContract['settings:setCustomerLanguage'].input.safeParse({ language: 'ES' }).success).toBe(false);
    expect(invokeContract['settings:setCustomerLanguage'].input.safeParse({ language: 'pt-BR' }).success).toBe(true);
  });

  it('goes with the session to the agent’s window and into the case log when the case starts', async () => {
    const session = await handlers()['reset:start']({
      userId: 'user-knows-pin',
      attemptId: attemptId(),
      language: 'es',
    });
    expect(session).toMatchObject({ language: 'es' });
    const view = await caseFile(session.caseId);
    const languages = view.entries.filter((entry) => entry.type === 'customer-language');
    expect(languages).toEqual([{ type: 'customer-language', at: expect.any(String), language: 'es' }]);
    // The same challenge reopened speaks the same language.
    expect(await handlers()['liveCase:resume']({ caseId: session.caseId })).toMatchObject({ language: 'es' });
    const written = JSON.stringify(view);
    for (const secret of [seededPin, ...seededAnswers]) expect(written).not.toContain(secret);
  });

  it('is the default from Settings when the start names none (English until one is saved)', async () => {
    expect(await handlers()['settings:customerLanguage']({})).toEqual({ language: 'en' });
    expect(await handlers()['settings:setCustomerLanguage']({ language: 'de' })).toEqual({ language: 'de' });
    expect(await handlers()['settings:customerLanguage']({})).toEqual({ language: 'de' });
    const session = await handlers()['recovery:start']({ userId: 'user-knows-pin', attemptId: attemptId() });
    expect(session).toMatchObject({ language: 'de' });
    const entries = (await caseFile(session.caseId)).entries;
    expect(entries).toContainEqual(expect.objectContaining({ type: 'customer-language', language: 'de' }));
  });

  it('reaches the customer window: its idle words in the default, the case and its “Forgot PIN?” recovery in the case’s', async () => {
    await handlers()['settings:setCustomerLanguage']({ language: 'fr' });
    await handlers()['settings:setCustomerScreen']({ choice: { kind: 'same-display' } });
    expect(await handlers()['customerWindow:showing']({})).toMatchObject({ kind: 'idle', language: 'fr' });

    const started = await handlers()['reset:start']({
      userId: 'user-knows-pin',
      attemptId: attemptId(),
      language: 'ja',
    });
    // The agent gets the case without the session; the customer window gets the session in Japanese.
    expect(started).not.toHaveProperty('language');
    const shown = await handlers()['customerWindow:showing']({});
    if (shown.kind !== 'case') throw new Error(`the customer window shows ${shown.kind}`);
    expect(shown.language).toBe('ja');
    expect(shown.session.language).toBe('ja');

    const recovery = await handlers()['customerWindow:forgotPin']({ caseId: shown.caseId });
    if (recovery.kind !== 'case') throw new Error(`the customer window shows ${recovery.kind}`);
    expect(recovery).toMatchObject({ flow: 'recovery', language: 'ja', session: { language: 'ja' } });
    const entries = (await caseFile(recovery.caseId)).entries;
    expect(entries).toContainEqual(expect.objectContaining({ type: 'customer-language', language: 'ja' }));
  });
});
