/// <reference types="vite/client" />
// The "floor" of the benchmark: the site's own engine (src/lib/db.ts) and query builders (src/lib/query.ts)
// in a bare page without any interface, so that the explorer's time for a filter change can be compared with
// the time DuckDB-WASM needs for exactly the same statements. Built only by the benchmark (bench/prepare.ts).
// The page is driven from bench/run.ts through `window.floor`.
import { getEngine, type Engine } from '../src/lib/db.ts';
import type { DatasetManifest, Manifest } from '../src/lib/manifest.ts';
import {
  aggregateQuery,
  countQuery,
  facetsQuery,
  countingFacet,
  isGroupable,
  rowsQuery,
  sourcesQuery,
  type Sql,
} from '../src/lib/query.ts';
import { loadIndex, loadManifest } from '../src/lib/snapshot.ts';
import { parseState } from '../src/lib/viewstate.ts';

export interface Statement extends Sql {
  name: 'count' | 'sources' | 'facets' | 'chart' | 'pivot' | 'rows';
}

export interface FloorLoad {
  engineMs: number;
  datasetMs: number;
  rows: number;
}

export interface ConcurrentRun {
  /** From firing the first statement to the answer of the last. */
  totalMs: number;
  /** Per statement: from firing all to its own answer. */
  doneMs: Record<string, number>;
}

export interface Floor {
  ready: Promise<FloorLoad>;
  /** The statements the explorer issues for the view in `query` (the part of its hash after `?`), in its order. */
  statements(query: string): Statement[];
  /** Fires all statements of a view at once on the one connection, as the explorer does. */
  concurrent(query: string): Promise<ConcurrentRun>;
  /** Runs each statement of a view alone, one after the other; milliseconds per statement. */
  each(query: string): Promise<Record<string, number>>;
  /** Times any statement (for the investigation), `reps` times. */
  time(sql: string, params: unknown[], reps: number): Promise<number[]>;
  /** Runs any statement (for the investigation) and returns its rows. */
  rows(sql: string, params?: unknown[]): Promise<unknown[][]>;
  /** The qualified name of the loaded table. */
  table(): string;
}

/** The window the virtual table fetches first (VirtualTable.svelte: pages of 200 rows). */
const FIRST_WINDOW = { offset: 0, limit: 200 };

const params = new URLSearchParams(location.search);
const snapshot = params.get('snapshot') ?? '';
const datasetId = params.get('dataset') ?? '';
// The site resolves its data as `./data/…` against the document; this page lives in bench/, so it takes the
// site root as its address (nothing is navigated) and loads exactly the URLs the site loads.
history.replaceState(null, '', new URL(`../${location.search}`, location.href));

let engine: Engine;
let manifest: Manifest;
let d: DatasetManifest;
let table: string;

async function load(): Promise<FloorLoad> {
  const idx = await loadIndex();
  manifest = await loadManifest(idx, snapshot);
  const found = manifest.datasets.find((x) => x.id === datasetId);
  if (!found) throw new Error(`no dataset ${datasetId} in ${snapshot}`);
  d = found;
  const t0 = performance.now();
  engine = await getEngine();
  const t1 = performance.now();
  table = await engine.ensureDataset(manifest.id, d);
  const t2 = performance.now();
  return { engineMs: t1 - t0, datasetMs: t2 - t1, rows: d.rows };
}

function statements(query: string): Statement[] {
  const view = parseState(d, Object.fromEntries(new URLSearchParams(query)));
  const out: Statement[] = [];
  // The order of Dataset.svelte's queries: count, sources, facets, chart, pivot, then the table's window.
  // As the explorer: the count comes from the facets unless every column is filtered.
  const names = d.columns.filter(isGroupable).map((c) => c.name);
  if (!countingFacet(view, names)) out.push({ name: 'count', ...countQuery(d, table, view) });
  const sources = sourcesQuery(d, table, view);
  if (sources) out.push({ name: 'sources', ...sources });
  out.push({ name: 'facets', ...facetsQuery(d, table, view, names) });
  if (!(view.mark === 'none' || (view.mark === 'cell' && !view.col)))
    out.push({
      name: 'chart',
      ...aggregateQuery(manifest, d, table, view, {
        rows: view.rows.slice(0, 1),
        col: view.col,
        measure: view.measure,
        agg: view.agg,
      }),
    });
  if (view.mode === 'pivot')
    out.push({
      name: 'pivot',
      ...aggregateQuery(manifest, d, table, view, {
        rows: view.rows,
        col: view.col,
        measure: view.measure,
        agg: view.agg,
        totals: true,
      }),
    });
  else out.push({ name: 'rows', ...rowsQuery(manifest, d, table, view, FIRST_WINDOW) });
  return out;
}

const floor: Floor = {
  ready: load(),
  statements,
  async concurrent(query) {
    const stmts = statements(query);
    const doneMs: Record<string, number> = {};
    const t0 = performance.now();
    await Promise.all(
      stmts.map((s) => engine.query(s.sql, s.params).then(() => (doneMs[s.name] = performance.now() - t0))),
    );
    return { totalMs: performance.now() - t0, doneMs };
  },
  async each(query) {
    const out: Record<string, number> = {};
    for (const s of statements(query)) {
      const t0 = performance.now();
      await engine.query(s.sql, s.params);
      out[s.name] = performance.now() - t0;
    }
    return out;
  },
  async time(sql, args, reps) {
    const out: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      await engine.query(sql, args);
      out.push(performance.now() - t0);
    }
    return out;
  },
  async rows(sql, args = []) {
    return (await engine.query(sql, args)).rows;
  },
  table: () => table,
};

declare global {
  interface Window {
    floor: Floor;
  }
}
window.floor = floor;
const status = document.getElementById('status')!;
floor.ready.then(
  (r) => (status.textContent = `ready: ${r.rows} rows`),
  (e: unknown) => (status.textContent = `failed: ${e instanceof Error ? e.message : String(e)}`),
);
