// Commands from the keyboard or the application menu, delivered to the view that acts on them (the Customer view
// for "focus User ID" and "New customer"; the shell for the rest).
import type { MenuCommand } from '../../shared/contract/menu-commands';

type Listener = (command: MenuCommand) => void;
const listeners = new Set<Listener>();

export function sendConsoleCommand(command: MenuCommand): void {
  for (const listener of listeners) listener(command);
}

export function onConsoleCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
