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
  /** DuckDB could not parse it. */
  | 'syntax'
  /** DuckDB refused it while parsing for another reason. */
  | 'error'
  /** The parser check does not work on this engine, so nothing may run. */
  | 'unavailable';

export type GateResult =
  | { ok: true; sql: string; kind: 'read' | 'explain' }
  | { ok: false; reason: Refusal; keyword: string | null; error: DuckError | null; sql: string };

export const MAX_SQL_LENGTH = 100_000;

/** The statements the console runs; for messages and the help text (the decision is DuckDB's). */
export const READ_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN'];

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

function explainParts(sql: string): { analyze: boolean; rest: string } | null {
  let i = skipTrivia(sql);
  const m = /^explain(?![A-Za-z0-9_$])/i.exec(sql.slice(i));
  if (!m) return null;
  i = skipTrivia(sql, i + m[0].length);
  const a = /^analy[sz]e(?![A-Za-z0-9_$])/i.exec(sql.slice(i));
  if (a) i = skipTrivia(sql, i + a[0].length);
  return { analyze: a !== null, rest: sql.slice(i) };
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
export async function gateSql(sql: string, check: Check): Promise<GateResult> {
  const keyword = firstKeyword(sql);
  const refuse = (reason: Refusal, error: DuckError | null = null): GateResult => ({
    ok: false,
    reason,
    keyword,
    error,
    sql,
  });
  if (sql.length > MAX_SQL_LENGTH) return refuse('too-long');
  if (sql.includes('\u0000')) return refuse('nul');
  if (isBlank(sql)) return refuse('empty');
  if (!(await mechanismWorks(check))) return refuse('unavailable');

  const outcome = await classify(sql, check);
  if (outcome.kind === 'select') return { ok: true, sql, kind: 'read' };
  if (outcome.kind === 'error') return refuse('error', outcome.error);
  if (outcome.kind === 'syntax') {
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

  const explain = explainParts(sql);
  if (explain) {
    const inner = await classify(explain.rest, check);
    if (inner.kind === 'select')
      return { ok: true, sql: `EXPLAIN ${explain.analyze ? 'ANALYZE ' : ''}${explain.rest}`, kind: 'explain' };
    if (inner.kind === 'syntax' || inner.kind === 'error') return refuse(inner.kind, inner.error);
  }
  return refuse(keyword !== null && READ_KEYWORDS.includes(keyword) ? 'multiple' : 'not-read');
}
