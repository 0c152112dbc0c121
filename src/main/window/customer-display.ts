// Where the customer window goes, decided from plain data (Electron's displays, the agent's setting) so it is tested
// without Electron: the choices Settings offers, the window's place, and where it goes when its display is unplugged.
import type {
  CustomerScreenChoice,
  CustomerScreenOption,
  CustomerScreenStatus,
} from '../../shared/customer-screen/customer-screen';
import type { Rectangle } from './window-bounds';

/** A display as Electron's `screen` describes it, reduced to what the decisions read. */
export interface DisplayInfo {
  id: number;
  /** The system's name for it; empty where Electron gives none (Linux, and often Windows). */
  label: string;
  bounds: Rectangle;
  workArea: Rectangle;
}

export interface DisplayLayout {
  /** In the system's order (Electron's `screen.getAllDisplays()`). */
  displays: readonly DisplayInfo[];
  primaryId: number;
  /** The display most of the agent's window is on, when it is open. */
  agentDisplayId: number | null;
}

export interface CustomerWindowPlacement {
  displayId: number;
  displayName: string;
  bounds: Rectangle;
  /** Full-screen on a display of its own; a window beside the console on the agent's display. */
  fullScreen: boolean;
  /** Why the window is not where the setting asked (the chosen display is not connected), for the agent. */
  fallback: string | null;
}

/** A display by name and size: "DELL U2720Q, 2560×1440", or "Display 2, 1920×1080" where the system gives no name. */
export function displayName(display: DisplayInfo, layout: Pick<DisplayLayout, 'displays'>): string {
  const size = `${display.bounds.width}×${display.bounds.height}`;
  const label = display.label.trim();
  if (label) return `${label}, ${size}`;
  const position = layout.displays.findIndex((candidate) => candidate.id === display.id);
  return `Display ${position + 1}, ${size}`;
}

/** What Settings offers: Off, Same display, every attached display, and the chosen one if it is not attached now. */
export function customerScreenOptions(
  layout: DisplayLayout,
  chosen: CustomerScreenChoice,
  rememberedName: string | null,
): CustomerScreenOption[] {
  const options: CustomerScreenOption[] = [
    { choice: { kind: 'off' }, label: 'Off' },
    { choice: { kind: 'same-display' }, label: 'Same display' },
    ...layout.displays.map((display) => ({
      choice: { kind: 'display' as const, displayId: display.id },
      label: displayName(display, layout),
    })),
  ];
  if (chosen.kind === 'display' && !layout.displays.some((display) => display.id === chosen.displayId)) {
    options.push({ choice: chosen, label: `${rememberedName ?? 'The chosen display'} (not connected)` });
  }
  return options;
}

/** A window beside the console: the right part of the display's work area, full height. */
function besideTheConsole(display: DisplayInfo): Rectangle {
  const { workArea } = display;
  const width = Math.min(800, Math.floor(workArea.width / 2));
  return { x: workArea.x + workArea.width - width, y: workArea.y, width, height: workArea.height };
}

function displayById(layout: DisplayLayout, id: number | null): DisplayInfo | undefined {
  return id === null ? undefined : layout.displays.find((display) => display.id === id);
}

/**
 * Where the customer window goes for a setting that is on. A display of its own gets the window full-screen; the
 * agent's own display (chosen by name, or "Same display") gets a window beside the console, never over it. A chosen
 * display that is not connected — unplugged since, or while the window was open — sends the window to the primary
 * display, beside whatever is there, and says so. Null when no display is known at all.
 */
export function placeCustomerWindow(
  choice: Exclude<CustomerScreenChoice, { kind: 'off' }>,
  layout: DisplayLayout,
  rememberedName: string | null,
): CustomerWindowPlacement | null {
  const primary = displayById(layout, layout.primaryId) ?? layout.displays[0];
  if (!primary) return null;
  const agents = displayById(layout, layout.agentDisplayId) ?? primary;
  const place = (display: DisplayInfo, fullScreen: boolean, fallback: string | null): CustomerWindowPlacement => ({
    displayId: display.id,
    displayName: displayName(display, layout),
    bounds: fullScreen ? { ...display.bounds } : besideTheConsole(display),
    fullScreen,
    fallback,
  });
  if (choice.kind === 'same-display') return place(agents, false, null);
  const chosen = displayById(layout, choice.displayId);
  if (chosen) return place(chosen, chosen.id !== agents.id, null);
  const name = rememberedName ? `“${rememberedName}”` : 'The chosen display';
  return place(
    primary,
    primary.id !== agents.id,
    `${name} is not connected: the customer window is on the primary display.`,
  );
}

/** Whether a new placement moves the window (another display, or other bounds). */
export function placementChanged(before: CustomerWindowPlacement | null, after: CustomerWindowPlacement | null) {
  if (!before || !after) return before !== after;
  return (
    before.displayId !== after.displayId ||
    before.fullScreen !== after.fullScreen ||
    (['x', 'y', 'width', 'height'] as const).some((key) => before.bounds[key] !== after.bounds[key])
  );
}

/** The agent's view of it: where the window is, and what to know. */
export function placementStatus(placement: CustomerWindowPlacement | null, on: boolean): CustomerScreenStatus {
  return { on, placedOn: placement?.displayName ?? null, notice: placement?.fallback ?? null };
}
