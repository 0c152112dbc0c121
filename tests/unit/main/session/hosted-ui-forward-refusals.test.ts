// Why the hosted-UI forward refuses, word for word (the reasons reach the diagnostics view and main's log), where the
// line between a redirect and an answer lies, and what of the page's request reaches the emulator. The emulator's
// side is a recording fetch: main's own session is the port the forwarder is given, not the thing under test.
import { describe, expect, it } from 'vitest';
import { createHostedUiForwarder, hostedUiForwardTarget } from '../../../../src/main/session/hosted-ui-forwarder';

const base = 'http://127.0.0.1:8787/pw-auth/';
const leaves = { ok: false, reason: 'the path would leave the hosted PIN UI' };

describe('the forward target’s refusals', () => {
  it('names what is wrong: not a URL, a malformed escape, a path that would leave /pw-auth/', () => {
    expect(hostedUiForwardTarget('not a url', base)).toEqual({ ok: false, reason: 'not a URL' });
    expect(hostedUiForwardTarget('https://pw-auth.circle.com/%E0%A4%A', base)).toEqual({
      ok: false,
      reason: 'the path has a malformed escape',
    });
    for (const path of ['//host/x', '/api/..%2Fx', '/.%2Fx', '/%00', '/a/%5Cb'])
      expect(hostedUiForwardTarget(`https://pw-auth.circle.com${path}`, base), path).toEqual(leaves);
  });

  it('forwards a path ending in a slash, and the bare root (an empty last segment leaves nothing)', () => {
    expect(hostedUiForwardTarget('https://pw-auth.circle.com/api/', base)).toEqual({ ok: true, url: `${base}api/` });
    expect(hostedUiForwardTarget('https://pw-auth.circle.com/', base)).toEqual({ ok: true, url: base });
  });
});

/** A forwarder whose emulator answers `answer` (or throws it), recording what reached it and what was refused. */
function forwarderAnswering(answer: () => Response | Promise<Response>, withLog = true) {
  const reached: Request[] = [];
  const refused: { url: string; reason: string }[] = [];
  const handle = createHostedUiForwarder({
    baseUrl: base,
    fetchDirect: async (request) => {
      reached.push(request);
      return answer();
    },
    ...(withLog ? { onRefused: (url: string, reason: string) => refused.push({ url, reason }) } : {}),
  });
  return { handle, reached, refused };
}
const page = 'https://pw-auth.circle.com/api/open';

describe('the forward’s answers', () => {
  it.each([300, 302, 399])('refuses a %i from the emulator as a redirect', async (status) => {
    const { handle, refused } = forwarderAnswering(() => new Response(null, { status }));
    expect((await handle(new Request(page))).type).toBe('error');
    expect(refused).toEqual([
      { url: page, reason: `the emulator's hosted PIN UI answered with a redirect (${status})` },
    ]);
  });

  it.each([200, 299, 400, 404])('passes a %i through as the emulator answered it', async (status) => {
    const { handle, refused } = forwarderAnswering(() => new Response('body', { status }));
    expect((await handle(new Request(page))).status).toBe(status);
    expect(refused).toEqual([]);
  });

  it('refuses a forward that failed, naming the failure (at most 120 characters of it)', async () => {
    const cancelled = forwarderAnswering(() => {
      throw new Error('Redirect was cancelled');
    });
    expect((await cancelled.handle(new Request(page))).type).toBe('error');
    expect(cancelled.refused).toEqual([
      { url: page, reason: "the emulator's hosted PIN UI did not answer (Redirect was cancelled)" },
    ]);
    const long = forwarderAnswering(() => {
      throw new Error('x'.repeat(200));
    });
    await long.handle(new Request(page));
    expect(long.refused[0]?.reason).toBe(`the emulator's hosted PIN UI did not answer (${'x'.repeat(120)})`);
    const notAnError = forwarderAnswering(() => {
      throw 'gone';
    });
    await notAnError.handle(new Request(page));
    expect(notAnError.refused[0]?.reason).toBe("the emulator's hosted PIN UI did not answer (no answer)");
  });

  it('refuses without a log to tell (onRefused is optional)', async () => {
    const { handle, reached } = forwarderAnswering(() => new Response(null, { status: 302 }), false);
    expect((await handle(new Request(page))).type).toBe('error');
    expect((await handle(new Request('https://example.com/'))).type).toBe('error');
    const failing = forwarderAnswering(() => Promise.reject(new Error('down')), false);
    expect((await failing.handle(new Request(page))).type).toBe('error');
    expect(reached).toHaveLength(1);
  });
});

describe('what of the page’s request reaches the emulator', () => {
  it('its method, headers but Origin, and body; no redirect followed', async () => {
    const { handle, reached } = forwarderAnswering(() => new Response('ok'));
    await handle(
      new Request(`${page}?step=2`, {
        method: 'PUT',
        headers: { origin: 'https://pw-auth.circle.com', 'x-step': 'two' },
        body: 'pin=1',
      }),
    );
    const [sent] = reached;
    expect(sent?.url).toBe(`${base}api/open?step=2`);
    expect(sent?.method).toBe('PUT');
    expect(sent?.headers.get('origin')).toBeNull();
    expect(sent?.headers.get('x-step')).toBe('two');
    expect(await sent?.text()).toBe('pin=1');
    expect(sent?.redirect).toBe('manual');
  });

  it.each(['GET', 'HEAD'])('no body for a %s', async (method) => {
    const { handle, reached } = forwarderAnswering(() => new Response(null));
    await handle(new Request(page, { method }));
    expect(reached[0]?.method).toBe(method);
    expect(reached[0]?.body).toBeNull();
  });
});
