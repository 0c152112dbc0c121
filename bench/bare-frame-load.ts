// What a cross-site frame costs in this browser on this machine, with nothing of ours in the way: a parent page on
// 127.0.0.1 opens a one-line page from another site (its own renderer process, as Circle's hosted UI gets) and times
// it until the frame's first message. Timed one frame at a time beside each run of the flow, so both meet the same
// load on a shared machine.
// Two floors: unrouted (a fresh context, no init scripts, nothing paused), and as the test bed serves Circle's frame
// on an emulator environment — the bed's preload init script and bridge binding in the context (Playwright sets both
// up in every frame it attaches to, Circle's included) and the bed's own session stand-in (`routeLikeTheSession`:
// every request paused by a Playwright route, the frame's document fetched from Node through the hosted-UI forwarder
// and fulfilled). The second is what the test bed adds to any hosted UI before PIN Desk does anything.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from '@playwright/test';
import { circleHostedUiOrigin } from '../src/shared/app-origin';
import { invokeBindingName } from '../tests/harness/electron-shim';
import { routeLikeTheSession } from '../tests/harness/policy-routing';
import { builtRendererRoot } from '../tests/harness/test-bed';
import { addBuiltPreloads } from '../tests/harness/test-bed-chromium';

const framePage = '<!doctype html><script>parent.postMessage("ready", "*")</script>';

export interface BareCrossSiteFrame {
  /** Opens one frame and resolves with its milliseconds to the first message. */
  time(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The test bed's context as its frames meet it: init script, binding and routing, as `launchTestBed` installs them.
 * `origin` serves both the parent page (as the bed's app origin) and, through the forwarder, the frame.
 */
async function asTheTestBed(context: BrowserContext, origin: string): Promise<void> {
  await context.exposeBinding(invokeBindingName, () => undefined);
  await addBuiltPreloads(context);
  const routing = routeLikeTheSession(context, {
    appOrigin: origin,
    appRoot: builtRendererRoot,
    // The parent page comes from its own server, as the bed's app origin does.
    appOriginServer: true,
    onRefused: (url, reason) => console.error(`bare frame: refused ${url} (${reason})`),
  });
  await routing.applyHostedUi({ kind: 'forward', baseUrl: `${origin}/` });
}

export async function openBareCrossSiteFrame(
  browser: Browser,
  { likeTheTestBed = false }: { likeTheTestBed?: boolean } = {},
): Promise<BareCrossSiteFrame> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(framePage);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const parentOrigin = `http://127.0.0.1:${port}`;
  const context = await browser.newContext();
  const close = async () => {
    await context.close();
    server.close();
  };
  try {
    if (likeTheTestBed) await asTheTestBed(context, parentOrigin);
    // Unrouted, another site is another host name; routed, it is Circle's host, which the forwarder sends here.
    const frameOrigin = likeTheTestBed ? circleHostedUiOrigin : `http://localhost:${port}`;
    const page = await context.newPage();
    await page.goto(`${parentOrigin}/`);
    const time = async () => {
      const ms = (await page.evaluate(`new Promise((resolve) => {
        const started = performance.now();
        const frame = document.createElement('iframe');
        addEventListener('message', function ready() {
          removeEventListener('message', ready);
          resolve(performance.now() - started);
          frame.remove();
        });
        frame.src = '${frameOrigin}/frame?' + Math.random();
        document.body.appendChild(frame);
      })`)) as number;
      await page.waitForTimeout(50);
      return ms;
    };
    return { time, close };
  } catch (error) {
    await close();
    throw error;
  }
}
