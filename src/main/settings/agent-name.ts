import { userInfo } from 'node:os';
import type { SettingsPort } from './settings-port';

export const agentNameKey = 'agent.name';

/** The OS user name: the agent's name until one is set in Settings. */
export function defaultAgentName(): string {
  try {
    return userInfo().username || 'agent';
  } catch {
    return 'agent';
  }
}

/** The name cases are recorded under: the one saved in Settings, else `fallback`. */
export function savedAgentName(settings: SettingsPort, fallback: () => string = defaultAgentName): string {
  const saved = settings.get(agentNameKey);
  return typeof saved === 'string' && saved.trim() !== '' ? saved : fallback();
}
