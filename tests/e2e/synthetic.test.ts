// A synthetic snapshot in Debian's Chromium: made with `npm run synth` and the snapshot command, and served
// (by intercepting the site's data/ requests) as if a publisher had published it. Every page carries the
// banner, and every export says the data is synthetic: in its name, and in its rows or its provenance.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/manifest.ts';
import { runSnapshot } from '../../scripts/snapshot.ts';
import { DATASET_ID, runSynth } from '../../scripts/synth.ts';
import { downloadVia, launch, openPage, serveData, type Watched } from './browser.ts';
import { queryRows } from './duckdb.ts';

const baseUrl = inject('baseUrl');
const ID = 'synth-e2e';
// More rows than one Parquet row group (122,880): the table's default order (stored order, no ORDER BY in
// the engine) must hold across the row groups the page inserts one by one.
const ROWS = 130_000;

let browser: Browser;
let dir: string;
let manifest: Manifest;

beforeAll(async () => {
  browser = await launch();
  dir = await mkdtemp(path.join(tmpdir(), 'wlz-synth-e2e-'));
  expect((await runSynth({ rows: ROWS, out: path.join(dir, 'in'), seed: 7 })).code).toBe(0);
  expect((await runSnapshot({ in: path.join(dir, 'in'), out: path.join(dir, 'out'), id: ID })).code).toBe(0);
  manifest = JSON.parse(await readFile(path.join(dir, 'out', ID, 'manifest.json'), 'utf8'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A page of the site whose data/ folder is the synthetic publication's. */
async function openSynthetic(): Promise<Watched> {
  const w = await openPage(browser, baseUrl);
  await serveData(w.context, baseUrl, path.join(dir, 'out'));
  return w;
}

describe('a synthetic snapshot', () => {
  it('is flagged synthetic in its manifest, and every row says so', () => {
    expect(manifest.synthetic).toBe(true);
    expect(manifest.datasets.map((d) => d.id)).toEqual([DATASET_ID]);
    expect(manifest.datasets[0].rows).toBe(ROWS);
  });

  it('carries a banner on every page, in both languages', async () => {
    const w = await openSynthetic();
    for (const hash of ['#/', `#/dataset/${DATASET_ID}`, '#/over', '#/wijzigingen', '#/sql', '#/?lang=en']) {
      await w.page.goto(`${baseUrl}/${hash}`);
      await w.page
        .locator('main h1')
        .first()
        .waitFor()
        .catch((e) => {
          throw new Error(`${hash}: ${e}`);
        });
      const banner = w.page.locator('.banner.synthetic');
      await expect(banner.isVisible(), hash).resolves.toBe(true);
      await expect(banner.innerText(), hash).resolves.toMatch(hash.includes('lang=en') ? /synthetic/i : /synthetisch/i);
    }
    w.assertClean();
    await w.context.close();
  });

  it('says so in every export: file names, the rows, the provenance sheet and the Parquet metadata', async () => {
    const w = await openSynthetic();
    await w.page.goto(`${baseUrl}/#/dataset/${DATASET_ID}?mode=table`);
    await w.page.locator('.results[data-busy="false"] table.data-table').waitFor({ timeout: 60_000 });

    const csv = await downloadVia(w.page, 'Download CSV');
    expect(csv.filename).toMatch(/^SYNTHETISCH_/);
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const lit = (p: string) => `'${p.replaceAll("'", "''")}'`;
    const flags = await queryRows(
      con,
      `SELECT synthetisch, count(*)::INT AS n FROM read_csv(${lit(csv.path)}, header = true, all_varchar = true) GROUP BY ALL`,
    );
    expect(flags).toEqual([{ synthetisch: 'ja', n: ROWS }]);
    // In the table's order: time, then each dimension in code-list order, as DuckDB sorts the Parquet.
    const d = manifest.datasets[0];
    const codes = (c: string) => manifest.codelists[c].codes.map((x) => lit(x.code)).join(', ');
    const order = d.columns
      .filter((c) => c.role === 'time' || c.role === 'dimension')
      .map((c) => (c.codelist ? `list_position([${codes(c.codelist)}], "${c.name}")` : `"${c.name}"`))
      .join(', ');
    const parquetFile = lit(path.join(dir, 'out', ID, d.file));
    // Compared on the count column (the other columns are shown as labels): 130,000 counts in the same
    // sequence. One thread, so that row_number() OVER () numbers the CSV in file order.
    await con.run('SET threads = 1');
    const [same] = await queryRows(
      con,
      `WITH a AS (SELECT aantal, row_number() OVER () AS i FROM read_csv(${lit(csv.path)}, header = true, all_varchar = true)),
            b AS (SELECT aantal::VARCHAR AS aantal, row_number() OVER (ORDER BY ${order}) AS i FROM read_parquet(${parquetFile}))
       SELECT count(*)::INT AS n FROM a JOIN b USING (i) WHERE a.aantal = b.aantal`,
    );
    expect(same.n).toBe(ROWS);

    // The other formats on a smaller cut (one region), so that the XLSX stays small.
    await w.page.goto(`${baseUrl}/#/dataset/${DATASET_ID}?snapshot=${ID}&mode=table&f.regio=ZK01`);
    await w.page.locator('.results[data-busy="false"] table.data-table').waitFor({ timeout: 60_000 });
    const xlsx = await downloadVia(w.page, 'Download Excel-werkmap (XLSX)');
    expect(xlsx.filename).toMatch(/^SYNTHETISCH_.*\.xlsx$/);
    const sheets = await readXlsxFile(xlsx.path);
    const provenance = sheets.find((s) => s.data.some((r) => r[0] === 'Synthetische gegevens'));
    expect(provenance?.data.find((r) => r[0] === 'Synthetische gegevens')?.[1]).toBe('ja');

    const pq = await downloadVia(w.page, 'Download Parquet');
    expect(pq.filename).toMatch(/^SYNTHETISCH_.*\.parquet$/);
    const kv = await queryRows(
      con,
      `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${lit(pq.path)})`,
    );
    expect(kv.find((r) => r.k === 'Synthetische gegevens')?.v).toBe('ja');

    // A pivot has no row columns to carry the flag; its name and provenance still do.
    await w.page.getByRole('button', { name: 'Draaitabel', exact: true }).click();
    await w.page.locator('.results[data-busy="false"] table.pivot').waitFor({ timeout: 60_000 });
    const pivot = await downloadVia(w.page, 'Download CSV');
    expect(pivot.filename).toMatch(/^SYNTHETISCH_.*_draaitabel_/);
    w.assertClean();
    await w.context.close();
  });
});
