// Electron's `Menu` for what PIN Desk uses (docs/api/menu.md; lib/browser/api/menu.ts, menu-item.ts, base-window.ts):
// - buildFromTemplate throws "Invalid template for Menu: Menu template must be an array" and "Invalid template for
//   MenuItem: must have at least one of label, role or type" (areValidTemplateItems: a label, a role, or type
//   'separator'); each item becomes a MenuItem, its submenu a Menu.
// - setApplicationMenu: "Sets `menu` as the application menu on macOS. On Windows and Linux, the `menu` will be set
//   as each window's top menu" — menu.ts calls `w.setMenu(menu)` on every window, and a window created later gets it
//   too (base-window.ts `_init`: "Simulate the application menu on platforms other than macOS"). So on Windows and
//   Linux a window whose menu was removed has no accelerators; on macOS the one menu serves every window.
// - a MenuItem's click runs the template's `click(menuItem, focusedWindow, event)` (menu-item.ts).
import type { StandInPlatform } from './platform';

export interface StandInMenuItemOptions {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  submenu?: StandInMenuItemOptions[] | StandInMenu;
  click?: (menuItem: StandInMenuItem, focusedWindow: unknown, event: unknown) => void;
  [other: string]: unknown;
}

export class StandInMenuItem {
  readonly label: string;
  readonly role: string | undefined;
  readonly type: string;
  readonly accelerator: string | undefined;
  readonly submenu: StandInMenu | undefined;
  readonly #click: StandInMenuItemOptions['click'];

  constructor(options: StandInMenuItemOptions) {
    this.label = options.label ?? '';
    this.role = options.role;
    this.submenu =
      options.submenu instanceof StandInMenu
        ? options.submenu
        : options.submenu
          ? buildFromTemplate(options.submenu)
          : undefined;
    this.type = options.type ?? (this.submenu ? 'submenu' : 'normal');
    this.accelerator = options.accelerator;
    this.#click = options.click;
  }

  /** As Electron calls it when the item (or its accelerator) is chosen: (event, focusedWindow, focusedWebContents). */
  click(event: unknown = {}, focusedWindow: unknown = null, _focusedWebContents: unknown = null): void {
    this.#click?.(this, focusedWindow, event);
  }
}

export class StandInMenu {
  readonly items: StandInMenuItem[] = [];

  append(item: StandInMenuItem): void {
    this.items.push(item);
  }
}

export function buildFromTemplate(template: unknown): StandInMenu {
  if (!Array.isArray(template)) throw new TypeError('Invalid template for Menu: Menu template must be an array');
  const valid = template.every(
    (item) =>
      item != null &&
      typeof item === 'object' &&
      (Object.hasOwn(item, 'label') || Object.hasOwn(item, 'role') || item.type === 'separator'),
  );
  if (!valid) throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
  const menu = new StandInMenu();
  for (const item of template as StandInMenuItemOptions[]) menu.append(new StandInMenuItem(item));
  return menu;
}

/** A window's side of it: Windows and Linux windows carry the application menu as their own. */
export interface MenuBearer {
  setMenu(menu: StandInMenu | null): void;
}

export class StandInMenuModule {
  #applicationMenu: StandInMenu | null = null;

  constructor(
    private readonly platform: StandInPlatform,
    private readonly windows: () => MenuBearer[],
  ) {}

  buildFromTemplate = buildFromTemplate;

  setApplicationMenu(menu: StandInMenu | null): void {
    if (menu && !(menu instanceof StandInMenu)) throw new TypeError('Invalid menu');
    this.#applicationMenu = menu;
    if (this.platform !== 'darwin') for (const window of this.windows()) window.setMenu(menu);
  }

  getApplicationMenu(): StandInMenu | null {
    return this.#applicationMenu;
  }
}
