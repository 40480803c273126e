// npx tsx bench/lab.ts [--snapshot synth-10m] [--reps 3]
// The investigation behind bench/README.md ("Where the time goes"): on the floor page (the site's engine,
// no interface), with a snapshot already published into bench/out/dist by `npm run bench`, it times the
// explorer's statements for one filter change one by one, and next to each a variant that gives the same
// answer another way. Prints one line per statement: the times of each repetition and the SQL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { Manifest } from '../src/lib/manifest.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.ts';
import { DIST, ROOT } from './prepare.ts';
import { chromiumMemory } from './procmem.ts';
import { median, round } from './stats.ts';

const { values: opts } = parseArgs({
  options: {
    snapshot: { type: 'string', default: 'synth-10m' },
    dataset: { type: 'string', default: 'wachtlijsten_synthetisch' },
    reps: { type: 'string', default: '3' },
  },
  strict: true,
});
const REPS = Number(opts.reps);

const manifest = JSON.parse(
  await readFile(path.join(DIST, 'data', opts.snapshot, 'manifest.json'), 'utf8'),
) as Manifest;
const d = manifest.datasets.find((x) => x.id === opts.dataset)!;
const q = (n: string) => `"${n}"`;
const dims = d.columns.filter((c) => c.role === 'dimension').map((c) => c.name);
const time = d.columns.find((c) => c.role === 'time')!.name;
const listPos = (c: string) => {
  const codelist = d.columns.find((x) => x.name === c)!.codelist!;
  return `list_position([${manifest.codelists[codelist].codes.map((x) => `'${x.code}'`).join(', ')}], ${q(c)})`;
};
// One filter as the explorer writes it, and as it could be written for a VARCHAR column.
const W = `WHERE CAST("wachtstatus" AS VARCHAR) IN ('urgent')`;
const W_PLAIN = `WHERE "wachtstatus" IN ('urgent')`;
const select = d.columns
  .map((c) => (c.type === 'DATE' ? `strftime(${q(c.name)}, '%Y-%m-%d') AS ${q(c.name)}` : q(c.name)))
  .join(', ');
const order = [`${q(time)} ASC NULLS LAST`, ...dims.map((c) => `${listPos(c)} ASC NULLS LAST`)].join(', ');

const steps: [string, string][] = [
  [
    'first table window, ORDER BY rowid (the explorer now, stored order)',
    `SELECT ${select} FROM $T ${W} ORDER BY rowid LIMIT 200 OFFSET 0`,
  ],
  ['count (as the explorer)', `SELECT count(*)::DOUBLE AS n FROM $T ${W}`],
  ['count, no CAST', `SELECT count(*)::DOUBLE AS n FROM $T ${W_PLAIN}`],
  ['sources (as the explorer)', `SELECT DISTINCT bron, bron_locatie FROM $T ${W} ORDER BY 1, 2`],
  [
    'facet of the date (as the explorer: strftime on every row)',
    `SELECT strftime(${q(time)}, '%Y-%m-%d') AS value, count(*)::DOUBLE AS n FROM $T ${W} GROUP BY 1`,
  ],
  [
    'facet of the date, grouped first, formatted after',
    `SELECT strftime(${q(time)}, '%Y-%m-%d') AS value, n FROM (SELECT ${q(time)}, count(*)::DOUBLE AS n FROM $T ${W} GROUP BY 1)`,
  ],
  [
    'facet of one dimension (as the explorer)',
    `SELECT CAST("regio" AS VARCHAR) AS value, count(*)::DOUBLE AS n FROM $T ${W} GROUP BY 1`,
  ],
  [
    'all facets (as the explorer: one GROUP BY per column, UNION ALL)',
    [time, ...dims]
      .map((c, i) => {
        const w = c === 'wachtstatus' ? '' : ` ${W}`;
        const v = c === time ? `strftime(${q(c)}, '%Y-%m-%d')` : `CAST(${q(c)} AS VARCHAR)`;
        return `SELECT ${i} AS c, * FROM (SELECT ${v} AS value, count(*)::DOUBLE AS n FROM $T${w} GROUP BY 1)`;
      })
      .join(' UNION ALL '),
  ],
  [
    'all facets of unfiltered columns in one scan (GROUPING SETS) + the filtered column alone',
    `SELECT GROUPING(${[time, ...dims.filter((c) => c !== 'wachtstatus')].map(q).join(', ')}) AS g, ` +
      `${[time, ...dims.filter((c) => c !== 'wachtstatus')].map(q).join(', ')}, count(*)::DOUBLE AS n FROM $T ${W} ` +
      `GROUP BY GROUPING SETS (${[time, ...dims.filter((c) => c !== 'wachtstatus')].map((c) => `(${q(c)})`).join(', ')}) ` +
      `UNION ALL SELECT 0, NULL, NULL, NULL, NULL, NULL, NULL, count(*)::DOUBLE FROM $T GROUP BY "wachtstatus"`,
  ],
  [
    'chart by date (as the explorer: GROUP BY strftime)',
    `SELECT strftime(${q(time)}, '%Y-%m-%d') AS ${q(time)}, sum(aantal)::DOUBLE AS value, count(*)::DOUBLE AS n, 0 AS g FROM $T ${W} AND aantal IS NOT NULL GROUP BY strftime(${q(time)}, '%Y-%m-%d') ORDER BY g, strftime(${q(time)}, '%Y-%m-%d') ASC NULLS LAST`,
  ],
  [
    'chart by date, grouped first, formatted after',
    `SELECT strftime(${q(time)}, '%Y-%m-%d') AS ${q(time)}, value, n, 0 AS g FROM (SELECT ${q(time)}, sum(aantal)::DOUBLE AS value, count(*)::DOUBLE AS n FROM $T ${W} AND aantal IS NOT NULL GROUP BY 1) ORDER BY ${q(time)}`,
  ],
  [
    'first table window (as the explorer: ORDER BY list_position per column)',
    `SELECT ${select} FROM $T ${W} ORDER BY ${order} LIMIT 200 OFFSET 0`,
  ],
  [
    'first table window, ORDER BY the raw columns',
    `SELECT ${select} FROM $T ${W} ORDER BY ${[time, ...dims].map(q).join(', ')} LIMIT 200 OFFSET 0`,
  ],
  ['first table window, in stored order (no ORDER BY)', `SELECT ${select} FROM $T ${W} LIMIT 200 OFFSET 0`],
  [
    'a window deep in the table (as the explorer, OFFSET 100000)',
    `SELECT ${select} FROM $T ${W} ORDER BY ${order} LIMIT 200 OFFSET 100000`,
  ],
];

const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  build: { outDir: DIST },
  preview: { port: 0, strictPort: false, host: '127.0.0.1' },
});
const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/bench/floor.html?snapshot=${opts.snapshot}&dataset=${opts.dataset}`);
  const t0 = Date.now();
  while (!(await page.evaluate('!!window.floor'))) await page.waitForTimeout(50);
  const ready = await page.evaluate('window.floor.ready');
  console.log(`loaded ${opts.snapshot} in ${Date.now() - t0} ms: ${JSON.stringify(ready)}`);
  console.log(`Chromium RSS: ${round((await chromiumMemory(false)).rssMb)} MB`);
  const table = (await page.evaluate('window.floor.table()')) as string;
  for (const [label, sql] of steps) {
    const text = sql.replaceAll('$T', table);
    const ms = (await page.evaluate(`window.floor.time(${JSON.stringify(text)}, [], ${REPS})`)) as number[];
    console.log(`${String(round(median(ms))).padStart(6)} ms  [${ms.map((x) => round(x)).join(', ')}]  ${label}`);
  }
  const mem = await page.evaluate(
    `window.floor.rows("SELECT database_name, memory_usage FROM pragma_database_size()")`,
  );
  console.log(`DuckDB memory: ${JSON.stringify(mem)}`);
} finally {
  await browser.close();
  await server.close();
}
