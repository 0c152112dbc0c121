// How the hosted page reads the web SDK's customizations (the browser function itself, run in Node with a stand-in
// for the browser's CSS colour check), and the CSP it is served with for the resources they name: each field is
// honoured or left out with a reason, never fatal; only https origins the page asked for are allowed.
import { describe, expect, it } from 'vitest';
import { readHostedPinCustomizations } from '../../../src/emulator/hosted-ui/hosted-pin-customizations';
import { hostedPinPage, resourceOriginsOf } from '../../../src/emulator/hosted-ui/hosted-pin-page';
import { createHostedPinWording } from '../../../src/emulator/hosted-ui/hosted-pin-wording';
import {
  defaultSecurityConfirmItems,
  defaultSecurityQuestions,
} from '../../../src/emulator/hosted-ui/hosted-ui-routes';

const defaults = { defaultSecurityQuestions, minimumSecurityQuestions: 2, defaultSecurityConfirmItems };
// Stands in for CSS.supports('color', value): names and hex and rgb() only.
const isColour = (value: string) => /^(#[0-9a-f]{3,8}|rgb\(\d+, ?\d+, ?\d+\)|red|green|white|black)$/i.test(value);
const read = (raw: unknown) => readHostedPinCustomizations(raw, defaults, isColour);

describe('the customizations the web SDK posts', () => {
  it('with nothing set (what the SDK posts by default) the page keeps its own words, questions and look', () => {
    const look = read({
      securityQuestions: { questions: undefined, requiredCount: 2, securityConfirmItems: undefined },
      themeColor: undefined,
      localizations: undefined,
      resources: undefined,
      customLinks: undefined,
    });
    expect(look).toMatchObject({ texts: {}, theme: {}, images: {}, learnMoreUrl: null });
    expect(look.questions).toEqual({
      choices: defaultSecurityQuestions.map((question) => ({ question, type: 'TEXT' })),
      count: 2,
    });
    expect(look.confirmItems).toEqual(defaultSecurityConfirmItems);
    expect(look.ignored).toEqual([]);
  });

  it('keeps every valid text of the screens it shows, and says what it left out', () => {
    const look = read({
      localizations: {
        enterPincode: { headline: 'Introduce tu {{pin}}', headline2: 'PIN', forgotPin: '¿Olvidaste el PIN?', x: 'y' },
        newPincode: { headline: 42, subhead: '' },
        securityConfirm: { inputMatch: 'Acepto' },
        emailOtp: { title: 'Código' },
        made: { up: 'screen' },
        recoverPincode: 'not an object',
      },
    });
    expect(look.texts).toEqual({
      enterPincode: { headline: 'Introduce tu {{pin}}', headline2: 'PIN', forgotPin: '¿Olvidaste el PIN?' },
      securityConfirm: { inputMatch: 'Acepto' },
    });
    expect(look.ignored).toEqual([
      'customizations.localizations.enterPincode.x: not a text of enterPincode',
      'customizations.localizations.newPincode.headline: not a text of 1 to 500 characters',
      'customizations.localizations.newPincode.subhead: not a text of 1 to 500 characters',
      'customizations.localizations.emailOtp: no such screen in the emulator',
      'customizations.localizations.made: not in Localizations',
      'customizations.localizations.recoverPincode: not an object',
    ]);
  });

  it("puts headline2 in the headline's {{…}} placeholder, highlighted, as Circle's example writes it", () => {
    const words = createHostedPinWording({
      securityIntros: { headline: 'Set up your {{method}} to recover your pin code', headline2: 'Security Question' },
      newPincode: { headline2: 'PIN' },
    });
    expect(words.headline('securityIntros', 'unused')).toEqual([
      { text: 'Set up your ' },
      { text: 'Security Question', highlight: true },
      { text: ' to recover your pin code' },
    ]);
    expect(words.headline('newPincode', 'Change your PIN')).toEqual([
      { text: 'Change your PIN ' },
      { text: 'PIN', highlight: true },
    ]);
    expect(words.progress(1, 3)).toBe('1 / 3');
    expect(createHostedPinWording({}).progress(1, 3)).toBe('Step 1 of 3');
  });

  it("takes the app's questions (TEXT or DATE) and counts; too few valid ones fall back to the page's own", () => {
    const look = read({
      securityQuestions: {
        questions: [
          { question: 'Your favourite colour?', type: 'TEXT' },
          { question: 'When is your birthday?', type: 'DATE' },
          { question: 'Your favourite colour?', type: 'TEXT' },
          { question: 'Your first teacher?', type: 'ESSAY' },
          null,
        ],
        requiredCount: 3,
        securityConfirmItems: ['Mine alone.', 7],
      },
    });
    expect(look.questions).toEqual({
      choices: [
        { question: 'Your favourite colour?', type: 'TEXT' },
        { question: 'When is your birthday?', type: 'DATE' },
        { question: 'Your first teacher?', type: 'TEXT' },
      ],
      count: 3,
    });
    expect(look.confirmItems).toEqual(['Mine alone.']);
    expect(look.ignored).toContain(
      'customizations.securityQuestions.questions[3].type: not TEXT or DATE: asked as TEXT',
    );

    const tooFew = read({
      securityQuestions: { questions: [{ question: 'Only one?', type: 'TEXT' }], requiredCount: 1 },
    });
    expect(tooFew.questions.choices.map((choice) => choice.question)).toEqual(defaultSecurityQuestions);
    // Circle's minimum of two stands, whatever the app asks.
    expect(tooFew.questions.count).toBe(2);
  });

  it('keeps CSS colours, an opacity from 0 to 1 and a gradient, as --theme-<key> properties; nothing else', () => {
    const look = read({
      themeColor: {
        bg: '#102030',
        mainBtnBg: 'rgb(1, 2, 3)',
        textMain: 'url(https://evil.example/x)',
        error: 42,
        backdropOpacity: 1.5,
        titleGradients: ['#B090F5', '#1AA3FF'],
        glitter: 'red',
      },
    });
    expect(look.theme).toEqual({
      '--theme-bg': '#102030',
      '--theme-mainBtnBg': 'rgb(1, 2, 3)',
      '--theme-titleGradients': 'linear-gradient(90deg, #B090F5, #1AA3FF)',
    });
    expect(look.ignored).toEqual([
      'customizations.themeColor.textMain: not a CSS colour',
      'customizations.themeColor.error: not a CSS colour',
      'customizations.themeColor.backdropOpacity: not a number from 0 to 1',
      'customizations.themeColor.glitter: not in ThemeColor',
    ]);
  });

  it('takes https resources only, and names exactly their origins for the CSP', () => {
    const look = read({
      resources: {
        securityIntroMain: 'https://cdn.example.com/intro.png',
        errorInfo: 'http://cdn.example.com/error.png',
        dropdownArrow: 'https://img.example.org/arrow.svg?v="1"',
        securityConfirmMain: 'javascript:alert(1)',
        naviClose: 'https://cdn.example.com/close.png',
        fontFamily: { name: 'Edu "TAS" Beginner', url: 'https://fonts.googleapis.com/css2?family=Edu+TAS+Beginner' },
      },
      customLinks: { learnMoreUrl: 'https://help.example.com/pin', other: 'x' },
    });
    expect(look.images).toEqual({
      securityIntroMain: 'https://cdn.example.com/intro.png',
      dropdownArrow: 'https://img.example.org/arrow.svg?v=%221%22',
    });
    expect(look.fontFamily).toBe('"Edu \\"TAS\\" Beginner"');
    expect(look.resourceOrigins).toEqual({
      img: ['https://cdn.example.com', 'https://img.example.org'],
      font: ['https://fonts.googleapis.com'],
    });
    expect(look.learnMoreUrl).toBe('https://help.example.com/pin');
    expect(look.ignored).toEqual([
      'customizations.resources.errorInfo: not an https URL',
      'customizations.resources.securityConfirmMain: not an https URL',
      'customizations.resources.naviClose: no such element in the emulator',
      'customizations.customLinks.other: not in CustomLinks',
    ]);
  });

  it('survives anything at all: a string, an array, null, numbers where objects go', () => {
    for (const raw of ['customize me', [1, 2], null, 42, { localizations: [], themeColor: 'dark', resources: 7 }]) {
      const look = read(raw);
      expect(look.questions.count).toBe(2);
      expect(look.theme).toEqual({});
    }
  });
});

describe('the page for the resources it asked for', () => {
  const page = (query: Record<string, unknown>) =>
    hostedPinPage('run()', { inline: 'body{}' }, [], resourceOriginsOf(query)).headers['content-security-policy'];

  it('allows exactly the https origins in its URL: images under img-src, the font under style-src and font-src', () => {
    const csp = page({ img: 'https://cdn.example.com,https://img.example.org', font: 'https://fonts.example.net' });
    expect(csp).toContain("img-src 'self' https://cdn.example.com https://img.example.org;");
    expect(csp).toMatch(/style-src 'sha256-[^']+' https:\/\/fonts\.example\.net;/);
    expect(csp).toContain('font-src https://fonts.example.net;');
    // Google Fonts (the SDK's own example) serves the files from another host.
    expect(page({ font: 'https://fonts.googleapis.com' })).toContain(
      'font-src https://fonts.googleapis.com https://fonts.gstatic.com;',
    );
  });

  it('ignores anything but bare https origins, and more than the page can show', () => {
    expect(
      resourceOriginsOf({
        img: 'http://cdn.example.com,https://cdn.example.com/path,https://a.example,https://user@b.example,*,https://c.example:8443',
        font: ['https://f.example'],
      }),
    ).toEqual({ img: ['https://a.example', 'https://c.example:8443'], font: [] });
    expect(
      resourceOriginsOf({ img: 'https://a.test,https://b.test,https://c.test,https://d.test,https://e.test' }).img,
    ).toHaveLength(4);
    const plain = page({});
    expect(plain).toContain("img-src 'self';");
    expect(plain).not.toContain('font-src');
  });
});
