import { describe, expect, it } from 'vitest';
import { AppLookService } from '../../../../src/main/app-look/app-look-service';
import { memorySettings } from '../../../../src/main/settings/settings-port';

const look = (change: object = {}) => ({
  colors: {},
  backdropOpacity: '',
  images: {},
  fontName: '',
  fontUrl: '',
  ...change,
});

describe('Settings → Security questions', () => {
  it('keeps a valid list per environment and puts it on that environment’s sessions only', () => {
    const service = new AppLookService(memorySettings());
    const saved = service.saveSecurityQuestions({
      environment: 'circle-testnet',
      source: 'entries',
      questions: [
        { question: ' Your first car? ', type: 'TEXT' },
        { question: 'When did you marry?', type: 'DATE' },
      ],
      requiredCount: 2,
    });
    expect(saved).toMatchObject({ saved: true, problems: {} });
    expect(service.sessionLook('circle-testnet').securityQuestions).toEqual({
      questions: [
        { question: 'Your first car?', type: 'TEXT' },
        { question: 'When did you marry?', type: 'DATE' },
      ],
      requiredCount: 2,
    });
    expect(service.sessionLook('local-emulator').securityQuestions).toBeNull();
  });

  it('names each wrong entry and saves nothing; what was typed is not touched', () => {
    const settings = memorySettings();
    const service = new AppLookService(settings);
    const result = service.saveSecurityQuestions({
      environment: 'local-emulator',
      source: 'entries',
      questions: [
        { question: 'Pet?', type: 'TEXT' },
        { question: 'Pet?', type: 'TEXT' },
        { question: 'Street?', type: 'NUMBER' },
        { question: '  ', type: 'TEXT' },
      ],
      requiredCount: 5,
    });
    expect(result.saved).toBe(false);
    expect(result.problems).toEqual({
      'question-2': 'Question 2 is the same as question 1.',
      'question-3': expect.stringContaining("type “NUMBER”; the SDK's QuestionType is TEXT or DATE"),
      'question-4': 'Question 4 is empty: type it, or remove the entry.',
      requiredCount: 'Customers cannot answer 5 questions from a list of 4.',
    });
    expect(settings.snapshot()).toEqual({});
  });

  it('reads pasted JSON into entries: every entry comes back, the wrong ones named', () => {
    const service = new AppLookService(memorySettings());
    const json = JSON.stringify([
      { question: 'Pet?', type: 'TEXT' },
      'Street?',
      { question: 'Born?', type: 'DATE', hint: 'x' },
      { question: 'School?' },
    ]);
    const result = service.saveSecurityQuestions({
      environment: 'local-emulator',
      source: 'json',
      json,
      requiredCount: 2,
    });
    expect(result.saved).toBe(false);
    expect(result.drafts).toEqual([
      { question: 'Pet?', type: 'TEXT' },
      { question: 'Street?', type: 'TEXT' },
      { question: 'Born?', type: 'DATE' },
      { question: 'School?', type: '' },
    ]);
    expect(result.problems['question-1']).toBeUndefined();
    expect(result.problems['question-2']).toBe('Entry 2 is string, not { "question": …, "type": "TEXT" | "DATE" }.');
    expect(result.problems['question-3']).toBe('Entry 3 has “hint”: a SecurityQuestion has only question and type.');
    expect(result.problems['question-4']).toBe('Entry 4 has no type: TEXT or DATE.');
    const broken = service.saveSecurityQuestions({
      environment: 'local-emulator',
      source: 'json',
      json: '[{"question": "Pet?"',
      requiredCount: 2,
    });
    expect(broken.problems.json).toMatch(/^Not JSON: /);
  });

  it('pasted text that is no list brings back no entries, so the ones on screen stay as they were', () => {
    const service = new AppLookService(memorySettings());
    for (const json of ['[{"question": "Pet?"', '{"question": "Pet?", "type": "TEXT"}', '[]']) {
      const result = service.saveSecurityQuestions({
        environment: 'local-emulator',
        source: 'json',
        json,
        requiredCount: 2,
      });
      expect(result.saved, json).toBe(false);
      expect(result.problems.json, json).toBeDefined();
      // An empty drafts list would replace what the agent typed (and a Save would then clear the app's list).
      expect(result.drafts, json).toBeUndefined();
    }
  });

  it('an empty list is Circle’s defaults again', () => {
    const service = new AppLookService(memorySettings());
    const entries = [
      { question: 'A?', type: 'TEXT' },
      { question: 'B?', type: 'TEXT' },
    ];
    service.saveSecurityQuestions({
      environment: 'local-emulator',
      source: 'entries',
      questions: entries,
      requiredCount: 2,
    });
    service.saveSecurityQuestions({
      environment: 'local-emulator',
      source: 'entries',
      questions: [],
      requiredCount: 2,
    });
    expect(service.sessionLook('local-emulator').securityQuestions).toBeNull();
  });
});

describe('Settings → Circle’s window', () => {
  it('keeps ThemeColor colours and the backdrop opacity; names a colour it cannot check', () => {
    const service = new AppLookService(memorySettings());
    const refused = service.saveCircleWindowLook({
      environment: 'local-emulator',
      look: look({ colors: { mainBtnBg: '#0a7', textMain: 'red; background: url(x)' }, backdropOpacity: '2' }),
    });
    expect(refused.problems).toEqual({
      'color-textMain': expect.stringContaining('is not a colour PIN Desk can check'),
      backdropOpacity: '“2” is not a number from 0 to 1.',
    });
    const saved = service.saveCircleWindowLook({
      environment: 'local-emulator',
      look: look({ colors: { mainBtnBg: '#0a7', textMain: 'rgb(10, 20, 30)' }, backdropOpacity: '0.4' }),
    });
    expect(saved.saved).toBe(true);
    expect(service.sessionLook('local-emulator').window).toEqual({
      colors: { mainBtnBg: '#0a7', textMain: 'rgb(10, 20, 30)' },
      backdropOpacity: 0.4,
      images: {},
      font: null,
    });
  });

  it('takes fonts and images over https from Circle’s hosts and the allow list only, naming the host refused', () => {
    const service = new AppLookService(memorySettings());
    const environment = 'circle-testnet';
    const images = {
      errorInfo: 'https://cdn.customer.example/error.png',
      securityIntroMain: 'file:///etc/passwd',
      dropdownArrow: 'data:image/svg+xml,<svg/>',
      naviBack: 'http://assets.circle.com/back.png',
    };
    const refused = service.saveCircleWindowLook({ environment, look: look({ images }) });
    expect(refused.problems).toEqual({
      'image-errorInfo': expect.stringMatching(
        /^cdn\.customer\.example is not one of Circle’s hosts nor on this environment’s allow list/,
      ),
      'image-securityIntroMain': expect.stringMatching(/^file: URLs are never used/),
      'image-dropdownArrow': expect.stringMatching(/^data: URLs are not used/),
      'image-naviBack': 'http: URLs are not used: https only.',
    });

    expect(
      service.saveAssetHosts({ environment, hosts: ['https://cdn.customer.example/'] }).problems.assetHosts,
    ).toMatch(/is not a host name like fonts\.example\.com/);
    expect(
      service.saveAssetHosts({ environment, hosts: ['CDN.customer.example', 'fonts.customer.example'] }).saved,
    ).toBe(true);
    const saved = service.saveCircleWindowLook({
      environment,
      look: look({
        images: { errorInfo: 'https://cdn.customer.example/error.png', naviClose: 'https://assets.circle.com/x.png' },
        fontName: 'Customer Sans',
        fontUrl: 'https://fonts.customer.example/sans.css',
      }),
    });
    expect(saved.saved).toBe(true);
    expect(service.sessionLook(environment).window.font).toEqual({
      name: 'Customer Sans',
      url: 'https://fonts.customer.example/sans.css',
    });
    // A host still used cannot leave the list; Diagnostics reads the list.
    expect(service.saveAssetHosts({ environment, hosts: ['cdn.customer.example'] }).problems.assetHosts).toBe(
      'fonts.customer.example is used by the font: change that first.',
    );
    expect(service.assetHosts(environment)).toEqual(['cdn.customer.example', 'fonts.customer.example']);
    expect(service.assetHosts('circle-mainnet')).toEqual([]);
  });

  it('a font name that could break out of its CSS string is refused', () => {
    const service = new AppLookService(memorySettings());
    const result = service.saveCircleWindowLook({
      environment: 'local-emulator',
      look: look({ fontName: 'Sans"; } body { display: none', fontUrl: '' }),
    });
    expect(result.problems.fontName).toMatch(/^A font family name of letters/);
  });

  it('a settings file edited by hand into something else reads as nothing set, per environment', () => {
    const settings = memorySettings();
    settings.set('appLook', {
      'circle-testnet': { securityQuestions: { questions: [{ question: 'x', type: 'NUMBER' }], requiredCount: 2 } },
      'local-emulator': 'not a look',
    });
    const service = new AppLookService(settings);
    expect(service.sessionLook('circle-testnet')).toEqual({
      securityQuestions: null,
      window: { colors: {}, backdropOpacity: null, images: {}, font: null },
    });
    expect(service.view('local-emulator').assetHosts).toEqual([]);
  });
});
