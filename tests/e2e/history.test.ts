// Publication history in Debian's Chromium: switch publications, follow the "newest" banner, open the
// "what changed" view (compared with DuckDB EXCEPT queries on the published Parquet), and a tampered
// publication that the site refuses with a clear message while the rest keeps working.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest, SnapshotIndex } from '../../src/lib/manifest.ts';
import { launch, openPage } from './browser.ts';
import { openSnapshot, parquet, queryRows } from './duckdb.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

let browser: Browser;
let con: DuckDBConnection;
let index: SnapshotIndex;
let older: Manifest;
let newer: Manifest;
let oldDir: string;
let newDir: string;

beforeAll(async () => {
  browser = await launch();
  index = JSON.parse(await readFile(path.join(distDir, 'data', 'index.json'), 'utf8'));
  expect(index.snapshots.length).toBeGreaterThanOrEqual(2);
  ({ con, manifest: newer, dir: newDir } = await openSnapshot(distDir, index.snapshots[0].id));
  ({ manifest: older, dir: oldDir } = await openSnapshot(distDir, index.snapshots[1].id));
});
afterAll(async () => {
  await browser?.close();
});

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
    for (const d of newer.datasets) {
      const before = older.datasets.find((x) => x.id === d.id);
      const cells = await page.locator(`tr[data-dataset="${d.id}"] td`).allInnerTexts();
      if (!before) {
        expect(cells, d.id).toEqual([String(d.rows), '0', '0']);
        continue;
      }
      const keys = d.columns
        .filter((c) => c.role === 'time' || c.role === 'dimension')
        .map((c) => `"${c.name}"`)
        .join(', ');
      const o = parquet(oldDir, before.file);
      const n = parquet(newDir, d.file);
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
      expect(cells, d.id).toEqual([String(a), String(r), String(c)]);
    }
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
});
