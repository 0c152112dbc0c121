// `node --import <this> …`: `electron` resolves to the stand-in (fake-electron.mjs) for every module loaded after
// this one — the built main bundle among them. A scenario is a further `--import` (register-fake-electron.mjs runs
// the boot scenario; bench/start-scenario.mjs the start bench's).
import { register } from 'node:module';

const fakeUrl = new URL('./fake-electron.mjs', import.meta.url).href;
register(
  `data:text/javascript,export async function resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: ${JSON.stringify(fakeUrl)}, shortCircuit: true };
    return next(specifier, context);
  }`,
  import.meta.url,
);
