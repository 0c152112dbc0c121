import { describe, expect, it } from 'vitest';
import { type AppLookSdk, applyAppLook } from '../../../../src/renderer/circle-window/app-look-calls';
import type { AppLook } from '../../../../src/shared/app-look/app-look';

/** Records the three setters' arguments (the web SDK itself is exercised in the browser tests). */
function recordingSdk() {
  const calls: unknown[][] = [];
  const sdk: AppLookSdk = {
    setCustomSecurityQuestions: (...args) => void calls.push(['setCustomSecurityQuestions', ...args]),
    setThemeColor: (theme) => void calls.push(['setThemeColor', theme]),
    setResources: (resources) => void calls.push(['setResources', resources]),
  };
  return { sdk, calls };
}

describe('applyAppLook', () => {
  it('hands the SDK the environment’s questions, colours, images and font', () => {
    const { sdk, calls } = recordingSdk();
    const look: AppLook = {
      securityQuestions: { questions: [{ question: 'Pet?', type: 'TEXT' }], requiredCount: 3 },
      window: {
        colors: { mainBtnBg: '#123456' },
        backdropOpacity: 0.5,
        images: { errorInfo: 'https://assets.circle.com/e.png' },
        font: { name: 'Inter', url: null },
      },
    };
    applyAppLook(sdk, look);
    expect(calls).toEqual([
      ['setCustomSecurityQuestions', [{ question: 'Pet?', type: 'TEXT' }], 3],
      ['setThemeColor', { mainBtnBg: '#123456', backdropOpacity: 0.5 }],
      ['setResources', { errorInfo: 'https://assets.circle.com/e.png', fontFamily: { name: 'Inter' } }],
    ]);
  });

  it('without a look, sets all three to nothing: the SDK is a singleton, and no look may outlive its run', () => {
    const { sdk, calls } = recordingSdk();
    applyAppLook(sdk, undefined);
    expect(calls).toEqual([
      ['setCustomSecurityQuestions', undefined, undefined],
      ['setThemeColor', {}],
      ['setResources', {}],
    ]);
  });
});
