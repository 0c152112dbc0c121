// `npm test` finds its browser before any test runs (scripts/test-browser.mjs): the one named, the system's, or
// Playwright's, fetching Playwright's where it can; on a machine with none and no way to fetch, one line saying what
// to install. Machines are folders here: a "browser" is a file that exists.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumPathVariable,
  findOrFetchChromium,
  headlessChromium,
  installedChromium,
  installedHeadlessShell,
  missingBrowserLine,
} from '../../../scripts/test-browser.mjs';

function machineFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'pin-desk-browser-'));
  const browser = (name: string) => {
    const path = join(folder, name);
    writeFileSync(path, '');
    return path;
  };
  return { missing: join(folder, 'not-installed'), browser };
}

describe('the browser npm test drives', () => {
  it('is the one PIN_DESK_CHROMIUM names, then the first system browser present, then Playwright’s', () => {
    const { missing, browser } = machineFolder();
    const debian = browser('chromium');
    const playwrights = browser('chrome');
    const named = browser('my-chromium');
    const machine = { candidates: [missing, debian], playwrightPath: playwrights };
    expect(installedChromium({ [chromiumPathVariable]: named }, machine)).toEqual({
      path: named,
      source: chromiumPathVariable,
    });
    expect(installedChromium({ [chromiumPathVariable]: missing }, machine)).toEqual({ path: debian, source: 'system' });
    expect(installedChromium({}, { candidates: [missing], playwrightPath: playwrights })).toEqual({
      path: playwrights,
      source: 'Playwright',
    });
  });

  it('headless, is the system’s headless shell where there is one, unless PIN_DESK_CHROMIUM names a browser', () => {
    const { missing, browser } = machineFolder();
    const shell = browser('chromium-headless-shell');
    const named = browser('my-chromium');
    expect(installedHeadlessShell({}, { shellCandidates: [missing, shell] })).toEqual({
      path: shell,
      source: 'system headless shell',
    });
    expect(installedHeadlessShell({ [chromiumPathVariable]: named }, { shellCandidates: [shell] })).toBeNull();
    expect(installedHeadlessShell({ [chromiumPathVariable]: missing }, { shellCandidates: [shell] })?.path).toBe(shell);
    expect(installedHeadlessShell({}, { shellCandidates: [missing] })).toBeNull();
    const debian = browser('chromium');
    expect(headlessChromium({}, { shellCandidates: [shell], candidates: [debian] })?.path).toBe(shell);
    expect(headlessChromium({}, { shellCandidates: [missing], candidates: [debian] })?.path).toBe(debian);
  });

  it('is fetched (Playwright’s) when the machine has none, and found once fetched', async () => {
    const { missing } = machineFolder();
    const playwrightPath = `${missing}-fetched`;
    let installs = 0;
    const found = await findOrFetchChromium({
      env: {},
      machine: { candidates: [missing], playwrightPath },
      install: async () => {
        installs += 1;
        writeFileSync(playwrightPath, '');
      },
    });
    expect(installs).toBe(1);
    expect(found).toEqual({ path: playwrightPath, source: 'Playwright' });
  });

  it('stops with one line saying what to install when none can be had', async () => {
    const { missing } = machineFolder();
    const found = await findOrFetchChromium({
      env: {},
      machine: { candidates: [missing], playwrightPath: missing },
      install: async () => {},
    });
    expect(found).toEqual({ error: missingBrowserLine });
    expect(missingBrowserLine).not.toContain('\n');
    expect(missingBrowserLine).toMatch(/apt-get install chromium/);
    expect(missingBrowserLine).toMatch(/npx playwright install chromium/);
  });
});
