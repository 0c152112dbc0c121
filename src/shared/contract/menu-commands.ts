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
