// The SQL console's gate against real DuckDB in Node (@duckdb/node-api: the same parser as DuckDB-WASM, one
// minor version newer). Every statement is decided by DuckDB's parser; the gate itself never runs anything.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { duckError, locate } from '../../src/lib/sqlerror.ts';
import {
  firstKeyword,
  gateSql,
  isBlank,
  MAX_SQL_LENGTH,
  mechanismWorks,
  planFunctions,
  probeSql,
  READ_TABLE_FUNCTIONS,
  SETTINGS_SQL,
  settingsDrift,
  skipTrivia,
  type Check,
  type Plan,
} from '../../src/lib/sqlgate.ts';

let con: DuckDBConnection;
/** Parse and bind without running: a prepared statement, thrown away at once. */
let check: Check;
/** EXPLAIN (FORMAT json) as the gate asks for it: the plan's JSON, nothing run. */
let plan: Plan;

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
  await con.run('CREATE SCHEMA s_test');
  await con.run(`CREATE TABLE s_test.wachtlijsten AS
    SELECT * FROM (VALUES (DATE '2023-12-01', 'NL', 'gz', 'boven_streefnorm', 720, 40.2),
                          (DATE '2023-12-01', 'NL', 'vv', 'boven_streefnorm', 3975, 17.8))
      AS t(peildatum, regio, sector, indicator, aantal, percentage)`);
  await con.run(`CREATE TABLE s_test.rechtmatigheid AS
    SELECT * FROM (VALUES (2023, 'onzeker', 3124.0, 9.5), (2023, 'totaal', 32950.0, 100.0))
      AS t(jaar, oordeel, bedrag, percentage)`);
  await con.run("SET search_path = 's_test'");
  // As in the browser: the engine is sealed before the gate sees any text.
  await con.run('SET enable_external_access = false');
  check = async (sql) => {
    const p = await con.prepare(sql);
    p.destroySync();
  };
  plan = async (sql) => (await con.runAndReadAll(sql)).getRows().map((r) => String(r[1]));
});

async function state(): Promise<string> {
  const r = await con.runAndReadAll(
    `SELECT (SELECT list_sort(list(schema_name || '.' || table_name)) FROM duckdb_tables()) AS tables,
            (SELECT count(*) FROM duckdb_databases()) AS dbs,
            current_setting('enable_external_access') AS ext,
            current_setting('memory_limit') AS mem,
            current_setting('threads') AS threads,
            current_schema() AS schema,
            (SELECT count(*) FROM wachtlijsten) AS n`,
  );
  return JSON.stringify(r.getRowObjectsJS(), (_, v) => (typeof v === 'bigint' ? Number(v) : v));
}

const ACCEPTED: [string, 'read' | 'explain'][] = [
  ['SELECT 1', 'read'],
  ['select * from wachtlijsten', 'read'],
  ['FROM wachtlijsten', 'read'],
  ['FROM wachtlijsten SELECT sector, percentage WHERE percentage > 20', 'read'],
  ['WITH a AS (SELECT 1 AS x) SELECT * FROM a', 'read'],
  ['WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r', 'read'],
  ['DESCRIBE wachtlijsten', 'read'],
  ['DESCRIBE SELECT * FROM rechtmatigheid', 'read'],
  ['SUMMARIZE wachtlijsten', 'read'],
  ['SUMMARIZE SELECT bedrag FROM rechtmatigheid', 'read'],
  ['SHOW TABLES', 'read'],
  ['SHOW ALL TABLES', 'read'],
  ['SHOW wachtlijsten', 'read'],
  ['VALUES (1, 2), (3, 4)', 'read'],
  ['TABLE rechtmatigheid', 'read'],
  ['(SELECT 1) UNION ALL (SELECT 2)', 'read'],
  ['SELECT 1;', 'read'],
  ['  SELECT 1 ; ', 'read'],
  ['-- a comment\nSELECT 1', 'read'],
  ['/* DROP TABLE wachtlijsten; */ SELECT 1', 'read'],
  ['SELECT 1 -- ; DROP TABLE wachtlijsten', 'read'],
  ["SELECT 'DROP TABLE wachtlijsten; ATTACH ''x.db''' AS text", 'read'],
  ['SELECT "DROP" FROM (SELECT 1 AS "DROP")', 'read'],
  ["SELECT * FROM query('SELECT 42')", 'read'],
  [
    "SELECT sum(bedrag) FILTER (WHERE oordeel = 'onzeker') / sum(bedrag) FILTER (WHERE oordeel = 'totaal') FROM rechtmatigheid",
    'read',
  ],
  ["PIVOT wachtlijsten ON sector IN ('gz', 'vv') USING sum(aantal)", 'read'],
  ["PIVOT wachtlijsten ON sector IN ('gz', 'vv') USING sum(aantal) GROUP BY peildatum", 'read'],
  ['SELECT * FROM range(3), generate_series(1, 2), unnest([1, 2])', 'read'],
  ['SELECT * FROM wachtlijsten w, LATERAL generate_series(1, w.aantal // 1000)', 'read'],
  ["SELECT * FROM duckdb_settings() WHERE name = 'enable_external_access'", 'read'],
  ["SELECT * FROM pragma_table_info('wachtlijsten')", 'read'],
  ['EXPLAIN (FORMAT json) SELECT * FROM wachtlijsten', 'explain'],
  ['explain (format JSON) select 1', 'explain'],
  ['EXPLAIN SELECT * FROM wachtlijsten', 'explain'],
  ['explain analyze select count(*) from wachtlijsten', 'explain'],
  ['/* why */ EXPLAIN -- plan\n SELECT 1', 'explain'],
];

const REFUSED: string[] = [
  "ATTACH 'elders.duckdb' AS elders",
  "ATTACH ':memory:' AS m",
  "ATTACH 'https://example.com/x.duckdb'",
  'DETACH m',
  "COPY wachtlijsten TO 'uit.csv'",
  "COPY (SELECT 1) TO '/tmp/x.parquet' (FORMAT parquet)",
  "COPY wachtlijsten FROM 'in.csv'",
  "EXPORT DATABASE 'uit'",
  "IMPORT DATABASE 'in'",
  'INSTALL httpfs',
  'FORCE INSTALL httpfs',
  "INSTALL json FROM 'https://example.com'",
  'LOAD httpfs',
  "LOAD '/tmp/evil.duckdb_extension'",
  'SET enable_external_access = true',
  'SET lock_configuration = false',
  "SET memory_limit = '100GB'",
  'SET autoinstall_known_extensions = true',
  "SET GLOBAL search_path = 'main'",
  'RESET enable_external_access',
  'RESET ALL',
  'PRAGMA version',
  'PRAGMA enable_profiling',
  "PRAGMA table_info('wachtlijsten')",
  'CREATE TABLE x AS SELECT 1',
  'CREATE TEMP TABLE x (a INTEGER)',
  'CREATE VIEW v AS SELECT 1',
  'CREATE MACRO m(a) AS a + 1',
  'CREATE SEQUENCE seq',
  "CREATE SECRET s (TYPE http, BEARER_TOKEN 'x')",
  "INSERT INTO wachtlijsten (sector) VALUES ('x')",
  'UPDATE wachtlijsten SET aantal = 0',
  'DELETE FROM wachtlijsten',
  'TRUNCATE wachtlijsten',
  'DROP TABLE wachtlijsten',
  'DROP SCHEMA s_test CASCADE',
  'ALTER TABLE wachtlijsten RENAME TO w',
  'CALL pragma_version()',
  'CHECKPOINT',
  'FORCE CHECKPOINT',
  'USE main',
  'VACUUM',
  'ANALYZE',
  'BEGIN TRANSACTION',
  'COMMIT',
  'PREPARE p AS SELECT 1',
  'EXECUTE p',
  'DEALLOCATE p',
  'SET VARIABLE x = 1',
  'UPDATE EXTENSIONS',
  'SELECT 1; DROP TABLE wachtlijsten',
  'SELECT 1; SELECT 2',
  'SELECT 1 /* ; */; DROP TABLE wachtlijsten',
  "SELECT ';'; DROP TABLE wachtlijsten",
  '/* SELECT */ DROP TABLE wachtlijsten',
  '-- SELECT\nDROP TABLE wachtlijsten',
  '/* nested /* comment */ SELECT 1 */ DROP TABLE wachtlijsten',
  'WITH x AS (SELECT 1) INSERT INTO wachtlijsten (aantal) SELECT * FROM x',
  "SELECT * FROM query('DROP TABLE wachtlijsten')",
  'EXPLAIN DROP TABLE wachtlijsten',
  'EXPLAIN SELECT 1; DROP TABLE wachtlijsten',
  'EXPLAIN ANALYZE CREATE TABLE x AS SELECT 1',
  'SELECT 1 INTO nieuw',
  'SELEC 1',
  'PIVOT wachtlijsten ON sector USING sum(aantal)',
  // Single SELECTs whose plan calls a table function that changes the engine.
  "SELECT * FROM enable_logging(storage='file', storage_path='x')",
  "SELECT * FROM enable_logging(level='trace')",
  'SELECT * FROM checkpoint()',
  'SELECT * FROM force_checkpoint()',
  'SELECT * FROM disable_logging()',
  'SELECT * FROM truncate_duckdb_logs()',
  'SELECT (SELECT count(*) FROM checkpoint()) AS n',
  'SELECT 1 FROM wachtlijsten WHERE aantal > (SELECT count(*) FROM disable_logging())',
  "SELECT * FROM query('SELECT * FROM truncate_duckdb_logs()')",
  'WITH c AS (SELECT * FROM force_checkpoint()) SELECT * FROM c',
  'EXPLAIN ANALYZE SELECT * FROM enable_logging()',
  'SUMMARIZE SELECT * FROM checkpoint()',
];

describe('the SQL gate, decided by DuckDB', () => {
  it('knows that its check really is DuckDB’s SELECT-only parse', async () => {
    await expect(mechanismWorks(check)).resolves.toBe(true);
  });

  it.each(ACCEPTED)('lets through %j', async (sql, kind) => {
    const r = await gateSql(sql, check, plan);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, kind });
  });

  it('runs EXPLAIN as exactly "EXPLAIN " + the statement it checked', async () => {
    await expect(gateSql('/* why */ EXPLAIN -- plan\n SELECT 1', check, plan)).resolves.toMatchObject({
      ok: true,
      sql: 'EXPLAIN SELECT 1',
    });
    await expect(gateSql('explain analyse select 2', check, plan)).resolves.toMatchObject({
      sql: 'EXPLAIN ANALYZE select 2',
    });
  });

  it.each(REFUSED)('refuses %j', async (sql) => {
    const r = await gateSql(sql, check, plan);
    expect(r.ok, JSON.stringify(r)).toBe(false);
  });

  it('changes nothing in the engine, whatever it is given', async () => {
    const before = await state();
    for (const sql of REFUSED) await gateSql(sql, check, plan);
    for (const [sql] of ACCEPTED) await gateSql(sql, check, plan);
    expect(await state()).toBe(before);
  });

  it('what it lets through is harmless when DuckDB runs it', async () => {
    const before = await state();
    for (const [sql] of ACCEPTED) {
      const r = await gateSql(sql, check, plan);
      if (!r.ok) throw new Error(sql);
      if (r.sql.includes('?')) continue;
      try {
        await con.runAndReadAll(r.sql);
      } catch (e) {
        // Only the statements meant to fail may fail, and only for the reason they should.
        expect(`${sql}: ${String(e)}`).toMatch(/bestaat_niet|Permission Error/);
      }
    }
    expect(await state()).toBe(before);
  });

  it('says why: not a read statement, more than one, a syntax error with its place', async () => {
    await expect(gateSql("ATTACH 'x.duckdb'", check, plan)).resolves.toMatchObject({
      ok: false,
      reason: 'not-read',
      keyword: 'ATTACH',
    });
    await expect(gateSql('  /* hi */ drop table wachtlijsten', check, plan)).resolves.toMatchObject({
      reason: 'not-read',
      keyword: 'DROP',
    });
    await expect(gateSql('SELECT 1; DROP TABLE wachtlijsten', check, plan)).resolves.toMatchObject({
      reason: 'multiple',
      keyword: 'SELECT',
    });
    const syntax = await gateSql('SELECT *\nFORM wachtlijsten', check, plan);
    expect(syntax).toMatchObject({ ok: false, reason: 'syntax' });
    if (syntax.ok || !syntax.error) throw new Error('expected a syntax error');
    expect(syntax.error.type).toBe('Parser');
    expect(syntax.error.message).toMatch(/syntax error at or near "wachtlijsten"/);
    expect(locate('SELECT *\nFORM wachtlijsten', syntax.error)).toEqual({ line: 2, column: 6 });
  });

  it('refuses empty text, NUL characters and very long text before asking DuckDB', async () => {
    const never: Check = () => Promise.reject(new Error('must not be called'));
    for (const sql of ['', '   ', ';', ' ; ;; ', '-- nothing', '/* nothing */ ;'])
      await expect(gateSql(sql, never, plan)).resolves.toMatchObject({ ok: false, reason: 'empty' });
    await expect(gateSql('SELECT 1\u0000; DROP TABLE wachtlijsten', never, plan)).resolves.toMatchObject({
      reason: 'nul',
    });
    await expect(gateSql(`SELECT ${'1 + '.repeat(MAX_SQL_LENGTH / 4)}1`, never, plan)).resolves.toMatchObject({
      reason: 'too-long',
    });
  });

  it('fails closed when the check is not DuckDB’s SELECT-only parse', async () => {
    // A check that accepts everything, and one that fails on everything.
    const yes: Check = () => Promise.resolve();
    const no: Check = () => Promise.reject(new Error('Catalog Error: nothing works'));
    for (const c of [yes, no]) {
      expect(await mechanismWorks(c)).toBe(false);
      await expect(gateSql('SELECT 1', c, plan)).resolves.toMatchObject({ ok: false, reason: 'unavailable' });
    }
    // In DuckDB 1.5 `getTableNames` no longer binds table functions, so it cannot tell a DROP from a
    // SELECT (in DuckDB-WASM 1.32 it can, and the site uses it); the gate notices and refuses everything.
    const names: Check = async (sql) => con.getTableNames(sql, false);
    expect(await mechanismWorks(names)).toBe(false);
    await expect(gateSql('DROP TABLE wachtlijsten', names, plan)).resolves.toMatchObject({ ok: false });
  });

  it('refuses table functions that change the engine, read from DuckDB’s own plan, and runs none of them', async () => {
    const settings = async () => JSON.stringify((await con.runAndReadAll(SETTINGS_SQL)).getRows());
    const before = await settings();
    for (const fn of ['enable_logging', 'checkpoint', 'force_checkpoint', 'disable_logging', 'truncate_duckdb_logs']) {
      expect(READ_TABLE_FUNCTIONS.has(fn)).toBe(false);
      const r = await gateSql(`SELECT * FROM ${fn}()`, check, plan);
      expect(r, fn).toMatchObject({ ok: false, reason: 'function', functions: [fn] });
    }
    await expect(
      gateSql("SELECT * FROM range(2) r, enable_logging(storage='file', storage_path='x')", check, plan),
    ).resolves.toMatchObject({ reason: 'function', functions: ['enable_logging'] });
    // Planning them (EXPLAIN) did not run them: logging is as it was.
    expect(await settings()).toBe(before);
    // Every table function DuckDB has is either on the read list or refused; the list names no function
    // DuckDB does not have (so a typo cannot hide one).
    const all = (
      await con.runAndReadAll("SELECT DISTINCT function_name FROM duckdb_functions() WHERE function_type = 'table'")
    )
      .getRows()
      .map((r) => String(r[0]));
    for (const fn of READ_TABLE_FUNCTIONS) expect(all, fn).toContain(fn);
  });

  it('reads the table functions of a plan, and fails closed on a plan it cannot read', () => {
    const scan = (fn: string) => ({
      name: `${fn.toUpperCase()} `,
      children: [],
      extra_info: { Function: fn.toUpperCase() },
    });
    const lateral = { name: 'INOUT_FUNCTION', children: [scan('range')], extra_info: { Name: 'generate_series' } };
    expect(planFunctions([JSON.stringify([{ name: 'PROJECTION', children: [lateral, scan('checkpoint')] }])])).toEqual([
      'generate_series',
      'range',
      'checkpoint',
    ]);
    expect(planFunctions([JSON.stringify([{ name: 'INOUT_FUNCTION', children: [] }])])).toBeNull();
    expect(planFunctions(['not json'])).toBeNull();
    expect(planFunctions([])).toBeNull();
  });

  it('says why for a read statement DuckDB cannot run: its own error (no table, a refused file)', async () => {
    for (const [sql, type] of [
      ['SELECT * FROM bestaat_niet', 'Catalog'],
      ["SELECT * FROM read_csv('/etc/passwd')", 'Permission'],
      ["SELECT * FROM glob('*')", 'Permission'],
      ['SELECT nocol FROM wachtlijsten', 'Binder'],
    ]) {
      const r = await gateSql(sql, check, plan);
      expect(r, sql).toMatchObject({ ok: false, reason: 'error', error: { type } });
    }
    // DuckDB's pointer is into the reader's text, not into the EXPLAIN the gate wrapped around it.
    for (const [sql, at] of [
      ['SELECT nocol FROM wachtlijsten', { line: 1, column: 8 }],
      ['SELECT sector,\n       nocol\nFROM wachtlijsten', { line: 2, column: 8 }],
    ] as const) {
      const r = await gateSql(sql, check, plan);
      if (r.ok || !r.error) throw new Error(sql);
      expect(locate(sql, r.error), sql).toEqual(at);
    }
  });

  it('names RESET and PIVOT without IN clearly; supports EXPLAIN (FORMAT json)', async () => {
    await expect(gateSql('RESET ALL', check, plan)).resolves.toMatchObject({ reason: 'not-read', keyword: 'RESET' });
    await expect(gateSql('PIVOT wachtlijsten ON sector USING sum(aantal)', check, plan)).resolves.toMatchObject({
      reason: 'pivot',
    });
    const r = await gateSql('EXPLAIN (FORMAT json) SELECT count(*) FROM wachtlijsten', check, plan);
    expect(r).toMatchObject({
      ok: true,
      kind: 'explain',
      sql: 'EXPLAIN (FORMAT json) SELECT count(*) FROM wachtlijsten',
    });
    if (!r.ok) throw new Error('expected ok');
    const rows = (await con.runAndReadAll(r.sql)).getRows();
    expect(JSON.parse(String(rows[0][1]))[0].name).toMatch(/AGGREGATE/);
    // An option the console does not know is not copied into the statement: DuckDB reads it as text.
    await expect(gateSql('EXPLAIN (COSTS x) DROP TABLE wachtlijsten', check, plan)).resolves.toMatchObject({
      ok: false,
    });
  });

  it('notices when a setting is no longer the sealed one (the second line behind the gate)', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run('SET enable_external_access = false');
    await c.run('SET lock_configuration = true');
    const read = async () =>
      new Map(
        (await c.runAndReadAll(SETTINGS_SQL)).getRows().map((r) => [String(r[0]), r[1] === null ? null : String(r[1])]),
      );
    const sealed = await read();
    // Ordinary reads change nothing.
    await c.run('SELECT count(*) FROM range(100000)');
    await c.run('SUMMARIZE SELECT 1 AS a');
    expect(settingsDrift(sealed, await read())).toEqual([]);
    // What the gate refuses, run directly: the drift is seen.
    await c.run("SELECT * FROM enable_logging(level='trace')");
    expect(settingsDrift(sealed, await read())).toEqual(expect.arrayContaining(['enable_logging', 'logging_level']));
    c.closeSync();
  });

  it('wraps the text as one string literal that no quote can leave', async () => {
    const sql = "SELECT 'a''); DROP TABLE wachtlijsten; --' AS x";
    expect(probeSql(sql)).toBe(`SELECT * FROM query('SELECT ''a''''); DROP TABLE wachtlijsten; --'' AS x')`);
    await expect(gateSql(sql, check, plan)).resolves.toMatchObject({ ok: true });
    await expect(
      gateSql("x') UNION ALL SELECT * FROM query('DROP TABLE wachtlijsten", check, plan),
    ).resolves.toMatchObject({
      ok: false,
    });
  });
});

describe('reading the text around statements (messages only)', () => {
  it('skips whitespace and comments, nested ones too', () => {
    expect(skipTrivia('  -- a\n /* b /* c */ d */ SELECT')).toBe('  -- a\n /* b /* c */ d */ '.length);
    expect(firstKeyword('/* x */ attach')).toBe('ATTACH');
    expect(firstKeyword('(SELECT 1)')).toBe('(');
    expect(firstKeyword('-- only')).toBeNull();
    expect(isBlank(' ;; -- x\n')).toBe(true);
    expect(isBlank('; SELECT 1')).toBe(false);
  });
});

describe('DuckDB errors, made readable', () => {
  it('reads the text form with its LINE context', () => {
    const e = duckError(
      new Error(
        'Catalog Error: Table with name nope does not exist!\nDid you mean "pg_enum"?\n\nLINE 1: SELECT * FROM nope\n                      ^',
      ),
    );
    expect(e.type).toBe('Catalog');
    expect(e.message).toBe('Table with name nope does not exist!\nDid you mean "pg_enum"?');
    expect(locate('SELECT * FROM nope', e)).toEqual({ line: 1, column: 15 });
  });

  it('reads the JSON form of DuckDB-WASM', () => {
    const e = duckError(
      new Error('{"exception_type":"Parser","exception_message":"syntax error at or near \\"t\\"","position":"14"}'),
    );
    expect(e).toMatchObject({ type: 'Parser', message: 'syntax error at or near "t"', position: 14 });
    expect(locate('SELECT * FORM t', e)).toEqual({ line: 1, column: 15 });
  });

  it('finds the place in a long line that DuckDB shortened', async () => {
    const sql = `SELECT ${Array.from({ length: 40 }, (_, i) => `${i} AS c${i}`).join(', ')}, nocol FROM wachtlijsten`;
    let err: unknown;
    try {
      await con.runAndReadAll(sql);
    } catch (e) {
      err = e;
    }
    const e = duckError(err);
    expect(e.type).toBe('Binder');
    const at = locate(sql, e);
    expect(at?.line).toBe(1);
    expect(sql.slice(at!.column - 1)).toMatch(/^nocol/);
  });
});

describe('console results as cells and files', () => {
  it('turns Arrow values into cells: numbers stay numbers, dates ISO, nested values JSON', async () => {
    const { cellOf, columnsOf, rowsOf, resultCsv } = await import('../../src/lib/sqlresult.ts');
    const { Table, vectorFromArray, Int32, Float64, Utf8, Bool, DateDay, TimestampMillisecond, List, Field } =
      await import('apache-arrow');
    const t = new Table({
      n: vectorFromArray([1, null, 3], new Int32()),
      x: vectorFromArray([40.2, -0.5, 1e21], new Float64()),
      s: vectorFromArray(['=SUM(A1)', 'a,b', 'gewoon'], new Utf8()),
      b: vectorFromArray([true, false, null], new Bool()),
      d: vectorFromArray([new Date('2023-12-01T00:00:00Z'), null, new Date('2019-01-01T00:00:00Z')], new DateDay()),
      ts: vectorFromArray(
        [new Date('2024-01-02T03:04:05.678Z'), new Date('2024-01-02T03:04:05Z'), null],
        new TimestampMillisecond(),
      ),
      l: vectorFromArray([[1, 2], [], null], new List(new Field('item', new Int32(), true))),
    });
    expect(columnsOf(t.schema).map((c) => [c.name, c.numeric])).toEqual([
      ['n', true],
      ['x', true],
      ['s', false],
      ['b', false],
      ['d', false],
      ['ts', false],
      ['l', false],
    ]);
    const rows = rowsOf(t.batches);
    expect(rows).toEqual([
      [1, 40.2, '=SUM(A1)', 'true', '2023-12-01', '2024-01-02 03:04:05.678', '[1,2]'],
      [null, -0.5, 'a,b', 'false', null, '2024-01-02 03:04:05', '[]'],
      [3, 1e21, 'gewoon', null, '2019-01-01', null, null],
    ]);
    expect(rowsOf(t.batches, 2)).toHaveLength(2);
    expect(cellOf(2n ** 60n, new Int32())).toBe(String(2n ** 60n));
    const result = {
      columns: columnsOf(t.schema),
      batches: [...t.batches, ...t.slice(0, 1).batches],
      rowCount: 4,
      truncated: false,
      ms: 1,
    };
    const csv = await resultCsv(result, { variant: 'csv' }).text();
    expect(csv.split('\r\n')).toEqual([
      'n,x,s,b,d,ts,l',
      '1,40.2,\'=SUM(A1),true,2023-12-01,2024-01-02 03:04:05.678,"[1,2]"',
      ',-0.5,"a,b",false,,2024-01-02 03:04:05,[]',
      '3,1e+21,gewoon,,2019-01-01,,',
      '1,40.2,\'=SUM(A1),true,2023-12-01,2024-01-02 03:04:05.678,"[1,2]"',
      '',
    ]);
    const bytes = new Uint8Array(await resultCsv(result, { variant: 'excel-nl' }).arrayBuffer());
    const excel = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(excel.startsWith('\uFEFFn;x;s;b;d;ts;l\r\n1;40,2;')).toBe(true);
    expect(excel.match(/\uFEFF/g)).toHaveLength(1);
  });
});
