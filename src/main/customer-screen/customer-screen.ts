import { type ChallengeStatus, isTerminalStatus } from '../../shared/circle/circle-records';
import { circleErrorCodes, renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import { type CustomerLanguage, defaultCustomerLanguage } from '../../shared/customer-language/customer-languages';
import type {
  CustomerScreenEvent,
  CustomerScreenSettings,
  CustomerScreenStatus,
  CustomerWindowReport,
  CustomerWindowView,
  HandedOverSession,
  StartedSession,
} from '../../shared/customer-screen/customer-screen';
import {
  type ChallengeSession,
  type ChallengeUpdate,
  type ConsoleFlow,
  consoleFlows,
  type FlowKind,
} from '../../shared/flows/challenge-flow';
import type { Publish } from '../events/publish';
import { AgentFailure } from '../failures/agent-failure';
import type { CircleWindowHost } from '../flows/circle-window-host';
import type { ResetAndRecoveryFlows } from '../flows/reset-and-recovery';
import type { LiveCaseRegistry } from '../live-cases/live-case-registry';
import { savedCustomerLanguage } from '../settings/customer-language-setting';
import { type SavedCustomerScreen, saveCustomerScreen, savedCustomerScreen } from '../settings/customer-screen-setting';
import type { SettingsPort } from '../settings/settings-port';
import { customerScreenOptions, displayName } from '../window/customer-display';
import type { CustomerWindowPort, DisplaysPort } from './customer-screen-ports';
import { CustomerWindowPlace } from './customer-window-place';

export interface CustomerScreenDeps {
  settings: SettingsPort;
  window: CustomerWindowPort;
  displays: DisplaysPort;
  publish: Publish;
  /** The active environment's cases and flows. */
  environment: () => { flows: ResetAndRecoveryFlows; liveCases: LiveCaseRegistry };
  log: { warn(message: string): void };
  /** How long an ended case's last words stay on the customer window before its idle screen. */
  endedCaseShownMs?: number;
}

interface ShownCase {
  caseId: string;
  flow: ConsoleFlow;
  userId: string;
  session: ChallengeSession;
  status: ChallengeStatus;
  expired: boolean;
}

const defaultEndedCaseShownMs = 15_000;

const isConsoleFlow = (flow: FlowKind): flow is ConsoleFlow => (consoleFlows as readonly string[]).includes(flow);

function handedOver(session: ChallengeSession): HandedOverSession {
  return {
    caseId: session.caseId,
    challengeId: session.challengeId,
    tokenExpiresAt: session.tokenExpiresAt,
    shownOn: 'customer-screen',
  };
}

/**
 * The customer screen: which case the customer window shows, and the window's place. With it on, the sessions of
 * the console's flows go to the customer window and the agent gets the case without the token or the key; the
 * customer window's calls are scoped to the case it shows (`scoped`). Its closing, a display going away and the
 * case's status all reach the agent as `customerScreen:changed` events.
 */
export class CustomerScreen implements CircleWindowHost {
  private readonly window: CustomerWindowPlace;
  private shown: ShownCase | null = null;
  private starting: { flow: ConsoleFlow; language: CustomerLanguage } | null = null;
  private run = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: CustomerScreenDeps) {
    this.window = new CustomerWindowPlace(
      deps.window,
      deps.displays,
      () => this.saved(),
      () => this.tellAgentStatus(),
    );
    deps.window.onClosed(() => this.windowClosed());
  }

  isOn(): boolean {
    return this.saved().choice.kind !== 'off';
  }

  settings(): CustomerScreenSettings {
    const saved = this.saved();
    return {
      choice: saved.choice,
      options: customerScreenOptions(this.deps.displays.layout(), saved.choice, saved.displayName),
      greeting: saved.greeting,
      notice: this.window.place()?.fallback ?? null,
    };
  }

  /** Saves the setting and acts on it: Off closes the customer window; on opens it (idle) or moves it. */
  choose(input: { choice: SavedCustomerScreen['choice']; greeting?: string | undefined }): CustomerScreenSettings {
    const { choice } = input;
    let chosenName: string | null = null;
    if (choice.kind === 'display') {
      const layout = this.deps.displays.layout();
      const display = layout.displays.find((candidate) => candidate.id === choice.displayId);
      if (!display)
        throw new AgentFailure('unknown-display', 'That display is not connected; choose one from the list.');
      chosenName = displayName(display, layout);
    }
    saveCustomerScreen(this.deps.settings, {
      choice,
      displayName: chosenName,
      greeting: input.greeting ?? this.saved().greeting,
    });
    if (choice.kind === 'off') this.window.close();
    else this.window.openOrMove();
    this.push();
    this.tellAgentStatus();
    return this.settings();
  }

  /** Opens the idle customer window at start when the setting is on. */
  openIfOn(): void {
    if (!this.isOn()) return;
    this.window.openOrMove();
    this.push();
  }

  status(): CustomerScreenStatus {
    return this.window.status(this.isOn());
  }

  /** What the customer window shows now. */
  view(): CustomerWindowView {
    const { greeting } = this.saved();
    if (this.shown) {
      const { caseId, flow, session, status, expired } = this.shown;
      const language = session.language ?? defaultCustomerLanguage;
      return { kind: 'case', greeting, language, flow, caseId, run: this.run, session, status, expired };
    }
    if (this.starting) return { kind: 'starting', greeting, ...this.starting };
    return { kind: 'idle', greeting, language: savedCustomerLanguage(this.deps.settings) };
  }

  /** A start is on its way: the customer window prepares Circle's window while main makes its calls. */
  preparing(flow: ConsoleFlow, language: CustomerLanguage = defaultCustomerLanguage): void {
    if (!this.isOn()) return;
    clearTimeout(this.idleTimer);
    this.shown = null;
    this.starting = { flow, language };
    this.window.openOrMove();
    this.push();
  }

  startFailed(): void {
    if (this.starting === null) return;
    this.starting = null;
    this.push();
  }

  /**
   * A session for a case of the console's flows (a start, a resume, "Forgot PIN?"): with the customer screen on it
   * goes to the customer window, and the agent gets the case without the token or the key.
   */
  handOver(session: ChallengeSession): StartedSession {
    this.starting = null;
    const live = this.deps.environment().liveCases.get(session.caseId);
    // Only the console's own flows go to the customer screen. An executed case (a challenge made elsewhere) stays in
    // the agent's window: its token and key were pasted there, and only a developer there can replace a refused one.
    if (!this.isOn() || !live || !isConsoleFlow(live.flow) || live.userId === null) {
      this.push();
      return session;
    }
    clearTimeout(this.idleTimer);
    const status = live.status ?? 'PENDING';
    this.run += 1;
    this.shown = { caseId: session.caseId, flow: live.flow, userId: live.userId, session, status, expired: false };
    this.window.openOrMove();
    this.push();
    return handedOver(session);
  }

  /** What Circle's window on the customer screen reported: recorded as the agent's own window's would be. */
  async report(input: { caseId: string; report: CustomerWindowReport }): Promise<{ recorded: true }> {
    const { caseId, report } = input;
    this.scoped(caseId);
    if (report.kind === 'shown') this.tellAgent({ type: 'window', caseId, window: 'open' });
    else if (report.kind === 'window-gone') this.tellAgent({ type: 'window', caseId, window: 'gone' });
    else {
      await this.deps.environment().flows.reportOutcome({ caseId, outcome: report });
      this.tellAgent({ type: 'sdk-outcome', caseId, outcome: report });
    }
    return { recorded: true };
  }

  /** The same challenge with a fresh token, only after Circle's window said the token was refused. */
  async renewSession(input: { caseId: string }): Promise<CustomerWindowView> {
    this.scoped(input.caseId);
    const last = this.deps.environment().liveCases.get(input.caseId)?.lastSdkOutcome;
    if (last?.kind !== 'error' || !renewableTokenCodes.includes(last.code)) {
      throw new AgentFailure('token-not-refused', 'Circle’s window has not refused this token: nothing to renew.');
    }
    const session = await this.deps.environment().flows.resume(input);
    const started = this.handOver(session);
    if ('shownOn' in started) this.tellAgent({ type: 'session', session: started });
    return this.view();
  }

  /** "Forgot PIN?" on the customer screen: the reset closes as abandoned and a recovery opens, shown here. */
  async forgotPin(input: { caseId: string }): Promise<CustomerWindowView> {
    const reset = this.scoped(input.caseId);
    this.shown = null;
    this.starting = { flow: 'recovery', language: reset.session.language ?? defaultCustomerLanguage };
    this.push();
    try {
      const started = this.handOver(await this.deps.environment().flows.switchToRecovery(input));
      if ('shownOn' in started) {
        this.tellAgent({ type: 'moved-to-recovery', fromCaseId: reset.caseId, userId: reset.userId, session: started });
      }
    } catch (error) {
      this.startFailed();
      this.tellAgent({
        type: 'recovery-failed',
        fromCaseId: reset.caseId,
        userId: reset.userId,
        error:
          error instanceof AgentFailure ? error.describe() : { code: 'internal', message: 'Recovery did not start.' },
      });
      throw error;
    }
    return this.view();
  }

  /** The agent closed the case (cancelled it, or moved on): the customer window goes back to idle. */
  caseClosed(caseId: string): void {
    if (this.shown?.caseId !== caseId) return;
    this.shown = null;
    this.push();
  }

  /** The environment changed or the emulator was reset: every case closed with it. */
  casesClosed(): void {
    if (!this.shown && !this.starting) return;
    this.shown = null;
    this.starting = null;
    this.push();
  }

  /** Main's status for a watched challenge: the customer window's words follow it, and an ended case goes idle. */
  statusChanged(update: ChallengeUpdate): void {
    const shown = this.shown;
    if (shown?.caseId !== update.caseId) return;
    shown.status = update.status;
    shown.expired =
      update.status === 'EXPIRED' ||
      (update.status === 'FAILED' && update.errorCode === circleErrorCodes.challengeExpired);
    this.push();
    // Run out of time: the customer window takes Circle's window away, as the console does its own.
    if (shown.expired) this.tellAgent({ type: 'window', caseId: shown.caseId, window: 'gone' });
    if (!isTerminalStatus(update.status)) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(
      () => this.caseClosed(shown.caseId),
      this.deps.endedCaseShownMs ?? defaultEndedCaseShownMs,
    );
    this.idleTimer.unref?.();
  }

  close(): void {
    clearTimeout(this.idleTimer);
  }

  /** A setting the customer window's words follow changed (the default customer language). */
  settingsChanged(): void {
    this.push();
  }

  private saved(): SavedCustomerScreen {
    return savedCustomerScreen(this.deps.settings);
  }

  /**
   * The window went mid-case (the customer closed it, or the agent turned the screen off): as if the customer closed
   * Circle's window, recorded in the case and told to the agent, who can reopen it.
   */
  private windowClosed(): void {
    this.window.closed();
    this.tellAgentStatus();
    const shown = this.shown;
    if (!shown || isTerminalStatus(shown.status)) return;
    const closed = { kind: 'closed' } as const;
    this.deps
      .environment()
      .flows.reportOutcome({ caseId: shown.caseId, outcome: closed })
      .catch((error: unknown) => this.deps.log.warn(`customer screen: the closed window was not recorded: ${error}`));
    this.tellAgent({ type: 'sdk-outcome', caseId: shown.caseId, outcome: closed });
  }

  private scoped(caseId: string): ShownCase {
    const shown = this.shown;
    if (!shown || shown.caseId !== caseId) {
      throw new AgentFailure('not-this-case', 'The customer window is not showing this case.');
    }
    return shown;
  }

  private push(): void {
    if (this.window.isOpen()) this.deps.publish('customerWindow:changed', this.view());
  }

  private tellAgent(event: CustomerScreenEvent): void {
    this.deps.publish('customerScreen:changed', event);
  }

  private tellAgentStatus(): void {
    this.tellAgent({ type: 'status', status: this.status() });
  }
}
