import { describe, expect, it } from 'vitest';
import type { RefusedNavigation } from '../../../../src/main/window/frame-navigation-guard';
import { refusedNavigationReport } from '../../../../src/main/window/refused-navigation-report';
import { windowOfEvent } from '../../../../src/shared/contract/window-channels';
import type { CustomerWindowReport, CustomerWindowView } from '../../../../src/shared/customer-screen/customer-screen';

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const showing: CustomerWindowView = {
  kind: 'case',
  greeting: 'Welcome.',
  language: 'en',
  flow: 'reset',
  caseId,
  run: 1,
  session: {
    caseId,
    appId: 'app-1',
    userToken: 'token-1',
    encryptionKey: 'key-1',
    challengeId: 'challenge-1',
    tokenExpiresAt: '2030-01-01T00:00:00.000Z',
  },
  status: 'IN_PROGRESS',
  expired: false,
};

const circleWindowLeft: RefusedNavigation = {
  kind: 'navigate',
  url: 'https://evil.example/phish?token=abc',
  destination: 'evil.example',
  reason: 'Circle’s window may navigate only within https://pw-auth.circle.com',
  circleWindow: true,
};
const appPageMoved: RefusedNavigation = {
  kind: 'redirect',
  url: 'http://localhost:47291/elsewhere',
  destination: 'localhost:47291',
  reason: 'the console’s page is never redirected',
  circleWindow: false,
};

function reporter(initialView: CustomerWindowView = showing) {
  let view = initialView;
  const refused: [string, string][] = [];
  const published: [string, unknown][] = [];
  const recorded: { caseId: string; report: CustomerWindowReport }[] = [];
  const warnings: string[] = [];
  let failReport = false;
  const report = refusedNavigationReport({
    diagnostics: { refused: (url, reason) => refused.push([url, reason]) },
    publish: (channel, payload) => published.push([channel, payload]),
    customerScreen: {
      view: () => view,
      report: async (input) => {
        // CustomerScreen.report refuses a case the window no longer shows.
        if (view.kind !== 'case' || view.caseId !== input.caseId) throw new Error('not this case');
        recorded.push(input);
        if (failReport) throw new Error('disk full');
        return { recorded: true };
      },
      caseClosed: (closed) => {
        if (view.kind === 'case' && view.caseId === closed)
          view = { kind: 'idle', greeting: view.greeting, language: 'en' };
      },
    },
    log: { warn: (message) => warnings.push(message) },
  });
  return {
    report,
    refused,
    published,
    recorded,
    warnings,
    view: () => view,
    failReports: () => {
      failReport = true;
    },
  };
}

describe('what main does with a refused navigation', () => {
  it('lists every refusal in Settings → Diagnostics, saying in which window', () => {
    const { report, refused } = reporter();
    report('agent', appPageMoved);
    report('customer', circleWindowLeft);
    expect(refused).toEqual([
      ['http://localhost:47291/elsewhere', 'the console’s page is never redirected (the agent’s window)'],
      [
        'https://evil.example/phish?token=abc',
        'Circle’s window may navigate only within https://pw-auth.circle.com (the customer window)',
      ],
    ]);
  });

  it('tells no one else of the console’s own page', () => {
    const { report, published, recorded } = reporter();
    report('agent', appPageMoved);
    report('customer', appPageMoved);
    expect(published).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('tells the agent’s window when Circle’s window there left Circle’s page; that window closes it', () => {
    const { report, published, recorded } = reporter();
    report('agent', circleWindowLeft);
    expect(published).toEqual([
      ['liveCase:circleWindowRefused', { shownOn: 'agent-window', caseId: null, destination: 'evil.example' }],
    ]);
    expect(recorded).toEqual([]);
  });

  it('on the customer screen records the window closed, takes it away, and still tells the agent', async () => {
    const { report, published, recorded, view } = reporter();
    report('customer', circleWindowLeft);
    expect(recorded).toEqual([{ caseId, report: { kind: 'closed' } }]);
    expect(view()).toEqual({ kind: 'idle', greeting: 'Welcome.', language: 'en' });
    expect(published).toEqual([
      ['liveCase:circleWindowRefused', { shownOn: 'customer-screen', caseId, destination: 'evil.example' }],
    ]);
    // The event goes to the agent's window, never the customer window.
    expect(windowOfEvent('liveCase:circleWindowRefused')).toBe('agent');
    // A page that keeps trying closes the window once.
    report('customer', circleWindowLeft);
    expect(recorded).toHaveLength(1);
    expect(published).toHaveLength(1);
  });

  it('closes nothing on the customer screen when no case runs there', () => {
    for (const view of [
      { kind: 'idle', greeting: 'Hi', language: 'en' },
      { kind: 'starting', greeting: 'Hi', language: 'en', flow: 'reset' },
      { ...showing, status: 'COMPLETE' },
      { ...showing, expired: true },
    ] as CustomerWindowView[]) {
      const { report, published, recorded, refused } = reporter(view);
      report('customer', circleWindowLeft);
      expect(published, view.kind).toEqual([]);
      expect(recorded, view.kind).toEqual([]);
      expect(refused, view.kind).toHaveLength(1);
    }
  });

  it('says in main’s log when the closed window could not be recorded', async () => {
    const { report, warnings, failReports, view } = reporter();
    failReports();
    report('customer', circleWindowLeft);
    await Promise.resolve();
    await Promise.resolve();
    expect(warnings).toEqual(['customer screen: the refused window was not recorded: Error: disk full']);
    expect(view().kind).toBe('idle');
  });
});
