import { isTerminalStatus } from '../../shared/circle/circle-records';
import type { WindowRole } from '../../shared/contract/window-channels';
import type { CustomerWindowReport, CustomerWindowView } from '../../shared/customer-screen/customer-screen';
import type { Publish } from '../events/publish';
import type { RefusedNavigation } from './frame-navigation-guard';

export interface RefusedNavigationReportDeps {
  /** Settings → Diagnostics (NetworkDiagnosticsRecorder). */
  diagnostics: { refused(url: string, reason: string): void };
  publish: Publish;
  /** The case the customer window shows, how its window's closing is recorded, and its way back to idle. */
  customerScreen: {
    view(): CustomerWindowView;
    report(input: { caseId: string; report: CustomerWindowReport }): Promise<unknown>;
    caseClosed(caseId: string): void;
  };
  log: { warn(message: string): void };
}

const windowNames: Record<WindowRole, string> = { agent: 'the agent’s window', customer: 'the customer window' };

/**
 * What main does with a refused navigation: lists it in Settings → Diagnostics, and when it was Circle's window's,
 * closes that window and tells the agent (`liveCase:circleWindowRefused`).
 * - In the agent's window, the agent's renderer takes Circle's window away and reports it closed for its case.
 * - On the customer screen main does both itself, as for the customer closing Circle's window: the case records
 *   `closed` (and the agent hears it as on `customerScreen:changed`), and the customer window goes back to its idle
 *   screen, which takes Circle's window off it — without the customer window's slice gaining anything.
 */
export function refusedNavigationReport(
  deps: RefusedNavigationReportDeps,
): (window: WindowRole, refused: RefusedNavigation) => void {
  return (window, refused) => {
    deps.diagnostics.refused(refused.url, `${refused.reason} (${windowNames[window]})`);
    if (!refused.circleWindow) return;
    if (window === 'agent') {
      deps.publish('liveCase:circleWindowRefused', {
        shownOn: 'agent-window',
        caseId: null,
        destination: refused.destination,
      });
      return;
    }
    const view = deps.customerScreen.view();
    // No case running there (idle, a start being prepared, an ended case): nothing to close for anyone; the refused
    // page never loaded, so a start's hidden window is still Circle's page.
    if (view.kind !== 'case' || view.expired || isTerminalStatus(view.status)) return;
    const { caseId } = view;
    deps.publish('liveCase:circleWindowRefused', {
      shownOn: 'customer-screen',
      caseId,
      destination: refused.destination,
    });
    // `report` checks the case is the one shown before anything else, so it goes before the window goes idle.
    deps.customerScreen
      .report({ caseId, report: { kind: 'closed' } })
      .catch((error: unknown) => deps.log.warn(`customer screen: the refused window was not recorded: ${error}`));
    deps.customerScreen.caseClosed(caseId);
  };
}
