// A journalist's flow in Debian's Chromium: open a dataset, filter two dimensions, pivot, switch the chart,
// download every export format and compare each file with DuckDB's answer to the equivalent SQL; reload the
// permalink in a fresh browser and find the identical view; then the same flow with the keyboard alone.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/manifest.ts';
import { runSnapshot } from '../../scripts/snapshot.ts';
import { DATASET_ID, runSynth } from '../../scripts/synth.ts';
import { launch, openPage, serveData, type Watched } from './browser.ts';
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
  expect(body.filter((x) => x[0] !== 'Totaal').length).toBe(2);
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
  expect(pqRows.filter((x) => x.Sector !== 'Totaal').length).toBe(2);
  for (const r of pqRows.filter((x) => x.Sector !== 'Totaal'))
    dates.forEach((iso) => expect(r[nlDate(iso)]).toBe(expected.get(`${r.Sector}|${iso}`)));
  const kv = await queryRows(con, `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${pq.path}')`);
  expect(kv.find((r) => r.k === 'Publicatie')?.v).toBe(snapshot);
}

/** The same filtered view as a table: XLSX and Parquet hold DuckDB's rows, with dates as dates. */
async function checkTableExports(w: Watched) {
  const page = w.page;
  await page.getByRole('button', { name: 'Tabel', exact: true }).click();
  await waitIdle(page);
  const ref = await queryRows(
    con,
    `SELECT strftime(peildatum, '%Y-%m-%d') AS p, sector, aantal::DOUBLE AS v FROM ${parquet(dir, d().file)}
     WHERE ${WHERE} ORDER BY p, sector, v`,
  );
  expect(ref.length).toBeGreaterThan(0);
  const key = (p: unknown, sector: unknown, v: unknown) => `${String(p)}|${String(sector)}|${v === null ? '' : v}`;
  const want = ref.map((r) => key(r.p, label('sector', String(r.sector)), r.v)).sort();

  const xlsx = await downloadFile(page, 'Download Excel-werkmap (XLSX)');
  expect(xlsx.filename).toMatch(new RegExp(`^wachtlijsten_${snapshot}_`));
  const [sheet] = await readXlsxFile(xlsx.path);
  const [head, ...body] = sheet.data;
  const hi = (n: string) => head.indexOf(n);
  expect(body.length).toBe(ref.length);
  // A date cell is a date, not text.
  expect(body[0][hi('peildatum')]).toBeInstanceOf(Date);
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  expect(body.map((r) => key(iso(r[hi('peildatum')]), r[hi('sector')], r[hi('aantal')])).sort()).toEqual(want);

  const pq = await downloadFile(page, 'Download Parquet');
  const types = await queryRows(
    con,
    `SELECT column_name AS c, column_type AS t FROM (DESCRIBE SELECT * FROM read_parquet('${pq.path}'))`,
  );
  expect(types.find((r) => r.c === 'peildatum')?.t).toBe('DATE');
  const rows = await queryRows(
    con,
    `SELECT strftime(peildatum, '%Y-%m-%d') AS p, sector, aantal AS v FROM read_parquet('${pq.path}')`,
  );
  expect(rows.length).toBe(ref.length);
  expect(rows.map((r) => key(r.p, r.sector, r.v)).sort()).toEqual(want);
  await page.getByRole('button', { name: 'Draaitabel', exact: true }).click();
  await waitIdle(page);
}

describe('the explorer', () => {
  it('serves a journalist: filter, pivot, chart, exports that equal DuckDB, and a permalink that restores the view', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.goto(`${baseUrl}/#/dataset/wachtlijsten`);
    await waitIdle(page);
    // The link is completed at once: it pins the publication and the whole view.
    expect(page.url()).toContain(`snapshot=${snapshot}`);

    expect(page.url()).toContain('lang=nl');
    // The default table holds every row; the chart's own filter is the chart's alone, and says so.
    await expect(page.locator('table.data-table caption').innerText()).resolves.toContain(`${d().rows} rijen`);
    await expect(page.locator('.chart-filter').innerText()).resolves.toMatch(
      /^Grafiek toont: Soort cijfer = Wachtenden; Regio = Nederland/,
    );

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
    // The Totaal row equals DuckDB's sum over the filtered sectors, per peildatum (in the header's order).
    const totals = await queryRows(
      con,
      `SELECT strftime(peildatum, '%Y-%m-%d') AS p, sum(aantal)::DOUBLE AS v FROM ${parquet(dir, d().file)}
       WHERE ${WHERE} AND aantal IS NOT NULL GROUP BY ALL ORDER BY p`,
    );
    const nlNumber = (x: string) => Number(x.replaceAll('.', '').replace(',', '.'));
    expect(totals.length).toBeGreaterThan(0);
    expect(
      grid
        .at(-1)!
        .slice(1, 1 + totals.length)
        .map(nlNumber),
    ).toEqual(totals.map((r) => r.v));

    // Chart: switch to a line chart; the chart must carry lines and an accessible summary.
    await page.getByLabel('Soort grafiek').selectOption('line');
    await page.waitForFunction(() => document.querySelectorAll('figure.chart svg path').length > 0);
    await expect(page.locator('figure.chart figcaption').innerText()).resolves.toContain('hoogste 16.591');

    await checkExports(w);

    // SVG and PNG of the chart.
    const svg = await downloadFile(page, 'Download grafiek als SVG');
    const svgText = await readFile(svg.path, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // One file that stands on its own: the title, a legend swatch and label per peildatum, the source line.
    expect(svgText).toContain(`<text`);
    expect(svgText).toContain(d().title.nl);
    expect(svgText).toContain('Bron: ');
    expect(svgText).toContain('Tabel 2');
    const swatches = svgText.match(/<rect x="[\d.]+" y="[\d.]+" width="12" height="12"/g) ?? [];
    expect(swatches.length).toBeGreaterThanOrEqual(2);
    const png = await downloadFile(page, 'Download grafiek als PNG');
    expect((await readFile(png.path)).subarray(1, 4).toString()).toBe('PNG');

    await checkTableExports(w);

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
    // The chart type, by keyboard: a line chart is drawn.
    await tabTo(/^select\|.*\|Soort grafiek/);
    await page.keyboard.press('ArrowDown'); // bar → line
    await page.waitForFunction(() => document.querySelectorAll('figure.chart svg path').length > 0);
    expect(page.url()).toContain('chart=line');
    // One more format: the Dutch Excel CSV.
    await tabTo(/^button\|\|Download CSV voor Nederlandse Excel\|/);
    const [dl2] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(dl2.suggestedFilename()).toMatch(/_excel-nl\.csv$/);
    const text2 = await readFile(await dl2.path(), 'utf8');
    expect(text2.charCodeAt(0)).toBe(0xfeff);
    expect(text2).toContain('Gehandicaptenzorg');
    // Focus is always visible: the focused button has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    w.assertClean();
    await w.context.close();
  });
});

describe('the language of a link', () => {
  it('is always in the URL, and a Dutch permalink stays Dutch for a reader who prefers English', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(`${baseUrl}/#/dataset/wachtlijsten`);
    await waitIdle(w.page);
    expect(new URL(w.page.url()).hash).toMatch(/[?&]lang=nl(&|$)/);
    const permalink = await w.page.getByTestId('permalink').inputValue();
    expect(permalink).toContain('lang=nl');
    await w.context.close();

    const w2 = await openPage(browser, baseUrl);
    await w2.context.addInitScript(() => localStorage.setItem('wlz-explorer.lang', 'en'));
    // The preference alone makes the site English…
    await w2.page.goto(`${baseUrl}/#/`);
    await w2.page.locator('main h1').first().waitFor();
    await expect(w2.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    // …but the Dutch permalink is shown in Dutch.
    await w2.page.goto(permalink);
    await waitIdle(w2.page);
    await expect(w2.page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
    await expect(w2.page.locator('main h1').innerText()).resolves.toBe(d().title.nl);
    await expect(w2.page.getByRole('button', { name: 'Draaitabel', exact: true }).count()).resolves.toBe(1);
    // A column header's info button takes the reader (and the focus) to that column's definition.
    await w2.page
      .getByRole('button', { name: `Uitleg bij ${d().columns.find((c) => c.name === 'indicator')!.label.nl}` })
      .first()
      .click();
    await expect(w2.page.evaluate(() => document.activeElement?.id)).resolves.toBe('def-indicator');
    // The definitions: every column's source, and the codes a column uses with their meaning (status too).
    const defs = w2.page.locator('table.defs');
    await expect(defs.locator(':scope > thead').innerText()).resolves.toContain('Bron');
    const row = (name: string) => defs.locator(`tr:has(th#def-${name})`);
    await row('indicator').locator('summary').click();
    const codes = await row('indicator').locator('.codes-table tbody tr').allInnerTexts();
    const used = d().dimensions.indicator.map(String);
    expect(codes.length).toBe(used.length);
    expect(codes.join('\n')).toContain(label('wachtlijst_indicator', 'wachtenden'));
    await row('status').locator('summary').click();
    const status = await row('status').locator('.codes-table tbody tr').allInnerTexts();
    expect(status.length).toBeGreaterThan(0);
    for (const c of manifest.codelists.status.codes.filter((x) => status.some((t) => t.startsWith(x.code))))
      expect(status.join('\n')).toContain(c.description.nl);
    w2.assertClean();
    await w2.context.close();
  });
});

describe('at scale (a synthetic snapshot of 130,000 rows)', () => {
  const ID = 'synth-explorer';
  const ROWS = 130_000;
  let sdir: string;
  let smanifest: Manifest;
  beforeAll(async () => {
    sdir = await mkdtemp(path.join(tmpdir(), 'wlz-explorer-scale-'));
    expect((await runSynth({ rows: ROWS, out: path.join(sdir, 'in'), seed: 11 })).code).toBe(0);
    expect((await runSnapshot({ in: path.join(sdir, 'in'), out: path.join(sdir, 'out'), id: ID })).code).toBe(0);
    smanifest = JSON.parse(await readFile(path.join(sdir, 'out', ID, 'manifest.json'), 'utf8'));
  }, 300_000);
  afterAll(async () => {
    if (sdir) await rm(sdir, { recursive: true, force: true });
  });

  const sd = () => smanifest.datasets[0];
  const spq = () => parquet(path.join(sdir, 'out', ID), sd().file);
  async function openScale(hash: string): Promise<Watched> {
    const w = await openPage(browser, baseUrl);
    await serveData(w.context, baseUrl, path.join(sdir, 'out'));
    await w.page.goto(`${baseUrl}/#/dataset/${DATASET_ID}?snapshot=${ID}&lang=nl${hash}`);
    await w.page.locator('.results[data-busy="false"] table.data-table').waitFor({ timeout: 120_000 });
    return w;
  }

  it('cancels stale queries: rapid view changes leave only the last view running, and it is right', async () => {
    const w = await openScale('&mode=table');
    const page = w.page;
    const regions = smanifest.codelists.regio.codes.map((c) => c.code).filter((c) => /^ZK/.test(c));
    // Sorting 130,000 rows and counting their facets keep the engine busy long enough to be interrupted.
    const picks = [
      'sort=-aantal',
      'sort=aantal',
      'sort=-regio',
      'sort=aantal',
      'sort=-peildatum',
      `sort=-aantal&f.regio=${regions[0]}`,
    ];
    await page.evaluate(() => performance.clearMarks('wlz:query'));
    // Six views one after another, each as soon as the previous one's first query is running in the engine.
    await page.evaluate(
      async ([base, picks]) => {
        const sent = () =>
          performance.getEntriesByName('wlz:query').filter((e) => (e as PerformanceMark).detail === 'started').length;
        for (const r of picks) {
          const before = sent();
          performance.mark('test:view');
          location.hash = `${base}&${r}`;
          const t0 = performance.now();
          while (sent() === before && performance.now() - t0 < 10_000) await new Promise((ok) => setTimeout(ok, 0));
        }
      },
      [`#/dataset/${DATASET_ID}?snapshot=${ID}&lang=nl&mode=table`, picks] as [string, string[]],
    );
    const outcomes = async () =>
      page.evaluate(() => performance.getEntriesByName('wlz:query').map((e) => String((e as PerformanceMark).detail)));
    const count = (o: string[], k: string) => o.filter((x) => x === k).length;
    // Settled: every query that started has ended one way or another.
    await page
      .waitForFunction(
        () => {
          const o = performance.getEntriesByName('wlz:query').map((e) => String((e as PerformanceMark).detail));
          const n = (k: string) => o.filter((x) => x === k).length;
          return (
            document.querySelector('.results')?.getAttribute('data-busy') === 'false' &&
            !document.querySelector('table.data-table tbody .muted') &&
            // (>=: a query of the first view may have started before the marks were cleared)
            n('started') <= n('done') + n('cancelled') + n('late') + n('failed')
          );
        },
        null,
        { timeout: 60_000 },
      )
      .catch(async (e) => {
        console.log(
          'unsettled:',
          JSON.stringify(await outcomes()),
          await page.locator('.results').getAttribute('data-busy'),
          await page.locator('table.data-table tbody .muted').count(),
        );
        throw e;
      });
    const o = await outcomes();
    const n = (k: string) => count(o, k);
    console.log(
      'queries after six rapid view changes:',
      JSON.stringify(
        Object.fromEntries(['started', 'done', 'dropped', 'cancelled', 'late', 'failed'].map((k) => [k, n(k)])),
      ),
    );
    expect(n('failed')).toBe(0);
    // Earlier views' queries were dropped before they started or cancelled while running.
    expect(n('dropped') + n('cancelled')).toBeGreaterThan(0);
    expect(n('cancelled')).toBeGreaterThan(0);
    // Every query that started ended: done for the last view, cancelled or too late to cancel for earlier ones.
    expect(n('done') + n('cancelled') + n('late')).toBeGreaterThanOrEqual(n('started'));
    // Only the last view's queries completed: no answer came back between the first and the last change.
    const timeline = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((e) => e.name === 'test:view' || e.name === 'wlz:query')
        .map((e) => (e.name === 'test:view' ? 'VIEW' : String((e as PerformanceMark).detail))),
    );
    const lastView = timeline.lastIndexOf('VIEW');
    expect(timeline.slice(0, lastView).filter((x) => x === 'done')).toEqual([]);
    expect(timeline.slice(lastView).filter((x) => x === 'done').length).toBeGreaterThan(0);
    // The final view is the last one, and right: its count and its first row equal DuckDB's.
    expect(page.url()).toContain(`f.regio=${regions[0]}`);
    expect(page.url()).toContain('sort=-aantal');
    const [{ c, top }] = await queryRows(
      con,
      `SELECT count(*)::INT AS c, max(aantal)::DOUBLE AS top FROM ${spq()} WHERE regio = '${regions[0]}'`,
    );
    await expect(page.locator('table.data-table caption').innerText()).resolves.toContain(
      `${new Intl.NumberFormat('nl-NL').format(c as number)} rijen`,
    );
    const first = await page.locator('table.data-table tbody tr[aria-rowindex="2"] td[data-col="aantal"]').innerText();
    expect(first).toBe(new Intl.NumberFormat('nl-NL').format(top as number));
    w.assertClean();
    await w.context.close();
  });

  it('scrolls to the very last row, by keyboard and by scrollbar, in DuckDB order', async () => {
    const w = await openScale('&mode=table');
    const page = w.page;
    const table = page.locator('table.data-table');
    await expect(table.getAttribute('aria-rowcount')).resolves.toBe(String(ROWS + 1));
    const region = page.locator('div.virtual');
    // Scaled: the scroll range is capped well below Chromium's layout limit.
    const range = await region.evaluate((el) => el.scrollHeight);
    expect(range).toBeLessThan(ROWS * 36);
    expect(range).toBeLessThan(33_554_431);
    const ai = sd().columns.findIndex((c) => c.name === 'aantal');
    /**
     * The drawn rows once the table has followed the scroll (the first or last drawn row is the one expected:
     * the scroll event and the redraw come after the key or scrollTo) and their data is in: [aria-rowindex,
     * aantal as shown].
     */
    const drawn = async (want: { first?: number; last?: number; firstAbove?: number }) => {
      await page.waitForFunction(
        (want) => {
          const rows = [...document.querySelectorAll('table.data-table tbody tr[aria-rowindex]')];
          const ix = (tr: Element | undefined) => Number(tr?.getAttribute('aria-rowindex'));
          if (rows.length === 0 || document.querySelector('table.data-table tbody .muted')) return false;
          if (want.first !== undefined && ix(rows[0]) !== want.first) return false;
          if (want.last !== undefined && ix(rows.at(-1)) !== want.last) return false;
          return want.firstAbove === undefined || ix(rows[0]) > want.firstAbove;
        },
        want,
        { timeout: 30_000 },
      );
      return table
        .locator('tbody tr[aria-rowindex]')
        .evaluateAll(
          (trs, ai) => trs.map((tr) => [Number(tr.getAttribute('aria-rowindex')), tr.children[ai].textContent!.trim()]),
          ai,
        ) as Promise<[number, string][]>;
    };
    // DuckDB's rows in the table's default order (time, then each dimension in code-list order).
    const codes = (c: string) =>
      smanifest.codelists[c].codes.map((x) => `'${x.code.replaceAll("'", "''")}'`).join(', ');
    const order = sd()
      .columns.filter((c) => c.role === 'time' || c.role === 'dimension')
      .map((c) => (c.codelist ? `list_position([${codes(c.codelist)}], "${c.name}")` : `"${c.name}"`))
      .join(', ');
    const tail = await queryRows(
      con,
      `SELECT i, aantal FROM (SELECT aantal, row_number() OVER (ORDER BY ${order}) AS i FROM ${spq()}) WHERE i > ${ROWS - 40} ORDER BY i`,
    );
    const nl = (v: unknown) => (v === null ? '' : new Intl.NumberFormat('nl-NL').format(v as number));
    const expectTail = (rows: [number, string][]) => {
      expect(rows.at(-1)![0]).toBe(ROWS + 1);
      for (const [ix, shown] of rows) {
        const ref = tail.find((r) => Number(r.i) === ix - 1);
        if (ref) expect(shown, `row ${ix - 1}`).toBe(nl(ref.aantal));
      }
    };
    // Keyboard: End goes to the last row, Home back to the first, PageDown a page of rows on.
    await region.focus();
    await page.keyboard.press('End');
    const atEnd = await drawn({ last: ROWS + 1 });
    expectTail(atEnd);
    // Every row is exactly as tall as the scroll mapping assumes, so the last one ends inside the view.
    const heights = await table
      .locator('tbody tr[aria-rowindex]')
      .evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
    expect(new Set(heights)).toEqual(new Set([36]));
    const lastBox = await table.locator(`tbody tr[aria-rowindex="${ROWS + 1}"]`).boundingBox();
    const viewBottom = await region.evaluate((el) => el.getBoundingClientRect().top + el.clientTop + el.clientHeight);
    expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(viewBottom + 1);
    await page.keyboard.press('Home');
    expect((await drawn({ first: 2 }))[0][0]).toBe(2);
    await page.keyboard.press('PageDown');
    const paged = await drawn({ firstAbove: 2 });
    expect(paged[0][0]).toBeGreaterThan(2);
    expect(paged[0][0]).toBeLessThan(40);
    // The scrollbar: dragged to the bottom.
    await page.keyboard.press('Home');
    await drawn({ first: 2 });
    await region.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    expectTail(await drawn({ last: ROWS + 1 }));
    w.assertClean();
    await w.context.close();
  });
});
