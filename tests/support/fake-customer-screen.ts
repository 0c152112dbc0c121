// The customer screen's edges as tests drive them: displays a test can plug and unplug, and a customer window that
// records where main put it and can be closed as the customer would.
import type { CustomerWindowPort, DisplaysPort } from '../../src/main/customer-screen/customer-screen-ports';
import type { CustomerWindowPlacement, DisplayInfo } from '../../src/main/window/customer-display';

/** A laptop (named by the system, primary, the agent's) and an unnamed external display beside it. */
export const twoDisplays: DisplayInfo[] = [
  {
    id: 1,
    label: 'Built-in Display',
    bounds: { x: 0, y: 0, width: 1440, height: 900 },
    workArea: { x: 0, y: 25, width: 1440, height: 875 },
  },
  {
    id: 2,
    label: '',
    bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
    workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  },
];

export interface FakeDisplays extends DisplaysPort {
  unplug(id: number): void;
  plug(display: DisplayInfo): void;
}

export function fakeDisplays(initial: readonly DisplayInfo[] = twoDisplays, agentDisplayId = 1): FakeDisplays {
  let displays = [...initial];
  const listeners: (() => void)[] = [];
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    layout: () => ({ displays, primaryId: initial[0]?.id ?? 0, agentDisplayId }),
    onChanged: (listener) => {
      listeners.push(listener);
    },
    unplug: (id) => {
      displays = displays.filter((display) => display.id !== id);
      changed();
    },
    plug: (display) => {
      displays = [...displays, display];
      changed();
    },
  };
}

export interface FakeCustomerWindow extends CustomerWindowPort {
  /** Every place main put the window, in order. */
  placements: CustomerWindowPlacement[];
  /** The customer closes the window. */
  closeByCustomer(): void;
}

export function fakeCustomerWindow(): FakeCustomerWindow {
  let open = false;
  const listeners: (() => void)[] = [];
  const closed = () => {
    if (!open) return;
    open = false;
    for (const listener of listeners) listener();
  };
  const window: FakeCustomerWindow = {
    placements: [],
    show: (placement) => {
      open = true;
      window.placements.push(placement);
    },
    close: closed,
    isOpen: () => open,
    onClosed: (listener) => {
      listeners.push(listener);
    },
    closeByCustomer: closed,
  };
  return window;
}
