// The console's keyboard shortcuts: the same accelerators the application menu carries (one table in
// shared/contract/menu-commands.ts), bound here too, since the browser test bed has no menu. Pure.
import { type MenuCommand, menuCommandAccelerators, menuCommands } from '../../shared/contract/menu-commands';

export interface Shortcut {
  command: MenuCommand | 'look-up';
  keys: string;
  does: string;
}

const descriptions: Record<MenuCommand, string> = {
  'focus-user-id': 'Go to User ID',
  'new-customer': 'New customer',
  'show-customer': 'Customer view',
  'show-cases': 'Cases view',
  'show-settings': 'Settings view',
  'show-help': 'This list of shortcuts',
};

/** "CmdOrCtrl+Shift+N" as the help panel shows it: "Ctrl/Cmd+Shift+N". */
function shownKeys(accelerator: string): string {
  return accelerator.replace('CmdOrCtrl', 'Ctrl/Cmd');
}

export const shortcuts: readonly Shortcut[] = [
  { command: 'focus-user-id', keys: shownKeys(menuCommandAccelerators['focus-user-id']), does: 'Go to User ID' },
  { command: 'look-up', keys: 'Enter (in User ID)', does: 'Look up the customer' },
  ...menuCommands
    .filter((command) => command !== 'focus-user-id')
    .map((command) => ({ command, keys: shownKeys(menuCommandAccelerators[command]), does: descriptions[command] })),
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

function matches(press: KeyPress, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.at(-1)?.toLowerCase();
  return (
    (press.ctrlKey || press.metaKey) &&
    !press.altKey &&
    press.shiftKey === parts.includes('Shift') &&
    press.key.toLowerCase() === key
  );
}

/** The command a key press asks for, or null. Ctrl on Windows and Linux, Cmd on macOS (either is taken). */
export function commandOfKey(press: KeyPress): MenuCommand | null {
  return menuCommands.find((command) => matches(press, menuCommandAccelerators[command])) ?? null;
}
