// The emulator's public surface: start one, and the pieces a client or receiver may need (scenario fixtures, the
// test-only scrypt cost, webhook signature verification).

export type { Network } from './auth/api-key';
export { defaultScryptCost, type ScryptCost, testScryptCost } from './auth/secret-hash';
export {
  type BehaviourChange,
  type BehaviourProfile,
  behaviourProfiles,
  defaultBehaviour,
  type EmulatorBehaviour,
  type HostedUiErrorMode,
  hostedUiErrorModes,
  type IdempotencyRule,
  idempotencyRules,
} from './behaviour/emulator-behaviour';
export type { ChallengeSteps } from './challenges/challenge-steps';
export { createEmulator, type Emulator, type EmulatorOptions } from './create-emulator';
export type { Exchange } from './http/api-server';
export type { DeliveryAttempt, NotificationDispatcherOptions } from './notifications/notification-dispatcher';
export { verifyBody as verifyNotificationSignature } from './notifications/notification-signing';
export { defaultChallengeLifetimeSeconds } from './rules/challenge-lifecycle';
export { circleLockoutPolicy, type LockoutPolicy } from './rules/lockout';
export { type ScenarioName, scenarioNames, seededPin, seededSecurityQuestions } from './scenarios/seeded-users';
export type { EmulatorSnapshot } from './state/emulator-state';
export { createStateSaver, readStateFile, StateFileError } from './state/state-file';
