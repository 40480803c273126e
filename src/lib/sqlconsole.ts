// The SQL console's engine: a DuckDB-WASM instance of its own (its own worker), sealed before anything is
// put in it (no files, no URLs, no extensions, bounded memory, locked configuration), holding the snapshot's
// tables and a `codes` table. Each text passes the gate (sqlgate.ts) and runs as a pending query, which the
// worker executes in slices so that Stop (or the time limit) can cancel it. Some operators do a lot of work in
// one slice (a nested-loop join over millions of rows); when a cancel does not take within a moment, the
// console's worker is terminated and a fresh one is prepared. Because the engine is the console's own, that
// never touches the explorer, and a runaway query never slows it down.
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch, Schema } from 'apache-arrow';
import { Engine, ident, schemaOf } from './db';
import type { Manifest } from './manifest';
import { CODES_TABLE, codeColumns, codesSchemaOf } from './sqlcodes';
import { duckError, type DuckError } from './sqlerror';
import { gateSql, SETTINGS_SQL, settingsDrift, type Check, type GateResult, type Plan } from './sqlgate';
import { MAX_RESULT_BYTES, MAX_RESULT_ROWS, TIME_LIMIT_MS } from './sqllimits';
import { columnsOf, type SqlResult } from './sqlresult';

// What the page needs from Arrow comes through here, so that it is loaded with the engine, not before.
export { CsvBuilder, rowsOf } from './sqlresult';

/** How long a cancel may take before the console's worker is terminated instead. */
export const HARD_STOP_MS = 2_000;

export type RunOutcome = (
  | { status: 'done'; sql: string; kind: 'read' | 'explain'; result: SqlResult }
  | { status: 'refused'; gate: Extract<GateResult, { ok: false }> }
  | { status: 'error'; sql: string; error: DuckError; ms: number }
  /** `restarted`: the query would not stop, so the engine was replaced; the console must be opened again. */
  | { status: 'cancelled'; reason: 'stop' | 'timeout'; ms: number; restarted: boolean }
) & {
  /**
   * The engine's settings were no longer the sealed ones after this run (names of those that changed), so the
   * engine was terminated; the console must be opened again.
   */
  resealed?: string[];
};

type Cancel = 'stop' | 'timeout';

class Killed extends Error {}

export class SqlConsole {
  private current: { cancelled: Cancel | null; hard: ReturnType<typeof setTimeout> | null } | null = null;
  private dead = false;
  private killers = new Set<() => void>();
  /** DuckDB-WASM's getTableNames parses and binds (in its name-extracting mode) without running anything. */
  private readonly check: Check;
  /** EXPLAIN (FORMAT json) of a checked statement, for the gate's look at the table functions of its plan. */
  private readonly plan: Plan;

  private constructor(
    private readonly engine: Engine,
    private readonly conn: AsyncDuckDBConnection,
    readonly snapshot: string,
    private readonly sealed: Map<string, string | null>,
  ) {
    this.check = (sql) => this.guard(this.conn.getTableNames(sql));
    this.plan = async (sql) => {
      const t = await this.guard(this.conn.query(sql));
      return (t.getChild('explain_value')?.toArray() ?? []).map(String);
    };
  }

  private static async settings(conn: AsyncDuckDBConnection): Promise<Map<string, string | null>> {
    const t = await conn.query(SETTINGS_SQL);
    const names = t.getChild('name')!.toArray() as string[];
    const values = t.getChild('value')!.toArray() as (string | null)[];
    return new Map(names.map((n, i) => [n, values[i] ?? null]));
  }

  /** Settings that are no longer the sealed ones (all of them, as "?", when they cannot be read). */
  private async drift(): Promise<string[]> {
    if (this.dead) return [];
    try {
      return settingsDrift(this.sealed, await this.guard(SqlConsole.settings(this.conn)));
    } catch (e) {
      if (e instanceof Killed) return [];
      return ['?'];
    }
  }

  /**
   * Starts the console's engine, seals it, loads every dataset of the snapshot (Arrow insertion still works
   * after sealing) and the code lists, and opens a connection with the snapshot's schema as its default.
   */
  static async open(manifest: Manifest, progress?: (done: number, total: number) => void): Promise<SqlConsole> {
    const engine = await Engine.create();
    try {
      await engine.seal();
      let done = 0;
      progress?.(0, manifest.datasets.length);
      await Promise.all(
        manifest.datasets.map(async (d) => {
          await engine.ensureDataset(manifest.id, d);
          progress?.(++done, manifest.datasets.length);
        }),
      );
      const conn = await engine.connect();
      // The code lists as a table `codes` in a schema of the console's own. Values travel as parameters.
      // (Not as Arrow: Arrow's builders compile code with `new Function`, which the site's CSP forbids.)
      const codes = codesSchemaOf(manifest.id);
      const table = `${ident(codes)}.${ident(CODES_TABLE)}`;
      const columns = codeColumns(manifest);
      const names = Object.keys(columns);
      await conn.query(`CREATE SCHEMA IF NOT EXISTS ${ident(codes)}`);
      await conn.query(`CREATE OR REPLACE TABLE ${table} (${names.map((n) => `${ident(n)} VARCHAR`).join(', ')})`);
      const n = columns[names[0]].length;
      if (n > 0) {
        const row = `(${names.map(() => '?').join(', ')})`;
        const stmt = await conn.prepare(
          `INSERT INTO ${table} VALUES ${Array.from({ length: n }, () => row).join(', ')}`,
        );
        try {
          await stmt.query(...Array.from({ length: n }, (_, i) => names.map((k) => columns[k][i])).flat());
        } finally {
          await stmt.close();
        }
      }
      // Both names contain only [A-Za-z0-9_], so they are safe inside the literal. search_path is a setting of
      // this connection that the lock leaves alone; the gate refuses SET and USE, so it stays as it is.
      await conn.query(`SET search_path = '${schemaOf(manifest.id)},${codes}'`);
      return new SqlConsole(engine, conn, manifest.id, await SqlConsole.settings(conn));
    } catch (e) {
      await engine.dispose().catch(() => undefined);
      throw e;
    }
  }

  get running(): boolean {
    return this.current !== null;
  }

  /** False once the engine had to be terminated; open a new console then. */
  get alive(): boolean {
    return !this.dead;
  }

  /** A promise that gives up (with Killed) when the engine is terminated, since its answer will never come. */
  private guard<T>(p: Promise<T>): Promise<T> {
    if (this.dead) return Promise.reject(new Killed());
    return new Promise<T>((resolve, reject) => {
      const kill = () => reject(new Killed());
      this.killers.add(kill);
      p.then(resolve, reject).finally(() => this.killers.delete(kill));
    });
  }

  gate(sql: string): Promise<GateResult> {
    return gateSql(sql, this.check, this.plan);
  }

  /**
   * Runs a statement. With `sink`, every batch goes to it instead of into the result, and no row or byte limit
   * applies: that is how a download gets all rows of a result too large to keep in the page.
   */
  async run(sql: string, sink?: (b: RecordBatch) => void): Promise<RunOutcome> {
    const outcome = await this.runOnce(sql, sink);
    if (outcome.status === 'refused' && outcome.gate.reason !== 'error') return outcome;
    const changed = await this.drift();
    if (changed.length === 0) return outcome;
    this.terminate();
    return { ...outcome, resealed: changed };
  }

  private async runOnce(sql: string, sink?: (b: RecordBatch) => void): Promise<RunOutcome> {
    if (this.current) throw new Error('a query is already running');
    if (this.dead) throw new Error('the console was stopped');
    const token: { cancelled: Cancel | null; hard: ReturnType<typeof setTimeout> | null } = {
      cancelled: null,
      hard: null,
    };
    this.current = token;
    const t0 = performance.now();
    const ms = () => Math.round(performance.now() - t0);
    const cancelled = (): RunOutcome => ({
      status: 'cancelled',
      reason: token.cancelled ?? 'stop',
      ms: ms(),
      restarted: this.dead,
    });
    const timer = setTimeout(() => void this.cancel('timeout'), TIME_LIMIT_MS);
    let partial = false;
    try {
      const gate = await this.gate(sql);
      if (token.cancelled || this.dead) return cancelled();
      // DuckDB itself failed on the statement while the gate planned it: the run would fail the same way.
      if (!gate.ok && gate.reason === 'error' && gate.error && gate.keyword !== null)
        return { status: 'error', sql, error: gate.error, ms: ms() };
      if (!gate.ok) return { status: 'refused', gate };
      let reader;
      try {
        // Not streamed: the whole query then runs as a pending query, in slices that a cancel can stop.
        // (A streamed result would compute its rows inside each fetch, which nothing can interrupt.)
        reader = await this.guard(this.conn.send(gate.sql, false));
      } catch (e) {
        if (token.cancelled || e instanceof Killed) return cancelled();
        return { status: 'error', sql: gate.sql, error: duckError(e), ms: ms() };
      }
      if (!reader) return { status: 'error', sql: gate.sql, error: duckError('engine stopped'), ms: ms() };
      const batches: RecordBatch[] = [];
      let rows = 0;
      let bytes = 0;
      let truncated = false;
      let schema: Schema | undefined;
      const it = reader[Symbol.asyncIterator]();
      for (;;) {
        const next = await this.guard(it.next());
        if (next.done) break;
        if (token.cancelled) {
          partial = true;
          return cancelled();
        }
        if (sink) {
          if (!schema) schema = next.value.schema;
          sink(next.value);
          rows += next.value.numRows;
          continue;
        }
        if (rows >= MAX_RESULT_ROWS || bytes >= MAX_RESULT_BYTES) {
          truncated = partial = true;
          break;
        }
        let b = next.value;
        if (rows + b.numRows > MAX_RESULT_ROWS) {
          b = b.slice(0, MAX_RESULT_ROWS - rows);
          truncated = partial = true;
        }
        batches.push(b);
        rows += b.numRows;
        bytes += b.data.byteLength;
        if (truncated) break;
      }
      const columns = columnsOf(schema ?? batches[0]?.schema ?? reader.schema);
      return {
        status: 'done',
        sql: gate.sql,
        kind: gate.kind,
        result: { columns, batches, rowCount: rows, truncated, ms: ms() },
      };
    } catch (e) {
      if (e instanceof Killed) return cancelled();
      throw e;
    } finally {
      clearTimeout(timer);
      if (token.hard !== null) clearTimeout(token.hard);
      // A result left half-read keeps its rows in the engine until the connection's next query.
      if (partial && !this.dead) await this.conn.query('SELECT 1').catch(() => undefined);
      this.current = null;
    }
  }

  /** Stops the running query (if any): a cancel first, and if that does not take, the engine itself. */
  async cancel(reason: Cancel = 'stop'): Promise<void> {
    const cur = this.current;
    if (!cur || cur.cancelled || this.dead) return;
    cur.cancelled = reason;
    cur.hard = setTimeout(() => {
      if (this.current === cur) this.terminate();
    }, HARD_STOP_MS);
    await this.guard(this.conn.cancelSent()).catch(() => false);
  }

  /** Terminates the console's engine; whatever was waiting for it gives up. */
  terminate(): void {
    if (this.dead) return;
    this.dead = true;
    consoles.delete(this.snapshot);
    for (const kill of this.killers) kill();
    this.killers.clear();
    void this.engine.dispose().catch(() => undefined);
  }
}

const consoles = new Map<string, Promise<SqlConsole>>();

/** The console of a snapshot, opened once per page (its tables stay for the next visit). */
export function openConsole(manifest: Manifest, progress?: (done: number, total: number) => void): Promise<SqlConsole> {
  let p = consoles.get(manifest.id);
  if (!p) {
    // One console engine at a time: another publication's goes.
    for (const [id, other] of consoles) {
      consoles.delete(id);
      void other.then((c) => c.terminate()).catch(() => undefined);
    }
    p = SqlConsole.open(manifest, progress);
    consoles.set(manifest.id, p);
    p.catch(() => consoles.delete(manifest.id));
  } else progress?.(manifest.datasets.length, manifest.datasets.length);
  return p;
}
