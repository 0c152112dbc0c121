import { describe, expect, it } from 'vitest';
import { pack as spanish } from '../../../../src/renderer/customer-language/packs/es';
import { customerWords, greetingOf, problemWords } from '../../../../src/renderer/customer-screen/customer-words';
import type { CustomerWindowView } from '../../../../src/shared/customer-screen/customer-screen';

const session = {
  caseId: 'c',
  appId: 'a',
  userToken: 't',
  encryptionKey: 'k',
  challengeId: 'ch',
  tokenExpiresAt: '2030-01-01T00:00:00.000Z',
};
const running = (fields: Partial<Extract<CustomerWindowView, { kind: 'case' }>> = {}): CustomerWindowView => ({
  kind: 'case',
  greeting: 'Welcome.',
  language: 'en',
  flow: 'reset',
  caseId: 'c',
  run: 1,
  session,
  status: 'IN_PROGRESS',
  expired: false,
  ...fields,
});

describe('what the customer reads', () => {
  it('says what is happening in plain words, never a code', () => {
    expect(customerWords({ kind: 'idle', greeting: 'Hi', language: 'en' }, 'loading').headline).toBe(
      'Your agent will start when you are ready.',
    );
    expect(customerWords({ kind: 'starting', greeting: 'Hi', language: 'en', flow: 'reset' }, 'loading').headline).toBe(
      'Getting your secure PIN window ready…',
    );
    expect(customerWords(running(), 'open')).toEqual({
      headline: 'Enter your current PIN, then choose a new one.',
      detail: 'Only you see what you type. Nobody at the desk can see your PIN.',
    });
    expect(customerWords(running({ flow: 'recovery' }), 'open').headline).toBe(
      'Answer your security questions, then choose a new PIN.',
    );
  });

  it('follows the window and the case to their end', () => {
    expect(customerWords(running(), 'closed').headline).toBe('The PIN window was closed.');
    expect(customerWords(running({ status: 'COMPLETE' }), 'gone').headline).toBe('Your new PIN is set.');
    expect(customerWords(running({ status: 'COMPLETE', flow: 'recovery' }), 'gone').headline).toBe(
      'Your account is recovered with a new PIN.',
    );
    expect(customerWords(running({ status: 'FAILED', expired: true }), 'open').headline).toBe(
      'This attempt ran out of time.',
    );
    expect(customerWords(running({ status: 'FAILED' }), 'open').headline).toBe('This attempt did not finish.');
  });

  it('never shows a Circle code or an error number', () => {
    const all = [
      running(),
      running({ status: 'FAILED' }),
      running({ status: 'EXPIRED', expired: true }),
      running({ status: 'COMPLETE' }),
    ].flatMap((view) => (['loading', 'open', 'closed', 'gone'] as const).map((pin) => customerWords(view, pin)));
    for (const words of all) expect(`${words.headline} ${words.detail ?? ''}`).not.toMatch(/\d{3,}/);
  });

  it('speaks the customer’s language: greeting (the default one), ready, closed, done, a problem', () => {
    const words = spanish.customerScreen;
    const idle: CustomerWindowView = { kind: 'idle', greeting: 'Welcome.', language: 'es' };
    expect(greetingOf(idle, words)).toBe('Te damos la bienvenida.');
    expect(customerWords(idle, 'loading', words).headline).toBe('Tu agente empezará cuando quieras.');
    expect(customerWords(running({ language: 'es' }), 'closed', words)).toEqual({
      headline: 'La ventana del PIN se cerró.',
      detail: 'Tu agente puede volver a abrirla cuando quieras.',
    });
    expect(customerWords(running({ status: 'COMPLETE' }), 'gone', words).headline).toBe('Tu PIN nuevo está listo.');
    expect(problemWords(words).headline).toBe('Algo salió mal en esta pantalla.');
    // The organisation's own greeting is theirs: shown as Settings keeps it.
    expect(greetingOf({ ...idle, greeting: 'Banco Ejemplo' }, words)).toBe('Banco Ejemplo');
  });
});
