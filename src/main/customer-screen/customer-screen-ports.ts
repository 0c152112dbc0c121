import type { CustomerWindowPlacement, DisplayLayout } from '../window/customer-display';

/** The customer window itself (Electron: a second hardened BrowserWindow; the test bed: a second page). */
export interface CustomerWindowPort {
  /** Opens the customer window at `placement`, or moves the open one there. */
  show(placement: CustomerWindowPlacement): void;
  close(): void;
  isOpen(): boolean;
  /** Called whenever the window goes, whoever closed it. */
  onClosed(listener: () => void): void;
}

/** The displays attached now (Electron's `screen`; the test bed: a fake the tests can unplug). */
export interface DisplaysPort {
  layout(): DisplayLayout;
  onChanged(listener: () => void): void;
}
