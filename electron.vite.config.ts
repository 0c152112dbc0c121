import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const decodeOnlyJsonWebToken = resolve('src/shared/jwt/decode-only-jsonwebtoken.ts');

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: one self-contained CommonJS file per window (the agent's, the
      // customer window's), each requiring only `electron`: isolated entries share no chunk.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts'), customer: resolve('src/preload/customer.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    resolve: {
      // The web SDK imports jsonwebtoken but only calls decode; the real package needs Node built-ins.
      alias: { jsonwebtoken: decodeOnlyJsonWebToken },
    },
    build: {
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html'), customer: resolve('src/renderer/customer.html') },
        // A recognisable name for the web SDK's lazily loaded chunk (the build's size report looks for it).
        output: {
          chunkFileNames: (chunk) =>
            chunk.moduleIds.some((id) => id.includes('w3s-pw-web-sdk'))
              ? 'assets/w3s-sdk-[hash].js'
              : 'assets/[name]-[hash].js',
        },
      },
    },
  },
});
