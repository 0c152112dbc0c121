import { AgentFailure } from '../failures/agent-failure';

/** Refuses an action that would cut open cases short until the agent confirms; `action` says what it does to them. */
export function openCasesRefusal(open: number, action: string): AgentFailure {
  const cases = open === 1 ? '1 case is' : `${open} cases are`;
  return new AgentFailure('cases-open', `${cases} open. ${action} ${open === 1 ? 'it' : 'them'}; confirm to continue.`);
}
