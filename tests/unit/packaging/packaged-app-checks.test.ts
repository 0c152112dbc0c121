import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronFuses } from '../../../electron-builder.config.mjs';
import {
  forbiddenShippedFiles,
  fuseMismatches,
  fuseWireIndex,
  packagedAppLocation,
} from '../../../scripts/packaged-app-checks.mjs';

/** A fuse wire as @electron/fuses reads it from a binary: index → 49 (on) or 48 (off). */
function wireOf(fuses: Record<string, boolean>): Record<number, number> {
  return Object.fromEntries(Object.entries(fuses).map(([name, on]) => [fuseWireIndex[name], on ? 49 : 48]));
}

describe('the packaged-app check', () => {
  it('finds nothing to report when the binary has every fuse as configured', () => {
    expect(fuseMismatches(electronFuses, wireOf(electronFuses))).toEqual([]);
  });

  it('names every fuse the binary has otherwise, or lacks', () => {
    const wire = wireOf({ ...electronFuses, runAsNode: true });
    delete wire[fuseWireIndex.onlyLoadAppFromAsar as number];
    expect(fuseMismatches(electronFuses, wire)).toEqual([
      'runAsNode: configured off, the binary has it on',
      'onlyLoadAppFromAsar: configured on, the binary has it missing',
    ]);
    expect(
      fuseMismatches({ ...electronFuses, enableCookieEncryption: true }, { ...wireOf(electronFuses), 1: 144 }),
    ).toEqual(['enableCookieEncryption: configured on, the binary has it inherited']);
  });

  it("knows where electron-builder leaves each platform's app", () => {
    expect(packagedAppLocation('dist', 'linux', 'x64')).toEqual({
      app: join('dist', 'linux-unpacked', 'pin-desk'),
      executable: join('dist', 'linux-unpacked', 'pin-desk'),
      asar: join('dist', 'linux-unpacked', 'resources', 'app.asar'),
    });
    expect(packagedAppLocation('dist', 'win32', 'arm64').executable).toBe(
      join('dist', 'win-arm64-unpacked', 'PIN Desk.exe'),
    );
    expect(packagedAppLocation('dist', 'darwin', 'arm64')).toEqual({
      app: join('dist', 'mac-arm64', 'PIN Desk.app'),
      executable: join('dist', 'mac-arm64', 'PIN Desk.app', 'Contents', 'MacOS', 'PIN Desk'),
      asar: join('dist', 'mac-arm64', 'PIN Desk.app', 'Contents', 'Resources', 'app.asar'),
    });
  });

  it('flags source maps, tests, state, settings, case logs and source in app.asar; dependencies keep their src', () => {
    expect(
      forbiddenShippedFiles([
        '/package.json',
        '/out/main/index.js',
        '/out/main/index.js.map',
        '/out/renderer/assets/index-1.js.map',
        '/tests/unit/x.test.ts',
        '/out/main/emulator-state.json',
        '/settings.json',
        '/case-log/cases/index.jsonl',
        '/src/main/index.ts',
        '/node_modules/zod/src/index.js',
        '/node_modules/fastify/test/a.js',
      ]),
    ).toEqual([
      'out/main/index.js.map (a source map)',
      'out/renderer/assets/index-1.js.map (a source map)',
      'tests/unit/x.test.ts (a test)',
      'out/main/emulator-state.json (emulator state)',
      'settings.json (settings from a run)',
      'case-log/cases/index.jsonl (a case log)',
      'src/main/index.ts (source)',
      'node_modules/fastify/test/a.js (a test)',
    ]);
  });
});
