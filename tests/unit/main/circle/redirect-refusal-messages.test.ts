// What a refused redirect tells the agent when the transport said less than the whole story: a 3xx without a usable
// Location, a followed redirect whose address is unknown, a URL that is not absolute; and its name in a log line.
import { describe, expect, it } from 'vitest';
import { RedirectRefusedError, refusingRedirects } from '../../../../src/main/circle/circle-redirects';
import { rejectionOf } from '../../../support/rejections';

const requestUrl = 'https://api.circle.com/v1/w3s/users/user-knows-pin';

/** A Response as a transport that ignored `redirect: 'manual'` hands it back: already followed, to `url`. */
function followedTo(url: string): Response {
  const answer = new Response('{"data":{}}');
  Object.defineProperties(answer, { redirected: { value: true }, url: { value: url } });
  return answer;
}

describe('a refused redirect’s message', () => {
  it('says the address could not be read when a 3xx has no Location, an empty one, or one without a host', async () => {
    for (const location of [undefined, '', 'http://[not-a-host', 'mailto:someone@example.com']) {
      const answer = new Response(null, { status: 302, headers: location === undefined ? {} : { location } });
      const error = await rejectionOf(refusingRedirects(async () => answer)(requestUrl), RedirectRefusedError);
      expect([error.redirectStatus, error.redirectOrigin]).toEqual([302, undefined]);
      expect(error.message).toBe(
        "Circle's API answered 302, a redirect to an address PIN Desk could not read. PIN Desk follows no redirect with the API key, so nothing was sent where it pointed.",
      );
    }
  });

  it('names where a transport followed a redirect to, and says “another address” when it cannot tell', async () => {
    const named = refusingRedirects(async () => followedTo('https://elsewhere.example:8443/collect?key=1'));
    expect((await rejectionOf(named(requestUrl), RedirectRefusedError)).message).toBe(
      'The network transport followed a redirect to https://elsewhere.example:8443 although PIN Desk asked it not to, so PIN Desk stopped the call and discarded the answer.',
    );
    const unnamed = refusingRedirects(async () => followedTo(''));
    expect((await rejectionOf(unnamed(requestUrl), RedirectRefusedError)).message).toBe(
      'The network transport followed a redirect to another address although PIN Desk asked it not to, so PIN Desk stopped the call and discarded the answer.',
    );
  });

  it('asks what the transport saw by the URL as given when it is not an absolute URL', async () => {
    const asked: string[] = [];
    const refusing = refusingRedirects(
      async () => {
        throw new Error('Redirect was cancelled');
      },
      {
        seenRedirect: (url) => {
          asked.push(url);
          return { statusCode: 301, redirectURL: 'https://elsewhere.example/v1' };
        },
      },
    );
    const error = await rejectionOf(refusing('v1/w3s/users/user-knows-pin'), RedirectRefusedError);
    expect(asked).toEqual(['v1/w3s/users/user-knows-pin']);
    expect(error.redirectStatus).toBe(301);
  });

  it('is named RedirectRefusedError, as a log line shows it', () => {
    expect(String(new RedirectRefusedError(307, 'https://elsewhere.example'))).toBe(
      "RedirectRefusedError: Circle's API answered 307, a redirect to https://elsewhere.example. PIN Desk follows no redirect with the API key, so nothing was sent there.",
    );
  });
});
