// The query engine: DuckDB-WASM in its own worker, with the bundles served from this site (no CDN) and no
// extension ever installed or loaded. Datasets are decoded from Parquet by parquet.worker.ts and inserted
// as Arrow; each snapshot gets its own schema so two publications can be compared side by side.
import * as duckdb from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { Table as ArrowTable, type RecordBatch, type Schema, type Table } from 'apache-arrow';
import type { Cell, DatasetManifest } from './manifest';
import { paramsFromVariable, setParamsSql, type QueryResult } from './query';
import type { DecodeAck, DecodeRequest, DecodeResponse } from './parquet.worker';
import ParquetWorker from './parquet.worker.ts?worker';
import { DataError, datasetUrl } from './snapshot';

export const schemaOf = (snapshot: string) => `s_${snapshot.replace(/[^A-Za-z0-9_]/g, '_')}`;
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** DuckDB's memory once sealed: room for large snapshots, well below the 4 GB a WebAssembly page can have. */
export const SEALED_MEMORY_LIMIT = '1536MB';
/** The compressed in-memory database of an engine created with `compressed` (see Engine.create). */
const COMPRESSED = 'wlz';

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
    private readonly compressed: boolean,
  ) {}

  /**
   * `compressed`: keep the tables in an in-memory database with DuckDB's storage compression (dictionary,
   * FSST, RLE, bit-packing) instead of the default uncompressed one. Measured with 10M synthetic rows
   * (bench/README.md): 72 MiB instead of 1.7 GiB, and the explorer's queries about 4× faster; loading takes
   * as long. The page's engine uses it; the SQL console's own engine does not need to.
   */
  static async create(opts: { compressed?: boolean } = {}): Promise<Engine> {
    const worker = new Worker(duckdbWorkerUrl);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(duckdbWasmUrl);
    // A pending query runs in slices of this many ms between polls; a cancel takes effect between slices
    // (the default, 100 ms, would let most of a stale query run before it is cancelled).
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true, queryPollingInterval: 10 } });
    const conn = await db.connect();
    // Never reach for the extension repository on the internet: a query that would need an extension fails.
    await conn.query('SET autoinstall_known_extensions = false');
    await conn.query('SET autoload_known_extensions = false');
    // The table's default view relies on it (query.ts, rowsQuery): results without ORDER BY in stored order.
    await conn.query('SET preserve_insertion_order = true');
    if (opts.compressed) {
      await conn.query(`ATTACH ':memory:' AS ${COMPRESSED} (COMPRESS)`);
      await conn.query(`USE ${COMPRESSED}`);
    }
    return new Engine(db, conn, opts.compressed === true);
  }

  /**
   * Has the decoder worker fetch, verify and decode a dataset's file, and hands each batch (one row group as
   * Arrow IPC) to `insert`, in order and one at a time; the worker decodes ahead while a batch is inserted.
   * Rejects with the worker's failure (a DecodeResponse with ok: false) or with insert's error.
   */
  private decode(
    req: Omit<DecodeRequest, 'id'>,
    insert: (ipc: Uint8Array, batch: number) => Promise<void>,
  ): Promise<void> {
    if (!this.decoder) {
      this.decoder = new ParquetWorker();
      this.decoder.onmessage = (e: MessageEvent<DecodeResponse>) => {
        const done = !e.data.ok || e.data.last;
        this.pending.get(e.data.id)?.(e.data);
        if (done) this.pending.delete(e.data.id);
      };
    }
    const decoder = this.decoder;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      let chain = Promise.resolve();
      let over = false;
      const stop = (err: unknown) => {
        if (over) return;
        over = true;
        this.pending.delete(id);
        decoder.postMessage({ id, ack: -1, stop: true } satisfies DecodeAck);
        reject(err);
      };
      this.pending.set(id, (r) => {
        if (!r.ok) {
          chain = chain.then(() => stop(r));
          return;
        }
        chain = chain
          .then(async () => {
            if (over) return;
            await insert(r.ipc, r.batch);
            decoder.postMessage({ id, ack: r.batch } satisfies DecodeAck);
            if (r.last) {
              over = true;
              resolve();
            }
          })
          .catch(stop);
      });
      decoder.postMessage({ ...req, id } satisfies DecodeRequest);
    });
  }

  /**
   * Makes sure a dataset is in the engine (a table, or a view over one when it has constant columns);
   * returns its qualified name. Loads each one once.
   */
  ensureDataset(snapshot: string, d: DatasetManifest): Promise<string> {
    const schema = schemaOf(snapshot);
    const name = `${ident(schema)}.${ident(d.id)}`;
    const key = `${snapshot}/${d.id}`;
    let p = this.loaded.get(key);
    if (!p) {
      p = (async () => {
        await this.conn.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
        // Columns with one value in every row are not decoded and stored 10M times: the table holds the
        // others, and a view of the dataset's name adds the constants in the manifest's column order.
        const constant = d.constant ?? {};
        const stored = d.columns.filter((c) => !(c.name in constant)).map((c) => c.name);
        const viaView = stored.length < d.columns.length;
        // The stored part lives in a schema of its own, out of sight of the SQL console's SHOW TABLES.
        const tableSchema = viaView ? `${schema}__stored` : schema;
        const tableName = `${ident(tableSchema)}.${ident(d.id)}`;
        if (viaView) await this.conn.query(`CREATE SCHEMA IF NOT EXISTS ${ident(tableSchema)}`);
        // Timing marks for the benchmark (bench/): each batch's insertion, and the whole load.
        const t0 = performance.now();
        try {
          const req = { url: datasetUrl(snapshot, d), sha256: d.sha256, ...(viaView ? { columns: stored } : {}) };
          await this.decode(req, async (ipc, batch) => {
            const t = performance.now();
            await this.conn.insertArrowFromIPCStream(ipc, { name: d.id, schema: tableSchema, create: batch === 0 });
            performance.measure('wlz:insert-batch', { start: t, detail: key });
          });
          if (viaView) {
            const lit = (v: string | null) => (v === null ? 'NULL' : `'${v.replaceAll("'", "''")}'`);
            const cols = d.columns.map((c) =>
              c.name in constant ? `CAST(${lit(constant[c.name])} AS VARCHAR) AS ${ident(c.name)}` : ident(c.name),
            );
            await this.conn.query(`CREATE VIEW ${name} AS SELECT ${cols.join(', ')} FROM ${tableName}`);
          }
        } catch (e) {
          // A table inserted only in part must not stay behind: a retry creates it anew.
          await this.conn.query(`DROP VIEW IF EXISTS ${name}`).catch(() => undefined);
          await this.conn.query(`DROP TABLE IF EXISTS ${tableName}`).catch(() => undefined);
          const r = e as DecodeResponse;
          if (r && typeof r === 'object' && 'ok' in r && !r.ok) throw new DataError(`${d.file}: ${r.error}`, r.kind);
          throw e;
        }
        performance.measure('wlz:dataset', { start: t0, detail: key });
        return name;
      })();
      this.loaded.set(key, p);
      // A failed load may succeed on a retry (e.g. a network hiccup), so it is not remembered.
      p.catch(() => this.loaded.delete(key));
    }
    return p;
  }

  /** A connection of its own (e.g. the SQL console), so cancelling its query never touches the explorer's. */
  async connect(): Promise<duckdb.AsyncDuckDBConnection> {
    const conn = await this.db.connect();
    if (this.compressed) await conn.query(`USE ${COMPRESSED}`);
    return conn;
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

  /** Queries run one after another on the connection; this is the tail of that line. */
  private line: Promise<unknown> = Promise.resolve();
  /**
   * The `SET VARIABLE` statements that carry a query's values, prepared once per number of values: every
   * filter change sends one, and preparing it anew each time cost two more round trips to the worker.
   */
  private readonly setters = new Map<number, Promise<duckdb.AsyncPreparedStatement>>();

  /**
   * Runs a query. With a `signal`, latest wins for real: a query whose signal is aborted before its turn is
   * never started, and one that is running is cancelled in the engine (DuckDB-WASM cancels a pending query
   * between its slices of work). Either way the promise rejects with an AbortError. Each outcome leaves a
   * `wlz:query` performance mark (detail: started, done, dropped, cancelled, late, failed) for tests and the
   * bench; `late` is a query that finished before its cancel reached the engine (its answer is dropped).
   */
  query(sql: string, params: unknown[] = [], signal?: AbortSignal): Promise<QueryResult> {
    const run = this.line.then(() => this.run(sql, params, signal));
    this.line = run.catch(() => undefined);
    return run;
  }

  private async run(sql: string, params: unknown[], signal?: AbortSignal): Promise<QueryResult> {
    const mark = (detail: string) => performance.mark('wlz:query', { detail });
    if (signal?.aborted) {
      mark('dropped');
      throw aborted();
    }
    if (!signal) {
      mark('started');
      const res = await this.prepared(sql, params);
      mark('done');
      return res;
    }
    let text = sql;
    if (params.length > 0) {
      const bound = paramsFromVariable(sql);
      if (bound.count !== params.length) throw new Error(`${params.length} parameters for ${bound.count} placeholders`);
      let setter = this.setters.get(bound.count);
      if (!setter) {
        setter = this.conn.prepare(setParamsSql(bound.count));
        this.setters.set(bound.count, setter);
        setter.catch(() => this.setters.delete(bound.count));
      }
      await (await setter).query(...params.map((p) => (p === null ? null : String(p))));
      text = bound.sql;
      if (signal.aborted) {
        mark('dropped');
        throw aborted();
      }
    }
    let cancel: Promise<boolean> | null = null;
    const onAbort = () => (cancel ??= this.conn.cancelSent().catch(() => false));
    // Sent first, then listened for: the cancel must reach the engine's worker after the query it cancels.
    mark('started');
    const sent = this.conn.send(text, false);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const reader = await sent;
      const table = await arrowTable(reader);
      if (signal.aborted) {
        mark('late');
        throw aborted();
      }
      mark('done');
      return toResult(table);
    } catch (e) {
      if (signal.aborted) {
        if (cancel && (await cancel)) mark('cancelled');
        else if (!isAbort(e)) mark('late');
        throw aborted();
      }
      mark('failed');
      throw e;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  private async prepared(sql: string, params: unknown[]): Promise<QueryResult> {
    if (params.length === 0) return toResult(await this.conn.query(sql));
    const stmt = await this.conn.prepare(sql);
    try {
      return toResult(await stmt.query(...params));
    } finally {
      await stmt.close();
    }
  }
}

const aborted = () => new DOMException('a newer view replaced this query', 'AbortError');
export const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

async function arrowTable(reader: AsyncIterable<RecordBatch> & { schema: Schema }): Promise<Table> {
  const batches: RecordBatch[] = [];
  for await (const b of reader) batches.push(b);
  return new ArrowTable(reader.schema, batches);
}

let engine: Promise<Engine> | null = null;

/** The one engine of the page, created on first use (never on the critical path of the first paint). */
export function getEngine(): Promise<Engine> {
  if (!engine) {
    const t0 = performance.now();
    engine = Engine.create({ compressed: true });
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
