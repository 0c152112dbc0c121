import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../../src/main/window/application-menu';
import type { MenuCommand } from '../../../../src/shared/contract/menu-commands';
import { menuCommands } from '../../../../src/shared/contract/menu-commands';

function menu(platform: NodeJS.Platform, isPackaged: boolean, customerWindowFocused?: () => boolean) {
  const sent: MenuCommand[] = [];
  const template = applicationMenuTemplate({
    platform,
    isPackaged,
    appName: 'PIN Desk',
    send: (c) => sent.push(c),
    ...(customerWindowFocused ? { customerWindowFocused } : {}),
  });
  const items = (top: MenuItemConstructorOptions) => (top.submenu ?? []) as MenuItemConstructorOptions[];
  const all = template.flatMap(items);
  return { template, items, all, sent };
}

const roleOrLabel = (item: MenuItemConstructorOptions) => item.role ?? item.label ?? item.type;

describe('the application menu', () => {
  it('has only what an agent needs: Edit, View, Window, Help (and the app menu on macOS)', () => {
    expect(menu('linux', true).template.map((top) => top.label)).toEqual(['Edit', 'View', 'Window', 'Help']);
    expect(menu('win32', true).template.map((top) => top.label)).toEqual(['Edit', 'View', 'Window', 'Help']);
    expect(menu('darwin', true).template.map((top) => top.label)).toEqual([
      'PIN Desk',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    const { template, items } = menu('linux', true);
    const edit = template.find((top) => top.label === 'Edit');
    expect(edit && items(edit).map(roleOrLabel)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    const view = template.find((top) => top.label === 'View');
    expect(view && items(view).map(roleOrLabel)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    for (const platform of ['linux', 'darwin'] as const) {
      expect(menu(platform, true).all.map(roleOrLabel)).toContain('about');
    }
  });

  it('packaged, it has no reload and no DevTools; unpackaged, the developer gets them', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const packaged = menu(platform, true).all.map(roleOrLabel);
      for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(packaged).not.toContain(role);
      expect(menu(platform, false).all.map(roleOrLabel)).toEqual(
        expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
      );
    }
  });

  it("carries the console's shortcuts as accelerators, each sending its command to the renderer", () => {
    const { all, sent } = menu('linux', true);
    const shortcuts = all.filter((item) => item.accelerator);
    expect(Object.fromEntries(shortcuts.map((item) => [item.accelerator, item.label]))).toEqual({
      'CmdOrCtrl+1': 'Customer',
      'CmdOrCtrl+2': 'Cases',
      'CmdOrCtrl+3': 'Settings',
      'CmdOrCtrl+L': 'Go to User ID',
      'CmdOrCtrl+Shift+N': 'New customer',
      'CmdOrCtrl+/': 'Keyboard shortcuts',
    });
    for (const item of shortcuts) (item.click as () => void)();
    expect([...sent].sort()).toEqual([...menuCommands].sort());
  });

  it('drops a console shortcut chosen while the customer window has focus (the menu is global on macOS)', () => {
    let customerFocused = true;
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const { all, sent } = menu(platform, true, () => customerFocused);
      const shortcuts = all.filter((item) => item.accelerator);
      customerFocused = true;
      for (const item of shortcuts) (item.click as () => void)();
      expect(sent, platform).toEqual([]);
      customerFocused = false;
      for (const item of shortcuts) (item.click as () => void)();
      expect([...sent].sort(), platform).toEqual([...menuCommands].sort());
    }
  });
});
