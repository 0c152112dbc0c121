// The names of every channel, and nothing else: the preload imports this file alone, so zod stays out of its bundle.
// Invoke channels are `area:action`; events (main → renderer) are `area:happened`.
export const invokeChannelNames = [
  'app:info',
  'environment:status',
  'emulator:reset',
  'emulator:openControlPage',
  'emulator:revealKey',
  'customer:lookup',
  'reset:start',
  'recovery:start',
  'recovery:fromForgotPin',
  'liveCase:follow',
  'liveCase:execute',
  'liveCase:replaceToken',
  'liveCase:resume',
  'liveCase:reportOutcome',
  'liveCase:cancel',
  'liveCase:copyId',
  'settings:get',
  'settings:setEnvironment',
  'settings:setBaseUrl',
  'settings:setApiKey',
  'settings:saveConnection',
  'settings:forgetKey',
  'settings:setAgentName',
  'settings:setDeveloperDetails',
  'settings:customerScreen',
  'settings:setCustomerScreen',
  // Settings → Security questions and Circle's window (the app's look), per environment.
  'settings:appLook',
  'settings:saveSecurityQuestions',
  'settings:saveCircleWindowLook',
  'settings:saveAssetHosts',
  'customerScreen:status',
  'caseLog:list',
  'caseLog:open',
  'caseLog:export',
  'caseLog:copyMarkdown',
  'caseLog:setDetails',
  'diagnostics:get',
  'diagnostics:copy',
  // The customer window's slice (window-channels.ts): the one case it shows, nothing else.
  'customerWindow:showing',
  'customerWindow:report',
  'customerWindow:renewSession',
  'customerWindow:forgotPin',
] as const;
export const eventChannelNames = [
  'challenge:updated',
  'liveCase:tokenRefused',
  'liveCase:circleWindowRefused',
  'menu:commandChosen',
  'customerScreen:changed',
  'customerWindow:changed',
] as const;

export type InvokeChannel = (typeof invokeChannelNames)[number];
export type EventChannel = (typeof eventChannelNames)[number];
