// Accessibility of every view in Debian's Chromium. axe-core checks the WCAG 2.0/2.1 A and AA rules on each
// view in Dutch and in English (and some in dark mode); the page must not scroll sideways at 360 px nor at
// 200% zoom; every chart has a text summary and a table with its figures; reduced motion switches motion off;
// the glossary works with the keyboard. Screenshots of each view go to test-results/screenshots/ so that a
// person can look at them. Every test also asserts that nothing left the origin and nothing broke.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/manifest.ts';
import { launch, openPage, type Watched } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const snapshot = inject('defaultSnapshot');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SHOTS = path.resolve('test-results/screenshots');
const REPORTS = path.resolve('test-results/axe');
const AXE = await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const manifest = JSON.parse(await readFile(path.join(distDir, 'data', snapshot, 'manifest.json'), 'utf8')) as Manifest;
// The SQL console is being built by someone else; its test runs as soon as the route exists.
const HAS_SQL = /['"]sql['"]/.test(await readFile(path.resolve('src/lib/route.svelte.ts'), 'utf8'));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
  await mkdir(REPORTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

// --- helpers ------------------------------------------------------------------------------------------

interface Violation {
  where: string;
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Injects axe-core from node_modules without any network: the script is served from the page's own origin
 *  by a route handler. (The site's Content-Security-Policy forbids inline scripts, so `addScriptTag` with the
 *  source as `content` would be refused and logged as a console error.) */
const AXE_PATH = '/__test__/axe.min.js';
const routed = new WeakSet<Page>();
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  if (!routed.has(page)) routed.add(page);
  else await page.unroute(`**${AXE_PATH}`);
  await page.route(`**${AXE_PATH}`, (r) => r.fulfill({ body: AXE, contentType: 'text/javascript; charset=utf-8' }));
  await page.addScriptTag({ url: `${baseUrl}${AXE_PATH}` });
  expect(await page.evaluate(() => 'axe' in window), 'axe-core injected').toBe(true);
}

async function axe(page: Page, where: string): Promise<Violation[]> {
  await injectAxe(page);
  const found = await page.evaluate(async (values) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const w = window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResult> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
  }, TAGS);
  return found.map((v) => ({ where, ...v }));
}

function describeViolations(list: Violation[]): string {
  return list
    .map(
      (v) =>
        `[${v.where}] ${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 12)
          .map((n) => `    ${n.target}\n      ${n.summary}`)
          .join('\n') +
        (v.nodes.length > 12 ? `\n    … and ${v.nodes.length - 12} more` : ''),
    )
    .join('\n');
}

/** Waits until the view has its content: the heading, the wanted element, no loading notes, no pending counts. */
async function settle(page: Page, selector?: string): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  if (selector) await page.locator(selector).first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () =>
      !document.querySelector('main .loading') &&
      ![...document.querySelectorAll('.count')].some((e) => e.textContent?.includes('…')),
    undefined,
    { timeout: 60_000 },
  );
  // Two frames and a little time for charts to lay out after a resize.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(250);
}

/** Whether the page scrolls sideways, and if so which elements stick out (outermost first). */
async function sideways(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList]
        .filter((c) => !c.startsWith('svelte-'))
        .map((c) => `.${c}`)
        .join('');
    const clipped = (el: Node) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== 'visible') return true;
      }
      return false;
    };
    const right = new Map<Element, number>();
    const out = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      right.set(el, r.right);
      return r.width > 0 && r.right > vw + 0.5 && !clipped(el);
    });
    // Text can stick out of a box that itself fits (a long word in a narrow heading).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || out.includes(parent) || clipped(n)) continue;
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect().right;
      if (r > vw + 0.5) {
        out.push(parent);
        right.set(parent, r);
      }
    }
    const outermost = out.filter((el) => !out.includes(el.parentElement!));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: vw,
      culprits: outermost.slice(0, 8).map((el) => {
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && path.length < 4; e = e.parentElement)
          path.unshift(name(e));
        const text = (el.textContent ?? '').trim().slice(0, 40);
        return `${path.join(' > ')} (right edge ${Math.round(right.get(el) ?? 0)} px) "${text}"`;
      }),
    };
  });
}

async function expectNoSideways(page: Page, where: string): Promise<void> {
  const s = await sideways(page);
  expect
    .soft(
      s.scrollWidth,
      `${where}: page scrolls sideways (${s.scrollWidth} > ${s.innerWidth}); sticking out:\n${s.culprits.join('\n')}`,
    )
    .toBeLessThanOrEqual(s.innerWidth);
}

/** Every chart has a text summary (figcaption), an accessible name on the image, and a table of its figures. */
async function expectChartsAccessible(page: Page, where: string): Promise<number> {
  const charts = await page.locator('figure.chart').evaluateAll((figs) =>
    figs.map((f) => ({
      caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
      imgName: f.querySelector('[role="img"]')?.getAttribute('aria-label')?.trim() ?? '',
      tableRows: f.querySelectorAll('table tbody tr').length,
      tableHeads: f.querySelectorAll('table thead th').length,
    })),
  );
  charts.forEach((c, i) => {
    expect.soft(c.caption.length, `${where}: chart ${i + 1} has a text summary (figcaption)`).toBeGreaterThan(20);
    expect.soft(c.imgName.length, `${where}: chart ${i + 1} image has an accessible name`).toBeGreaterThan(0);
    expect.soft(c.tableHeads, `${where}: chart ${i + 1} has a data table with column headers`).toBeGreaterThan(1);
    expect.soft(c.tableRows, `${where}: chart ${i + 1} data table has rows`).toBeGreaterThan(0);
  });
  return charts.length;
}

const withLang = (hash: string, lang: 'nl' | 'en') => `${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`;

/** Full-page screenshot, cut off at 8,000 CSS pixels: the glossary makes the about page very long. */
async function shot(page: Page, file: string): Promise<void> {
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  const clip = height > 8000 ? { x: 0, y: 0, width, height: 8000 } : undefined;
  await page.screenshot({ path: path.join(SHOTS, `${file}.png`), fullPage: true, clip });
}

/** 200% zoom of a 1280 × 900 window: the layout sees 640 × 450 CSS pixels at two device pixels each. */
async function zoom200(w: Watched): Promise<void> {
  const cdp = await w.context.newCDPSession(w.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 640,
    height: 450,
    deviceScaleFactor: 2,
    mobile: false,
  });
  await cdp.detach();
}

/** Opens a watched page, runs the steps, asserts nothing left the origin and nothing broke, and always closes
 *  the page again, so that a failed step does not leave a query engine running for the next test. */
async function withPage(steps: (w: Watched) => Promise<void>): Promise<void> {
  const w = await openPage(browser, baseUrl);
  try {
    await steps(w);
    w.assertClean();
  } finally {
    await w.context.close();
  }
}

interface View {
  /** File name of the screenshots. */
  name: string;
  hash: string;
  /** An element that exists once the view has its content. */
  ready: string;
  /** Whether the view must show at least one chart. */
  charts?: boolean;
}

const DATA = 'table.data-table, table.pivot';
const SQL_QUERY = 'SELECT sector, peildatum, aantal FROM wachtlijsten ORDER BY peildatum LIMIT 25';
const WACHT = '#/dataset/wachtlijsten';
const VIEWS: View[] = [
  { name: 'home', hash: '#/', ready: '.card figure.chart svg', charts: true },
  { name: 'dataset-wachtlijsten', hash: WACHT, ready: DATA, charts: true },
  { name: 'dataset-rechtmatigheid', hash: '#/dataset/rechtmatigheid', ready: DATA },
  { name: 'dataset-leveringsvormen', hash: '#/dataset/leveringsvormen', ready: DATA },
  {
    name: 'explorer-pivot',
    hash: `${WACHT}?mode=pivot&pr=sector&pc=peildatum&pm=aantal&pa=sum&chart=bar&f.indicator=wachtenden`,
    ready: 'table.pivot',
    charts: true,
  },
  {
    name: 'chart-line',
    hash: `${WACHT}?mode=table&pr=peildatum&pc=sector&pm=aantal&pa=sum&chart=line&f.indicator=wachtenden`,
    ready: 'figure.chart svg',
    charts: true,
  },
  {
    name: 'chart-cell',
    hash: `${WACHT}?mode=pivot&pr=peildatum&pc=sector&pm=aantal&pa=sum&chart=cell&f.indicator=wachtenden`,
    ready: 'figure.chart svg',
    charts: true,
  },
  { name: 'changes', hash: '#/wijzigingen', ready: 'table.changes-summary' },
  { name: 'about', hash: '#/over', ready: 'main dl' },
];

async function saveReport(name: string, list: Violation[]): Promise<void> {
  await writeFile(path.join(REPORTS, `${name}.json`), JSON.stringify(list, null, 2));
}

/** Goes to a view in a language. From another view of the same page this is a same-document hash change: the
 *  query engine stays loaded, so only the first visit of a page pays for starting DuckDB. */
async function go(page: Page, hash: string, lang: 'nl' | 'en', ready: string, heading?: string): Promise<void> {
  await page.goto(`${baseUrl}/${withLang(hash, lang)}`);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  if (heading) await page.locator('main h1', { hasText: heading }).first().waitFor({ timeout: 60_000 });
  await settle(page, ready);
}

/**
 * The full check of one view: axe in Dutch at 1280 px and at 360 px and in English at 1280 px, no sideways
 * scrolling at 360 px (both languages) and at 200% zoom, charts with summary and table, screenshots. In dark
 * mode the Dutch pass only: the colours change, the layout and the texts do not.
 */
async function checkView(v: View, opts: { dark?: boolean } = {}): Promise<void> {
  await withPage(async (w) => {
    const page = w.page;
    const tag = opts.dark ? `${v.name}-dark` : v.name;
    if (opts.dark) await page.emulateMedia({ colorScheme: 'dark' });
    const violations: Violation[] = [];
    try {
      await go(page, v.hash, 'nl', v.ready);
      violations.push(...(await axe(page, `${tag} nl 1280`)));
      const n = await expectChartsAccessible(page, `${tag} nl`);
      if (v.charts) expect.soft(n, `${tag}: shows a chart`).toBeGreaterThan(0);
      await shot(page, `${tag}-1280`);

      await page.setViewportSize({ width: 360, height: 800 });
      await settle(page, v.ready);
      await expectNoSideways(page, `${tag} nl 360 px`);
      violations.push(...(await axe(page, `${tag} nl 360`)));
      await shot(page, `${tag}-360`);
      if (opts.dark) return;

      await go(page, v.hash, 'en', v.ready);
      await expectNoSideways(page, `${tag} en 360 px`);
      await shot(page, `${tag}-en-360`);

      await page.setViewportSize({ width: 1280, height: 900 });
      await settle(page, v.ready);
      violations.push(...(await axe(page, `${tag} en 1280`)));
      await expectChartsAccessible(page, `${tag} en`);

      await zoom200(w);
      await settle(page, v.ready);
      await expectNoSideways(page, `${tag} en 200% zoom`);
      await shot(page, `${tag}-zoom200`);
    } finally {
      await saveReport(tag, violations);
      expect.soft(violations, `axe found WCAG 2.1 A/AA violations:\n${describeViolations(violations)}`).toEqual([]);
    }
  });
}

// --- the views ------------------------------------------------------------------------------------------

describe('every view passes axe (WCAG 2.1 A + AA), reflows at 360 px and at 200% zoom', () => {
  for (const v of VIEWS) it(`${v.name} (${v.hash})`, { timeout: 240_000 }, () => checkView(v));

  it.skipIf(!HAS_SQL)(
    `SQL console (#/sql)${HAS_SQL ? '' : ' — skipped: the #/sql route does not exist yet (being built elsewhere)'}`,
    { timeout: 240_000 },
    () => checkView({ name: 'sql', hash: `#/sql?q=${encodeURIComponent(SQL_QUERY)}`, ready: '.sql-result table' }),
  );
});

describe('dark mode (prefers-color-scheme: dark)', () => {
  const dark = ['home', 'dataset-wachtlijsten', 'explorer-pivot', 'changes', 'about'];
  for (const v of VIEWS.filter((x) => dark.includes(x.name)))
    it(`${v.name} in dark mode`, { timeout: 240_000 }, () => checkView(v, { dark: true }));
});

describe('every dataset page passes axe in Dutch and English', () => {
  // Several datasets per page (hash changes keep the query engine loaded): each in Dutch at 1280 px and in
  // English at 360 px, where the page must not scroll sideways either.
  const PER_PAGE = 5;
  const groups: (typeof manifest.datasets)[] = [];
  for (let i = 0; i < manifest.datasets.length; i += PER_PAGE) groups.push(manifest.datasets.slice(i, i + PER_PAGE));
  for (const group of groups)
    it(`datasets ${group.map((d) => d.id).join(', ')}`, { timeout: 240_000 }, () =>
      withPage(async ({ page }) => {
        const violations: Violation[] = [];
        try {
          for (const d of group) {
            const hash = `#/dataset/${d.id}`;
            await page.setViewportSize({ width: 1280, height: 900 });
            await go(page, hash, 'nl', DATA, d.title.nl);
            await page.locator('figure.chart svg').first().waitFor({ timeout: 60_000 });
            violations.push(...(await axe(page, `dataset ${d.id} nl 1280`)));
            await expectChartsAccessible(page, `dataset ${d.id} nl`);

            await page.setViewportSize({ width: 360, height: 800 });
            await go(page, hash, 'en', DATA, d.title.en);
            await page.locator('figure.chart svg').first().waitFor({ timeout: 60_000 });
            await expectNoSideways(page, `dataset ${d.id} en 360 px`);
            violations.push(...(await axe(page, `dataset ${d.id} en 360`)));
            await expectChartsAccessible(page, `dataset ${d.id} en`);
          }
        } finally {
          await saveReport(`all-datasets-${group[0].id}`, violations);
        }
        expect.soft(violations, `axe found WCAG 2.1 A/AA violations:\n${describeViolations(violations)}`).toEqual([]);
      }),
    );
});

describe('reduced motion', () => {
  it('with prefers-reduced-motion nothing animates or transitions, and smooth scrolling is off', () =>
    withPage(async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const v of VIEWS.filter((x) => ['home', 'dataset-wachtlijsten', 'about'].includes(x.name))) {
        await page.goto(`${baseUrl}/${withLang(v.hash, 'nl')}`);
        await settle(page, v.ready);
        const motion = await page.evaluate(() => {
          const moving: string[] = [];
          for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
            const s = getComputedStyle(el);
            const t = s.transitionDuration.split(',').some((x) => parseFloat(x) > 0);
            const a = s.animationName !== 'none' && s.animationDuration.split(',').some((x) => parseFloat(x) > 0);
            if (t || a) moving.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
          }
          return {
            matches: matchMedia('(prefers-reduced-motion: reduce)').matches,
            running: document.getAnimations().length,
            moving,
            scroll: getComputedStyle(document.documentElement).scrollBehavior,
          };
        });
        expect(motion.matches, v.name).toBe(true);
        expect.soft(motion.moving, `${v.name}: elements with a transition or animation`).toEqual([]);
        expect.soft(motion.running, `${v.name}: running animations`).toBe(0);
        expect.soft(motion.scroll, `${v.name}: scroll-behavior`).toBe('auto');
        const found = await axe(page, `${v.name} reduced motion`);
        expect.soft(found, `axe found WCAG 2.1 A/AA violations:\n${describeViolations(found)}`).toEqual([]);
      }
    }));
});

describe('the about page with the keyboard', () => {
  it('skip link first; the glossary index moves focus to the letter; every stop shows its focus', () =>
    withPage(async ({ page }) => {
      await page.goto(`${baseUrl}/${withLang('#/over', 'nl')}`);
      await settle(page, 'main dl');
      const active = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return null;
          const s = getComputedStyle(el);
          return {
            tag: el.tagName.toLowerCase(),
            id: el.id,
            text: el.textContent?.trim().slice(0, 60) ?? '',
            visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          };
        });
      await page.keyboard.press('Tab');
      expect((await active())?.text).toMatch(/Naar de inhoud/);
      await page.keyboard.press('Enter');
      expect((await active())?.id).toBe('main');

      // Tab to the first letter of the glossary index; every stop on the way shows a focus indicator.
      let letter = null;
      for (let i = 0; i < 60 && !letter; i++) {
        await page.keyboard.press('Tab');
        const a = await active();
        expect.soft(a?.visible, `focus indicator on ${a?.tag} "${a?.text}"`).toBe(true);
        if (a && (await page.evaluate(() => !!document.activeElement?.closest('[data-glossary-index]')))) letter = a;
      }
      expect(letter, 'reached the glossary index with Tab').not.toBeNull();
      await page.keyboard.press('Enter');
      const target = await active();
      expect(target?.id, 'focus moved to the letter heading').toMatch(/^letter-/);
      expect(page.url(), 'the URL stays the about page').toMatch(/#\/over/);
      const top = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
      const height = await page.evaluate(() => innerHeight);
      expect(top, 'the letter heading is scrolled into view').toBeGreaterThan(-2);
      expect(top, 'the letter heading is scrolled into view').toBeLessThan(height - 20);
    }));
});
