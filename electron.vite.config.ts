// Build of the three Electron bundles into out/: main (ES module, Node + Electron), preload
// (CommonJS, one self-contained file: a sandboxed preload can load neither ES modules nor
// node_modules) and the renderer (a plain web app, also served by the browser host).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/web-host/server';

/**
 * The renderer's Content-Security-Policy, added to the built index.html only: the dev server's
 * React refresh needs an inline script that this policy (rightly) refuses. The same policy the
 * browser host and the app:// protocol send as a header; `frame-ancestors` works only as a header.
 */
const CSP = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'samspil:csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts') },
        // package.json "main" is out/main/index.js; the package is "type": "module".
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle everything (src/contract and zod with it): the sandbox cannot require packages.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
