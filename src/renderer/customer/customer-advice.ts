// While a case is on screen the path box folds to one line saying what was chosen; the case's guidance is then the
// only script. After "Forgot PIN?" the line says recovery; while following, the customer's own app. Pure.
import type { CustomerAnswers } from '../../shared/lookup/path-recommendation';
import type { LiveCaseState } from '../live-case/live-case-state';

export interface ChosenPath {
  path: 'reset' | 'recovery' | 'follow' | 'execute';
  line: string;
}

const flowLines = {
  reset: { path: 'reset', line: 'PIN reset' },
  recovery: { path: 'recovery', line: 'Account recovery' },
  followed: { path: 'follow', line: 'Following the customer’s own app' },
  executed: { path: 'execute', line: 'A challenge made elsewhere (developer)' },
} as const;

/** What the customer said, as the folded line repeats it (unanswered questions are left out). */
function customerSaid(answers: CustomerAnswers): string {
  const said = [
    answers.knowsPin === null ? null : answers.knowsPin ? 'knows their PIN' : 'does not know their PIN',
    answers.remembersAnswers === null
      ? null
      : answers.remembersAnswers
        ? 'remembers their answers'
        : 'does not remember their answers',
  ].filter((part): part is string => part !== null);
  return said.length ? ` — the customer ${said.join(' and ')}` : '';
}

/** The folded path line, or null when no case is on screen (the path box shows the questions and its script). */
export function chosenPath(state: LiveCaseState, answers: CustomerAnswers): ChosenPath | null {
  if (state.phase === 'idle' || state.phase === 'cancelled') return null;
  const flow = state.phase === 'follow-failed' ? 'followed' : state.flow;
  const chosen = flowLines[flow];
  const said = flow === 'reset' || flow === 'recovery' ? customerSaid(answers) : '';
  return { path: chosen.path, line: `${chosen.line}${said}` };
}
