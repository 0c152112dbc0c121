// What the application menu's console items ask the renderer to do (event `menu:commandChosen`). The menu carries
// each one's keyboard shortcut as an accelerator, so the keys work wherever focus is.
export const menuCommands = [
  'focus-user-id',
  'new-customer',
  'show-customer',
  'show-cases',
  'show-settings',
  'show-help',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

export interface MenuCommandChosen {
  command: MenuCommand;
}

/**
 * Each command's keyboard shortcut, as an Electron accelerator: the application menu carries these, and the renderer
 * binds the same keys itself (and lists them in its help panel), so the two never disagree.
 */
export const menuCommandAccelerators: Readonly<Record<MenuCommand, string>> = {
  'focus-user-id': 'CmdOrCtrl+L',
  'new-customer': 'CmdOrCtrl+Shift+N',
  'show-customer': 'CmdOrCtrl+1',
  'show-cases': 'CmdOrCtrl+2',
  'show-settings': 'CmdOrCtrl+3',
  'show-help': 'CmdOrCtrl+/',
};
