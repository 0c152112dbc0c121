// The customer screen in main, with its true edges faked (the window, the displays) and everything else real: main's
// services on an embedded emulator, Circle's flows through the official Node SDK, the case log on disk.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import type { EventChannel } from '../../../../src/shared/contract/channel-names';
import type { CustomerScreenEvent, CustomerWindowView } from '../../../../src/shared/customer-screen/customer-screen';
import { challengeMadeElsewhere } from '../../../support/challenge-made-elsewhere';
import { customerChangesPinDirectly } from '../../../support/customer-in-hosted-ui';
import { waitFor } from '../../../support/eventually';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';

let underTest: ServicesUnderTest;
let published: { channel: EventChannel; payload: unknown }[];

beforeEach(async () => {
  published = [];
  underTest = await startServicesUnderTest({
    publish: (channel, payload) => published.push({ channel, payload }),
    customerScreenEndedCaseShownMs: 50,
  });
});
afterEach(() => underTest.stop());

const handlers = () => underTest.services.handlers;
const emulator = () => underTest.services.embedded.emulator;
const onDisplay2 = () => handlers()['settings:setCustomerScreen']({ choice: { kind: 'display', displayId: 2 } });
const startReset = () => handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
const agentEvents = () =>
  published
    .filter((event) => event.channel === 'customerScreen:changed')
    .map((event) => event.payload as CustomerScreenEvent);
const customerViews = () =>
  published
    .filter((event) => event.channel === 'customerWindow:changed')
    .map((event) => event.payload as CustomerWindowView);

async function shownCase() {
  const view = await handlers()['customerWindow:showing']({});
  if (view.kind !== 'case') throw new Error(`the customer window shows ${view.kind}`);
  return view;
}

async function timelineTypes(caseId: string) {
  const store = new CaseLogStore({ dir: join(underTest.userDataDir, 'case-log'), secrets: () => [] });
  return (await store.open(caseId))?.entries ?? [];
}

describe('the customer screen setting', () => {
  it('is Off by default: no window, and the agent gets the whole session', async () => {
    expect((await handlers()['settings:customerScreen']({})).choice).toEqual({ kind: 'off' });
    const session = await startReset();
    expect(session).toHaveProperty('userToken');
    expect(underTest.customerWindow.placements).toEqual([]);
    expect(await handlers()['customerWindow:showing']({})).toEqual({
      kind: 'idle',
      greeting: 'Welcome.',
      language: 'en',
    });
  });

  it('is remembered in this machine’s settings, lists the displays, and opens the idle window where chosen', async () => {
    const settings = await handlers()['settings:setCustomerScreen']({
      choice: { kind: 'display', displayId: 2 },
      greeting: 'Welcome to Example Bank.',
    });
    expect(settings.options.map((option) => option.label)).toEqual([
      'Off',
      'Same display',
      'Built-in Display, 1440×900',
      'Display 2, 1920×1080',
    ]);
    expect(underTest.settings.snapshot().customerScreen).toEqual({
      choice: { kind: 'display', displayId: 2 },
      displayName: 'Display 2, 1920×1080',
      greeting: 'Welcome to Example Bank.',
    });
    expect(underTest.customerWindow.placements).toEqual([
      expect.objectContaining({ displayId: 2, fullScreen: true, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }),
    ]);
    expect(await handlers()['customerScreen:status']({})).toEqual({
      on: true,
      placedOn: 'Display 2, 1920×1080',
      notice: null,
    });
    expect(customerViews().at(-1)).toEqual({ kind: 'idle', greeting: 'Welcome to Example Bank.', language: 'en' });
  });

  it('refuses a display that is not connected, and reads a damaged saved value as Off', async () => {
    const refused = await refusalOf(
      (async () => handlers()['settings:setCustomerScreen']({ choice: { kind: 'display', displayId: 7 } }))(),
    );
    expect(refused.code).toBe('unknown-display');
    underTest.settings.set('customerScreen', { choice: { kind: 'display', displayId: 'two' } });
    expect((await handlers()['settings:customerScreen']({})).choice).toEqual({ kind: 'off' });
  });

  it('Off closes the window', async () => {
    await onDisplay2();
    await handlers()['settings:setCustomerScreen']({ choice: { kind: 'off' } });
    expect(underTest.customerWindow.isOpen()).toBe(false);
  });
});

describe('a reset on the customer screen', () => {
  beforeEach(onDisplay2);

  it('hands the session to the customer window; the agent gets neither the token nor the key', async () => {
    const started = await startReset();
    const view = await shownCase();
    expect(started).toEqual({
      caseId: view.caseId,
      challengeId: view.session.challengeId,
      tokenExpiresAt: view.session.tokenExpiresAt,
      shownOn: 'customer-screen',
    });
    const agentSaw = JSON.stringify([started, agentEvents()]);
    expect(agentSaw).not.toContain(view.session.userToken);
    expect(agentSaw).not.toContain(view.session.encryptionKey);
    expect(customerViews().map((shown) => shown.kind)).toEqual(['idle', 'starting', 'case']);
  });

  it('follows the case to its end, then shows the idle screen again', async () => {
    await startReset();
    const view = await shownCase();
    await customerChangesPinDirectly(emulator(), view.session, seededPin, '390517');
    await handlers()['customerWindow:report']({
      caseId: view.caseId,
      report: { kind: 'complete', status: 'COMPLETE' },
    });
    await waitFor(
      () => customerViews().some((shown) => shown.kind === 'case' && shown.status === 'COMPLETE'),
      'COMPLETE',
    );
    await waitFor(() => customerViews().at(-1)?.kind === 'idle', 'the idle screen');
    expect(agentEvents()).toContainEqual({
      type: 'sdk-outcome',
      caseId: view.caseId,
      outcome: { kind: 'complete', status: 'COMPLETE' },
    });
  });

  it('takes Circle’s window away on both screens when the challenge runs out of time', async () => {
    await startReset();
    const view = await shownCase();
    emulator().clock.advance(11 * 60);
    await waitFor(() => customerViews().some((shown) => shown.kind === 'case' && shown.expired), 'the expiry');
    expect(customerViews().find((shown) => shown.kind === 'case' && shown.expired)).toMatchObject({ status: 'FAILED' });
    expect(agentEvents()).toContainEqual({ type: 'window', caseId: view.caseId, window: 'gone' });
  });

  it('scopes every call of the customer window to the case it shows', async () => {
    await startReset();
    const view = await shownCase();
    const other = crypto.randomUUID();
    for (const refused of [
      handlers()['customerWindow:report']({ caseId: other, report: { kind: 'closed' } }),
      handlers()['customerWindow:renewSession']({ caseId: other }),
      handlers()['customerWindow:forgotPin']({ caseId: other }),
    ]) {
      expect((await refusalOf(refused)).code).toBe('not-this-case');
    }
    // A fresh token only after Circle's window said the token was refused.
    expect((await refusalOf(handlers()['customerWindow:renewSession']({ caseId: view.caseId }))).code).toBe(
      'token-not-refused',
    );
    await handlers()['liveCase:cancel']({ caseId: view.caseId });
    expect(await handlers()['customerWindow:showing']({})).toMatchObject({ kind: 'idle' });
    expect(
      (await refusalOf(handlers()['customerWindow:report']({ caseId: view.caseId, report: { kind: 'shown' } }))).code,
    ).toBe('not-this-case');
  });

  it('renews the token after Circle’s window reports 155104, for the same challenge, and tells the agent', async () => {
    await startReset();
    const first = await shownCase();
    await handlers()['customerWindow:report']({
      caseId: first.caseId,
      report: { kind: 'error', code: 155104, message: 'token expired' },
    });
    const renewed = await handlers()['customerWindow:renewSession']({ caseId: first.caseId });
    if (renewed.kind !== 'case') throw new Error('no case after the renewal');
    expect(renewed.run).toBe(first.run + 1);
    expect(renewed.session.challengeId).toBe(first.session.challengeId);
    expect(renewed.session.userToken).not.toBe(first.session.userToken);
    expect(agentEvents()).toContainEqual({
      type: 'session',
      session: expect.objectContaining({ caseId: first.caseId, shownOn: 'customer-screen' }),
    });
    expect(JSON.stringify(agentEvents())).not.toContain(renewed.session.userToken);
  });

  it('treats the customer closing the window like closing Circle’s window; the agent’s Reopen brings it back', async () => {
    await startReset();
    const view = await shownCase();
    underTest.customerWindow.closeByCustomer();
    expect(agentEvents()).toContainEqual({ type: 'sdk-outcome', caseId: view.caseId, outcome: { kind: 'closed' } });
    await waitFor(
      async () =>
        (await timelineTypes(view.caseId)).some((entry) => entry.type === 'sdk-outcome' && entry.kind === 'closed'),
      'the closed window in the case log',
    );
    const reopened = await handlers()['liveCase:resume']({ caseId: view.caseId });
    expect(reopened).not.toHaveProperty('userToken');
    expect(underTest.customerWindow.isOpen()).toBe(true);
    expect((await shownCase()).run).toBe(view.run + 1);
  });

  it('moves to recovery on "Forgot PIN?": the reset closes as abandoned, the recovery shows, the agent is told', async () => {
    await startReset();
    const reset = await shownCase();
    const recovery = await handlers()['customerWindow:forgotPin']({ caseId: reset.caseId });
    expect(recovery).toMatchObject({ kind: 'case', flow: 'recovery' });
    if (recovery.kind !== 'case') return;
    expect(agentEvents()).toContainEqual({
      type: 'moved-to-recovery',
      fromCaseId: reset.caseId,
      userId: 'user-knows-pin',
      session: expect.objectContaining({ caseId: recovery.caseId, shownOn: 'customer-screen' }),
    });
    expect((await refusalOf(handlers()['customerWindow:forgotPin']({ caseId: reset.caseId }))).code).toBe(
      'not-this-case',
    );
  });

  it('moves to the primary display when its display is unplugged, tells the agent, and goes back when it returns', async () => {
    await startReset();
    const [, external] = underTest.displays.layout().displays;
    underTest.displays.unplug(2);
    expect(underTest.customerWindow.placements.at(-1)).toMatchObject({ displayId: 1, fullScreen: false });
    expect(agentEvents().at(-1)).toEqual({
      type: 'status',
      status: {
        on: true,
        placedOn: 'Built-in Display, 1440×900',
        notice: '“Display 2, 1920×1080” is not connected: the customer window is on the primary display.',
      },
    });
    // The case goes on where the window now is.
    expect((await shownCase()).kind).toBe('case');
    if (external) underTest.displays.plug(external);
    expect(underTest.customerWindow.placements.at(-1)).toMatchObject({ displayId: 2, fullScreen: true });
  });
});

describe('an executed challenge (issue 18) with the customer screen on', () => {
  it('stays in the agent’s window, where its token and key were pasted; the customer window stays idle', async () => {
    await onDisplay2();
    const made = await challengeMadeElsewhere(emulator(), 'user-knows-pin');
    const executed = await handlers()['liveCase:execute'](made);
    // The agent's window runs Circle's window itself: the whole session, with the pasted token and key.
    expect(executed).toMatchObject({ userToken: made.userToken, encryptionKey: made.encryptionKey });
    expect(executed).not.toHaveProperty('shownOn');
    const resumed = await handlers()['liveCase:resume']({ caseId: executed.caseId });
    expect(resumed).toMatchObject({ caseId: executed.caseId, userToken: made.userToken });
    // The customer window never shows it, never gets its token, and cannot act on it.
    expect(await handlers()['customerWindow:showing']({})).toEqual({
      kind: 'idle',
      greeting: 'Welcome.',
      language: 'en',
    });
    expect(JSON.stringify(customerViews())).not.toContain(made.userToken);
    for (const refused of [
      handlers()['customerWindow:report']({ caseId: executed.caseId, report: { kind: 'shown' } }),
      handlers()['customerWindow:renewSession']({ caseId: executed.caseId }),
      handlers()['customerWindow:forgotPin']({ caseId: executed.caseId }),
    ]) {
      expect((await refusalOf(refused)).code).toBe('not-this-case');
    }
    // A reset after it goes to the customer screen as usual.
    await handlers()['liveCase:cancel']({ caseId: executed.caseId });
    expect(await startReset()).toMatchObject({ shownOn: 'customer-screen' });
  });
});
