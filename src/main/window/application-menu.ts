import type { MenuItemConstructorOptions } from 'electron';
import { type MenuCommand, menuCommandAccelerators } from '../../shared/contract/menu-commands';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** Tells the renderer a console item was chosen (event `menu:commandChosen`). */
  send: (command: MenuCommand) => void;
  /**
   * Whether the customer window has focus now. The menu is the app's (global on macOS, its accelerators live in every
   * window), so a console item chosen there — a key the customer pressed — is dropped, never sent to the console.
   */
  customerWindowFocused?: () => boolean;
}

/**
 * The application menu: only what an agent needs — Edit (copy and paste), View (the console's views and shortcuts,
 * zoom), Window, Help — instead of Electron's default menu with its reload and DevTools items. Those two appear only
 * in unpackaged runs. The console's keyboard shortcuts are accelerators here, so they work wherever focus is.
 */
export function applicationMenuTemplate(options: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, chosen: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: menuCommandAccelerators[chosen],
    click: () => {
      if (!options.customerWindowFocused?.()) options.send(chosen);
    },
  });
  const about: MenuItemConstructorOptions = { role: 'about', label: `About ${options.appName}` };
  const development: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        command('Customer', 'show-customer'),
        command('Cases', 'show-cases'),
        command('Settings', 'show-settings'),
        { type: 'separator' },
        command('Go to User ID', 'focus-user-id'),
        command('New customer', 'new-customer'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...development,
      ],
    },
    {
      label: 'Window',
      submenu: mac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }, { type: 'separator' }, { role: 'quit' }],
    },
    {
      label: 'Help',
      role: 'help',
      submenu: [command('Keyboard shortcuts', 'show-help'), ...(mac ? [] : [{ type: 'separator' as const }, about])],
    },
  ];
}
