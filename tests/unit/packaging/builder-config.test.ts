// The installers' configuration (electron-builder.config.mjs), read as electron-builder reads it: every fuse, asar,
// the targets, the files shipped (through electron-builder's own file matcher), and signing from the environment.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import configuration, {
  builderConfiguration,
  electronFuses,
  shippedFiles,
  signingPlan,
} from '../../../electron-builder.config.mjs';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

/** electron-builder's own matcher for `files` (internal, so typed here for what the test uses). */
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (
    from: string,
    to: string,
    expand: (text: string) => string,
    patterns: string[],
  ) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean }): Promise<void>;
};

const shipped = new FileMatcher(root, '/app', (text) => text, shippedFiles).createFilter();
const isShipped = (path: string) => shipped(join(root, path), { isDirectory: () => false });

describe('the installers: electron-builder.config.mjs', () => {
  it("flips every one of Electron's fuses the issue names", () => {
    expect(configuration.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(configuration.electronFuses).toBe(electronFuses);
  });

  it('packs the app into asar and builds AppImage and deb, dmg, and nsis', () => {
    expect(configuration.asar).toBe(true);
    expect(configuration.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(configuration.mac).toMatchObject({ target: ['dmg'] });
    expect(configuration.win).toMatchObject({ target: ['nsis'] });
  });

  it("is valid for electron-builder's own schema, signed or not", async () => {
    await expect(validateConfiguration(builderConfiguration({}), { isEnabled: false })).resolves.toBeUndefined();
    const signed = builderConfiguration({
      CSC_LINK: 'cert.p12',
      APPLE_ID: 'a',
      APPLE_APP_SPECIFIC_PASSWORD: 'b',
      APPLE_TEAM_ID: 'c',
    });
    await expect(validateConfiguration(signed, { isEnabled: false })).resolves.toBeUndefined();
  });

  it('ships the built app, package.json and the team log’s SQL migrations only: no source, tests, source maps, state or logs', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: root }).toString().split('\n').filter(Boolean);
    // Main reads the migrations to say which one a team's database lacks (docs/team-case-log.md).
    const migrations = tracked.filter((path) => /^migrations\/team-log\/\d+_[\w-]+\.sql$/.test(path));
    expect(migrations.length).toBeGreaterThan(0);
    expect(tracked.filter(isShipped)).toEqual([...migrations, 'package.json'].sort());
    for (const built of [
      'out/main/index.js',
      'out/main/chunks/emulator-abc123.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'out/renderer/assets/w3s-sdk-abc123.js',
      'out/renderer/assets/index-abc123.css',
    ]) {
      expect(isShipped(built), built).toBe(true);
    }
    for (const neverShipped of [
      'out/main/index.js.map',
      'out/renderer/assets/index-abc123.js.map',
      'out/main/emulator-state.json',
      'out/main/emulator-state.json.1234.tmp.json',
      'out/renderer/settings.json',
      'out/main/case-log/cases/index.jsonl',
      'out/main/tests/fixture.js',
      'out/main/index.test.js',
      'src/main/index.ts',
      'tests/unit/packaging/builder-config.test.ts',
      'emulator-state.json',
      'dist/linux-unpacked/pin-desk',
      '.env',
    ]) {
      expect(isShipped(neverShipped), neverShipped).toBe(false);
    }
  });
});

describe('code signing from the environment', () => {
  it('without a certificate, says so in one line: macOS ad-hoc signed (so it runs), Windows unsigned', () => {
    const plan = signingPlan({});
    expect(plan.skipped).toBe(
      'code signing skipped for macOS (no CSC_LINK or CSC_NAME: ad-hoc signed) and Windows (no WIN_CSC_LINK or CSC_LINK: unsigned)',
    );
    expect(plan.mac).toEqual({ identity: '-', hardenedRuntime: false, notarize: false });
  });

  it('with a certificate, signs with the hardened runtime, and notarizes only with all three Apple variables', () => {
    expect(signingPlan({ CSC_LINK: 'cert.p12', CSC_KEY_PASSWORD: 'x' })).toEqual({
      mac: { hardenedRuntime: true, notarize: false },
      skipped: null,
    });
    expect(signingPlan({ CSC_NAME: 'Developer ID Application: X', APPLE_ID: 'a', APPLE_TEAM_ID: 'c' }).mac).toEqual({
      hardenedRuntime: true,
      notarize: false,
    });
    const notarized = signingPlan({
      CSC_LINK: 'c',
      APPLE_ID: 'a',
      APPLE_APP_SPECIFIC_PASSWORD: 'b',
      APPLE_TEAM_ID: 'c',
    });
    expect(notarized.mac).toEqual({ hardenedRuntime: true, notarize: true });
    expect(signingPlan({ WIN_CSC_LINK: 'w.pfx' }).skipped).toBe(
      'code signing skipped for macOS (no CSC_LINK or CSC_NAME: ad-hoc signed)',
    );
    expect(builderConfiguration({ CSC_NAME: 'x' }).mac).not.toHaveProperty('identity');
  });
});
