// A journalist's flow in Debian's Chromium: open a dataset, filter two dimensions, pivot, switch the chart,
// download every export format and compare each file with DuckDB's answer to the equivalent SQL; reload the
// permalink in a fresh browser and find the identical view; then the same flow with the keyboard alone.
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/manifest.ts';
import { launch, openPage, type Watched } from './browser.ts';
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

const d = () => manifest.datasets.find((x) => x.id === 'wachtlijsten')!;
const label = (codelist: string, code: string) =>
  manifest.codelists[codelist].codes.find((c) => c.code === code)?.label.nl ?? code;

// The view the flow ends in, as SQL: indicator = wachtenden, sector in (vv, gz).
const WHERE = `indicator = 'wachtenden' AND sector IN ('vv', 'gz')`;

async function waitIdle(page: Page) {
  await page.locator('table.data-table, table.pivot').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('.count')?.textContent?.includes('…'));
  await page.waitForTimeout(300);
}

async function downloadFile(page: Page, name: RegExp | string): Promise<{ path: string; filename: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  ]);
  return { path: await dl.path(), filename: dl.suggestedFilename() };
}

async function pivotText(page: Page): Promise<string[][]> {
  return page
    .locator('table.pivot tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
}

async function checkExports(w: Watched) {
  const page = w.page;
  const ref = await queryRows(
    con,
    `SELECT sector, strftime(peildatum, '%Y-%m-%d') AS peildatum, sum(aantal)::DOUBLE AS v FROM ${parquet(dir, d().file)}
     WHERE ${WHERE} AND aantal IS NOT NULL GROUP BY ALL`,
  );
  const expected = new Map(ref.map((r) => [`${label('sector', String(r.sector))}|${r.peildatum}`, r.v as number]));
  const dates = [...new Set(ref.map((r) => String(r.peildatum)))].sort();
  const nlDate = (iso: string) =>
    new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

  // CSV: comma, decimal point, exactly the pivot's rows and columns.
  const csv = await downloadFile(page, 'Download CSV');
  expect(csv.filename).toMatch(new RegExp(`^wachtlijsten_draaitabel_${snapshot}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const rows = await queryRows(
    con,
    `SELECT * FROM read_csv('${csv.path}', header=true, all_varchar=true, delim=',', quote='"')`,
  );
  expect(Object.keys(rows[0])).toEqual(['Sector', ...dates.map(nlDate)]);
  const dataRows = rows.filter((r) => r.Sector !== 'Totaal');
  expect(dataRows.length).toBe(2);
  for (const r of dataRows)
    dates.forEach((iso) =>
      expect(Number(r[nlDate(iso)]), `${r.Sector} ${iso}`).toBe(expected.get(`${r.Sector}|${iso}`)),
    );

  // Dutch Excel CSV: BOM, semicolons, decimal comma — the same numbers.
  const xl = await downloadFile(page, 'Download CSV voor Nederlandse Excel');
  const raw = await readFile(xl.path, 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  expect(raw.slice(1).split('\r\n')[0]).toBe(['Sector', ...dates.map(nlDate)].join(';'));
  const xlRows = await queryRows(con, `SELECT * FROM read_csv('${xl.path}', header=true, all_varchar=true, delim=';')`);
  for (const r of xlRows.filter((x) => x.Sector !== 'Totaal'))
    dates.forEach((iso) =>
      expect(Number(String(r[nlDate(iso)]).replace(',', '.'))).toBe(expected.get(`${r.Sector}|${iso}`)),
    );

  // XLSX: the data sheet holds the same numbers as numbers; the second sheet says where they come from.
  const xlsx = await downloadFile(page, 'Download Excel-werkmap (XLSX)');
  const sheets = await readXlsxFile(xlsx.path);
  expect(sheets.map((s) => s.sheet)).toEqual(['Gegevens', 'Bron en filters']);
  const [head, ...body] = sheets[0].data;
  expect(head).toEqual(['Sector', ...dates.map(nlDate)]);
  for (const r of body.filter((x) => x[0] !== 'Totaal'))
    dates.forEach((iso, j) => expect(r[j + 1]).toBe(expected.get(`${r[0]}|${iso}`)));
  const prov = Object.fromEntries(sheets[1].data.map((r) => [String(r[0]), String(r[1])]));
  expect(prov.Publicatie).toBe(snapshot);
  expect(prov.Dataset).toBe('wachtlijsten');
  expect(prov.Filters).toContain('Wachtenden');
  expect(prov.Bronnen).toContain('Tabel 2');
  expect(prov['Synthetische gegevens']).toBe('nee');

  // Parquet: readable by DuckDB, same numbers, provenance in the file's key-value metadata.
  const pq = await downloadFile(page, 'Download Parquet');
  const pqRows = await queryRows(con, `SELECT * FROM read_parquet('${pq.path}')`);
  for (const r of pqRows.filter((x) => x.Sector !== 'Totaal'))
    dates.forEach((iso) => expect(r[nlDate(iso)]).toBe(expected.get(`${r.Sector}|${iso}`)));
  const kv = await queryRows(con, `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${pq.path}')`);
  expect(kv.find((r) => r.k === 'Publicatie')?.v).toBe(snapshot);
}

describe('the explorer', () => {
  it('serves a journalist: filter, pivot, chart, exports that equal DuckDB, and a permalink that restores the view', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.goto(`${baseUrl}/#/dataset/wachtlijsten`);
    await waitIdle(page);
    // The link is completed at once: it pins the publication and the whole view.
    expect(page.url()).toContain(`snapshot=${snapshot}`);

    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await waitIdle(page);
    await expect(page.locator('table.data-table caption').innerText()).resolves.toContain(`${d().rows} rijen`);

    // Filter two dimensions.
    await page.getByRole('checkbox', { name: /^Wachtenden \(/ }).check();
    await page.getByRole('checkbox', { name: /^Verpleging en verzorging/ }).check();
    await page.getByRole('checkbox', { name: /^Gehandicaptenzorg/ }).check();
    await waitIdle(page);
    const [{ n }] = await queryRows(con, `SELECT count(*)::INT AS n FROM ${parquet(dir, d().file)} WHERE ${WHERE}`);
    await expect(page.locator('table.data-table caption').innerText()).resolves.toContain(`${n} rijen`);
    await expect(
      page.getByRole('button', { name: /Verwijder filter Sector: Gehandicaptenzorg/ }).count(),
    ).resolves.toBe(1);

    // Facet counts equal DuckDB's counts given the other filters.
    const facet = await page
      .getByRole('checkbox', { name: /^Geestelijke gezondheidszorg/ })
      .locator('xpath=..')
      .innerText();
    const [{ g }] = await queryRows(
      con,
      `SELECT count(*)::INT AS g FROM ${parquet(dir, d().file)} WHERE indicator = 'wachtenden' AND sector = 'ggz'`,
    );
    expect(facet).toContain(`(${g})`);

    // Pivot: sector × peildatum, sum of aantal.
    await page.getByLabel('Rijen (x-as)').selectOption('sector');
    await page.getByLabel('Kolommen (kleur)').selectOption('peildatum');
    await page.getByRole('button', { name: 'Draaitabel' }).click();
    await waitIdle(page);
    const grid = await pivotText(page);
    expect(grid[0][0]).toBe('Sector');
    const vvRow = grid.find((r) => r[0].startsWith('Verpleging'))!;
    expect(vvRow).toContain('16.591');
    expect(grid.at(-1)![0]).toBe('Totaal');

    // Chart: switch to a line chart; the chart must carry lines and an accessible summary.
    await page.getByLabel('Soort grafiek').selectOption('line');
    await page.waitForFunction(() => document.querySelectorAll('figure.chart svg path').length > 0);
    await expect(page.locator('figure.chart figcaption').innerText()).resolves.toContain('hoogste 16.591');

    await checkExports(w);

    // SVG and PNG of the chart.
    const svg = await downloadFile(page, 'Download grafiek als SVG');
    expect(await readFile(svg.path, 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await downloadFile(page, 'Download grafiek als PNG');
    expect((await readFile(png.path)).subarray(1, 4).toString()).toBe('PNG');

    // The permalink restores exactly this view in a fresh browser context.
    const permalink = await page.getByTestId('permalink').inputValue();
    expect(permalink).toBe(page.url());
    const citation = await page.getByTestId('citation').inputValue();
    expect(citation).toContain('Wachtlijsten');
    expect(citation).toContain(snapshot);
    const before = await pivotText(page);
    const w2 = await openPage(browser, baseUrl);
    await w2.page.goto(permalink);
    await waitIdle(w2.page);
    expect(w2.page.url()).toBe(permalink);
    expect(await pivotText(w2.page)).toEqual(before);
    await expect(w2.page.getByLabel('Soort grafiek').inputValue()).resolves.toBe('line');
    await expect(w2.page.getByRole('checkbox', { name: /^Gehandicaptenzorg/ }).isChecked()).resolves.toBe(true);
    w2.assertClean();
    await w2.context.close();
    w.assertClean();
    await w.context.close();
  });

  it('works with the keyboard alone', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.goto(`${baseUrl}/#/dataset/wachtlijsten?mode=table`);
    await waitIdle(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? `${el.tagName.toLowerCase()}|${el.getAttribute('aria-label') ?? ''}|${el.textContent?.trim() ?? ''}|${(el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''}`
          : '';
      });
    /** Presses Tab until the focused element matches, as a keyboard user would. */
    async function tabTo(re: RegExp, max = 200) {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (re.test(await focused())) return;
      }
      throw new Error(`never reached ${re} with Tab`);
    }
    // The skip link is the first stop and moves focus to the content.
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/Naar de inhoud/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await tabTo(/\|Wachtenden \(/);
    await page.keyboard.press('Space');
    await tabTo(/\|Gehandicaptenzorg/);
    await page.keyboard.press('Space');
    await waitIdle(page);
    await tabTo(/^select\|.*\|Kolommen/);
    await page.keyboard.press('ArrowDown'); // first dimension after "geen"
    await tabTo(/^button\|\|Draaitabel/);
    await page.keyboard.press('Enter');
    await waitIdle(page);
    expect(page.url()).toContain('mode=pivot');
    expect(page.url()).toContain('f.sector=gz');
    expect(page.url()).toContain('f.indicator=wachtenden');
    await tabTo(/^button\|\|Download CSV\|/);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(dl.suggestedFilename()).toContain('draaitabel');
    const text = await readFile(await dl.path(), 'utf8');
    expect(text.split('\r\n')[1]).toContain('Gehandicaptenzorg');
    // Focus is always visible: the focused button has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    w.assertClean();
    await w.context.close();
  });
});
