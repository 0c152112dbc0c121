// What app.asar's node_modules would hold: main's runtime dependencies and theirs, nothing of the renderer's (Vite
// bundles those into out/renderer). The list comes from electron-builder's own collector — the call its file copier
// makes when it packs (app-builder-lib/out/util/appFileCopier.js: getCollectorByPackageManager(pm, dir,
// tempDirManager).getNodeModules({ packageName })) — which reads the installed tree through `npm list --omit dev`,
// so no binary is built and nothing is downloaded.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));

interface NodeModuleInfo {
  name: string;
  version: string;
  dir: string;
  dependencies?: NodeModuleInfo[];
}
/** electron-builder's node-module collector (internal, so typed here for what the test uses). */
const { getCollectorByPackageManager, PM } = fromBuilder('./out/node-module-collector') as {
  PM: { NPM: string };
  getCollectorByPackageManager(
    pm: string,
    rootDir: string,
    tempDirManager: unknown,
  ): { getNodeModules(options: { packageName: string }): Promise<{ nodeModules: NodeModuleInfo[] }> };
};
const { TmpDir } = fromBuilder('temp-file') as { TmpDir: new (label: string) => { cleanup(): Promise<void> } };
const packageJson = require('../../../package.json') as { name: string; dependencies: Record<string, string> };

/** Every package electron-builder would copy into app.asar, nested ones included. */
async function shippedPackages(): Promise<Set<string>> {
  const tempDirs = new TmpDir('shipped-node-modules-test');
  try {
    const { nodeModules } = await getCollectorByPackageManager(PM.NPM, root, tempDirs).getNodeModules({
      packageName: packageJson.name,
    });
    const names = new Set<string>();
    const add = (modules: NodeModuleInfo[] = []) => {
      for (const module of modules) {
        names.add(module.name);
        add(module.dependencies);
      }
    };
    add(nodeModules);
    return names;
  } finally {
    await tempDirs.cleanup();
  }
}

// What out/main/index.js imports at run time (electron-vite keeps `dependencies` external for main): the Node SDK
// (which brings axios, its transport, reached through the SDK's own require), the settings store, the embedded
// emulator's server, zod for the contract, the call pacing, and the team case log's PostgreSQL client and migration
// runner. `electron` is the runtime itself.
const mainRuntime = [
  '@circle-fin/user-controlled-wallets',
  'electron-store',
  'fastify',
  'node-pg-migrate',
  'p-retry',
  'pg',
  'zod',
];
// Bundled into out/renderer, never needed at run time from node_modules: the web SDK and what it brings, and React.
const rendererOnly = ['@circle-fin/w3s-pw-web-sdk', 'firebase', 'protobufjs', 'react', 'react-dom', 'undici'];

describe("app.asar's node_modules", () => {
  it("are main's runtime dependencies only: package.json lists no renderer package as a dependency", () => {
    expect(Object.keys(packageJson.dependencies).sort()).toEqual(mainRuntime);
  });

  it("hold main's runtime packages and theirs, and none of the renderer's", async () => {
    const shipped = await shippedPackages();
    for (const name of [...mainRuntime, 'axios']) expect(shipped.has(name), name).toBe(true);
    for (const name of rendererOnly) expect(shipped.has(name), name).toBe(false);
    const scopes = [...shipped].filter((name) => /^@(firebase|protobufjs|grpc)\//.test(name));
    expect(scopes).toEqual([]);
    // About a hundred packages (fastify's and the Node SDK's trees); the web SDK alone brought over a hundred more.
    expect(shipped.size).toBeLessThan(150);
  });
});
