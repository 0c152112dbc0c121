// The hosted PIN UI's client in preview mode (`<prefix>preview/`): the same screens, answered in the page itself, so an
// app can see its look (the SDK's customizations) on a new PIN's screens and its security question set-up without any
// challenge, user or call to the emulator. Nothing is kept: the last step completes and the page forgets it all.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes.
import type { Reply } from './hosted-pin-browser-types';
import type { NewPinCheckReply, OpenReply, StepReply } from './hosted-ui-protocol';

export function createHostedPinPreviewClient() {
  const previewed = { type: 'SET_PIN', status: 'IN_PROGRESS' } as const;
  const done = (): Promise<Reply<StepReply>> =>
    Promise.resolve({ ok: true, value: { ok: true, challenge: { type: 'SET_PIN', status: 'COMPLETE' } } });
  return {
    open(): Promise<Reply<OpenReply>> {
      return Promise.resolve({ ok: true, value: { challenge: previewed, securityQuestions: [] } });
    },
    verifyCurrentPin: done,
    confirmWithPin: done,
    verifyAnswers: done,
    checkNewPin(): Promise<Reply<NewPinCheckReply>> {
      return Promise.resolve({ ok: true, value: { ok: true } });
    },
    completeWithNewPin: done,
  };
}
