import { describe, expect, it } from 'vitest';
import { commandOfKey, shortcuts } from '../../../../src/renderer/app/shortcuts';
import { menuCommands } from '../../../../src/shared/contract/menu-commands';

const press = (key: string, modifiers: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }>) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
});

describe('keyboard shortcuts', () => {
  it('maps Ctrl or Cmd with the issue’s keys to the menu’s commands', () => {
    expect(commandOfKey(press('l', { ctrl: true }))).toBe('focus-user-id');
    expect(commandOfKey(press('L', { meta: true }))).toBe('focus-user-id');
    expect(commandOfKey(press('N', { ctrl: true, shift: true }))).toBe('new-customer');
    expect(commandOfKey(press('1', { ctrl: true }))).toBe('show-customer');
    expect(commandOfKey(press('2', { meta: true }))).toBe('show-cases');
    expect(commandOfKey(press('3', { ctrl: true }))).toBe('show-settings');
    expect(commandOfKey(press('/', { ctrl: true }))).toBe('show-help');
  });

  it('leaves other keys alone (typing, Ctrl+N, Alt combinations)', () => {
    expect(commandOfKey(press('l', {}))).toBeNull();
    expect(commandOfKey(press('n', { ctrl: true }))).toBeNull();
    expect(commandOfKey(press('l', { ctrl: true, alt: true }))).toBeNull();
    expect(commandOfKey(press('c', { ctrl: true }))).toBeNull();
  });

  it('the help panel lists every menu command, in the words the issue gives', () => {
    const listed = shortcuts.map((shortcut) => shortcut.command);
    for (const command of menuCommands) expect(listed).toContain(command);
    expect(shortcuts.map((shortcut) => shortcut.keys)).toEqual([
      'Ctrl/Cmd+L',
      'Enter (in User ID)',
      'Ctrl/Cmd+Shift+N',
      'Ctrl/Cmd+1',
      'Ctrl/Cmd+2',
      'Ctrl/Cmd+3',
      'Ctrl/Cmd+/',
    ]);
  });
});
