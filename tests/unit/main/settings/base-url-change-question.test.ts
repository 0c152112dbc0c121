// The question main asks before an environment with a key gets another base URL, word for word: it names the new
// host (or says the URL is cleared), the URL the key was checked against, and how many open cases a change closes.
import { describe, expect, it } from 'vitest';
import { baseUrlChangeQuestion } from '../../../../src/main/settings/base-url-change';

const change = { environmentLabel: 'Circle testnet', keyBaseUrl: 'https://api.circle.com' };

describe('the question before a base URL change forgets a key', () => {
  it('names the new host, and says nothing of cases when none is open', () => {
    expect(baseUrlChangeQuestion({ ...change, nextBaseUrl: 'https://circle.example:8443/api', openCases: 0 })).toEqual({
      title: 'Change base URL',
      message: 'Send Circle testnet’s Circle calls to circle.example:8443?',
      detail:
        'The saved API key was checked against https://api.circle.com and is never sent anywhere else, so it will be ' +
        'forgotten. Enter a key for circle.example:8443 afterwards.',
      confirmLabel: 'Use circle.example:8443 and forget key',
      cancelLabel: 'Keep the current base URL',
    });
  });

  it('says one open case, or how many, will be closed', () => {
    const detailWith = (openCases: number) =>
      baseUrlChangeQuestion({ ...change, nextBaseUrl: 'https://circle.example', openCases }).detail;
    expect(detailWith(1)).toMatch(/afterwards\. 1 open case will be closed \(cancelled\)\.$/);
    expect(detailWith(2)).toMatch(/afterwards\. 2 open cases will be closed \(cancelled\)\.$/);
  });

  it('asks to clear the URL when there is no next one, and names no host', () => {
    expect(baseUrlChangeQuestion({ ...change, nextBaseUrl: null, openCases: 0 })).toEqual({
      title: 'Change base URL',
      message: 'Clear the base URL of Circle testnet?',
      detail:
        'The saved API key was checked against https://api.circle.com and is never sent anywhere else, so it will be ' +
        'forgotten. Enter a key for the new base URL afterwards.',
      confirmLabel: 'Clear and forget key',
      cancelLabel: 'Keep the current base URL',
    });
  });
});
