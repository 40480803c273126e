// Builds the site once for all end-to-end tests, publishes the real snapshot (and test fixtures) into the
// build, and serves it from a local static server (Vite's preview server, with the site's security headers).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { NEWEST, publishDefault } from '../../scripts/publish-default.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    defaultSnapshot: string;
  }
}

export const DEFAULT_SNAPSHOT = NEWEST;

let server: PreviewServer | undefined;
let dir = '';

export async function setup(project: TestProject) {
  dir = await mkdtemp(path.join(tmpdir(), 'wlz-e2e-'));
  const outDir = path.join(dir, 'dist');
  await build({ logLevel: 'warn', publicDir: false, build: { outDir, emptyOutDir: true } });
  // The same publications `npm start` serves: the newest and an earlier one.
  await publishDefault(path.join(outDir, 'data'));
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('distDir', outDir);
  project.provide('defaultSnapshot', DEFAULT_SNAPSHOT);
}

export async function teardown() {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}
