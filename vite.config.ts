import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CSP, SECURITY_HEADERS } from './scripts/csp.ts';

/** The policy goes into the built page as a meta tag too, so it holds on any static host. */
const cspMeta = (): Plugin => ({
  name: 'wlz-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
  ],
});

export default defineConfig({
  base: './',
  plugins: [svelte(), cspMeta()],
  // See src/lib/fflate-sync.ts: XLSX zipping without a blob: worker, which the CSP forbids.
  resolve: {
    alias: [{ find: /^fflate$/, replacement: fileURLToPath(new URL('./src/lib/fflate-sync.ts', import.meta.url)) }],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { headers: SECURITY_HEADERS, port: 4173, strictPort: true },
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
