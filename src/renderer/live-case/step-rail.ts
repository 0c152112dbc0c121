// The live case's step rail with the agent's guidance for an error Circle's window reports. The guidance carries
// Circle's whole error table, so it is joined here, in the live case's lazily loaded panel, and not in
// step-rail-steps.ts, which the first screen's script also imports (case-end-line.ts reads only titles and states).
import { agentGuidance } from '../../shared/circle-errors/agent-guidance';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import type { LiveCaseState } from './live-case-state';
import { type RailStep, railSteps } from './step-rail-steps';

export function stepRail(environment: EnvironmentStatus | null, state: LiveCaseState, developer = false): RailStep[] {
  return railSteps(environment, state, developer, (code) => agentGuidance(code).whatHappened);
}
