// Names for the Circle error codes PIN Desk acts on, so code says what it means ("userTokenExpired", not 155104).
// Each is a row of circle-error-table.json (Circle's table; a unit test checks every name against it). The emulator's
// hosted-page scripts are served as self-contained functions and keep their own literals.

export const circleErrorCodes = {
  /** 2: a request field failed validation. */
  invalidField: 2,
  userAlreadyExists: 155101,
  userNotFound: 155102,
  userTokenMissing: 155103,
  userTokenExpired: 155104,
  userTokenInvalid: 155105,
  userAlreadyInitialized: 155106,
  pinAlreadySet: 155107,
  userDisabled: 155109,
  pinNotSet: 155110,
  securityQuestionsNotSet: 155111,
  wrongPin: 155112,
  unknownAppId: 155114,
  wrongAnswers: 155115,
  challengeNotFound: 155116,
  encryptionKeyMismatch: 155118,
  pinLocked: 155119,
  answersLocked: 155120,
  challengeExpired: 155121,
  challengeInvalid: 155122,
  securityQuestionsMissing: 155123,
  walletMetadataCountMismatch: 155504,
  scaNotSupportedOnBlockchain: 155507,
  scaOnOneBlockchainAtATime: 155508,
  /** Raised by the web SDK's own UI: the customer closed Circle's window. */
  customerCancelled: 155701,
  /** Raised by the web SDK's own UI: the new PIN and its confirmation differ. */
  pinMismatch: 155703,
  /** Raised by the web SDK's own UI: repeating or consecutive digits. */
  weakPin: 155704,
  /** Raised by the web SDK's own UI: the hosted page did not answer. */
  sdkNetworkError: 155706,
  walletNotFound: 156001,
  apiKeyNotFound: 156007,
  invalidUuid: 156009,
  paginationCursorNotFound: 156012,
  newIdempotencyKeyNeeded: 156020,
} as const;

export type CircleErrorName = keyof typeof circleErrorCodes;

/** Token problems the console recovers from by itself: a new token, the same challenge, nothing re-typed. */
export const renewableTokenCodes: readonly number[] = [
  circleErrorCodes.userTokenExpired,
  circleErrorCodes.userTokenInvalid,
];
