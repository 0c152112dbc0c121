// The console's keyboard shortcuts, one table for the help panel and the key handler; the packaged app's menu
// carries the same keys as accelerators (src/main/window/application-menu.ts). Pure.
import type { MenuCommand } from '../../shared/contract/menu-commands';

export interface Shortcut {
  command: MenuCommand | 'look-up';
  keys: string;
  does: string;
}

export const shortcuts: readonly Shortcut[] = [
  { command: 'focus-user-id', keys: 'Ctrl/Cmd+L', does: 'Go to User ID' },
  { command: 'look-up', keys: 'Enter (in User ID)', does: 'Look up the customer' },
  { command: 'new-customer', keys: 'Ctrl/Cmd+Shift+N', does: 'New customer' },
  { command: 'show-customer', keys: 'Ctrl/Cmd+1', does: 'Customer view' },
  { command: 'show-cases', keys: 'Ctrl/Cmd+2', does: 'Cases view' },
  { command: 'show-settings', keys: 'Ctrl/Cmd+3', does: 'Settings view' },
  { command: 'show-help', keys: 'Ctrl/Cmd+/', does: 'This list of shortcuts' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press asks for, or null. Ctrl on Windows and Linux, Cmd on macOS (either is taken). */
export function commandOfKey(press: KeyPress): MenuCommand | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (press.shiftKey) return key === 'n' ? 'new-customer' : null;
  switch (key) {
    case 'l':
      return 'focus-user-id';
    case '1':
      return 'show-customer';
    case '2':
      return 'show-cases';
    case '3':
      return 'show-settings';
    case '/':
      return 'show-help';
    default:
      return null;
  }
}
