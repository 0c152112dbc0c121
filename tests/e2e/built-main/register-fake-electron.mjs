// `node --import <this> out/main/index.js`: resolves `electron` to the fake, then runs the boot scenario once the
// bundle has opened its window.
import './fake-electron-resolution.mjs';

await import('./boot-scenario.mjs');
