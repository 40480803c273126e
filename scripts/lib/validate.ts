// Loads every code list and dataset of an input folder into DuckDB and checks it against metadata.json.
// Everything is read as text first, so that a wrong value becomes a precise problem line instead of a
// failed cast; only when all checks pass are typed tables made from it.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnMeta, TotalRule } from '../../src/lib/manifest.ts';
import { readHeader, recordLines } from './csvlines.ts';
import { prepareInput, type InputFile } from './input.ts';
import { readMetadata, type DatasetInput, type MetadataInput } from './metadata.ts';
import type { Problem, ProblemList } from './problems.ts';

export const q = (id: string) => `"${id.replaceAll('"', '""')}"`;
export const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Lexical forms accepted per type; DuckDB's casts alone are too lenient (TRY_CAST('14.565' AS BIGINT) = 15). */
const LEXICAL: Record<string, { re: string; what: string }> = {
  INTEGER: { re: '-?[0-9]+', what: 'a whole number (no thousands separator)' },
  BIGINT: { re: '-?[0-9]+', what: 'a whole number (no thousands separator)' },
  DOUBLE: { re: '-?[0-9]+(\\.[0-9]+)?', what: 'a number with a decimal point (no thousands separator)' },
  DATE: { re: '[0-9]{4}-[0-9]{2}-[0-9]{2}', what: 'a date as YYYY-MM-DD' },
};

export const CODELIST_COLUMNS = ['code', 'label_nl', 'label_en', 'description_nl', 'description_en'];

interface RowProblem {
  row: number; // rowid in the raw table (0-based data row)
  column?: string;
  value?: string | null;
  rule: string;
}

export interface LoadedInput {
  meta: MetadataInput;
  /** Typed table name per dataset id. */
  tables: Map<string, string>;
  /** Input files that make up the snapshot, for the derived id. */
  files: string[];
  /** Which variant (CSV, Dutch Excel CSV, XLSX) was read per dataset file. */
  variants: { file: string; variant: string }[];
}

const tableOf = (kind: 'raw' | 'ds' | 'cl', id: string) => `${kind}_${id}`;

export function keyColumns(d: DatasetInput): string[] {
  return d.columns.filter((c) => c.role === 'time' || c.role === 'dimension').map((c) => c.name);
}

async function readCsv(
  con: DuckDBConnection,
  file: string,
  table: string,
  shown: string,
  problems: ProblemList,
): Promise<string[] | null> {
  const size = await stat(file).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) {
    problems.add({ file: shown, line: 1, rule: 'file is missing' });
    return null;
  }
  if (size === 0) {
    problems.add({ file: shown, line: 1, rule: 'file is empty: it needs a header line and at least one row' });
    return null;
  }
  const header = await readHeader(file);
  if (!header) {
    problems.add({ file: shown, line: 1, rule: 'file is empty: it needs a header line and at least one row' });
    return null;
  }
  const named = new Set<string>(); // DuckDB's column names are case-insensitive
  for (const c of header) {
    if (c.trim() === '' || named.has(c.toLowerCase())) {
      problems.add({
        file: shown,
        line: 1,
        column: c,
        rule: c.trim() === '' ? 'header has an empty column name' : 'column is listed twice in the header',
      });
      return null;
    }
    named.add(c.toLowerCase());
  }
  // The header is given, not sniffed: the sniffer turns a row with a wrong number of fields in a small file
  // into an unreadable dialect or a false header, where the reader reports the row.
  const columns = `{${header.map((c) => `${lit(c)}: 'VARCHAR'`).join(', ')}}`;
  try {
    await con.run(
      `CREATE OR REPLACE TABLE ${q(table)} AS SELECT * FROM read_csv(${lit(file)}, header=true, auto_detect=false, ` +
        `columns=${columns}, delim=',', quote='"', escape='"', strict_mode=true, null_padding=false, encoding='utf-8')`,
    );
  } catch (e) {
    const msg = (e as Error).message;
    const at = /CSV Error on Line: (\d+)/.exec(msg);
    const cols = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(msg);
    const reason = /^(?:Value with unterminated quote|Invalid unicode)[^\n]*/m.exec(msg)?.[0] ?? msg.split('\n')[0];
    const rule = cols
      ? `row has ${cols[2]} fields where the header has ${cols[1]}`
      : `cannot be read as comma-separated UTF-8 CSV (${reason})`;
    // DuckDB numbers records (empty lines included), not lines: a quoted field may span lines.
    const record = at ? Number(at[1]) - 1 : 0;
    const lines = await recordLines(file, [record], { countBlankLines: true });
    problems.add({ file: shown, line: lines.get(record) ?? record + 1, rule });
    return null;
  }
  return header;
}

async function collect(con: DuckDBConnection, sql: string): Promise<RowProblem[]> {
  const res = await con.runAndReadAll(sql);
  return res.getRowObjectsJS().map((r) => ({
    row: Number(r.row),
    column: r.col === null || r.col === undefined ? undefined : String(r.col),
    // A problem without a column is about the whole row, so it has no value to show either.
    value: r.col === null || r.col === undefined ? undefined : r.val === null ? null : String(r.val),
    rule: String(r.rule),
  }));
}

function checkHeader(
  header: string[],
  expected: string[],
  shown: string,
  problems: ProblemList,
  ordered: boolean,
): boolean {
  let ok = true;
  for (const c of expected)
    if (!header.includes(c)) {
      problems.add({ file: shown, line: 1, column: c, rule: 'column is missing (described in metadata.json)' });
      ok = false;
    }
  for (const c of header)
    if (!expected.includes(c)) {
      problems.add({ file: shown, line: 1, column: c, rule: 'extra column, not described in metadata.json' });
      ok = false;
    }
  if (ok && ordered && header.join(',') !== expected.join(',')) {
    problems.add({
      file: shown,
      line: 1,
      rule: `columns are not in the order of metadata.json (${expected.join(', ')})`,
    });
    ok = false;
  }
  return ok;
}

async function loadCodelists(con: DuckDBConnection, dir: string, meta: MetadataInput, problems: ProblemList) {
  for (const [id, cl] of Object.entries(meta.codelists)) {
    const file = path.join(dir, cl.file);
    const table = tableOf('cl', id);
    const header = await readCsv(con, file, table, file, problems);
    if (!header) continue;
    const missing = CODELIST_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length) {
      for (const c of missing)
        problems.add({ file, line: 1, column: c, rule: 'code list column is missing (code,label_nl,label_en,…)' });
      continue;
    }
    const found = await collect(
      con,
      `SELECT rowid AS row, 'code' AS col, code AS val, 'empty code' AS rule FROM ${q(table)} WHERE code IS NULL OR trim(code) = ''
       UNION ALL SELECT rowid, c, NULL, 'empty label' FROM (SELECT rowid, unnest(['label_nl','label_en']) c, unnest([label_nl,label_en]) v FROM ${q(table)}) WHERE v IS NULL OR trim(v) = ''
       UNION ALL SELECT rowid, 'code', code, 'code is listed twice' FROM (SELECT rowid, code, row_number() OVER (PARTITION BY code ORDER BY rowid) n FROM ${q(table)}) WHERE n > 1`,
    );
    await report(file, found, problems);
    const count = await con.runAndReadAll(`SELECT count(*)::INT n FROM ${q(table)}`);
    if (Number(count.getRowObjectsJS()[0].n) === 0) problems.add({ file, line: 2, rule: 'code list has no codes' });
  }
}

/** Rules may point at another row as `@row(N)`; both are turned into the lines an editor shows. */
async function report(file: string | InputFile, found: RowProblem[], problems: ProblemList) {
  if (found.length === 0) return;
  const input: InputFile = typeof file === 'string' ? { read: file, shown: file, variant: '' } : file;
  const refs = (rule: string) => [...rule.matchAll(/@row\((\d+)\)/g)].map((m) => Number(m[1]));
  const wanted = found.flatMap((p) => [p.row, ...refs(p.rule)]).map((r) => r + 1);
  const lines = input.rows ? new Map<number, number>() : await recordLines(input.read, wanted);
  // A workbook's row number is its record number + 1 (the header is row 1).
  const lineOf = (row: number) => lines.get(row + 1) ?? row + 2;
  for (const p of found)
    problems.add({
      file: input.shown,
      line: lineOf(p.row),
      column: p.column,
      value: p.value,
      rule: p.rule.replace(/@row\((\d+)\)/g, (_, r: string) => String(lineOf(Number(r)))),
    });
}

function valueChecks(d: DatasetInput, raw: string, codelists: Set<string>, duplicates: boolean): string[] {
  const checks: string[] = [];
  const t = q(raw);
  for (const c of d.columns) {
    const col = q(c.name);
    const name = lit(c.name);
    const required = c.role === 'time' || c.role === 'dimension' || c.required === true;
    if (required)
      checks.push(
        `SELECT rowid AS row, ${name} AS col, NULL AS val, 'required field is empty' AS rule FROM ${t} WHERE ${col} IS NULL OR trim(${col}) = ''`,
      );
    const lex = LEXICAL[c.type];
    if (lex) {
      // The cast catches what the pattern cannot: a date that does not exist, a number out of the type's range.
      const castOk = ` AND TRY_CAST(${col} AS ${c.type}) IS NOT NULL`;
      checks.push(
        `SELECT rowid, ${name}, ${col}, ${lit(`not ${lex.what} (type ${c.type})`)} FROM ${t} ` +
          `WHERE ${col} IS NOT NULL AND trim(${col}) <> '' AND NOT (regexp_full_match(${col}, ${lit(lex.re)})${castOk})`,
      );
    }
    if (c.codelist && codelists.has(c.codelist))
      checks.push(
        `SELECT rowid, ${name}, ${col}, ${lit(`code is not in code list "${c.codelist}"`)} FROM ${t} ` +
          `WHERE ${col} IS NOT NULL AND trim(${col}) <> '' AND ${col} NOT IN (SELECT code FROM ${q(tableOf('cl', c.codelist))})`,
      );
    const num = `TRY_CAST(${col} AS DOUBLE)`;
    if (c.unit === 'share')
      checks.push(
        `SELECT rowid, ${name}, ${col}, 'a share (percentage of a whole) must lie between 0 and 100' FROM ${t} WHERE ${num} < 0 OR ${num} > 100`,
      );
    if (c.unit === 'count' || c.unit === 'days')
      checks.push(`SELECT rowid, ${name}, ${col}, 'must not be negative' FROM ${t} WHERE ${num} < 0`);
  }
  const measures = d.columns.filter((c) => c.role === 'measure');
  checks.push(
    `SELECT rowid, NULL, NULL, 'row has no value in any measure (${measures.map((m) => m.name).join(', ')})' FROM ${t} WHERE ` +
      measures.map((m) => `(${q(m.name)} IS NULL OR trim(${q(m.name)}) = '')`).join(' AND '),
  );
  // The window queries that name the earlier line are costly at millions of rows; they only run when a
  // cheap GROUP BY has found a repeated key (a repeated row repeats its key too).
  if (!duplicates) return checks;
  const all = d.columns.map((c) => q(c.name)).join(', ');
  const keys = keyColumns(d).map(q).join(', ');
  // The key's columns and this row's values of them, as the file has them, so that the line shows which key.
  const keyCol = lit(keyColumns(d).join(', '));
  const keyVal = `concat_ws(', ', ${keyColumns(d)
    .map((k) => `coalesce(${q(k)}, '')`)
    .join(', ')})`;
  checks.push(
    `SELECT rowid, ${keyCol}, ${keyVal}, 'duplicate row: same as line @row(' || first_row || ')' FROM (
       SELECT rowid, ${keys}, min(rowid) OVER (PARTITION BY ${all}) first_row FROM ${t}) WHERE rowid <> first_row`,
  );
  checks.push(
    `SELECT rowid, ${keyCol}, ${keyVal}, 'duplicate key: same key as line @row(' || first_row || ')' FROM (
       SELECT rowid, ${keys}, min(rowid) OVER (PARTITION BY ${keys}) first_row, min(rowid) OVER (PARTITION BY ${all}) first_same FROM ${t})
     WHERE rowid <> first_row AND rowid = first_same`,
  );
  return checks;
}

/** `raw` is the dataset as text: a total is shown as the file writes it ("32000"), not as cast ("32000.0"). */
function totalChecks(d: DatasetInput, typed: string, raw: string, rule: TotalRule): string[] {
  const groups = keyColumns(d)
    .filter((k) => k !== rule.dimension)
    .map(q);
  const dim = q(rule.dimension);
  const partsWhere = [
    rule.total !== undefined ? `${dim} <> ${lit(rule.total)}` : 'true',
    rule.components ? `${dim} IN (${rule.components.map(lit).join(', ')})` : 'true',
  ].join(' AND ');
  // With listed components, a group is only checked when the report gives every part: a report that states a
  // total and just one of its parts ("€ 602 duizend onrechtmatig, de rest rechtmatig") is not an error.
  const needed = rule.components ? rule.components.length : 1;
  return rule.measures.map((m) => {
    const mc = q(m);
    const using = groups.length ? `USING (${groups.join(', ')})` : 'ON true';
    const g = groups.length ? `${groups.join(', ')}, ` : '';
    const groupBy = groups.length ? `GROUP BY ${groups.join(', ')}` : '';
    if (rule.total !== undefined)
      return `SELECT t._row AS row, ${lit(m)} AS col, r._text AS val,
                'total does not equal the sum of its parts (' || CAST(round(p.s, 6) AS VARCHAR) || ', tolerance ${rule.tolerance})' AS rule
              FROM (SELECT ${g}${mc}, _row FROM ${q(typed)} WHERE ${dim} = ${lit(rule.total)}) t
              JOIN (SELECT ${g}sum(${mc}) s, count(${mc}) n FROM ${q(typed)} WHERE ${partsWhere} ${groupBy}) p ${using}
              JOIN (SELECT rowid AS _rawrow, ${mc} AS _text FROM ${q(raw)}) r ON r._rawrow = t._row
              WHERE t.${mc} IS NOT NULL AND p.n >= ${needed} AND abs(t.${mc} - p.s) > ${rule.tolerance} + 1e-9`;
    return `SELECT first_row AS row, ${lit(m)} AS col, CAST(round(s, 6) AS VARCHAR) AS val,
              'parts of "${rule.dimension}" add up to this sum instead of ${rule.value} (tolerance ${rule.tolerance})' AS rule
            FROM (SELECT ${g}sum(${mc}) s, count(${mc}) n, min(_row) first_row FROM ${q(typed)} WHERE ${partsWhere} ${groupBy})
            WHERE n >= ${needed} AND abs(s - ${rule.value}) > ${rule.tolerance} + 1e-9`;
  });
}

function castExpr(c: ColumnMeta): string {
  const col = q(c.name);
  const v = `NULLIF(trim(${col}), '')`;
  return c.type === 'VARCHAR' ? `${v} AS ${col}` : `CAST(${v} AS ${c.type}) AS ${col}`;
}

async function loadDataset(
  con: DuckDBConnection,
  dir: string,
  d: DatasetInput,
  codelists: Set<string>,
  problems: ProblemList,
  tmp: string,
  variants: { file: string; variant: string }[],
): Promise<string | null> {
  const input = await prepareInput(dir, d.file, d.columns, tmp, problems);
  // Said also when the file is refused: how a file was read often explains what is wrong with it.
  if (input.variant) variants.push({ file: input.shown, variant: input.variant });
  if (input.refused) return null;
  const file = input.shown;
  const raw = tableOf('raw', d.id);
  const header = await readCsv(con, input.read, raw, file, problems);
  if (!header) return null;
  if (
    !checkHeader(
      header,
      d.columns.map((c) => c.name),
      file,
      problems,
      true,
    )
  )
    return null;
  const n = Number((await con.runAndReadAll(`SELECT count(*)::BIGINT n FROM ${q(raw)}`)).getRowObjectsJS()[0].n);
  if (n === 0) {
    problems.add({ file, line: 2, rule: 'file has no rows' });
    return null;
  }
  const repeated = await con.runAndReadAll(
    `SELECT count(*)::BIGINT AS n FROM (SELECT 1 FROM ${q(raw)} GROUP BY ${keyColumns(d).map(q).join(', ')} HAVING count(*) > 1)`,
  );
  const duplicates = Number(repeated.getRowObjectsJS()[0].n) > 0;
  const found = await collect(con, valueChecks(d, raw, codelists, duplicates).join('\nUNION ALL\n'));
  await report(input, found, problems);
  if (found.length) return null;
  const typed = tableOf('ds', d.id);
  // Not sorted here: the Parquet export sorts by the key, and sorting twice costs a minute at 10M rows.
  await con.run(
    `CREATE OR REPLACE TABLE ${q(typed)} AS SELECT ${d.columns.map(castExpr).join(', ')}, rowid AS _row FROM ${q(raw)}`,
  );
  for (const rule of d.totals ?? []) {
    const bad = await collect(con, totalChecks(d, typed, raw, rule).join('\nUNION ALL\n'));
    await report(input, bad, problems);
  }
  await con.run(`DROP TABLE ${q(raw)}`);
  return typed;
}

/**
 * Reads and checks a whole input folder. Returns null (with problems listed) unless everything is valid.
 * `variants` receives how each dataset file was read, also when the input is refused.
 */
export async function loadInput(
  con: DuckDBConnection,
  dir: string,
  problems: ProblemList,
  variants: { file: string; variant: string }[] = [],
): Promise<LoadedInput | null> {
  const meta = await readMetadata(dir, problems);
  if (!meta) return null;
  await loadCodelists(con, dir, meta, problems);
  const codelists = new Set(Object.keys(meta.codelists));
  const declared = new Set([
    'metadata.json',
    ...Object.values(meta.codelists).map((c) => path.normalize(c.file)),
    ...meta.datasets.map((d) => path.normalize(d.file)),
  ]);
  const files = await listFiles(dir);
  // A workbook may stand in for a dataset's CSV (x.xlsx for x.csv).
  const present = new Set(files);
  for (const d of meta.datasets) {
    const xlsx = path.normalize(d.file).replace(/\.csv$/i, '.xlsx');
    if (!present.has(path.normalize(d.file)) && present.has(xlsx)) {
      declared.delete(path.normalize(d.file));
      declared.add(xlsx);
    }
  }
  for (const f of files)
    if (!declared.has(f) && /\.(csv|tsv|xlsx|xls|txt)$/i.test(f))
      problems.add({
        file: path.join(dir, f),
        line: 1,
        rule: 'file is not described in metadata.json (add it under "datasets" or "codelists", or remove it)',
      });
  if (!problems.ok) return null;
  const tables = new Map<string, string>();
  const tmp = await mkdtemp(path.join(tmpdir(), 'wlz-input-'));
  try {
    for (const d of meta.datasets) {
      const t = await loadDataset(con, dir, d, codelists, problems, tmp, variants);
      if (t) tables.set(d.id, t);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  if (!problems.ok) return null;
  await checkChartCodes(con, dir, meta, problems);
  if (!problems.ok) return null;
  return { meta, tables, files: [...declared].sort(), variants };
}

/** Chart filters and highlight rows name codes; a typo there would silently show an empty chart. */
async function checkChartCodes(con: DuckDBConnection, dir: string, meta: MetadataInput, problems: ProblemList) {
  const file = path.join(dir, 'metadata.json');
  const specs = [
    ...meta.datasets.filter((d) => d.chart).map((d) => ({ at: `datasets.${d.id}.chart`, d, filter: d.chart!.filter })),
    ...meta.highlights.map((h) => ({
      at: `highlights.${h.id}`,
      d: meta.datasets.find((d) => d.id === h.dataset)!,
      filter: { ...h.chart.filter, ...Object.fromEntries(Object.entries(h.headline.where).map(([k, v]) => [k, [v]])) },
    })),
  ];
  for (const { at, d, filter } of specs)
    for (const [col, codes] of Object.entries(filter ?? {})) {
      const c = d.columns.find((x) => x.name === col);
      if (!c) {
        problems.add({ file, line: 1, column: `${at}.${col}`, rule: 'not a column of the dataset' });
        continue;
      }
      const res = await con.runAndReadAll(
        `SELECT DISTINCT CAST(${q(col)} AS VARCHAR) v FROM ${q(tableOf('ds', d.id))}`,
      );
      const have = new Set(res.getRowObjectsJS().map((r) => String(r.v)));
      for (const code of codes)
        if (!have.has(String(code)))
          problems.add({ file, line: 1, column: `${at}.${col}`, value: String(code), rule: 'no row has this value' });
    }
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out;
}

export type { Problem };
