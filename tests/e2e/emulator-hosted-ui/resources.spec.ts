// The app's images and font (the REAL web SDK's setResources) on the emulator's hosted page: loaded from the https
// hosts they name, which the page's CSP allows — after the page loads itself once more with those origins in its
// URL — and nothing from a host they do not name.
import type { Route } from '@playwright/test';
import { enter, expectAlert } from '../../support/browser/hosted-ui-steps';
import { expect, type SdkPage, test } from './hosted-ui-fixture';

const cdn = 'https://cdn.customer.test';
const fonts = 'https://fonts.customer.test';
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const arrowSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><path d="M0 0h8L4 8z"/></svg>';

/** The app's asset hosts, answered by the test; every request they get is recorded. */
async function serveAssetHosts(sdkPage: SdkPage): Promise<string[]> {
  const requested: string[] = [];
  const answer = async (route: Route) => {
    const url = new URL(route.request().url());
    requested.push(url.href);
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (url.pathname.endsWith('.png')) await route.fulfill({ body: onePixelPng, contentType: 'image/png', headers });
    else if (url.pathname.endsWith('.svg'))
      await route.fulfill({ body: arrowSvg, contentType: 'image/svg+xml', headers });
    else if (url.pathname.endsWith('.css')) {
      const css = `@font-face { font-family: 'Customer Sans'; src: url('${fonts}/customer-sans.woff2') format('woff2'); }`;
      await route.fulfill({ body: css, contentType: 'text/css', headers });
    } else if (url.pathname.endsWith('.woff2')) {
      // Not a font: the test needs only that the page fetched it (Chromium warns that it cannot decode it).
      await route.fulfill({ body: onePixelPng, contentType: 'font/woff2', headers });
    } else await route.fulfill({ status: 404, headers });
  };
  // Registered after the console's routing, so these run first (Playwright runs routes newest first).
  await sdkPage.page.context().route(`${cdn}/**`, answer);
  await sdkPage.page.context().route(`${fonts}/**`, answer);
  return requested;
}

test('images and a font from the hosts the resources name load; the CSP allows exactly those, https only', async ({
  circle,
  sdkPage,
}) => {
  const requested = await serveAssetHosts(sdkPage);
  const resources = {
    securityIntroMain: `${cdn}/intro.png`,
    securityConfirmMain: `${cdn}/confirm.png`,
    errorInfo: `${cdn}/error.png`,
    dropdownArrow: `${cdn}/arrow.svg`,
    naviClose: `${cdn}/close.png`,
    fontFamily: { name: 'Customer Sans', url: `${fonts}/customer-sans.css` },
  };
  const userId = await circle.newUser('user-no-pin');
  await sdkPage.run({ ...(await circle.startChallenge(userId, 'set')), customizations: { resources } });
  const { hostedUi } = sdkPage;

  // The page asked for its resource origins once (a second hand-over), and was served a CSP naming exactly them.
  await expect(hostedUi.getByLabel('New PIN', { exact: true })).toBeFocused();
  const messages = await sdkPage.messages();
  expect(messages.filter((message) => 'onFrameReady' in (message as object))).toHaveLength(2);
  const frame = sdkPage.page.frames().find((each) => each.url().startsWith('https://pw-auth.circle.com/'));
  if (!frame) throw new Error('no hosted page');
  const frameUrl = new URL(frame.url());
  expect(frameUrl.searchParams.get('img')).toBe(cdn);
  expect(frameUrl.searchParams.get('font')).toBe(fonts);
  const csp = await frame.evaluate(async () =>
    (await fetch(window.location.href)).headers.get('content-security-policy'),
  );
  expect(csp).toContain(`img-src 'self' ${cdn};`);
  expect(csp).toMatch(new RegExp(`style-src 'sha256-[^']+' ${fonts};`));
  expect(csp).toContain(`font-src ${fonts};`);

  // The font: declared by the app's stylesheet, its file fetched from the host the stylesheet names.
  expect(await hostedUi.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(
    /^"Customer Sans", system-ui/,
  );
  await expect.poll(() => requested).toContain(`${fonts}/customer-sans.woff2`);

  // errorInfo beside an error.
  await enter(sdkPage, 'New PIN', '111111');
  await expectAlert(sdkPage, 155704);
  await expect(hostedUi.locator('.alert-icon')).toHaveJSProperty('naturalWidth', 1);
  await enter(sdkPage, 'New PIN', '246810');
  await enter(sdkPage, 'Confirm new PIN', '246810');
  // securityIntroMain on the intro; dropdownArrow on the questions' lists.
  await expect(hostedUi.locator('.screen-image')).toHaveJSProperty('naturalWidth', 1);
  await hostedUi.getByRole('button', { name: 'Continue', exact: true }).click();
  expect(
    await hostedUi.getByLabel('Security question 1').evaluate((element) => getComputedStyle(element).backgroundImage),
  ).toBe(`url("${cdn}/arrow.svg")`);

  // A host the resources did not name is refused by the page's CSP before any request leaves.
  const blocked = await frame.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
          once: true,
        });
        const image = document.createElement('img');
        image.src = 'https://elsewhere.customer.test/tracker.png';
        document.body.append(image);
      }),
  );
  expect(blocked).toBe('img-src');
  expect(requested.some((url) => url.includes('elsewhere'))).toBe(false);
  // naviClose has no element here: never fetched.
  expect(requested).not.toContain(`${cdn}/close.png`);
  expect(sdkPage.problems.filter((problem) => !problem.includes('elsewhere.customer.test'))).toEqual([]);
});
