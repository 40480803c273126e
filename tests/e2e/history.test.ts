// Publication history in Debian's Chromium: switch publications, follow the "newest" banner, open the
// "what changed" view (compared with DuckDB EXCEPT queries on the published Parquet), filter, sort and export
// it, and tampered publications and files that the site refuses with a clear message while the rest keeps
// working. A third publication with known edits ("2025-03") is served to this file's pages only, by route
// interception, so that the newest publication stays the same for every other test file.
import path from 'node:path';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sha256 } from '../../scripts/lib/publish.ts';
import { runSnapshot } from '../../scripts/snapshot.ts';
import { DATASET_ID as SYNTH, runSynth } from '../../scripts/synth.ts';
import { formatDate, formatNumber } from '../../src/lib/format.ts';
import type { Manifest, SnapshotIndex } from '../../src/lib/manifest.ts';
import { downloadVia, launch, openPage, serveData } from './browser.ts';
import { openSnapshot, parquet, queryRows } from './duckdb.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const DATA = fileURLToPath(new URL('../../data', import.meta.url));
/** The edited publication: newer than the default ones, so only pages that are served it see it. */
const EDITED = '2025-03';
/** Its release note, with the Markdown the site renders and a hostile part it must show as inert text. */
const EDITED_NOTES = [
  '## Herziene wachtlijsten',
  '',
  'Het aantal wachtenden in de **V&V** op 1 januari 2020 is *herzien*; zie [het rapport](https://www.nza.nl/).',
  '',
  '- een rij `2019-01-01` vervalt',
  '- een rij is toegevoegd',
  '',
  '<script>window.__pwned = true</script> [klik](javascript:window.__pwned=true)',
].join('\n');

let browser: Browser;
let con: DuckDBConnection;
let index: SnapshotIndex;
let older: Manifest;
let newer: Manifest;
let edited: Manifest;
let oldDir: string;
let newDir: string;
/** A data/ folder with the default publications plus the edited one (served with serveData). */
let threeDir: string;
let editedDir: string;
let tmp: string;

/**
 * The default figures with scripted edits to the waiting lists, as an analyst's next publication would
 * bring: one value changed, one row removed, one row added and one row's status (an attribute) changed.
 */
async function writeEditedInput(dir: string): Promise<void> {
  await cp(DATA, dir, { recursive: true });
  const file = path.join(dir, 'wachtlijsten.csv');
  const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
  const find = (prefix: string) => {
    const i = lines.findIndex((l) => l.startsWith(prefix));
    expect(i, prefix).toBeGreaterThan(0);
    return i;
  };
  const changed = find('2020-01-01,NL,vv,totaal,wachtenden,14565,');
  lines[changed] = lines[changed].replace(',14565,', ',15012,');
  const status = find('2020-07-01,NL,gz,totaal,wachtenden,');
  expect(lines[status]).toContain(',definitief,');
  lines[status] = lines[status].replace(',definitief,', ',voorlopig,');
  const removed = find('2019-01-01,NL,gz,totaal,wachtenden,2378,');
  const added = lines[removed].replace(
    '2019-01-01,NL,gz,totaal,wachtenden,2378,',
    '2024-06-01,NL,gz,totaal,wachtenden,2100,',
  );
  lines.splice(removed, 1);
  lines.push(added);
  await writeFile(file, lines.join('\n') + '\n');
}

beforeAll(async () => {
  browser = await launch();
  index = JSON.parse(await readFile(path.join(distDir, 'data', 'index.json'), 'utf8'));
  expect(index.snapshots.length).toBeGreaterThanOrEqual(2);
  ({ con, manifest: newer, dir: newDir } = await openSnapshot(distDir, index.snapshots[0].id));
  ({ manifest: older, dir: oldDir } = await openSnapshot(distDir, index.snapshots[1].id));
  tmp = await mkdtemp(path.join(tmpdir(), 'wlz-history-'));
  threeDir = path.join(tmp, 'data');
  await cp(path.join(distDir, 'data'), threeDir, { recursive: true });
  await writeEditedInput(path.join(tmp, 'in'));
  await writeFile(path.join(tmp, 'notes.md'), EDITED_NOTES);
  const res = await runSnapshot({
    in: path.join(tmp, 'in'),
    out: threeDir,
    id: EDITED,
    published: '2025-03-01',
    notes: path.join(tmp, 'notes.md'),
  });
  expect(res.code, res.lines.join('\n')).toBe(0);
  ({ manifest: edited, dir: editedDir } = await openSnapshot(tmp, EDITED));
});
afterAll(async () => {
  await browser?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const keysOf = (m: Manifest, id: string) =>
  m.datasets
    .find((d) => d.id === id)!
    .columns.filter((c) => c.role === 'time' || c.role === 'dimension')
    .map((c) => `"${c.name}"`)
    .join(', ');

/** Rows added, removed and changed in one dataset, by DuckDB EXCEPT queries on the two Parquet files. */
async function exceptCounts(o: string, n: string, keys: string): Promise<[number, number, number]> {
  const [{ a }] = await queryRows(
    con,
    `SELECT count(*)::INT AS a FROM (SELECT ${keys} FROM ${n} EXCEPT SELECT ${keys} FROM ${o})`,
  );
  const [{ r }] = await queryRows(
    con,
    `SELECT count(*)::INT AS r FROM (SELECT ${keys} FROM ${o} EXCEPT SELECT ${keys} FROM ${n})`,
  );
  const [{ c }] = await queryRows(
    con,
    `SELECT count(*)::INT AS c FROM (SELECT * FROM ${n} EXCEPT SELECT * FROM ${o}) WHERE (${keys}) IN (SELECT (${keys}) FROM ${o})`,
  );
  return [a as number, r as number, c as number];
}

/** The summary table of "what changed" against the EXCEPT queries, dataset by dataset. */
async function expectSummary(page: Page, om: Manifest, oDir: string, nm: Manifest, nDir: string) {
  for (const d of nm.datasets) {
    const before = om.datasets.find((x) => x.id === d.id);
    const cells = await page.locator(`tr[data-dataset="${d.id}"] td`).allInnerTexts();
    if (!before) {
      expect(cells, d.id).toEqual([String(d.rows), '0', '0']);
      continue;
    }
    const counts = await exceptCounts(parquet(oDir, before.file), parquet(nDir, d.file), keysOf(nm, d.id));
    expect(cells, d.id).toEqual(counts.map(String));
  }
}

const label = (m: Manifest, codelist: string, code: string) =>
  m.codelists[codelist].codes.find((c) => c.code === code)!.label.nl;

/** A CSV as the site writes it (RFC 4180), into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * A copy of the default data/ in which one dataset's Parquet file of one publication is cut in half, with the
 * manifest and index.json made to agree: the file passes the sha256 check and fails in the Parquet decoder.
 */
async function writeCorruptData(dir: string, snapshot: string, dataset: string): Promise<void> {
  await cp(path.join(distDir, 'data'), dir, { recursive: true });
  const file = path.join(dir, snapshot, `${dataset}.parquet`);
  const whole = await readFile(file);
  const cut = whole.subarray(0, Math.floor(whole.length / 2));
  await writeFile(file, cut);
  const manifestFile = path.join(dir, snapshot, 'manifest.json');
  const manifest = await readFile(manifestFile, 'utf8');
  expect(manifest).toContain(sha256(whole));
  const patched = manifest.replace(sha256(whole), sha256(cut));
  await writeFile(manifestFile, patched);
  const indexFile = path.join(dir, 'index.json');
  const idx = await readFile(indexFile, 'utf8');
  expect(idx).toContain(sha256(manifest));
  await writeFile(indexFile, idx.replace(sha256(manifest), sha256(patched)));
}

describe('publication history', () => {
  it('switches publications; an older one shows a banner that leads to the same view in the newest', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.goto(`${baseUrl}/#/dataset/wachtlijsten?mode=table`);
    await page.locator('table.data-table').waitFor({ timeout: 60_000 });
    expect(page.url()).toContain(`snapshot=${newer.id}`);
    await expect(page.locator('.banner.older').count()).resolves.toBe(0);
    await page.getByLabel('Publicatie:').selectOption(older.id);
    await page.locator('.banner.older').waitFor();
    expect(page.url()).toContain(`snapshot=${older.id}`);
    await page.locator('table.data-table').waitFor({ timeout: 60_000 });
    const rowsOld = older.datasets.find((d) => d.id === 'wachtlijsten')!.rows;
    await expect(page.locator('table.data-table caption').innerText()).resolves.toContain(`${rowsOld} rijen`);
    await page.getByRole('link', { name: /nieuwste publicatie/ }).click();
    await page.waitForFunction((id) => location.hash.includes(`snapshot=${id}`), newer.id);
    await expect(page.locator('.banner.older').count()).resolves.toBe(0);
    const rowsNew = newer.datasets.find((d) => d.id === 'wachtlijsten')!.rows;
    await page.waitForFunction(
      (n) => document.querySelector('table.data-table caption')?.textContent?.includes(`${n} rijen`),
      rowsNew,
    );
    expect(page.url()).toContain('mode=table');
    w.assertClean();
    await w.context.close();
  });

  it('"what changed" counts added, removed and changed rows as DuckDB EXCEPT queries do', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.goto(`${baseUrl}/#/wijzigingen`);
    await page.locator('table.changes-summary').waitFor({ timeout: 90_000 });
    await expect(page.getByRole('heading', { name: `Toelichting bij publicatie ${newer.id}` }).count()).resolves.toBe(
      1,
    );
    await expectSummary(page, older, oldDir, newer, newDir);
    // The rows of one dataset: the 2023 figures added to the waiting lists.
    await page.locator('tr[data-dataset="wachtlijsten"] a').click();
    await page.locator('table.diff').waitFor();
    const added = await page.locator('table.diff tbody tr').count();
    const [{ a }] = await queryRows(
      con,
      `SELECT count(*)::INT AS a FROM ${parquet(newDir, 'wachtlijsten.parquet')} WHERE peildatum > DATE '2022-12-31'`,
    );
    expect(added).toBe(a);
    await expect(page.locator('table.diff').innerText()).resolves.toContain('Toegevoegd');
    w.assertClean();
    await w.context.close();
  });

  it('refuses a publication whose manifest does not match index.json, and the newest still works', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.route(`**/data/${older.id}/manifest.json`, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('"rows": 4', '"rows": 5');
      await route.fulfill({ response: res, body: body + ' ' });
    });
    await page.goto(`${baseUrl}/#/?snapshot=${older.id}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain(older.id);
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.locator('.card').first().waitFor();
    expect(page.url()).not.toContain(older.id);
    w.assertClean([/Failed to load resource/]);
    await w.context.close();
  });

  it('a dataset file that differs from its manifest is refused with its name; other datasets load', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.route('**/rechtmatigheid.parquet', async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      body[body.length - 10] ^= 0xff;
      await route.fulfill({ response: res, body });
    });
    await page.goto(`${baseUrl}/#/dataset/rechtmatigheid`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    const text = await alert.innerText();
    expect(text).toContain('Rechtmatigheid');
    await page.getByText('Technische details').click();
    await expect(page.locator('.error pre').innerText()).resolves.toContain('sha256');
    await page.goto(`${baseUrl}/#/dataset/tijdigheid?mode=table`);
    await page.locator('table.data-table').waitFor({ timeout: 60_000 });
    w.assertClean([/Failed to load resource/]);
    await w.context.close();
  });

  it('pins both publications in the URL as soon as "what changed" opens, without a history entry', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.goto(`${baseUrl}/#/wijzigingen`);
    const entries = await page.evaluate(() => history.length);
    await page.waitForFunction(() => /[?&]van=/.test(location.hash) && /[?&]naar=/.test(location.hash));
    const params = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
    expect([params.get('van'), params.get('naar')]).toEqual([older.id, newer.id]);
    await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
    await page.locator('table.changes-summary').waitFor({ timeout: 90_000 });
    // The links a reader copies or follows all carry both publications.
    const permalink = await page.getByTestId('permalink').inputValue();
    const citation = await page.getByTestId('citation').inputValue();
    for (const text of [
      permalink,
      citation,
      await page.locator('tr[data-dataset="wachtlijsten"] a').getAttribute('href'),
    ])
      expect(text).toMatch(new RegExp(`van=${older.id}.*naar=${newer.id}|naar=${newer.id}.*van=${older.id}`));
    w.assertClean();
    await w.context.close();

    // Once a newer publication appears, that permalink still compares the same two.
    const w2 = await openPage(browser, baseUrl);
    await serveData(w2.context, baseUrl, threeDir);
    await w2.page.goto(permalink);
    await w2.page.locator('table.changes-summary').waitFor({ timeout: 90_000 });
    await expect(w2.page.getByLabel('Oudere publicatie').inputValue()).resolves.toBe(older.id);
    await expect(w2.page.getByLabel('Nieuwere publicatie').inputValue()).resolves.toBe(newer.id);
    await expectSummary(w2.page, older, oldDir, newer, newDir);
    w2.assertClean();
    await w2.context.close();
  });

  it('a tampered or corrupt Parquet file costs only its own dataset in "what changed", named in nl and en', async () => {
    const d = newer.datasets.find((x) => x.id === 'rechtmatigheid')!;
    const corruptDir = path.join(tmp, 'corrupt');
    await writeCorruptData(corruptDir, newer.id, 'rechtmatigheid');
    for (const lang of ['nl', 'en'] as const) {
      const w = await openPage(browser, baseUrl);
      const page = w.page;
      if (lang === 'nl')
        // Tampered: one byte changed in transit, caught by the sha256 check.
        await page.route(`**/data/${newer.id}/rechtmatigheid.parquet`, async (route) => {
          const res = await route.fetch();
          const body = Buffer.from(await res.body());
          body[body.length - 10] ^= 0xff;
          await route.fulfill({ response: res, body });
        });
      // Corrupt: a published file that matches its manifest but is no valid Parquet, caught by the decoder.
      else await serveData(w.context, baseUrl, corruptDir);
      await page.goto(`${baseUrl}/#/wijzigingen?van=${older.id}&naar=${newer.id}${lang === 'en' ? '&lang=en' : ''}`);
      await page.locator('table.changes-summary').waitFor({ timeout: 90_000 });
      const alert = page.getByRole('alert').first();
      await expect(alert.innerText()).resolves.toContain(d.title[lang]);
      await expect(alert.innerText()).resolves.toContain(newer.id);
      await page.locator('[role="alert"] summary').first().click();
      await expect(page.locator('.error pre').first().innerText()).resolves.toMatch(
        lang === 'nl' ? /sha256/ : /rechtmatigheid\.parquet/,
      );
      const row = await page.locator('tr[data-dataset="rechtmatigheid"] td').allInnerTexts();
      expect(row).toHaveLength(1);
      expect(row[0]).toContain(newer.id);
      // Every other dataset is still compared, with the counts of the EXCEPT queries.
      const wachtlijsten = newer.datasets.find((x) => x.id === 'wachtlijsten')!;
      const counts = await exceptCounts(
        parquet(oldDir, older.datasets.find((x) => x.id === 'wachtlijsten')!.file),
        parquet(newDir, wachtlijsten.file),
        keysOf(newer, 'wachtlijsten'),
      );
      await expect(page.locator('tr[data-dataset="wachtlijsten"] td').allInnerTexts()).resolves.toEqual(
        counts.map(String),
      );
      await expect(page.locator('tr[data-dataset="tijdigheid"] td').count()).resolves.toBe(3);
      // Opening the failed dataset says the same, with the technical detail behind a disclosure.
      await page.locator('tr[data-dataset="rechtmatigheid"] a').click();
      await page.locator('#diff-h', { hasText: d.title[lang] }).waitFor();
      await expect(page.locator('section[aria-labelledby="diff-h"] [role="alert"]').innerText()).resolves.toContain(
        d.title[lang],
      );
      w.assertClean([/Failed to load resource/]);
      await w.context.close();
    }
  });

  it('a tampered newest manifest still leaves the picker, which leads to an earlier publication', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await page.route(`**/data/${newer.id}/manifest.json`, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()) + ' ' });
    });
    await page.goto(`${baseUrl}/#/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain(newer.id);
    // The other publications are offered right under the message, and the picker is in the footer.
    await expect(
      page.getByRole('navigation', { name: 'Andere publicaties' }).getByRole('link').allInnerTexts(),
    ).resolves.toEqual(index.snapshots.filter((s) => s.id !== newer.id).map((s) => expect.stringContaining(s.id)));
    await page.getByLabel('Publicatie:').selectOption(older.id);
    await page.locator('.card').first().waitFor({ timeout: 60_000 });
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(page.url()).toContain(`snapshot=${older.id}`);
    await page.locator('.banner.older').waitFor();
    w.assertClean([/Failed to load resource/]);
    await w.context.close();
  });

  it('filters and sorts a diff in SQL; the CSV holds exactly those rows, as DuckDB EXCEPT queries give them', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await serveData(w.context, baseUrl, threeDir);
    await page.goto(`${baseUrl}/#/wijzigingen?van=${older.id}&naar=${EDITED}&dataset=wachtlijsten`);
    await page.locator('table.diff').waitFor({ timeout: 90_000 });
    const gz = label(edited, 'sector', 'gz');
    const filters = page.locator('.diff-filters');
    await filters
      .locator('details', { hasText: 'Sector' })
      .getByRole('checkbox', { name: new RegExp(`^${gz.replace(/[()]/g, '\\$&')}`) })
      .check();
    await page.waitForFunction(() => location.hash.includes('f.sector=gz'));
    await page.getByRole('button', { name: 'Aantal cliënten (nieuw)' }).click();
    await page.waitForFunction(() => location.hash.includes('sort=aantal_nieuw'));
    await page.getByRole('button', { name: 'Aantal cliënten (nieuw)' }).click();
    await page.waitForFunction(() => location.hash.includes('sort=-aantal_nieuw'));
    await page.locator('th[aria-sort="descending"]').waitFor();

    const o = parquet(oldDir, 'wachtlijsten.parquet');
    const n = parquet(editedDir, 'wachtlijsten.parquet');
    const keys = keysOf(edited, 'wachtlijsten');
    const expected = await queryRows(
      con,
      `WITH d AS (
         SELECT 'added' AS w, * FROM (SELECT ${keys} FROM ${n} EXCEPT SELECT ${keys} FROM ${o})
         UNION ALL SELECT 'removed', * FROM (SELECT ${keys} FROM ${o} EXCEPT SELECT ${keys} FROM ${n})
         UNION ALL SELECT 'changed', * FROM (SELECT ${keys} FROM (SELECT * FROM ${n} EXCEPT SELECT * FROM ${o})
                                            WHERE (${keys}) IN (SELECT (${keys}) FROM ${o})))
       SELECT d.w, strftime(d.peildatum, '%Y-%m-%d') AS peildatum, d.sector, d.indicator, n.aantal::DOUBLE AS aantal
       FROM d LEFT JOIN ${n} n USING (${keys})
       WHERE d.sector = 'gz'
       ORDER BY aantal DESC NULLS LAST, d.w, peildatum, d.regio, d.sector, d.wachtstatus, d.indicator`,
    );
    expect(expected.length).toBeGreaterThan(1);
    await expect(page.getByTestId('diff-range').innerText()).resolves.toContain(`van ${expected.length}`);
    const kinds: Record<string, string> = { added: 'Toegevoegd', removed: 'Verwijderd', changed: 'Gewijzigd' };
    const want = expected.map((r) => [
      kinds[r.w as string],
      formatDate(r.peildatum as string, 'nl'),
      gz,
      label(edited, 'wachtlijst_indicator', r.indicator as string),
      r.aantal === null ? '' : String(r.aantal),
    ]);

    const csv = parseCsv(await readFile((await downloadVia(page, 'Download CSV')).path, 'utf8'));
    const header = csv[0];
    const col = (name: string) => header.indexOf(name);
    const got = csv
      .slice(1)
      .map((r) => [
        r[col('wijziging')],
        r[col('peildatum')],
        r[col('sector')],
        r[col('indicator')],
        r[col('aantal_nieuw')],
      ]);
    expect(got).toEqual(want);
    // The table on screen shows the same rows in the same order.
    const onScreen = await page.locator('table.diff tbody td[data-col="peildatum"]').allInnerTexts();
    expect(onScreen).toEqual(want.map((r) => r[1]));

    // The provenance sheet of the XLSX names the filter and the order.
    const sheets = await readXlsxFile((await downloadVia(page, 'Download Excel-werkmap (XLSX)')).path);
    const prov = sheets.find((s) => s.sheet === 'Bron en filters')!.data.map((r) => r.map(String));
    expect(prov.find((r) => r[0] === 'Filters')?.[1]).toBe(`Sector: ${gz}`);
    expect(prov.find((r) => r[0] === 'Sortering')?.[1]).toBe('Aantal cliënten (nieuw) (aflopend)');
    w.assertClean();
    await w.context.close();
  });

  it('shows a known edit: old → new with the absolute and relative change, the removed and added rows', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await serveData(w.context, baseUrl, threeDir);
    await page.goto(`${baseUrl}/#/wijzigingen`);
    // The edited publication is the newest here: the default comparison is the previous newest against it.
    await page.waitForFunction((id) => location.hash.includes(`naar=${id}`), EDITED);
    await page.locator('table.changes-summary').waitFor({ timeout: 90_000 });
    await expectSummary(page, newer, newDir, edited, editedDir);
    await expect(page.locator('tr[data-dataset="wachtlijsten"] td').allInnerTexts()).resolves.toEqual(['1', '1', '2']);
    await page.locator('table.diff').waitFor();
    await expect(page.locator('#diff-h').innerText()).resolves.toBe(
      edited.datasets[0].id === 'wachtlijsten' ? edited.datasets[0].title.nl : 'Wachtlijsten in de langdurige zorg',
    );

    const o = parquet(newDir, 'wachtlijsten.parquet');
    const n = parquet(editedDir, 'wachtlijsten.parquet');
    const keys = keysOf(edited, 'wachtlijsten');
    // The changed value, by EXCEPT: the new rows that differ, joined to their old version.
    const [v] = await queryRows(
      con,
      `SELECT strftime(x.peildatum, '%Y-%m-%d') AS peildatum, x.sector, old.aantal::DOUBLE AS oud, x.aantal::DOUBLE AS nieuw
       FROM (SELECT * FROM ${n} EXCEPT SELECT * FROM ${o}) x JOIN ${o} old USING (${keys})
       WHERE x.aantal IS DISTINCT FROM old.aantal`,
    );
    const row = page.locator('table.diff tbody tr.change-changed', {
      has: page.locator('td[data-col="aantal_oud"]', { hasText: formatNumber(v.oud as number, 'count', 'nl') }),
    });
    const cell = (c: string) => row.locator(`td[data-col="${c}"]`).innerText();
    const diff = (v.nieuw as number) - (v.oud as number);
    const pct = Math.round((diff / Math.abs(v.oud as number)) * 100 * 10_000) / 10_000;
    await expect(cell('peildatum')).resolves.toBe(formatDate(v.peildatum as string, 'nl'));
    await expect(cell('aantal_oud')).resolves.toBe(formatNumber(v.oud as number, 'count', 'nl'));
    await expect(cell('aantal_nieuw')).resolves.toBe(formatNumber(v.nieuw as number, 'count', 'nl'));
    await expect(cell('aantal_verschil')).resolves.toBe(formatNumber(diff, 'count', 'nl'));
    await expect(cell('aantal_verschil_pct')).resolves.toBe(formatNumber(pct, 'percent_change', 'nl'));
    // Dutch: thousands with a dot, decimals with a comma, a sign on the relative change.
    expect(await cell('aantal_oud')).toMatch(/^\d{1,3}(\.\d{3})+$/);
    expect(await cell('aantal_verschil_pct')).toMatch(/^\+\d+(,\d+)?\s?%$/);

    // The attribute change: status Definitief → Voorlopig.
    const [st] = await queryRows(
      con,
      `SELECT old.status AS oud, x.status AS nieuw FROM (SELECT * FROM ${n} EXCEPT SELECT * FROM ${o}) x
       JOIN ${o} old USING (${keys}) WHERE x.status IS DISTINCT FROM old.status`,
    );
    const statusRow = page.locator('table.diff tbody tr.change-changed', {
      has: page.locator('td[data-col="status_nieuw"]', { hasText: label(edited, 'status', st.nieuw as string) }),
    });
    await expect(statusRow.locator('td[data-col="status_oud"]').innerText()).resolves.toBe(
      label(edited, 'status', st.oud as string),
    );
    // The removed and the added row, by EXCEPT on the keys.
    for (const [kind, a, b] of [
      ['removed', o, n],
      ['added', n, o],
    ] as const) {
      const rows = await queryRows(
        con,
        `SELECT strftime(peildatum, '%Y-%m-%d') AS peildatum, aantal::DOUBLE AS aantal FROM ${a}
         WHERE (${keys}) IN (SELECT (${keys}) FROM (SELECT ${keys} FROM ${a} EXCEPT SELECT ${keys} FROM ${b}))`,
      );
      expect(rows).toHaveLength(1);
      const tr = page.locator(`table.diff tbody tr.change-${kind}`);
      await expect(tr.count()).resolves.toBe(1);
      await expect(tr.locator('td[data-col="peildatum"]').innerText()).resolves.toBe(
        formatDate(rows[0].peildatum as string, 'nl'),
      );
      await expect(tr.locator(`td[data-col="aantal_${kind === 'added' ? 'nieuw' : 'oud'}"]`).innerText()).resolves.toBe(
        formatNumber(rows[0].aantal as number, 'count', 'nl'),
      );
    }
    w.assertClean();
    await w.context.close();
  });

  it('renders the release notes of every publication in the span as safe Markdown, newest first', async () => {
    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await serveData(w.context, baseUrl, threeDir);
    await page.goto(`${baseUrl}/#/wijzigingen?van=${older.id}&naar=${EDITED}`);
    await page.locator('table.changes-summary').waitFor({ timeout: 90_000 });
    const shown = await page
      .locator('.release-notes section')
      .evaluateAll((s) => s.map((x) => x.getAttribute('data-notes')));
    // After the older publication up to and including the newer one: not the older one's own notes.
    expect(shown).toEqual([EDITED, newer.id]);
    const notes = page.locator(`[data-notes="${EDITED}"]`);
    await expect(notes.locator('h4').innerText()).resolves.toBe('Herziene wachtlijsten');
    await expect(notes.locator('strong').innerText()).resolves.toBe('V&V');
    await expect(notes.locator('em').innerText()).resolves.toBe('herzien');
    await expect(notes.locator('li').allInnerTexts()).resolves.toEqual([
      'een rij 2019-01-01 vervalt',
      'een rij is toegevoegd',
    ]);
    await expect(notes.locator('code').innerText()).resolves.toBe('2019-01-01');
    await expect(notes.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual([
      'https://www.nza.nl/',
    ]);
    // The hostile part is text: no script element, no javascript: link, nothing ran.
    await expect(notes.locator('script').count()).resolves.toBe(0);
    await expect(notes.innerText()).resolves.toContain('<script>window.__pwned = true</script> klik');
    await expect(page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).resolves.toBeUndefined();
    w.assertClean();
    await w.context.close();
  });

  it('pages a large diff instead of rendering it whole, in the order DuckDB gives', async () => {
    // Two synthetic publications from different seeds: every row differs (at least in its provenance).
    const synthDir = path.join(tmp, 'synth');
    for (const [seed, id] of [
      [7, 'synth-a'],
      [8, 'synth-b'],
    ] as const) {
      expect((await runSynth({ rows: 1200, out: path.join(synthDir, `in-${seed}`), seed })).code).toBe(0);
      const res = await runSnapshot({ in: path.join(synthDir, `in-${seed}`), out: path.join(synthDir, 'data'), id });
      expect(res.code, res.lines.join('\n')).toBe(0);
    }
    const { manifest: a, dir: aDir } = await openSnapshot(synthDir, 'synth-a');
    const { dir: bDir } = await openSnapshot(synthDir, 'synth-b');
    const o = parquet(aDir, `${SYNTH}.parquet`);
    const n = parquet(bDir, `${SYNTH}.parquet`);
    const keys = keysOf(a, SYNTH);
    const total = (await exceptCounts(o, n, keys)).reduce((x, y) => x + y, 0);
    expect(total).toBeGreaterThan(500);

    const w = await openPage(browser, baseUrl);
    const page = w.page;
    await serveData(w.context, baseUrl, path.join(synthDir, 'data'));
    await page.goto(`${baseUrl}/#/wijzigingen?van=synth-a&naar=synth-b&dataset=${SYNTH}`);
    await page.locator('table.diff').waitFor({ timeout: 90_000 });
    const nf = new Intl.NumberFormat('nl-NL');
    await expect(page.getByTestId('diff-range').innerText()).resolves.toBe(`Rijen 1–200 van ${nf.format(total)}`);
    await expect(page.locator('table.diff tbody tr').count()).resolves.toBe(200);
    await page.getByRole('button', { name: 'Volgende rijen' }).click();
    await page.waitForFunction(() => location.hash.includes('pagina=2'));
    await page.getByTestId('diff-range').filter({ hasText: 'Rijen 201–400' }).waitFor();
    await expect(page.locator('table.diff tbody tr').count()).resolves.toBe(200);
    // The first row of the second page is the 201st of the diff in its default order: kind, then key.
    const [ref] = await queryRows(
      con,
      `WITH d AS (
         SELECT 'added' AS w, * FROM (SELECT ${keys} FROM ${n} EXCEPT SELECT ${keys} FROM ${o})
         UNION ALL SELECT 'removed', * FROM (SELECT ${keys} FROM ${o} EXCEPT SELECT ${keys} FROM ${n})
         UNION ALL SELECT 'changed', * FROM (SELECT ${keys} FROM (SELECT * FROM ${n} EXCEPT SELECT * FROM ${o})
                                            WHERE (${keys}) IN (SELECT (${keys}) FROM ${o})))
       SELECT strftime(d.peildatum, '%Y-%m-%d') AS peildatum, n.aantal::DOUBLE AS aantal
       FROM d LEFT JOIN ${n} n USING (${keys})
       ORDER BY d.w, ${keys
         .split(', ')
         .map((k) => `d.${k}`)
         .join(', ')} LIMIT 1 OFFSET 200`,
    );
    const first = page.locator('table.diff tbody tr').first();
    await expect(first.locator('td[data-col="peildatum"]').innerText()).resolves.toBe(
      formatDate(ref.peildatum as string, 'nl'),
    );
    await expect(first.locator('td[data-col="aantal_nieuw"]').innerText()).resolves.toBe(
      ref.aantal === null ? '' : formatNumber(ref.aantal as number, 'count', 'nl'),
    );
    w.assertClean();
    await w.context.close();
  });
});
