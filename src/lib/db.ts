// The query engine: DuckDB-WASM in its own worker, with the bundles served from this site (no CDN) and no
// extension ever installed or loaded. Datasets are decoded from Parquet by parquet.worker.ts and inserted
// as Arrow; each snapshot gets its own schema so two publications can be compared side by side.
import * as duckdb from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';
import type { Cell, DatasetManifest } from './manifest';
import type { QueryResult } from './query';
import type { DecodeRequest, DecodeResponse } from './parquet.worker';
import ParquetWorker from './parquet.worker.ts?worker';
import { DataError, datasetUrl } from './snapshot';

export const schemaOf = (snapshot: string) => `s_${snapshot.replace(/[^A-Za-z0-9_]/g, '_')}`;
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** DuckDB's memory once sealed: room for large snapshots, well below the 4 GB a WebAssembly page can have. */
export const SEALED_MEMORY_LIMIT = '1536MB';

function toResult(table: Table): QueryResult {
  const columns = table.schema.fields.map((f) => f.name);
  const vectors = columns.map((_, j) => table.getChildAt(j)!);
  const rows: Cell[][] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++)
    rows[i] = vectors.map((v) => {
      const x = v.get(i);
      if (x === null || x === undefined) return null;
      if (typeof x === 'bigint') return Number(x);
      if (typeof x === 'number' || typeof x === 'string') return x;
      if (x instanceof Date) return x.toISOString().slice(0, 10);
      return String(x);
    });
  return { columns, rows };
}

export class Engine {
  private readonly loaded = new Map<string, Promise<string>>();
  private decoder: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, (r: DecodeResponse) => void>();

  private constructor(
    readonly db: duckdb.AsyncDuckDB,
    private readonly conn: duckdb.AsyncDuckDBConnection,
  ) {}

  static async create(): Promise<Engine> {
    const worker = new Worker(duckdbWorkerUrl);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(duckdbWasmUrl);
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const conn = await db.connect();
    // Never reach for the extension repository on the internet: a query that would need an extension fails.
    await conn.query('SET autoinstall_known_extensions = false');
    await conn.query('SET autoload_known_extensions = false');
    return new Engine(db, conn);
  }

  private decode(req: Omit<DecodeRequest, 'id'>): Promise<DecodeResponse> {
    if (!this.decoder) {
      this.decoder = new ParquetWorker();
      this.decoder.onmessage = (e: MessageEvent<DecodeResponse>) => {
        this.pending.get(e.data.id)?.(e.data);
        this.pending.delete(e.data.id);
      };
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.decoder!.postMessage({ ...req, id } satisfies DecodeRequest);
    });
  }

  /** Makes sure a dataset is a table in the engine; returns its qualified name. Loads each one once. */
  ensureDataset(snapshot: string, d: DatasetManifest): Promise<string> {
    const name = `${ident(schemaOf(snapshot))}.${ident(d.id)}`;
    const key = `${snapshot}/${d.id}`;
    let p = this.loaded.get(key);
    if (!p) {
      p = (async () => {
        // Timing marks for the benchmark (bench/): decoding (in its worker) and inserting into DuckDB.
        const t0 = performance.now();
        const res = await this.decode({ url: datasetUrl(snapshot, d), sha256: d.sha256 });
        if (!res.ok) throw new DataError(`${d.file}: ${res.error}`, res.kind);
        const t1 = performance.now();
        performance.measure('wlz:fetch-decode', { start: t0, end: t1, detail: key });
        await this.conn.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schemaOf(snapshot))}`);
        await this.conn.insertArrowFromIPCStream(res.ipc, { name: d.id, schema: schemaOf(snapshot), create: true });
        performance.measure('wlz:insert', { start: t1, detail: key });
        return name;
      })();
      this.loaded.set(key, p);
      // A failed load may succeed on a retry (e.g. a network hiccup), so it is not remembered.
      p.catch(() => this.loaded.delete(key));
    }
    return p;
  }

  /** A connection of its own (e.g. the SQL console), so cancelling its query never touches the explorer's. */
  connect(): Promise<duckdb.AsyncDuckDBConnection> {
    return this.db.connect();
  }

  private sealing: Promise<void> | null = null;

  /**
   * Shuts the engine off from everything but the tables inserted into it, for good (the SQL console calls
   * this before it runs anything a reader typed): no file or URL can be read (read_csv, glob, ATTACH,
   * COPY…), no extension loaded, memory bounded, and the configuration locked so that no statement can undo
   * it. Inserting Arrow (ensureDataset) still works afterwards, so datasets keep loading lazily.
   */
  seal(): Promise<void> {
    this.sealing ??= (async () => {
      await this.conn.query(`SET memory_limit = '${SEALED_MEMORY_LIMIT}'`);
      await this.conn.query('SET enable_external_access = false');
      await this.conn.query('SET lock_configuration = true');
    })();
    return this.sealing;
  }

  /**
   * Stops this engine's workers for good. Meant for an engine of its own, like the SQL console's, whose
   * runaway query cannot be interrupted otherwise; never for the page's shared engine.
   */
  async dispose(): Promise<void> {
    this.decoder?.terminate();
    this.decoder = null;
    for (const [id, resolve] of this.pending) resolve({ id, ok: false, error: 'engine stopped', kind: 'decode' });
    this.pending.clear();
    await this.db.terminate();
  }

  async query(sql: string, params: unknown[] = []): Promise<QueryResult> {
    if (params.length === 0) return toResult(await this.conn.query(sql));
    const stmt = await this.conn.prepare(sql);
    try {
      return toResult(await stmt.query(...params));
    } finally {
      await stmt.close();
    }
  }
}

let engine: Promise<Engine> | null = null;

/** The one engine of the page, created on first use (never on the critical path of the first paint). */
export function getEngine(): Promise<Engine> {
  if (!engine) {
    const t0 = performance.now();
    engine = Engine.create();
    engine.then(
      () => {
        performance.mark('wlz:duckdb-ready');
        performance.measure('wlz:engine', { start: t0 });
      },
      () => (engine = null),
    );
  }
  return engine;
}
