// The name cases are recorded under: the one saved in Settings, else the OS user name, else `agent`.
import { userInfo } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agentNameKey, defaultAgentName, savedAgentName } from '../../../../src/main/settings/agent-name';
import { memorySettings } from '../../../../src/main/settings/settings-port';

vi.mock('node:os', async (original) => {
  const os = await original<typeof import('node:os')>();
  return { ...os, userInfo: vi.fn(os.userInfo) };
});
const osUser = vi.mocked(userInfo);
afterEach(() => osUser.mockRestore());

const settingsWith = (saved: unknown) => {
  const settings = memorySettings();
  if (saved !== undefined) settings.set(agentNameKey, saved);
  return settings;
};

describe('the agent’s name', () => {
  it('is the name saved in Settings, as saved', () => {
    expect(savedAgentName(settingsWith('Ana Lopes'), () => 'os-user')).toBe('Ana Lopes');
  });

  it('falls back when nothing, a blank name or something other than text is saved', () => {
    for (const saved of [undefined, '', '   ', 42, null]) {
      expect(savedAgentName(settingsWith(saved), () => 'os-user')).toBe('os-user');
    }
  });

  it('is by default the OS user name, or `agent` when the OS gives none or cannot say', () => {
    osUser.mockReturnValueOnce({ ...userInfo(), username: 'jdoe' });
    expect(defaultAgentName()).toBe('jdoe');
    osUser.mockReturnValueOnce({ ...userInfo(), username: '' });
    expect(defaultAgentName()).toBe('agent');
    osUser.mockImplementationOnce(() => {
      throw new Error('no passwd entry');
    });
    expect(defaultAgentName()).toBe('agent');
  });
});
