// The query module against real DuckDB on the real snapshot: the SQL built for many view states returns
// exactly what a hand-written query returns, and hostile filter values are only ever data.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell, DatasetManifest, Manifest } from '../../src/lib/manifest.ts';
import { buildPivot, totalsAllowed } from '../../src/lib/pivot.ts';
import {
  aggregateQuery,
  allowedAggregates,
  countQuery,
  emptyView,
  facetQuery,
  facetsQuery,
  hasFilter,
  isGroupable,
  paramsFromVariable,
  rowsQuery,
  setParamsSql,
  sourcesQuery,
  type Sql,
  type View,
} from '../../src/lib/query.ts';
import { defaultState, parseState, stateParams } from '../../src/lib/viewstate.ts';
import { runSnapshot } from '../../scripts/snapshot.ts';
import { runSynth } from '../../scripts/synth.ts';

let dir: string;
let con: DuckDBConnection;
let manifest: Manifest;
const ds = (id: string) => manifest.datasets.find((d) => d.id === id)!;
const table = (id: string) => `"s"."${id}"`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wlz-query-'));
  const res = await runSnapshot({ in: 'data', out: dir, id: 'q', published: '2024-12-12' });
  expect(res.code).toBe(0);
  manifest = JSON.parse(await readFile(path.join(dir, 'q', 'manifest.json'), 'utf8'));
  con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run('CREATE SCHEMA s');
  for (const d of manifest.datasets)
    await con.run(`CREATE TABLE ${table(d.id)} AS SELECT * FROM read_parquet('${path.join(dir, 'q', d.file)}')`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const plain = (v: unknown): Cell =>
  v === null || v === undefined
    ? null
    : typeof v === 'bigint'
      ? Number(v)
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : (v as Cell);

async function run(q: Sql): Promise<Cell[][]> {
  const stmt = await con.prepare(q.sql);
  if (q.params.length) stmt.bind(q.params.map((p) => (p === null ? null : String(p))));
  const res = await stmt.runAndReadAll();
  return res.getRowsJS().map((r) => r.map(plain));
}

/** As the page's engine runs a query it may cancel: parameters bound into a variable, then a plain statement. */
async function runViaVariable(q: Sql): Promise<Cell[][]> {
  const bound = paramsFromVariable(q.sql);
  expect(bound.count).toBe(q.params.length);
  if (bound.count > 0) {
    const stmt = await con.prepare(setParamsSql(bound.count));
    stmt.bind(q.params.map((p) => (p === null ? null : String(p))));
    await stmt.run();
  }
  return (await con.runAndReadAll(bound.sql)).getRowsJS().map((r) => r.map(plain));
}

async function hand(sql: string): Promise<Cell[][]> {
  return (await con.runAndReadAll(sql)).getRowsJS().map((r) => r.map(plain));
}

const view = (v: Partial<View>): View => ({ ...emptyView(), ...v });

describe('rowsQuery', () => {
  it('returns every row, sorted by time and dimensions in code-list order', async () => {
    const d = ds('wachtlijsten');
    const rows = await run(rowsQuery(manifest, d, table(d.id), emptyView()));
    expect(rows.length).toBe(d.rows);
    const sectors = manifest.codelists.sector.codes.map((c) => c.code);
    const first = rows.filter((r) => r[0] === '2019-01-01' && r[1] === 'NL').map((r) => r[2]);
    expect(first).toEqual([...first].sort((a, b) => sectors.indexOf(String(a)) - sectors.indexOf(String(b))));
  });

  it('the published files are in the default order, so keeping the stored order equals sorting', async () => {
    for (const d of manifest.datasets) {
      expect(d.rowOrder, d.id).toBe('default');
      const sorted = rowsQuery(manifest, { ...d, rowOrder: undefined }, table(d.id), emptyView());
      const stored = rowsQuery(manifest, d, table(d.id), emptyView());
      expect(stored.sql, d.id).not.toContain('ORDER BY');
      expect(await run(stored), d.id).toEqual(await run(sorted));
      // A sort of the reader's own is a real sort; so is a descending one on the first key.
      const first = d.columns.find(isGroupable)!.name;
      const desc = rowsQuery(manifest, d, table(d.id), view({ sort: [{ column: first, desc: true }] }));
      expect(desc.sql, d.id).toContain('ORDER BY');
    }
  });

  it('the manifest names exactly the text columns that hold one value in every row', async () => {
    let constants = 0;
    for (const d of manifest.datasets)
      for (const c of d.columns.filter((c) => c.type === 'VARCHAR' && c.role !== 'dimension')) {
        const [[k, v, n]] = await hand(
          `SELECT count(DISTINCT "${c.name}")::INT, count("${c.name}")::INT, count(*)::INT FROM ${table(d.id)}`,
        );
        const one = (k === 1 && v === n) || v === 0;
        expect(c.name in (d.constant ?? {}), `${d.id}.${c.name}`).toBe(one);
        if (!one) continue;
        constants++;
        const [[x]] = await hand(`SELECT any_value("${c.name}") FROM ${table(d.id)}`);
        expect(d.constant![c.name], `${d.id}.${c.name}`).toBe(x);
      }
    expect(constants).toBeGreaterThan(0);
  });

  it('a dataset with one source names it in the manifest, and needs no query for it', async () => {
    let one = 0;
    for (const d of manifest.datasets) {
      const all = await hand(`SELECT DISTINCT bron, bron_locatie FROM ${table(d.id)} ORDER BY 1, 2`);
      const q = sourcesQuery(d, table(d.id), emptyView());
      if (all.length === 1) {
        one++;
        expect(d.source, d.id).toEqual({ bron: all[0][0], bron_locatie: all[0][1] });
        expect(q, d.id).toBeNull();
      } else {
        expect(d.source, d.id).toBeUndefined();
        expect(await run(q!), d.id).toEqual(all);
      }
    }
    // Both kinds are in the real snapshot, so both branches ran.
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(manifest.datasets.length);
  });

  const cases: [string, string, View, string][] = [
    [
      'one dimension filter',
      'wachtlijsten',
      view({ filters: { sector: ['gz'] } }),
      `SELECT count(*) FROM s.wachtlijsten WHERE sector = 'gz'`,
    ],
    [
      'two dimensions, several values',
      'wachtlijsten',
      view({ filters: { sector: ['gz', 'vv'], indicator: ['wachtenden', 'boven_streefnorm'] } }),
      `SELECT count(*) FROM s.wachtlijsten WHERE sector IN ('gz','vv') AND indicator IN ('wachtenden','boven_streefnorm')`,
    ],
    [
      'a date range',
      'wachtlijsten',
      view({ ranges: { peildatum: { min: '2020-01-01', max: '2023-12-01' } } }),
      `SELECT count(*) FROM s.wachtlijsten WHERE peildatum BETWEEN DATE '2020-01-01' AND DATE '2023-12-01'`,
    ],
    [
      'a measure range and a year filter',
      'rechtmatigheid',
      view({ ranges: { bedrag: { min: 30 } }, filters: { jaar: ['2023'] } }),
      `SELECT count(*) FROM s.rechtmatigheid WHERE bedrag >= 30 AND jaar = 2023`,
    ],
    [
      'an open-ended range',
      'rechtmatigheid',
      view({ ranges: { percentage: { max: 10 } } }),
      `SELECT count(*) FROM s.rechtmatigheid WHERE percentage <= 10`,
    ],
  ];
  for (const [name, id, v, sql] of cases)
    it(`counts and rows match a hand-written query: ${name}`, async () => {
      const d = ds(id);
      const [[expected]] = await hand(sql);
      expect(expected).toBeGreaterThan(0);
      expect((await run(countQuery(d, table(id), v)))[0][0]).toBe(expected);
      const rows = await run(rowsQuery(manifest, d, table(id), v));
      expect(rows.length).toBe(expected);
      // The rows themselves, not only how many: the hand-written WHERE with every column selected.
      const select = d.columns
        .map((c) => (c.type === 'DATE' ? `strftime("${c.name}", '%Y-%m-%d')` : `"${c.name}"`))
        .join(', ');
      const ref = await hand(sql.replace('SELECT count(*)', `SELECT ${select}`));
      const key = (r: Cell[]) => JSON.stringify(r);
      expect(rows.map(key).sort()).toEqual(ref.map(key).sort());
      // And the same through the engine's cancellable path (parameters in a variable, see db.ts).
      expect(await runViaVariable(rowsQuery(manifest, d, table(id), v))).toEqual(rows);
    });

  it('sorts by a measure, descending, with empty values last', async () => {
    const d = ds('rechtmatigheid');
    const rows = await run(rowsQuery(manifest, d, table(d.id), view({ sort: [{ column: 'bedrag', desc: true }] })));
    const i = d.columns.findIndex((c) => c.name === 'bedrag');
    const ref = await hand(`SELECT bedrag FROM s.rechtmatigheid ORDER BY bedrag DESC NULLS LAST`);
    expect(rows.map((r) => r[i])).toEqual(ref.map((r) => r[0]));
  });

  it('returns windows that put together make the whole', async () => {
    const d = ds('leveringsvormen');
    const all = await run(rowsQuery(manifest, d, table(d.id), emptyView()));
    const parts = [
      ...(await run(rowsQuery(manifest, d, table(d.id), emptyView(), { offset: 0, limit: 10 }))),
      ...(await run(rowsQuery(manifest, d, table(d.id), emptyView(), { offset: 10, limit: 100 }))),
    ];
    expect(parts).toEqual(all);
  });
});

describe('hostile input is only ever data', () => {
  const hostile = [
    "'; DROP TABLE s.wachtlijsten; --",
    "vv' OR '1'='1",
    '"; SELECT * FROM duckdb_settings(); --',
    'Ω≈ç√∫˜µ≤≥÷ 🙂 \u0000',
    "') UNION SELECT 1 --",
  ];
  for (const value of hostile)
    it(`filter value ${JSON.stringify(value)} matches nothing and harms nothing`, async () => {
      const d = ds('wachtlijsten');
      const v = view({ filters: { sector: [value] }, ranges: { aantal: { min: 0 } } });
      expect(await run(rowsQuery(manifest, d, table(d.id), v))).toEqual([]);
      expect((await run(countQuery(d, table(d.id), v)))[0][0]).toBe(0);
      expect((await hand('SELECT count(*) FROM s.wachtlijsten'))[0][0]).toBe(d.rows);
    });

  for (const value of hostile)
    it(`the same value ${JSON.stringify(value)} through the variable path is only data too`, async () => {
      const d = ds('wachtlijsten');
      const v = view({ filters: { sector: [value, 'vv'] } });
      const q = rowsQuery(manifest, d, table(d.id), v);
      expect(await runViaVariable(q)).toEqual(await run(q));
      expect((await hand('SELECT count(*) FROM s.wachtlijsten'))[0][0]).toBe(d.rows);
    });

  // Each hostile bound with the plain value it starts with: DuckDB either refuses the text as a date or a
  // number, or reads only that leading value; the rest is never SQL and never widens the selection.
  const hostileBounds: [string, View, View][] = [
    [
      'a date bound',
      view({ ranges: { peildatum: { min: "2020-01-01' OR '1'='1" } } }),
      view({ ranges: { peildatum: { min: '2020-01-01' } } }),
    ],
    [
      'a date bound with a statement',
      view({ ranges: { peildatum: { max: "2020-01-01'); DROP TABLE s.wachtlijsten; --" } } }),
      view({ ranges: { peildatum: { max: '2020-01-01' } } }),
    ],
    ['a number bound', view({ ranges: { aantal: { min: '0 OR 1=1' } } }), view({ ranges: { aantal: { min: 0 } } })],
    [
      'a number bound with a statement',
      view({ ranges: { aantal: { max: '1; DROP TABLE s.wachtlijsten' } } }),
      view({ ranges: { aantal: { max: 1 } } }),
    ],
  ];
  for (const [name, v, plainView] of hostileBounds)
    it(`hostile text in ${name} is only ever a value, and nothing else happens`, async () => {
      const d = ds('wachtlijsten');
      const q = rowsQuery(manifest, d, table(d.id), v);
      const plainRows = await run(rowsQuery(manifest, d, table(d.id), plainView));
      for (const path of [run, runViaVariable]) {
        const outcome = await path(q).then(
          (rows) => ({ rows }),
          (e: unknown) => ({ error: String(e) }),
        );
        if ('rows' in outcome) expect(outcome.rows).toEqual(plainRows);
        else expect(outcome.error).toMatch(/conver|cast|date|double/i);
      }
      expect((await hand('SELECT count(*) FROM s.wachtlijsten'))[0][0]).toBe(d.rows);
    });

  it('a placeholder inside quotes is left alone by the variable path', () => {
    const b = paramsFromVariable(`SELECT '?' AS "a?", x FROM t WHERE y = ? AND z IN (?, 'it''s ?')`);
    expect(b.count).toBe(2);
    expect(b.sql).toBe(
      `SELECT '?' AS "a?", x FROM t WHERE y = getvariable('wlz_params')[1] AND z IN (getvariable('wlz_params')[2], 'it''s ?')`,
    );
  });

  it('a URL cannot name columns that the dataset does not have', () => {
    const d = ds('wachtlijsten');
    const s = parseState(d, {
      'f.x"; DROP': 'a',
      'f.sector': 'vv',
      sort: 'nope',
      pm: 'bron',
      pa: 'drop',
      pr: 'voetnoot',
    });
    expect(Object.keys(s.filters)).toEqual(['sector']);
    expect(s.sort).toEqual([]);
    expect(s.measure).toBe(defaultState(d).measure);
    expect(s.rows).toEqual(defaultState(d).rows);
    expect(() => rowsQuery(manifest, d, table(d.id), view({ filters: { nope: ['1'] } }))).toThrow();
  });

  it('the view survives a round trip through the URL', () => {
    const d = ds('wachtlijsten');
    const s = {
      ...defaultState(d),
      filters: { sector: ['vv', 'gz'], regio: ['NL'] },
      ranges: { peildatum: { min: '2019-01-01' }, aantal: { min: 5, max: 20000 } },
      sort: [{ column: 'aantal', desc: true }],
      mode: 'pivot' as const,
      rows: ['sector', 'wachtstatus'],
      col: 'peildatum',
      mark: 'line' as const,
    };
    const params = Object.fromEntries(Object.entries(stateParams(d, s)).filter(([, v]) => v !== null)) as Record<
      string,
      string
    >;
    expect(parseState(d, params)).toEqual(s);
  });
});

describe('aggregateQuery and the pivot', () => {
  it('sums per sector and date as a GROUP BY does, with margins from GROUPING SETS', async () => {
    const d = ds('wachtlijsten');
    const v = view({ filters: { indicator: ['wachtenden'], regio: ['NL'] } });
    const q = aggregateQuery(manifest, d, table(d.id), v, {
      rows: ['sector'],
      col: 'peildatum',
      measure: 'aantal',
      agg: 'sum',
      totals: true,
    });
    const res = await run(q);
    const cells = res.filter((r) => r[4] === 0).map((r) => [r[0], r[1], r[2]]);
    const ref = await hand(
      `SELECT sector, strftime(peildatum, '%Y-%m-%d'), sum(aantal)::DOUBLE FROM s.wachtlijsten
       WHERE indicator = 'wachtenden' AND regio = 'NL' AND aantal IS NOT NULL GROUP BY ALL`,
    );
    expect(cells.map((r) => JSON.stringify(r)).sort()).toEqual(ref.map((r) => JSON.stringify(r)).sort());
    const pivot = buildPivot(
      { columns: ['sector', 'peildatum', 'value', 'n', 'g'], rows: res },
      [d.columns[2]],
      d.columns[0],
    );
    const vv = pivot.rowKeys.findIndex((k) => k[0] === 'vv');
    const jul = pivot.colKeys.indexOf('2020-07-01');
    expect(pivot.values[vv][jul]).toBe(16591);
    expect(pivot.colTotals![jul]).toBe(16591 + 1807 + 12);
    expect(pivot.grandTotal).toBe(
      (await hand(`SELECT sum(aantal)::DOUBLE FROM s.wachtlijsten WHERE indicator='wachtenden' AND regio='NL'`))[0][0],
    );
    // Summing waiting lists over dates adds up the same people several times: no row totals over time.
    expect(totalsAllowed('sum', d.columns[5], [d.columns[0]], [pivot.colKeys])).toBe('time');
    expect(totalsAllowed('sum', d.columns[5], [d.columns[2]], [pivot.rowKeys.map((k) => k[0])])).toBeNull();
  });

  it('with two row dimensions and a column, every cell and margin equals a hand-written GROUP BY', async () => {
    const d = ds('wachtlijsten');
    const v = view({ filters: { indicator: ['wachtenden'] } });
    const q = aggregateQuery(manifest, d, table(d.id), v, {
      rows: ['sector', 'regio'],
      col: 'peildatum',
      measure: 'aantal',
      agg: 'sum',
      totals: true,
    });
    const got = await run(q);
    const where = `indicator = 'wachtenden' AND aantal IS NOT NULL`;
    const f = `FROM s.wachtlijsten WHERE ${where}`;
    const p = `strftime(peildatum, '%Y-%m-%d')`;
    const ref = [
      ...(await hand(`SELECT sector, regio, ${p}, sum(aantal)::DOUBLE, 0 ${f} GROUP BY ALL`)),
      ...(await hand(`SELECT sector, regio, NULL, sum(aantal)::DOUBLE, 1 ${f} GROUP BY sector, regio`)),
      ...(await hand(`SELECT NULL, NULL, ${p}, sum(aantal)::DOUBLE, 6 ${f} GROUP BY peildatum`)),
      ...(await hand(`SELECT NULL, NULL, NULL, sum(aantal)::DOUBLE, 7 ${f}`)),
    ];
    // Columns of the answer: sector, regio, peildatum, value, n, g.
    const key = (r: Cell[]) => JSON.stringify([r[0], r[1], r[2], r[3], r[4]]);
    expect(got.map((r) => key([r[0], r[1], r[2], r[3], r[5]])).sort()).toEqual(ref.map(key).sort());
    expect(got.filter((r) => r[5] === 7)).toHaveLength(1);
    // The pivot built from it has both row dimensions and the grand total.
    const col = (n: string) => d.columns.find((c) => c.name === n)!;
    const pv = buildPivot(
      { columns: ['sector', 'regio', 'peildatum', 'value', 'n', 'g'], rows: got },
      [col('sector'), col('regio')],
      col('peildatum'),
    );
    expect(pv.rowKeys.length).toBe(new Set(ref.filter((r) => r[4] === 1).map((r) => `${r[0]}|${r[1]}`)).size);
  });

  it('never sums shares, and refuses totals over a "totaal" code', async () => {
    const d = ds('rechtmatigheid');
    const pct = d.columns.find((c) => c.name === 'percentage')!;
    expect(allowedAggregates(pct.unit)).not.toContain('sum');
    expect(() =>
      aggregateQuery(manifest, d, table(d.id), emptyView(), {
        rows: ['oordeel'],
        col: null,
        measure: 'percentage',
        agg: 'sum',
      }),
    ).toThrow();
    expect(totalsAllowed('mean', pct, [], [])).toBe('unit');
    const oordeel = d.columns.find((c) => c.name === 'oordeel')!;
    const bedrag = d.columns.find((c) => c.name === 'bedrag')!;
    expect(totalsAllowed('sum', bedrag, [oordeel], [['rechtmatig', 'totaal']])).toBe('overlap');
  });

  for (const agg of ['mean', 'min', 'max', 'count'] as const)
    it(`${agg} equals DuckDB's own aggregate`, async () => {
      const d: DatasetManifest = ds('rechtmatigheid');
      const v = view({ filters: { indicator: ['kosten'] } });
      const res = await run(
        aggregateQuery(manifest, d, table(d.id), v, { rows: ['jaar'], col: null, measure: 'percentage', agg }),
      );
      const fn = agg === 'mean' ? 'avg' : agg;
      const ref = await hand(
        `SELECT jaar, ${fn}(percentage)::DOUBLE FROM s.rechtmatigheid WHERE indicator = 'kosten' AND percentage IS NOT NULL GROUP BY jaar ORDER BY jaar`,
      );
      expect(res.map((r) => [r[0], r[1]])).toEqual(ref);
    });

  it('facet counts ignore the facet’s own filter but honour the others', async () => {
    const d = ds('wachtlijsten');
    const v = view({ filters: { sector: ['vv'], indicator: ['wachtenden'] } });
    const res = await run(facetQuery(d, table(d.id), v, 'sector'));
    const ref = await hand(
      `SELECT sector, count(*)::DOUBLE FROM s.wachtlijsten WHERE indicator = 'wachtenden' GROUP BY 1`,
    );
    expect(res.map((r) => JSON.stringify(r)).sort()).toEqual(ref.map((r) => JSON.stringify(r)).sort());
  });

  const facetViews: [string, View][] = [
    ['no filter', emptyView()],
    ['one filter', view({ filters: { sector: ['vv', 'gz'] } })],
    [
      'two filters and a range',
      view({ filters: { sector: ['vv'], indicator: ['wachtenden'] }, ranges: { peildatum: { min: '2020-01-01' } } }),
    ],
  ];
  for (const [label, v] of facetViews)
    it(`all facets in one statement equal each facet on its own (${label})`, async () => {
      const d = ds('wachtlijsten');
      const names = d.columns.filter(isGroupable).map((c) => c.name);
      const one = await run(facetsQuery(d, table(d.id), v, names));
      const each = (
        await Promise.all(
          names.map(async (n, i) => (await run(facetQuery(d, table(d.id), v, n))).map((r) => [i, ...r])),
        )
      ).flat();
      const key = (rows: Cell[][]) => rows.map((r) => JSON.stringify(r)).sort();
      expect(one.length).toBeGreaterThan(names.length);
      expect(key(one)).toEqual(key(each));
      // The explorer's row count: the facet counts of a column without a filter of its own add up to it.
      const free = names.findIndex((n) => !hasFilter(v, n));
      const sum = one.filter((r) => r[0] === free).reduce((a, r) => a + Number(r[2]), 0);
      expect(sum).toBe(Number((await run(countQuery(d, table(d.id), v)))[0][0]));
    });
});

describe('stored order at scale', () => {
  it('a view in the default order reads the same rows, unsorted, as sorted, across row groups', async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'wlz-order-'));
    try {
      // More rows than one Parquet row group (122,880), so the order must hold across groups.
      expect((await runSynth({ rows: 300_000, out: path.join(tmp, 'in'), seed: 3 })).code).toBe(0);
      expect((await runSnapshot({ in: path.join(tmp, 'in'), out: path.join(tmp, 'out'), id: 's' })).code).toBe(0);
      const m: Manifest = JSON.parse(await readFile(path.join(tmp, 'out', 's', 'manifest.json'), 'utf8'));
      const d = m.datasets[0];
      expect(d.rowOrder).toBe('default');
      const t = '"s"."synth"';
      await con.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${path.join(tmp, 'out', 's', d.file)}')`);
      const views = [emptyView(), view({ filters: { sector: ['gz'], wachtstatus: ['urgent', 'actief'] } })];
      for (const v of views)
        for (const offset of [0, 150_000, 299_900]) {
          const win = { limit: 200, offset };
          const stored = rowsQuery(m, d, t, v, win);
          expect(stored.sql).not.toContain('ORDER BY');
          expect(await run(stored), `offset ${offset}`).toEqual(
            await run(rowsQuery(m, { ...d, rowOrder: undefined }, t, v, win)),
          );
        }
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
