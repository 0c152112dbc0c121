// Settings → Look's channels as main registers them: each handler reaches the app-look service with the agent's input
// and answers what the service answered (the service's own rules are tested in app-look-service.test.ts).
import { describe, expect, it } from 'vitest';
import { AppLookService } from '../../../../src/main/app-look/app-look-service';
import { settingsHandlers } from '../../../../src/main/settings/settings-handlers';
import { memorySettings } from '../../../../src/main/settings/settings-port';
import type { SettingsService } from '../../../../src/main/settings/settings-service';

function lookHandlers() {
  const store = memorySettings();
  const appLook = new AppLookService(store);
  // The connection service is not reached by these channels.
  const handlers = settingsHandlers({
    service: {} as SettingsService,
    appLook,
    store,
    customerLanguageChanged: () => {},
  });
  return { handlers, appLook };
}

describe("Settings → Look's channels", () => {
  it('settings:appLook answers the environment’s saved look', async () => {
    const { handlers, appLook } = lookHandlers();
    appLook.saveAssetHosts({ environment: 'circle-testnet', hosts: ['fonts.customer.example'] });
    const view = await handlers['settings:appLook']({ environment: 'circle-testnet' });
    expect(view).toEqual(appLook.view('circle-testnet'));
    expect(view).toMatchObject({ environment: 'Circle testnet', assetHosts: ['fonts.customer.example'] });
    expect((await handlers['settings:appLook']({ environment: 'local-emulator' })).assetHosts).toEqual([]);
  });

  it('settings:saveSecurityQuestions keeps the questions for that environment and answers the new view', async () => {
    const { handlers, appLook } = lookHandlers();
    const questions = [
      { question: 'Your first car?', type: 'TEXT' },
      { question: 'When did you marry?', type: 'DATE' },
    ];
    const answer = await handlers['settings:saveSecurityQuestions']({
      environment: 'circle-testnet',
      source: 'entries',
      questions,
      requiredCount: 2,
    });
    expect(answer).toMatchObject({ saved: true, problems: {} });
    expect(answer.view.securityQuestions).toEqual({ questions, requiredCount: 2 });
    expect(appLook.view('circle-testnet').securityQuestions).toEqual({ questions, requiredCount: 2 });
  });

  it('settings:saveCircleWindowLook keeps the window’s colours and answers the new view', async () => {
    const { handlers, appLook } = lookHandlers();
    const answer = await handlers['settings:saveCircleWindowLook']({
      environment: 'circle-testnet',
      look: { colors: { mainBtnBg: '#123456' }, backdropOpacity: '', images: {}, fontName: '', fontUrl: '' },
    });
    expect(answer).toMatchObject({ saved: true, problems: {} });
    expect(answer.view.window.colors).toEqual({ mainBtnBg: '#123456' });
    expect(appLook.view('circle-testnet').window.colors).toEqual({ mainBtnBg: '#123456' });
  });

  it('settings:saveAssetHosts keeps the hosts and answers the new view; a wrong host is named', async () => {
    const { handlers, appLook } = lookHandlers();
    const answer = await handlers['settings:saveAssetHosts']({
      environment: 'circle-testnet',
      hosts: ['fonts.customer.example'],
    });
    expect(answer).toMatchObject({ saved: true, problems: {}, view: { assetHosts: ['fonts.customer.example'] } });
    expect(appLook.assetHosts('circle-testnet')).toEqual(['fonts.customer.example']);
    const refused = await handlers['settings:saveAssetHosts']({ environment: 'circle-testnet', hosts: ['http://x y'] });
    expect(refused.saved).toBe(false);
    expect(refused.problems.assetHosts).toEqual(expect.any(String));
    expect(appLook.assetHosts('circle-testnet')).toEqual(['fonts.customer.example']);
  });
});
