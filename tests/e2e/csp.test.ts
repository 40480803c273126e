// The Content-Security-Policy is in force, and the site works under it: the built page carries the policy as
// a meta tag and the server sends it as a header (scripts/csp.ts); an injected inline script, a string
// evaluated as code and a request to another origin are all refused by the browser; the home page, a dataset
// and DuckDB still work, with no violation at all. The site tracks nobody: no cookie, no IndexedDB, no cache,
// no service worker, and nothing in localStorage but the reader's own preferences.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP, SECURITY_HEADERS } from '../../scripts/csp.ts';
import { launch, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

/** What the site may keep in localStorage: the reader's language (src/lib/i18n.svelte.ts). Nothing else. */
const PREFERENCE_KEYS = ['wlz-explorer.lang'];
/** Chromium logs every refusal as a console error; the tests that provoke one expect exactly that. */
const REFUSED = /Content Security Policy|Refused to/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  directive: string;
  blocked: string;
  /** The policy that refused it: the page has two, the header's and the meta tag's, and each reports. */
  policy: string;
}
type Recorded = { __csp: Violation[] };

/** Records every securitypolicyviolation event from the first moment of each document of the page. (Init
 *  scripts come through the DevTools protocol, so the policy does not apply to them.) */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: { directive: string; blocked: string; policy: string }[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, policy: e.originalPolicy }),
    );
  });
}
const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => (window as unknown as Recorded).__csp);

describe('the policy', () => {
  it('allows only the own origin, WebAssembly for DuckDB and workers from self; no inline or eval scripts', () => {
    const d = Object.fromEntries(
      CSP.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['worker-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/https?:|\*/);
  });

  it('is in the built page as a meta tag, first in <head>, and the server sends it as a header', async () => {
    const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
    const meta = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"')).toBe(CSP);
    expect(html, 'no inline script in the page').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    for (const url of [`${baseUrl}/`, `${baseUrl}/index.html`]) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
      expect(res.headers.get('content-security-policy')).toContain(CSP);
      expect(res.headers.get('set-cookie'), 'the server sets no cookie').toBeNull();
    }
  });
});

describe('the browser enforces it', () => {
  it('refuses an inline script, an inline event handler and eval', async () => {
    const w = await openPage(browser, baseUrl);
    try {
      await recordViolations(w.page);
      await w.page.goto(`${baseUrl}/`);
      await w.page.locator('main h1').waitFor();
      // The page's own meta tag and header are what Chromium applies.
      expect(await w.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP);

      const result = await w.page.evaluate(async () => {
        const w = window as unknown as Record<string, unknown>;
        const violation = (directive: string) =>
          new Promise<string>((resolve) => {
            const on = (e: SecurityPolicyViolationEvent) => {
              if (!e.effectiveDirective.startsWith(directive)) return;
              document.removeEventListener('securitypolicyviolation', on);
              resolve(e.effectiveDirective);
            };
            document.addEventListener('securitypolicyviolation', on);
          });

        const script = violation('script-src');
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true;';
        document.body.append(s);
        const scriptDirective = await script;

        const handler = violation('script-src');
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__handlerRan = true');
        img.src = 'data:,not-an-image';
        document.body.append(img);
        const handlerDirective = await handler;

        let evalError = '';
        try {
          new Function('return 1')();
        } catch (e) {
          evalError = e instanceof Error ? e.name : String(e);
        }
        await new Promise((r) => setTimeout(r, 100));
        return {
          scriptDirective,
          inlineRan: w.__inlineRan === true,
          handlerDirective,
          handlerRan: w.__handlerRan === true,
          evalError,
        };
      });
      expect(result).toEqual({
        scriptDirective: expect.stringMatching(/^script-src/),
        inlineRan: false,
        handlerDirective: expect.stringMatching(/^script-src/),
        handlerRan: false,
        evalError: 'EvalError',
      });
      w.assertClean([REFUSED]);
    } finally {
      await w.context.close();
    }
  });

  it('refuses a request to another origin (connect-src), before it leaves the browser', async () => {
    const w = await openPage(browser, baseUrl);
    try {
      await recordViolations(w.page);
      await w.page.goto(`${baseUrl}/`);
      await w.page.locator('main h1').waitFor();
      // The same test server under another name is another origin: without the policy this fetch would succeed.
      const other = baseUrl.replace('127.0.0.1', 'localhost');
      expect(other).not.toBe(baseUrl);
      const outcome = await w.page.evaluate(async (url) => {
        try {
          const r = await fetch(`${url}/data/index.json`);
          return `fetched ${r.status}`;
        } catch (e) {
          return e instanceof Error ? e.name : String(e);
        }
      }, other);
      expect(outcome).toBe('TypeError');
      // Refused by both policies: the header's and the meta tag's.
      const found = await violations(w.page);
      expect(found.map((v) => v.directive)).toEqual(['connect-src', 'connect-src']);
      for (const v of found) expect(v.blocked.startsWith(other), v.blocked).toBe(true);
      expect(found.map((v) => v.policy).sort()).toEqual([CSP, SECURITY_HEADERS['Content-Security-Policy']].sort());
      // The refused request never reached the network.
      expect(w.foreign).toEqual([]);
      w.assertClean([REFUSED]);
    } finally {
      await w.context.close();
    }
  });
});

describe('the site works under the policy and tracks nobody', () => {
  it('home, a dataset, DuckDB and the language switch work without a single violation; no cookie, no storage but the language', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    try {
      await recordViolations(page);

      await page.goto(`${baseUrl}/`);
      const headline = page.locator('[data-highlight="wachtenden"] [data-testid="headline"]');
      await expect(headline.innerText()).resolves.toBe('16.591');
      await page.locator('.card figure.chart svg').first().waitFor({ timeout: 60_000 });

      await page.goto(`${baseUrl}/#/dataset/wachtlijsten`);
      await page.locator('table.data-table tbody tr').first().waitFor({ timeout: 60_000 });
      expect(await page.locator('table.data-table tbody tr').count()).toBeGreaterThan(0);
      await page.locator('figure.chart svg').first().waitFor({ timeout: 60_000 });

      const sql = 'SELECT 6 * 7 AS antwoord, count(*) > 0 AS rijen FROM wachtlijsten';
      await page.goto(`${baseUrl}/#/sql?q=${encodeURIComponent(sql)}`);
      const result = page.locator('.sql-result table');
      await result.waitFor({ timeout: 60_000 });
      await expect(result.locator('tbody tr').first().innerText()).resolves.toMatch(/42\s+true/);

      await page.goto(`${baseUrl}/`);
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect(page.locator('h2#key-figures').innerText()).resolves.toBe('Key figures');

      expect(await violations(page), 'Content-Security-Policy violations').toEqual([]);
      w.assertClean();

      // Nothing that could track the reader.
      expect(await w.context.cookies(), 'cookies').toEqual([]);
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        indexedDB: (await indexedDB.databases()).map((d) => d.name),
        caches: 'caches' in window ? await caches.keys() : [],
        serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      }));
      expect(stored).toEqual({
        cookie: '',
        local: PREFERENCE_KEYS,
        session: [],
        indexedDB: [],
        caches: [],
        serviceWorkers: 0,
      });
      expect(await page.evaluate(() => localStorage.getItem('wlz-explorer.lang'))).toBe('en');
    } finally {
      await w.context.close();
    }
  });
});
