// The published site in Debian's Chromium: the figures on the home page and on every dataset page equal a
// DuckDB query of the same Parquet files; the CSV download equals that query; nothing leaves the origin.
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCell, formatNumber } from '../../src/lib/format.ts';
import type { Cell, DatasetManifest, Manifest } from '../../src/lib/manifest.ts';
import { launch, openPage } from './browser.ts';
import { openSnapshot, parquet, queryRows } from './duckdb.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const snapshot = inject('defaultSnapshot');

let browser: Browser;
let con: DuckDBConnection;
let manifest: Manifest;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  ({ con, manifest, dir } = await openSnapshot(distDir, snapshot));
});
afterAll(async () => {
  await browser?.close();
});

function label(codelist: string | undefined, code: string, lang: 'nl' | 'en' = 'nl'): string {
  const c = codelist ? manifest.codelists[codelist]?.codes.find((x) => x.code === code) : undefined;
  return c ? c.label[lang] : code;
}

async function parquetRows(d: DatasetManifest): Promise<Record<string, unknown>[]> {
  const cols = d.columns
    .map((c) => (c.type === 'DATE' ? `strftime("${c.name}", '%Y-%m-%d') AS "${c.name}"` : `"${c.name}"`))
    .join(', ');
  return queryRows(con, `SELECT ${cols} FROM ${parquet(dir, d.file)}`);
}

const shown = (d: DatasetManifest, r: Record<string, unknown>, lang: 'nl' | 'en' = 'nl') =>
  d.columns.map((c) => formatCell(r[c.name] as Cell, c, lang, (code) => label(c.codelist, code, lang))).join(' | ');

describe('home page', () => {
  it('shows every key figure as DuckDB computes it from the Parquet, with its source', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/`);
    await w.page.waitForSelector('.card');
    expect(manifest.highlights.length).toBeGreaterThanOrEqual(4);
    for (const h of manifest.highlights) {
      const d = manifest.datasets.find((x) => x.id === h.dataset)!;
      const where = Object.entries(h.headline.where)
        .map(([k, v]) => `CAST("${k}" AS VARCHAR) = '${v}'`)
        .join(' AND ');
      const [row] = await queryRows(
        con,
        `SELECT "${h.headline.measure}"::DOUBLE AS v FROM ${parquet(dir, d.file)} WHERE ${where}`,
      );
      const unit = d.columns.find((c) => c.name === h.headline.measure)!.unit;
      const card = w.page.locator(`[data-highlight="${h.id}"]`);
      await expect(card.getByTestId('headline').innerText()).resolves.toBe(formatNumber(row.v as number, unit, 'nl'));
      await expect(card.locator('svg').count()).resolves.toBeGreaterThan(0);
      const source = await card.locator('.source').innerText();
      expect(source).toContain(label('bron', h.sources[0].bron));
      expect(source).toContain(h.sources[0].bron_locatie);
    }
    // The real figures from the reports, written out, so the chain data/ → Parquet → page is pinned.
    const text = await w.page.locator('main').innerText();
    for (const figure of ['16.591', '40,2%', '93,5%', '90,4%']) expect(text).toContain(figure);
    w.assertClean();
    await w.context.close();
  });

  it('draws the key-figure charts the snapshot command drew, before any script but the first one loads', async () => {
    const d = (h: (typeof manifest.highlights)[number]) => manifest.datasets.find((x) => x.id === h.dataset)!;
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/`);
    await w.page.waitForSelector('.card .plot svg');
    for (const h of manifest.highlights) {
      // The chart in the card is the manifest's drawing, unchanged (same elements, same text): the page drew
      // nothing itself.
      expect(h.svg?.nl, h.id).toBeTruthy();
      const same = await w.page.locator(`[data-highlight="${h.id}"] .plot`).evaluate((el, svg) => {
        const t = document.createElement('template');
        t.innerHTML = svg;
        const shape = (n: ParentNode) => [...n.querySelectorAll('*')].map((e) => e.localName).join(',');
        return shape(t.content) === shape(el) && t.content.textContent === el.textContent;
      }, h.svg!.nl);
      expect(same, h.id).toBe(true);
      // Its text alternative names the highest and lowest value, and over time how each series went.
      const name = await w.page.locator(`[data-highlight="${h.id}"] .plot`).getAttribute('aria-label');
      expect(name, h.id).toContain('hoogste');
      const overTime = d(h).columns.find((c) => c.name === h.chart.x)?.role === 'time';
      if (overTime) expect(name, h.id).toMatch(/Verloop .*: van .* naar .*, een (stijging|daling)|gelijk gebleven/);
      // The rows it was drawn from are the ones its table shows.
      expect(h.rows.length, h.id).toBeGreaterThan(0);
    }
    const scripts = await w.page.evaluate(() => {
      const mark = performance.getEntriesByName('wlz:first-chart')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < mark)
        .map((e) => e.name.replace(/^.*\//, ''));
    });
    // Only the entry chunk: no chart library, no engine, no other view before the first chart.
    expect(scripts, JSON.stringify(scripts)).toHaveLength(1);
    expect(scripts[0]).toMatch(/^index-.*\.js$/);
    w.assertClean();
    await w.context.close();
  });

  it('links to every dataset', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/`);
    await w.page.waitForSelector('.dataset-list a');
    const ids = await w.page
      .locator('main a[href*="#/dataset/"]')
      .evaluateAll((as) =>
        as.map((a) => decodeURIComponent(a.getAttribute('href')!.replace(/^.*#\/dataset\/([^?]*).*$/, '$1'))),
      );
    expect([...new Set(ids)].sort()).toEqual(manifest.datasets.map((d) => d.id).sort());
    // Each by its title, in the list of all datasets.
    const titles = await w.page.locator('.dataset-list a').allInnerTexts();
    for (const d of manifest.datasets) expect(titles, d.id).toContain(d.title.nl);
    w.assertClean();
    await w.context.close();
  });

  it('switches to English with English number formats, and keeps the language in the URL', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/`);
    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(w.page.locator('h2#key-figures').innerText()).resolves.toBe('Key figures');
    await expect(w.page.locator('[data-highlight="wachtenden"] [data-testid="headline"]').innerText()).resolves.toBe(
      '16,591',
    );
    expect(w.page.url()).toContain('lang=en');
    await expect(w.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    w.assertClean();
    await w.context.close();
  });
});

describe('dataset pages', () => {
  it('show every row of every dataset at its default URL exactly as DuckDB reads it, and download it as CSV', async () => {
    const w = await openPage(browser, baseUrl);
    for (const d of manifest.datasets) {
      // The dataset's default URL, as the home page links to it: the table holds all rows (a chart spec's
      // filter is the chart's own).
      await w.page.goto(`${baseUrl}/#/dataset/${d.id}`);
      const table = w.page.locator('table.data-table');
      await table.waitFor({ timeout: 60_000 });
      // Rows are fetched after the count: wait until every row has its values (no "…" placeholder left).
      await w.page.waitForFunction(
        (n) => {
          const trs = document.querySelectorAll('table.data-table tbody tr[aria-rowindex]');
          return trs.length === n && !document.querySelector('table.data-table tbody .muted');
        },
        d.rows,
        { timeout: 60_000 },
      );
      const cells = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()).join(' | ')),
        );
      const expected = (await parquetRows(d)).map((r) => shown(d, r));
      expect(cells.length, d.id).toBe(d.rows);
      expect([...cells].sort(), d.id).toEqual([...expected].sort());
      // The chart library loads on demand: the chart follows the table.
      if (d.chart) await w.page.locator('figure.chart svg').first().waitFor({ timeout: 30_000 });
      // The link was completed: publication, view and language.
      expect(w.page.url(), d.id).toMatch(new RegExp(`snapshot=${snapshot}.*lang=nl|lang=nl.*snapshot=${snapshot}`));

      // The CSV of the default view: every row, as DuckDB reads the Parquet (codes as their labels).
      await w.page.locator('.results[data-busy="false"]').waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([
        w.page.waitForEvent('download'),
        w.page.getByRole('button', { name: 'Download CSV', exact: true }).click(),
      ]);
      expect(download.suggestedFilename(), d.id).toMatch(
        new RegExp(`^${d.id}_${snapshot}_\\d{4}-\\d{2}-\\d{2}\\.csv$`),
      );
      const csv = await queryRows(
        con,
        `SELECT * FROM read_csv('${await download.path()}', header=true, all_varchar=true, delim=',', quote='"', escape='"')`,
      );
      expect(csv.length, d.id).toBe(d.rows);
      expect(Object.keys(csv[0]), d.id).toEqual(d.columns.map((c) => c.name));
      const asCsv = (r: Record<string, unknown>) =>
        d.columns.map((c) => {
          const v = r[c.name];
          if (v === null || v === undefined) return null;
          return c.codelist ? label(c.codelist, String(v)) : String(v);
        });
      const ref = await parquetRows(d);
      expect(csv.map((r) => JSON.stringify(Object.values(r))).sort(), d.id).toEqual(
        ref.map((r) => JSON.stringify(asCsv(r))).sort(),
      );
    }
    w.assertClean();
    await w.context.close();
  });

  it('downloads a CSV that equals the DuckDB query of the Parquet, in the order of the table', async () => {
    const w = await openPage(browser, baseUrl);
    const d = manifest.datasets.find((x) => x.id === 'rechtmatigheid')!;
    // Sorted by amount, largest first: the download must follow what the reader sees.
    await w.page.goto(`${baseUrl}/#/dataset/${d.id}?mode=table&sort=-bedrag`);
    await w.page.locator('table.data-table').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Download CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^rechtmatigheid_${snapshot}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const file = await download.path();
    const csv = await queryRows(
      con,
      `SELECT * FROM read_csv('${file}', header=true, all_varchar=true, delim=',', quote='"', escape='"')`,
    );
    const ref = await queryRows(con, `SELECT * FROM ${parquet(dir, d.file)} ORDER BY bedrag DESC NULLS LAST`);
    expect(csv.length).toBe(ref.length);
    expect(Object.keys(csv[0])).toEqual(d.columns.map((c) => c.name));
    const asCsv = (r: Record<string, unknown>) =>
      d.columns.map((c) => {
        const v = r[c.name];
        if (v === null || v === undefined) return null;
        return c.codelist ? label(c.codelist, String(v)) : String(v);
      });
    // Ties in the sort key may come in any order, so rows are compared as a whole and as a sequence of amounts.
    expect(csv.map((r) => r.bedrag)).toEqual(ref.map((r) => (r.bedrag === null ? null : String(r.bedrag))));
    expect(csv.map((r) => JSON.stringify(Object.values(r))).sort()).toEqual(
      ref.map((r) => JSON.stringify(asCsv(r))).sort(),
    );
    const raw = await readFile(file, 'utf8');
    expect(raw.charCodeAt(0)).not.toBe(0xfeff);
    w.assertClean();
    await w.context.close();
  });
});

describe('failures are readable and the site keeps working', () => {
  it('a corrupt Parquet file gives an alert naming the dataset; other pages still work', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.route('**/wachtlijsten.parquet', (r) => r.fulfill({ status: 200, body: 'PAR1 this is not parquet' }));
    await w.page.goto(`${baseUrl}/#/dataset/wachtlijsten`);
    const alert = w.page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.innerText()).resolves.toContain('Wachtlijsten');
    await w.page.goto(`${baseUrl}/#/dataset/rechtmatigheid`);
    await w.page.locator('table.data-table').waitFor({ timeout: 60_000 });
    w.assertClean([/Failed to load resource/]);
    await w.context.close();
  });

  it('a missing index gives an alert instead of a blank page', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.route('**/data/index.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await w.page.goto(`${baseUrl}/`);
    const alert = w.page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('publicaties');
    w.assertClean([/Failed to load resource/]);
    await w.context.close();
  });

  it('an unknown dataset or page says so', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/#/dataset/bestaat-niet`);
    await expect(w.page.getByRole('alert').innerText()).resolves.toContain('bestaat-niet');
    await w.page.goto(`${baseUrl}/#/nergens`);
    await expect(w.page.locator('h1').innerText()).resolves.toContain('bestaat niet');
    w.assertClean();
    await w.context.close();
  });
});
