// The users every fresh emulator state starts with, one per situation the console must handle. A scenario is named
// by its seeded user's id; `POST /emulator/users {userId, scenario}` makes another user in the same situation.
import type { UserDescription } from './user-builder';

export const seededPin = '480213';

export const seededSecurityQuestions = [
  { question: 'What was the name of your first pet?', answer: 'biscuit' },
  { question: 'In which city were you born?', answer: 'lisbon' },
];

export const scenarioNames = [
  'user-knows-pin',
  'user-pin-locked',
  'user-answers-locked',
  'user-disabled',
  'user-no-pin',
] as const;

export type ScenarioName = (typeof scenarioNames)[number];

const knowsEverything = { pin: seededPin, securityQuestions: seededSecurityQuestions };

const scenarios: Record<ScenarioName, Omit<UserDescription, 'userId'>> = {
  'user-knows-pin': knowsEverything,
  // The lock ends in 5 minutes, so a rehearsal can watch it lift (move the clock) without waiting half an hour.
  'user-pin-locked': { ...knowsEverything, pinLockedForSeconds: 5 * 60 },
  'user-answers-locked': { ...knowsEverything, answersLockedForSeconds: 30 * 60 },
  'user-disabled': { ...knowsEverything, status: 'DISABLED' },
  'user-no-pin': {},
};

export function isScenarioName(name: string): name is ScenarioName {
  return (scenarioNames as readonly string[]).includes(name);
}

export function describeScenarioUser(scenario: ScenarioName, userId: string = scenario): UserDescription {
  return { userId, ...structuredClone(scenarios[scenario]) };
}
