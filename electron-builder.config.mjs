// Installers for PIN Desk (`npm run dist`): Linux AppImage and deb, macOS dmg, Windows nsis — whichever the host can
// build. Electron's fuses lock the shipped binary down; code signing comes from environment variables.
// tests/unit/packaging/builder-config.test.ts asserts every fuse, asar and the files shipped.

/** Electron's fuses, flipped in the packaged binary (https://www.electronjs.org/docs/latest/tutorial/fuses). */
export const electronFuses = {
  // No ELECTRON_RUN_AS_NODE: the binary cannot be used as a plain Node to run someone else's script.
  runAsNode: false,
  // No NODE_OPTIONS / NODE_EXTRA_CA_CERTS: the environment cannot load code into main or add certificate authorities.
  enableNodeOptionsEnvironmentVariable: false,
  // No --inspect or SIGUSR1: nobody can attach a debugger to main, where the API key lives.
  enableNodeCliInspectArguments: false,
  // app.asar checked against the hash embedded in the binary (effective on macOS and Windows).
  enableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded: no `app` folder beside it can replace the code.
  onlyLoadAppFromAsar: true,
  // Cookies on disk encrypted with the OS keychain.
  enableCookieEncryption: true,
  // The app is served from its own origin, never file://: file pages get no extra privileges.
  grantFileProtocolExtraPrivileges: false,
};

/**
 * What goes into app.asar: the built app and package.json. electron-builder adds the production dependencies as
 * node_modules, so package.json's `dependencies` are main's runtime packages only; the renderer's (the web SDK,
 * React) are devDependencies that Vite bundles into out/renderer (tests/unit/packaging/shipped-node-modules.test.ts).
 */
export const shippedFiles = [
  'package.json',
  'out/main/**/*',
  'out/preload/**/*',
  'out/renderer/**/*',
  // The team case log's schema, read by main to say which migration a database lacks (docs/team-case-log.md).
  'migrations/team-log/*.sql',
  // Never shipped, wherever they might appear: source maps (they embed the source), tests, state and logs of a run.
  '!**/*.map',
  '!**/{test,tests,__tests__}/**',
  '!**/*.{test,spec}.{js,mjs,cjs,ts}',
  '!**/emulator-state*.json',
  '!**/settings.json',
  '!**/*.jsonl',
];

const macSigningVariables = ['CSC_LINK', 'CSC_NAME'];
const windowsSigningVariables = ['WIN_CSC_LINK', 'CSC_LINK'];
const notarizationVariables = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];

/**
 * Code signing from environment variables, as electron-builder reads them (CSC_LINK + CSC_KEY_PASSWORD or CSC_NAME
 * on macOS, WIN_CSC_LINK or CSC_LINK on Windows; APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID to
 * notarize). Without a certificate nothing is signed for real: macOS gets an ad-hoc signature (an arm64 Mac runs
 * nothing unsigned, and flipping fuses voids Electron's own signature) and Windows stays unsigned. `skipped` is the
 * one line to print then.
 */
export function signingPlan(env) {
  const has = (names) => names.some((name) => Boolean(env[name]));
  const macCertificate = has(macSigningVariables);
  const windowsCertificate = has(windowsSigningVariables);
  const notarize = notarizationVariables.every((name) => Boolean(env[name]));
  const mac = macCertificate
    ? { hardenedRuntime: true, notarize }
    : // Ad-hoc signatures carry no Team ID, which the hardened runtime's library validation would refuse.
      { identity: '-', hardenedRuntime: false, notarize: false };
  const missing = [
    ...(macCertificate ? [] : ['macOS (no CSC_LINK or CSC_NAME: ad-hoc signed)']),
    ...(windowsCertificate ? [] : ['Windows (no WIN_CSC_LINK or CSC_LINK: unsigned)']),
  ];
  return {
    mac,
    skipped: missing.length > 0 ? `code signing skipped for ${missing.join(' and ')}` : null,
  };
}

/** The whole configuration for an environment (process.env when electron-builder loads this file). */
export function builderConfiguration(env) {
  const signing = signingPlan(env);
  return {
    appId: 'app.pin-desk.console',
    productName: 'PIN Desk',
    directories: { output: 'dist', buildResources: 'build' },
    files: shippedFiles,
    asar: true,
    electronFuses,
    // No native modules: nothing to rebuild, and no network needed for it.
    npmRebuild: false,
    linux: {
      target: ['AppImage', 'deb'],
      executableName: 'pin-desk',
      category: 'Office',
      maintainer: env.PIN_DESK_MAINTAINER || 'PIN Desk <pin-desk@example.invalid>',
    },
    mac: { target: ['dmg'], category: 'public.app-category.business', ...signing.mac },
    win: { target: ['nsis'] },
    nsis: { oneClick: false, perMachine: false },
  };
}

export default builderConfiguration(process.env);
