// What a cross-site frame costs in this browser on this machine, with nothing of ours in the way: a parent page on
// 127.0.0.1 opens a one-line page from localhost (another site, so its own renderer process, as Circle's hosted UI
// gets) and times it until the frame's first message. No routing, no init scripts, a fresh context. Timed one frame
// at a time beside each run of the flow, so both meet the same load on a shared machine.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@playwright/test';

const framePage = '<!doctype html><script>parent.postMessage("ready", "*")</script>';

export interface BareCrossSiteFrame {
  /** Opens one frame and resolves with its milliseconds to the first message. */
  time(): Promise<number>;
  close(): Promise<void>;
}

export async function openBareCrossSiteFrame(browser: Browser): Promise<BareCrossSiteFrame> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(framePage);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const context = await browser.newContext();
  const close = async () => {
    await context.close();
    server.close();
  };
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const time = async () => {
      const ms = (await page.evaluate(`new Promise((resolve) => {
        const started = performance.now();
        const frame = document.createElement('iframe');
        addEventListener('message', function ready() {
          removeEventListener('message', ready);
          resolve(performance.now() - started);
          frame.remove();
        });
        frame.src = 'http://localhost:${port}/frame?' + Math.random();
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
