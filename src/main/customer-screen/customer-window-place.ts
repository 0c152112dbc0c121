import type { CustomerScreenStatus } from '../../shared/customer-screen/customer-screen';
import { AgentFailure } from '../failures/agent-failure';
import type { SavedCustomerScreen } from '../settings/customer-screen-setting';
import {
  type CustomerWindowPlacement,
  placeCustomerWindow,
  placementChanged,
  placementStatus,
} from '../window/customer-display';
import type { CustomerWindowPort, DisplaysPort } from './customer-screen-ports';

/**
 * Where the customer window is: opened or moved where the setting says (customer-display.ts decides), closed when it
 * is turned off, and moved when a display comes or goes. `moved` tells the agent each time.
 */
export class CustomerWindowPlace {
  private placement: CustomerWindowPlacement | null = null;

  constructor(
    private readonly window: CustomerWindowPort,
    private readonly displays: DisplaysPort,
    private readonly saved: () => SavedCustomerScreen,
    private readonly moved: () => void,
  ) {
    displays.onChanged(() => {
      if (this.window.isOpen()) this.follow(this.place());
    });
  }

  /** Where the setting puts the window now; null when it is off. */
  place(): CustomerWindowPlacement | null {
    const { choice, displayName } = this.saved();
    if (choice.kind === 'off') return null;
    return placeCustomerWindow(choice, this.displays.layout(), displayName);
  }

  isOpen(): boolean {
    return this.window.isOpen();
  }

  /** Opens the window where the setting says, or moves it there. */
  openOrMove(): void {
    const next = this.place();
    if (!next) throw new AgentFailure('no-display', 'No display is attached for the customer window.');
    this.follow(next);
  }

  close(): void {
    if (this.window.isOpen()) this.window.close();
  }

  /** The window went (whoever closed it): it is nowhere until it opens again. */
  closed(): void {
    this.placement = null;
  }

  status(on: boolean): CustomerScreenStatus {
    return placementStatus(this.window.isOpen() ? this.placement : null, on);
  }

  /** A closed window opens; an open one moves only when its place changed. */
  private follow(next: CustomerWindowPlacement | null): void {
    if (!next || (this.window.isOpen() && !placementChanged(this.placement, next))) return;
    this.placement = next;
    this.window.show(next);
    this.moved();
  }
}
