// The names of every channel, and nothing else: the preload imports this file alone, so zod stays out of its bundle.
// Invoke channels are `area:action`; events (main → renderer) are `area:happened`.
export const invokeChannelNames = [
  'app:info',
  'environment:status',
  'emulator:reset',
  'customer:lookup',
  'reset:start',
  'recovery:start',
  'recovery:fromForgotPin',
  'case:follow',
  'case:resume',
  'case:reportOutcome',
  'case:cancel',
  'settings:get',
  'settings:setEnvironment',
  'settings:setBaseUrl',
  'settings:setApiKey',
  'settings:forgetKey',
  'settings:setAgentName',
  'cases:list',
  'cases:open',
  'cases:export',
  'cases:copyMarkdown',
  'cases:setDetails',
] as const;
export const eventChannelNames = ['challenge:updated'] as const;

export type InvokeChannel = (typeof invokeChannelNames)[number];
export type EventChannel = (typeof eventChannelNames)[number];
