// Debian's Chromium driven by playwright-core. Every page records requests and console errors, so each test
// can assert that nothing left the origin and nothing broke.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.ts';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Requests to any host but the test server's. */
  foreign: string[];
  consoleErrors: string[];
  /** Asserts no foreign request and no console error happened. */
  assertClean(allowErrors?: RegExp[]): void;
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  opts: { viewport?: { width: number; height: number }; acceptDownloads?: boolean; javaScriptEnabled?: boolean } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: opts.acceptDownloads ?? true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const origin = new URL(baseUrl).origin;
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  return {
    page,
    context,
    foreign,
    consoleErrors,
    assertClean(allowErrors = []) {
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(
        consoleErrors.filter((e) => !allowErrors.some((re) => re.test(e))),
        'console errors',
      ).toEqual([]);
    },
  };
}

/**
 * Serves the site's data/ folder from `dir` instead (index.json and the snapshots in it), as if a publisher
 * had published exactly that: for fixture and synthetic snapshots that must not go into the shared build.
 */
export async function serveData(context: BrowserContext, baseUrl: string, dir: string): Promise<void> {
  await context.route(`${baseUrl}/data/**`, async (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ''));
    const file = path.join(dir, rel);
    if (!file.startsWith(dir + path.sep)) return route.fulfill({ status: 403 });
    const body = await readFile(file).catch(() => null);
    if (!body) return route.fulfill({ status: 404 });
    await route.fulfill({ body, contentType: rel.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
  });
}

/** Clicks a download button (by its exact name) and returns the file's path and suggested name. */
export async function downloadVia(page: Page, name: string): Promise<{ path: string; filename: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download').catch((e) => {
      throw new Error(`${name}: ${e}`);
    }),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { path: await dl.path(), filename: dl.suggestedFilename() };
}
