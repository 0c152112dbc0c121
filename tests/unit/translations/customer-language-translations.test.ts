// Issue 26 §1: each translation is complete against the web SDK's own `Localizations` declaration (read with the
// TypeScript compiler from the installed package, so an SDK update that adds or renames a key fails here), says it
// awaits a native speaker's review, and exists for every language the contract accepts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { customerLanguages } from '../../../src/shared/customer-language/customer-languages';

const root = resolve(import.meta.dirname, '../../..');
const languageDir = join(root, 'src/renderer/customer-language');
const packsDir = join(languageDir, 'packs');

/** A pack as this test reads it (the renderer's own type, LanguagePack, is checked by the compiler there). */
interface Pack {
  circleWindow: Record<string, Record<string, string>>;
  customerScreen: Record<string, string>;
  circleErrors: Record<string, string>;
}
// Renderer modules, loaded by path: this Node-side test reads them as data.
const { pinFlowSections } = (await import(join(languageDir, 'pin-flow-localizations.ts'))) as {
  pinFlowSections: readonly string[];
};
const sdkTypes = join(dirname(createRequire(import.meta.url).resolve('@circle-fin/w3s-pw-web-sdk')), 'types.d.ts');

/** Every interface of the SDK's types.d.ts: its properties, each with the name of the type it refers to. */
function sdkInterfaces(): Map<string, Map<string, string | null>> {
  const source = ts.createSourceFile(sdkTypes, readFileSync(sdkTypes, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, Map<string, string | null>>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const members = new Map<string, string | null>();
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.name) continue;
      const type = member.type && ts.isTypeReferenceNode(member.type) ? member.type.typeName.getText(source) : null;
      members.set(member.name.getText(source), type);
    }
    interfaces.set(node.name.text, members);
  });
  return interfaces;
}

const interfaces = sdkInterfaces();
const localizations = interfaces.get('Localizations');

/** The keys the SDK declares for one section of `Localizations`, sorted. */
function declaredKeys(section: string): string[] {
  const typeName = localizations?.get(section);
  const members = typeName ? interfaces.get(typeName) : undefined;
  if (!members) throw new Error(`the SDK declares no interface for Localizations.${section}`);
  return [...members.keys()].sort();
}

async function loadPack(language: string): Promise<{ pack: Pack; text: string }> {
  const file = join(packsDir, `${language}.ts`);
  const module = (await import(file)) as { pack: Pack };
  return { pack: module.pack, text: readFileSync(file, 'utf8') };
}

describe('the customer-language translations', () => {
  it('read the SDK’s declaration: every PIN-flow section is one of its Localizations, and the rest are not PIN screens', () => {
    expect(localizations, `no Localizations interface in ${sdkTypes}`).toBeDefined();
    const sections = [...(localizations?.keys() ?? [])];
    for (const section of pinFlowSections) expect(sections).toContain(section);
    // What is left out is never drawn by a reset, a recovery or PIN setup.
    expect(sections.filter((section) => !pinFlowSections.includes(section)).sort()).toEqual(
      ['contractInteraction', 'emailOtp', 'signatureRequest', 'socialEmailConfirm', 'transactionRequest'].sort(),
    );
  });

  it.each(customerLanguages)(
    '%s: every key of every PIN-flow section, and no key the SDK does not have',
    async (tag) => {
      const { pack } = await loadPack(tag);
      expect(Object.keys(pack.circleWindow).sort()).toEqual([...pinFlowSections].sort());
      for (const section of pinFlowSections) {
        const texts = pack.circleWindow[section] ?? {};
        expect(Object.keys(texts).sort(), `${tag}: ${section}`).toEqual(declaredKeys(section));
        for (const [key, text] of Object.entries(texts)) {
          expect(typeof text === 'string' && text.trim() !== '', `${tag}: ${section}.${key} is empty`).toBe(true);
        }
      }
    },
  );

  it.each(customerLanguages)(
    '%s: the customer screen’s words and the error lines, as English has them',
    async (tag) => {
      const { pack } = await loadPack(tag);
      const { pack: english } = await loadPack('en');
      expect(Object.keys(pack.customerScreen).sort()).toEqual(Object.keys(english.customerScreen).sort());
      expect(Object.keys(pack.circleErrors).sort()).toEqual(Object.keys(english.circleErrors).sort());
      const words = [...Object.values(pack.customerScreen), ...Object.values(pack.circleErrors)];
      for (const text of words) expect(text.trim()).not.toBe('');
    },
  );

  it.each(customerLanguages.filter((tag) => tag !== 'en'))(
    '%s: says it was written for PIN Desk and awaits a native speaker’s review, and is not English',
    async (tag) => {
      const { pack, text } = await loadPack(tag);
      const head = text.split('\n').slice(0, 3).join(' ');
      expect(head).toMatch(/Written for PIN Desk/);
      expect(head).toMatch(/awaits review by a native speaker/);
      const { pack: english } = await loadPack('en');
      expect(pack.customerScreen.ready).not.toBe(english.customerScreen.ready);
      expect(pack.circleWindow.enterPincode?.headline2).not.toBe(english.circleWindow.enterPincode?.headline2);
    },
  );
});
