// `node --import <this> out/main/index.js`: resolves `electron` to the fake, then runs the boot scenario once the
// bundle has opened its window.
import { register } from 'node:module';

const fakeUrl = new URL('./fake-electron.mjs', import.meta.url).href;
register(
  `data:text/javascript,export async function resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: ${JSON.stringify(fakeUrl)}, shortCircuit: true };
    return next(specifier, context);
  }`,
  import.meta.url,
);
await import('./boot-scenario.mjs');
