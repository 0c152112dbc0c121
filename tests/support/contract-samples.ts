// One valid input per invoke channel, shared by the contract's own tests and the hostile-input run over the bridge.
import type { InvokeChannel } from '../../src/shared/contract/channel-names';
import type { InputOf } from '../../src/shared/contract/ipc-contract';

/** One valid input per channel; typed so that a new channel without a sample fails typecheck. */
const caseId = '7d444840-9dc0-41ce-a1b2-6c0b2b4c2f10';
const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A JWT shaped like Circle's user tokens, naming `user-knows-pin` (only decoded, never verified, before a call). */
export const samplePastedToken = (exp: number, payload: object = { sub: 'user-knows-pin' }) =>
  `${jwtPart({ alg: 'HS256', typ: 'JWT' })}.${jwtPart({ ...payload, exp })}.c2lnbmF0dXJl`;
const userToken = samplePastedToken(Math.floor(Date.now() / 1000) + 3600);
const encryptionKey = Buffer.alloc(32, 7).toString('base64');
const teamLogForm = {
  enabled: true,
  host: 'db.example.org',
  port: '5432',
  database: 'team',
  user: 'desk_lisbon_3',
  deskName: 'Lisbon-3',
  useTls: true,
  caFile: null,
  clientCertFile: null,
  clientKeyFile: null,
  password: 'a password',
};
export const validInputs: { [C in InvokeChannel]: InputOf<C> } = {
  'app:info': {},
  'environment:status': {},
  'emulator:reset': { closeOpenCases: false },
  'emulator:openControlPage': {},
  'emulator:revealKey': {},
  'customer:lookup': { userId: 'user-knows-pin' },
  'reset:start': { userId: 'user-knows-pin', attemptId: 'a3bb189e-8bf9-4888-9912-ace4e6543002' },
  'recovery:start': { userId: 'user-knows-pin', attemptId: 'a3bb189e-8bf9-4888-9912-ace4e6543002' },
  'recovery:fromForgotPin': { caseId },
  'liveCase:follow': { userId: 'user-knows-pin', challengeId: caseId },
  'liveCase:execute': { userToken, encryptionKey, challengeId: caseId },
  'liveCase:replaceToken': { caseId, userToken, encryptionKey },
  'liveCase:resume': { caseId },
  'liveCase:reportOutcome': { caseId, outcome: { kind: 'error', code: 155112, message: 'wrong PIN' } },
  'liveCase:cancel': { caseId },
  'liveCase:copyId': { kind: 'challengeId', value: caseId },
  'settings:get': {},
  'settings:setEnvironment': { environment: 'circle-testnet', closeOpenCases: false },
  'settings:setBaseUrl': { environment: 'circle-testnet', baseUrl: 'https://api.circle.com' },
  'settings:setApiKey': { environment: 'circle-testnet', apiKey: 'TEST_API_KEY:abc:def' },
  'settings:saveConnection': {
    environment: 'circle-testnet',
    baseUrl: 'https://api.circle.com',
    apiKey: 'TEST_API_KEY:abc:def',
  },
  'settings:forgetKey': { environment: 'circle-testnet' },
  'settings:setAgentName': { agentName: 'Ana Agent' },
  'settings:appLook': { environment: 'local-emulator' },
  'settings:saveSecurityQuestions': {
    environment: 'local-emulator',
    source: 'entries',
    questions: [{ question: 'Your first car?', type: 'TEXT' }],
    requiredCount: 2,
  },
  'settings:saveCircleWindowLook': {
    environment: 'circle-testnet',
    look: { colors: { mainBtnBg: '#123456' }, backdropOpacity: '', images: {}, fontName: '', fontUrl: '' },
  },
  'settings:saveAssetHosts': { environment: 'circle-testnet', hosts: ['fonts.customer.example'] },
  'settings:setDeveloperDetails': { environment: 'circle-testnet', show: true },
  'caseLog:list': {
    search: 'ZD-1001',
    userId: 'user-knows-pin',
    outcome: 'COMPLETE',
    from: '2026-11-01',
    to: '2026-11-30',
    environment: 'local-emulator',
    flow: 'executed',
  },
  'caseLog:open': { caseId },
  'caseLog:export': { caseId, format: 'markdown' },
  'caseLog:copyMarkdown': { caseId },
  'caseLog:setDetails': { caseId, ticketRef: 'TICKET-42', note: 'Customer called from the branch.' },
  'caseLog:overview': { fromDay: '2026-11-03', toDay: '2026-11-05', timeZone: 'Asia/Kolkata' },
  'diagnostics:get': {},
  'diagnostics:copy': {},
  'settings:customerLanguage': {},
  'settings:setCustomerLanguage': { language: 'pt-BR' },
  'settings:customerScreen': {},
  'settings:setCustomerScreen': { choice: { kind: 'display', displayId: 2 }, greeting: 'Welcome to Example Bank.' },
  'customerScreen:status': {},
  'teamLog:get': {},
  'teamLog:save': teamLogForm,
  'teamLog:test': teamLogForm,
  'teamLog:status': {},
  'teamLog:list': { search: 'Lisbon', outcome: 'open', limit: 50 },
  'teamLog:openElsewhere': { userId: 'user-knows-pin' },
  'customerWindow:showing': {},
  'customerWindow:report': { caseId, report: { kind: 'error', code: 155112, message: 'wrong PIN' } },
  'customerWindow:renewSession': { caseId },
  'customerWindow:forgotPin': { caseId },
};
