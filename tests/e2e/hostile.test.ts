// Spreadsheet formula injection, end to end: a fixture publication whose footnotes start with = + - @ goes
// through the snapshot command and the site, and every download (CSV, CSV for Dutch Excel, XLSX) carries
// those texts disarmed with a leading quote, while the numbers stay numbers.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runSnapshot } from '../../scripts/snapshot.ts';
import { downloadVia, launch, openPage, serveData } from './browser.ts';

const baseUrl = inject('baseUrl');
const FIXTURE = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
/** What a spreadsheet would run as a formula (or a DDE command) if it were written as it is. */
const HOSTILE = ['=1+1', '+31 6 12345678', '@SUM(A1:A9)', '-2+3'];

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  dir = await mkdtemp(path.join(tmpdir(), 'wlz-hostile-'));
  await cp(FIXTURE, path.join(dir, 'in'), { recursive: true });
  // The footnotes of the first rows of the waiting-list fixture become hostile texts.
  const file = path.join(dir, 'in', 'wachtenden.csv');
  const [header, ...lines] = (await readFile(file, 'utf8')).trimEnd().split('\n');
  const at = header.split(',').indexOf('voetnoot');
  const hostile = lines.map((l, i) => {
    if (i >= HOSTILE.length) return l;
    const f = l.split(',');
    expect(f[at], 'an empty footnote to replace').toBe('');
    f[at] = HOSTILE[i];
    return f.join(',');
  });
  await writeFile(file, [header, ...hostile].join('\n') + '\n');
  expect((await runSnapshot({ in: path.join(dir, 'in'), out: path.join(dir, 'out'), id: 'hostile' })).code).toBe(0);
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a dataset with texts that look like formulas', () => {
  it('is shown as it is, and downloaded disarmed in every format', async () => {
    const w = await openPage(browser, baseUrl);
    await serveData(w.context, baseUrl, path.join(dir, 'out'));
    await w.page.goto(`${baseUrl}/#/dataset/wachtenden?mode=table`);
    await w.page.locator('.results[data-busy="false"] table.data-table').waitFor({ timeout: 60_000 });
    // On screen the text is the source's, unchanged.
    const shown = await w.page.locator('table.data-table td[data-col="voetnoot"]').allInnerTexts();
    for (const h of HOSTILE) expect(shown).toContain(h);

    for (const name of ['Download CSV', 'Download CSV voor Nederlandse Excel']) {
      const csv = await readFile((await downloadVia(w.page, name)).path, 'utf8');
      for (const h of HOSTILE) {
        expect(csv, `${name}: ${h}`).toContain(`'${h}`);
        // Nowhere as a field of its own that starts with the bare character.
        expect(csv.split(/[,;\r\n]/), `${name}: ${h}`).not.toContain(h);
      }
    }
    const xlsx = await downloadVia(w.page, 'Download Excel-werkmap (XLSX)');
    const [data] = await readXlsxFile(xlsx.path);
    const cells = data.data.flat();
    for (const h of HOSTILE) {
      expect(cells, `XLSX: ${h}`).toContain(`'${h}`);
      expect(cells, `XLSX: ${h}`).not.toContain(h);
    }
    // Numbers, negative ones too, stay numbers.
    expect(cells.filter((c) => typeof c === 'number').length).toBeGreaterThan(0);
    w.assertClean();
    await w.context.close();
  });
});
