// The gate of the SQL console: only one read statement at a time gets through, and what counts as one is
// decided by DuckDB's own parser, never by patterns over the text.
//
// How DuckDB decides: its `query(text)` table function parses `text` with DuckDB's parser and, before
// anything else, refuses with the parser error "Expected a single SELECT statement" whatever is not exactly
// one SELECT statement. So the gate asks DuckDB to parse and bind (never to run) `SELECT * FROM query('…')`
// with the reader's text as a string literal. In DuckDB, FROM-first queries, VALUES, TABLE, DESCRIBE,
// SUMMARIZE and SHOW are SELECT statements too; ATTACH, COPY, EXPORT, INSTALL, LOAD, SET, RESET, PRAGMA,
// CREATE, INSERT, UPDATE, DELETE, DROP, ALTER, CALL, CHECKPOINT, DETACH, USE and any second statement are
// not. (`json_serialize_sql` would tell the same, but it lives in the JSON extension, which DuckDB-WASM 1.32
// does not have built in and must never download.)
//
// EXPLAIN [ANALYZE] is the one read statement that is not a SELECT: the gate checks the statement after the
// keyword and then runs "EXPLAIN " + exactly that checked statement, so the keyword scan cannot smuggle
// anything in.
//
// A single SELECT can still call a table function that changes the engine instead of reading it:
// checkpoint(), force_checkpoint(), enable_logging() (which, with storage='file', makes every later query
// fail), disable_logging(), truncate_duckdb_logs(). DuckDB 1.4 keeps no side-effect flag for table functions
// (in duckdb_functions() `stability` and `has_side_effects` are NULL for all of them), so the gate reads the
// plan DuckDB itself would run: `EXPLAIN (FORMAT json)` binds and plans the statement without running it, and
// names every table function in the physical plan (`Function` of a table scan, `Name` of a lateral in-out
// function). A statement gets through only when each of them is on READ_TABLE_FUNCTIONS, the functions that
// only read; anything else, including whatever a later DuckDB adds, is refused.
//
// The gate fails closed. Before its first answer it makes sure the mechanism works on this engine (a
// SELECT passes, a CREATE is refused with that parser error); if not, everything is refused. A text is let
// through only when DuckDB parsed it as one SELECT: the check succeeded, or it failed with an error that
// DuckDB only raises after parsing (a missing table, an unknown column, a refused file).
import { duckError, type DuckError } from './sqlerror';

/**
 * Asks DuckDB to parse and bind one statement without running it; resolves if DuckDB accepts it and
 * rejects with DuckDB's error otherwise. In the browser: `conn.getTableNames(sql)` of DuckDB-WASM; in
 * Node: `con.prepare(sql)` of @duckdb/node-api. The engine must already be sealed (no external access),
 * because binding a table function such as read_csv opens its file.
 */
export type Check = (sql: string) => Promise<unknown>;

/**
 * Runs `EXPLAIN (FORMAT json) …` (built by the gate around a statement DuckDB has verified as one SELECT) and
 * resolves with its `explain_value` column: the physical plan as JSON. EXPLAIN without ANALYZE runs nothing.
 */
export type Plan = (sql: string) => Promise<string[]>;

export type Refusal =
  /** Nothing to run (only spaces, comments or semicolons). */
  | 'empty'
  | 'too-long'
  /** A NUL character, which C strings inside the engine would cut off. */
  | 'nul'
  /** DuckDB did not read it as one read statement. */
  | 'not-read'
  /** Starts like a read statement, but DuckDB read more than one statement or something else. */
  | 'multiple'
  /** PIVOT without an IN list: DuckDB first creates an ENUM type of the values, a write. */
  | 'pivot'
  /** A read statement whose plan calls a table function that changes the engine (or is not known to read). */
  | 'function'
  /** DuckDB could not parse it. */
  | 'syntax'
  /** DuckDB refused it while parsing for another reason. */
  | 'error'
  /** The parser check does not work on this engine, so nothing may run. */
  | 'unavailable';

export type GateResult =
  | { ok: true; sql: string; kind: 'read' | 'explain' }
  | {
      ok: false;
      reason: Refusal;
      keyword: string | null;
      error: DuckError | null;
      sql: string;
      /** For `function`: the table functions of the plan that are not known to only read (lower case). */
      functions?: string[];
    };

export const MAX_SQL_LENGTH = 100_000;

/** The statements the console runs; for messages and the help text (the decision is DuckDB's). */
export const READ_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN'];

/**
 * Table functions of DuckDB 1.4 that only read (the engine's catalog, settings, the snapshot's tables, generated
 * series). Not here, so refused: checkpoint, force_checkpoint, enable_logging, disable_logging,
 * truncate_duckdb_logs, arrow_scan, arrow_scan_dumb (raw memory pointers), and the file readers (read_csv,
 * read_text, read_blob, glob, sniff_csv…), which the sealed engine refuses anyway when it binds them. Table
 * macros (histogram, duckdb_logs_parsed) are expanded into ordinary queries while binding, so the plan shows
 * what they call instead.
 */
export const READ_TABLE_FUNCTIONS = new Set([
  'seq_scan',
  'range',
  'generate_series',
  'unnest',
  'repeat',
  'repeat_row',
  'summary',
  'query',
  'query_table',
  'test_all_types',
  'test_vector_types',
  'which_secret',
  'pragma_collations',
  'pragma_database_size',
  'pragma_metadata_info',
  'pragma_platform',
  'pragma_show',
  'pragma_storage_info',
  'pragma_table_info',
  'pragma_user_agent',
  'pragma_version',
  'duckdb_approx_database_count',
  'duckdb_columns',
  'duckdb_connection_count',
  'duckdb_constraints',
  'duckdb_databases',
  'duckdb_dependencies',
  'duckdb_extensions',
  'duckdb_external_file_cache',
  'duckdb_functions',
  'duckdb_indexes',
  'duckdb_keywords',
  'duckdb_log_contexts',
  'duckdb_logs',
  'duckdb_memory',
  'duckdb_optimizers',
  'duckdb_prepared_statements',
  'duckdb_schemas',
  'duckdb_secret_types',
  'duckdb_secrets',
  'duckdb_sequences',
  'duckdb_settings',
  'duckdb_table_sample',
  'duckdb_tables',
  'duckdb_temporary_files',
  'duckdb_types',
  'duckdb_variables',
  'duckdb_views',
]);

/** The EXPLAIN options the console accepts (the reader's own are never copied into the statement). */
const EXPLAIN_FORMATS = ['text', 'json', 'html', 'graphviz'];

/** Every table function in DuckDB's JSON physical plan(s), lower case; null if a node cannot be read. */
export function planFunctions(plans: string[]): string[] | null {
  const out = new Set<string>();
  let readable = true;
  const walk = (n: unknown) => {
    if (typeof n !== 'object' || n === null) {
      readable = false;
      return;
    }
    const node = n as { name?: unknown; extra_info?: Record<string, unknown>; children?: unknown };
    const info = node.extra_info ?? {};
    const name = typeof node.name === 'string' ? node.name.trim().toUpperCase() : '';
    if (typeof info.Function === 'string') out.add(info.Function.toLowerCase());
    if (name === 'INOUT_FUNCTION') {
      if (typeof info.Name === 'string') out.add(info.Name.toLowerCase());
      else readable = false;
    }
    if (Array.isArray(node.children)) node.children.forEach(walk);
  };
  try {
    for (const p of plans) {
      const tree: unknown = JSON.parse(p);
      if (!Array.isArray(tree)) return null;
      tree.forEach(walk);
    }
  } catch {
    return null;
  }
  return readable && plans.length > 0 ? [...out] : null;
}

/** Errors DuckDB raises only after the parser accepted the text (binding a table, a column, a function, a file). */
const AFTER_PARSE = new Set(['Catalog', 'Binder', 'Permission', 'Conversion', 'Out of Range']);
const NOT_SINGLE_SELECT = /Expected a single SELECT statement/;

/** The reader's text as one DuckDB string literal (quotes doubled; DuckDB knows no backslash escapes in '…'). */
export const probeSql = (sql: string) => `SELECT * FROM query('${sql.replaceAll("'", "''")}')`;

/**
 * Where the first token starts: after whitespace, `-- line` comments and (nested) block comments, as
 * DuckDB's scanner reads them. Used only to find a leading EXPLAIN and to name the first keyword in a
 * message; whether a statement may run is never decided here.
 */
export function skipTrivia(sql: string, from = 0): number {
  let i = from;
  while (i < sql.length) {
    const c = sql[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') i++;
    else if (sql.startsWith('--', i)) {
      while (i < sql.length && sql[i] !== '\n' && sql[i] !== '\r') i++;
    } else if (sql.startsWith('/*', i)) {
      let depth = 1;
      i += 2;
      while (i < sql.length && depth > 0) {
        if (sql.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (sql.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      }
    } else break;
  }
  return i;
}

/** The first word of the text, upper case ("ATTACH"), or its first character if that is not a word. */
export function firstKeyword(sql: string): string | null {
  const i = skipTrivia(sql);
  if (i >= sql.length) return null;
  const m = /^[A-Za-z_]+/.exec(sql.slice(i));
  return m ? m[0].toUpperCase() : sql[i];
}

/** Only whitespace, comments and semicolons: nothing to run. */
export function isBlank(sql: string): boolean {
  let i = 0;
  for (;;) {
    i = skipTrivia(sql, i);
    if (sql[i] !== ';') return i >= sql.length;
    i++;
  }
}

function explainParts(sql: string): { analyze: boolean; format: string | null; rest: string } | null {
  let i = skipTrivia(sql);
  const m = /^explain(?![A-Za-z0-9_$])/i.exec(sql.slice(i));
  if (!m) return null;
  i = skipTrivia(sql, i + m[0].length);
  // `EXPLAIN (FORMAT json) …`: only a format from EXPLAIN_FORMATS is recognised, and the statement that runs
  // is rebuilt from it, so nothing of the reader's option text reaches DuckDB unchecked.
  let format: string | null = null;
  const f = /^\(\s*format\s+([A-Za-z]+)\s*\)/i.exec(sql.slice(i));
  if (f && EXPLAIN_FORMATS.includes(f[1].toLowerCase())) {
    format = f[1].toLowerCase();
    i = skipTrivia(sql, i + f[0].length);
  }
  const a = /^analy[sz]e(?![A-Za-z0-9_$])/i.exec(sql.slice(i));
  if (a) i = skipTrivia(sql, i + a[0].length);
  return { analyze: a !== null, format, rest: sql.slice(i) };
}

/** DuckDB's error about `prefix + sql`, pointing into `sql` (the prefix shares its first line). */
function unprefixed(error: DuckError, prefix: string): DuckError {
  const position = error.position !== null && error.position >= prefix.length ? error.position - prefix.length : null;
  let context = error.context;
  if (context?.line === 1)
    context = context.snippet.startsWith(prefix)
      ? { ...context, snippet: context.snippet.slice(prefix.length), caret: context.caret - prefix.length }
      : null;
  return { ...error, position: error.position === null ? null : position, context };
}

/** Whether the plan of `sql` (verified as one SELECT) calls only table functions that read. */
async function inspect(
  sql: string,
  plan: Plan,
): Promise<{ ok: true } | { ok: false; functions: string[] } | { ok: false; error: DuckError }> {
  let plans: string[];
  const prefix = 'EXPLAIN (FORMAT json) ';
  try {
    plans = await plan(prefix + sql);
  } catch (e) {
    return { ok: false, error: unprefixed(duckError(e), prefix) };
  }
  const fns = planFunctions(plans);
  if (fns === null) return { ok: false, functions: [] };
  const bad = fns.filter((f) => !READ_TABLE_FUNCTIONS.has(f));
  return bad.length ? { ok: false, functions: bad } : { ok: true };
}

type Outcome =
  { kind: 'select' } | { kind: 'other' } | { kind: 'syntax'; error: DuckError } | { kind: 'error'; error: DuckError };

async function classify(sql: string, check: Check): Promise<Outcome> {
  try {
    await check(probeSql(sql));
    return { kind: 'select' };
  } catch (e) {
    const error = duckError(e);
    if (error.type === 'Parser')
      return NOT_SINGLE_SELECT.test(error.message) ? { kind: 'other' } : { kind: 'syntax', error };
    if (AFTER_PARSE.has(error.type)) return { kind: 'select' };
    return { kind: 'error', error };
  }
}

const verified = new WeakMap<Check, Promise<boolean>>();

/** Whether `check` really runs DuckDB's SELECT-only parse (memoised per check function). */
export function mechanismWorks(check: Check): Promise<boolean> {
  let p = verified.get(check);
  if (!p) {
    p = (async () => {
      const ok = await classify('SELECT 42 AS answer', check);
      const create = await classify('CREATE TABLE sqlgate_canary (x INTEGER)', check);
      const two = await classify('SELECT 1; SELECT 2', check);
      return ok.kind === 'select' && create.kind === 'other' && two.kind === 'other';
    })().catch(() => false);
    verified.set(check, p);
  }
  return p;
}

/** Decides whether `sql` may run in the console, and what exactly to run. */
export async function gateSql(sql: string, check: Check, plan: Plan): Promise<GateResult> {
  const keyword = firstKeyword(sql);
  const refuse = (reason: Refusal, error: DuckError | null = null, functions?: string[]): GateResult => ({
    ok: false,
    reason,
    keyword,
    error,
    sql,
    ...(functions ? { functions } : {}),
  });
  const planned = async (statement: string, ok: GateResult): Promise<GateResult> => {
    const r = await inspect(statement, plan);
    if (r.ok) return ok;
    return 'error' in r ? refuse('error', r.error) : refuse('function', null, r.functions);
  };
  if (sql.length > MAX_SQL_LENGTH) return refuse('too-long');
  if (sql.includes('\u0000')) return refuse('nul');
  if (isBlank(sql)) return refuse('empty');
  if (!(await mechanismWorks(check))) return refuse('unavailable');

  const outcome = await classify(sql, check);
  if (outcome.kind === 'select') return planned(sql, { ok: true, sql, kind: 'read' });
  // EXPLAIN is not a SELECT (and `EXPLAIN (FORMAT …)` not even one query() can parse): check what follows it.
  const explain = explainParts(sql);
  if (explain) {
    const inner = await classify(explain.rest, check);
    if (inner.kind === 'select') {
      const options = explain.format && explain.format !== 'text' ? `(FORMAT ${explain.format}) ` : '';
      const run = `EXPLAIN ${options}${explain.analyze ? 'ANALYZE ' : ''}${explain.rest}`;
      return planned(explain.rest, { ok: true, sql: run, kind: 'explain' });
    }
    if (inner.kind === 'syntax' || inner.kind === 'error') return refuse(inner.kind, inner.error);
  }
  // DuckDB refused it before it could read it as a SELECT ("RESET ALL": "Not implemented…"): not a read
  // statement, unless it starts like one (then DuckDB's message says what is wrong).
  if (outcome.kind === 'error')
    return keyword !== null && READ_KEYWORDS.includes(keyword) ? refuse('error', outcome.error) : refuse('not-read');
  if (outcome.kind === 'syntax') {
    // DuckDB 1.5 says so itself ("PIVOT statements without explicit IN clauses are not supported in query()").
    if (/without explicit IN/i.test(outcome.error.message)) return refuse('pivot');
    // A syntax error found by the parser: the same parser fails on the bare text in the same place before
    // anything else happens, and then DuckDB's message points into the reader's own SQL.
    let error = outcome.error;
    if (error.message.startsWith('syntax error')) {
      try {
        await check(sql);
      } catch (e) {
        const direct = duckError(e);
        if (direct.type === 'Parser') error = direct;
      }
    }
    return refuse('syntax', error);
  }

  // PIVOT without IN is one statement to the reader, but DuckDB turns it into two: first it creates an ENUM
  // type of the values it finds (a write), then it pivots. With the values listed (ON x IN (…)) it is a SELECT.
  if (keyword === 'PIVOT' || keyword === 'PIVOT_WIDER') return refuse('pivot');
  return refuse(keyword !== null && READ_KEYWORDS.includes(keyword) ? 'multiple' : 'not-read');
}

/**
 * The seal's second line: the engine's settings as they were once sealed, compared after every run. Should a
 * statement ever change one despite the gate (as enable_logging did), the console's engine is replaced.
 */
export const SETTINGS_SQL = 'SELECT name, CAST(value AS VARCHAR) AS value FROM duckdb_settings() ORDER BY name';

/** The names of the settings whose value differs between two readings of SETTINGS_SQL. */
export function settingsDrift(sealed: Map<string, string | null>, now: Map<string, string | null>): string[] {
  const names = new Set([...sealed.keys(), ...now.keys()]);
  return [...names].filter((n) => sealed.get(n) !== now.get(n)).sort();
}
