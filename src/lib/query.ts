// Turns a view of a dataset into SQL for DuckDB. Identifiers come only from the manifest and values only
// travel as parameters, so nothing a reader types (or puts in a URL) can change the statement.
import type { Cell, ColumnMeta, DatasetManifest, Manifest, Unit } from './manifest';

export interface SortKey {
  column: string;
  desc: boolean;
}

export const AGGREGATES = ['sum', 'mean', 'min', 'max', 'count'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

export interface Range {
  min?: number | string;
  max?: number | string;
}

export interface View {
  /** Dimension (or time) column → the codes to keep. */
  filters: Record<string, string[]>;
  /** Time or measure column → inclusive bounds (ISO dates as text). */
  ranges: Record<string, Range>;
  sort: SortKey[];
}

/** What the engine answers: column names and rows of plain values (dates as ISO text). */
export interface QueryResult {
  columns: string[];
  rows: Cell[][];
}

export interface Sql {
  sql: string;
  params: Cell[];
}

export const emptyView = (): View => ({ filters: {}, ranges: {}, sort: [] });

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

export function column(d: DatasetManifest, name: string): ColumnMeta {
  const c = d.columns.find((x) => x.name === name);
  if (!c) throw new Error(`dataset ${d.id} has no column ${name}`);
  return c;
}

export const isGroupable = (c: ColumnMeta) => c.role === 'dimension' || c.role === 'time';

/** Dates leave the engine as ISO text so that every layer (table, chart, CSV) sees the same value. */
export function selectExpr(c: ColumnMeta, alias = c.name): string {
  return c.type === 'DATE'
    ? `strftime(${ident(c.name)}, '%Y-%m-%d') AS ${ident(alias)}`
    : `${ident(c.name)} AS ${ident(alias)}`;
}

/** Codes sort in code-list order (totaal, V&V, GZ, GGZ…), as the reports list them, not alphabetically. */
export function orderExpr(c: ColumnMeta, manifest: Manifest, desc: boolean, expr = ident(c.name)): string {
  const codes = c.codelist ? manifest.codelists[c.codelist]?.codes : undefined;
  return codeOrderExpr(
    codes?.map((x) => x.code),
    expr,
    desc,
  );
}

/** An ORDER BY term: in the order of `codes` when given (the snapshot command sorts its files with it too). */
export function codeOrderExpr(codes: string[] | undefined, expr: string, desc = false): string {
  const dir = desc ? 'DESC' : 'ASC';
  if (!codes) return `${expr} ${dir} NULLS LAST`;
  return `list_position([${codes.map(lit).join(', ')}], ${expr}) ${dir} NULLS LAST`;
}

export function defaultSort(d: DatasetManifest): SortKey[] {
  return d.columns.filter(isGroupable).map((c) => ({ column: c.name, desc: false }));
}

/** The WHERE clause of a view; `except` leaves one column's own filter out (for its facet counts). */
export function whereClause(d: DatasetManifest, view: View, except?: string): Sql {
  const params: Cell[] = [];
  const where: string[] = [];
  for (const [name, values] of Object.entries(view.filters)) {
    if (name === except || values.length === 0) continue;
    const c = column(d, name);
    if (!isGroupable(c)) throw new Error(`cannot filter on ${name}`);
    where.push(`CAST(${ident(c.name)} AS VARCHAR) IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  for (const [name, r] of Object.entries(view.ranges)) {
    if (name === except) continue;
    const c = column(d, name);
    const cast = c.type === 'DATE' ? 'DATE' : 'DOUBLE';
    for (const [op, v] of [
      ['>=', r.min],
      ['<=', r.max],
    ] as const) {
      if (v === undefined || v === '') continue;
      where.push(`${ident(c.name)} ${op} CAST(? AS ${cast})`);
      params.push(String(v));
    }
  }
  return { sql: where.length ? ` WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * The ORDER BY clause of a view, or '' when the view is in the file's stored order: DuckDB keeps the
 * insertion order of a result without ORDER BY (preserve_insertion_order, on by default and set by the
 * engine), and the tables are inserted in file order. Sorting by code-list position, or even a top-N on
 * rowid, costs about half a second at 10M rows; a scan in stored order stops after the window (6 ms).
 */
function orderBy(manifest: Manifest, d: DatasetManifest, sort: SortKey[]): string {
  const keys = [...sort, ...defaultSort(d).filter((k) => !sort.some((s) => s.column === k.column))];
  const stored = d.rowOrder === 'default' && sort.every((k, i) => !k.desc && k.column === defaultSort(d)[i]?.column);
  if (stored) return '';
  return ` ORDER BY ${keys.map((k) => orderExpr(column(d, k.column), manifest, k.desc)).join(', ')}`;
}

/** The rows of a view, optionally one window of them (the table renders only what is on screen). */
export function rowsQuery(
  manifest: Manifest,
  d: DatasetManifest,
  table: string,
  view: View,
  window?: { limit: number; offset: number },
): Sql {
  const w = whereClause(d, view);
  const page = window
    ? ` LIMIT ${Math.max(0, Math.floor(window.limit))} OFFSET ${Math.max(0, Math.floor(window.offset))}`
    : '';
  return {
    sql: `SELECT ${d.columns.map((c) => selectExpr(c)).join(', ')} FROM ${table}${w.sql}${orderBy(manifest, d, view.sort)}${page}`,
    params: w.params,
  };
}

export function countQuery(d: DatasetManifest, table: string, view: View): Sql {
  const w = whereClause(d, view);
  return { sql: `SELECT count(*)::DOUBLE AS n FROM ${table}${w.sql}`, params: w.params };
}

/**
 * The sources (report and table/section) of the rows in a view; null when the manifest already says (a
 * dataset with one source: a scan of every matching row for it costs tens of milliseconds at 10M rows).
 */
export function sourcesQuery(d: DatasetManifest, table: string, view: View): Sql | null {
  if (d.source) return null;
  const w = whereClause(d, view);
  return { sql: `SELECT DISTINCT bron, bron_locatie FROM ${table}${w.sql} ORDER BY 1, 2`, params: w.params };
}

/** A column's value as the text the facets use; dates formatted after grouping, not on every row. */
const facetValue = (c: ColumnMeta) =>
  c.type === 'DATE' ? `strftime(${ident(c.name)}, '%Y-%m-%d')` : `CAST(${ident(c.name)} AS VARCHAR)`;

/** Whether a view filters a column (a selection of its values or a bound of its range). */
export const hasFilter = (view: View, name: string) =>
  (view.filters[name]?.length ?? 0) > 0 ||
  (view.ranges[name] !== undefined &&
    [view.ranges[name].min, view.ranges[name].max].some((v) => v !== undefined && v !== ''));

/** Facet counts: how many rows each value of a column would have, given the other filters (as Datasette). */
export function facetQuery(d: DatasetManifest, table: string, view: View, name: string): Sql {
  const c = column(d, name);
  const w = whereClause(d, view, name);
  return {
    sql: `SELECT ${facetValue(c)} AS value, n FROM (SELECT ${ident(c.name)}, count(*)::DOUBLE AS n FROM ${table}${w.sql} GROUP BY 1)`,
    params: w.params,
  };
}

/**
 * A column whose facet counts add up to the view's row count (one without a filter of its own), so that the
 * count needs no scan of its own; null when every column is filtered.
 */
export const countingFacet = (view: View, names: string[]): string | null =>
  names.find((n) => !hasFilter(view, n)) ?? null;

/**
 * The facet counts of several columns in one statement, as rows (c, value, n) with c the column's index in
 * `names`. The columns without a filter of their own share one WHERE clause, so one scan with GROUPING SETS
 * counts them all; each filtered column needs its own scan (its own filter left out).
 */
export function facetsQuery(d: DatasetManifest, table: string, view: View, names: string[]): Sql {
  const cols = names.map((n) => column(d, n));
  const shared = cols.map((c, i) => ({ c, i })).filter(({ c }) => !hasFilter(view, c.name));
  const parts: Sql[] = [];
  if (shared.length > 0) {
    const w = whereClause(d, view);
    const keys = shared.map(({ c }) => ident(c.name));
    // GROUPING() of the set that keeps only key k: every bit set except k's (the first key is the highest bit).
    const all = (1 << keys.length) - 1;
    const gid = (k: number) => all - (1 << (keys.length - 1 - k));
    const pick = (f: (k: number) => string) =>
      `CASE g ${shared.map((_, k) => `WHEN ${gid(k)} THEN ${f(k)}`).join(' ')} END`;
    parts.push({
      sql:
        `SELECT ${pick((k) => String(shared[k].i))} AS c, ${pick((k) => facetValue(shared[k].c))} AS value, n FROM ` +
        `(SELECT ${keys.join(', ')}, GROUPING(${keys.join(', ')}) AS g, count(*)::DOUBLE AS n FROM ${table}${w.sql} ` +
        `GROUP BY GROUPING SETS (${keys.map((k) => `(${k})`).join(', ')}))`,
      params: w.params,
    });
  }
  for (const [i, c] of cols.entries()) {
    if (!hasFilter(view, c.name)) continue;
    const f = facetQuery(d, table, view, c.name);
    parts.push({ sql: `SELECT ${i} AS c, * FROM (${f.sql})`, params: f.params });
  }
  return { sql: parts.map((p) => p.sql).join(' UNION ALL '), params: parts.flatMap((p) => p.params) };
}

/** Units whose values may be added up; a share or a relative change never is. */
export const ADDITIVE: ReadonlySet<Unit | undefined> = new Set<Unit | undefined>([
  'count',
  'eur',
  'eur_thousand',
  'eur_mln',
  'number',
]);

export function allowedAggregates(unit: Unit | undefined): Aggregate[] {
  return AGGREGATES.filter((a) => a !== 'sum' || ADDITIVE.has(unit));
}

export function aggExpr(agg: Aggregate, measure: string): string {
  const m = ident(measure);
  switch (agg) {
    case 'sum':
      return `sum(${m})::DOUBLE`;
    case 'mean':
      return `avg(${m})::DOUBLE`;
    case 'min':
      return `min(${m})::DOUBLE`;
    case 'max':
      return `max(${m})::DOUBLE`;
    case 'count':
      return `count(${m})::DOUBLE`;
  }
}

export interface AggregateSpec {
  /** Pivot rows / chart x (dimensions or time), in order. */
  rows: string[];
  /** Pivot column / chart colour. */
  col: string | null;
  measure: string;
  agg: Aggregate;
  /** Also compute the margins: row totals, column totals and the grand total. */
  totals?: boolean;
}

/**
 * Aggregated values for a pivot or a chart. Rows where the measure is empty are left out, so a count counts
 * figures. With `totals`, DuckDB computes the margins with GROUPING SETS: a total is an aggregate of the
 * underlying rows (a mean of all rows, not a mean of means). `g` is DuckDB's GROUPING() bitmask: the first
 * column is the highest bit; a set bit means that column is summed away (see `isTotal`).
 */
export function aggregateQuery(
  manifest: Manifest,
  d: DatasetManifest,
  table: string,
  view: View,
  spec: AggregateSpec,
): Sql {
  const measure = column(d, spec.measure);
  if (measure.role !== 'measure') throw new Error(`${spec.measure} is not a measure`);
  if (!allowedAggregates(measure.unit).includes(spec.agg))
    throw new Error(`${spec.agg} is not allowed for ${measure.unit}`);
  const cols = [...spec.rows, ...(spec.col ? [spec.col] : [])].map((n) => column(d, n));
  for (const c of cols) if (!isGroupable(c)) throw new Error(`cannot group by ${c.name}`);
  const w = whereClause(d, view);
  const notNull = `${ident(measure.name)} IS NOT NULL`;
  const where = w.sql ? `${w.sql} AND ${notNull}` : ` WHERE ${notNull}`;
  // Grouped by the stored values; dates become ISO text only afterwards, on the few groups, not on every row.
  const keys = cols.map((c) => ident(c.name));
  const value = `${aggExpr(spec.agg, measure.name)} AS value, count(*)::DOUBLE AS n`;
  if (cols.length === 0) return { sql: `SELECT ${value}, 0 AS g FROM ${table}${where}`, params: w.params };
  let group = `GROUP BY ${keys.join(', ')}`;
  let gid = '0';
  if (spec.totals) {
    const rowKeys = keys.slice(0, spec.rows.length);
    const colKeys = keys.slice(spec.rows.length);
    const sets = [keys, rowKeys, colKeys, []].map((k) => `(${k.join(', ')})`);
    group = `GROUP BY GROUPING SETS (${[...new Set(sets)].join(', ')})`;
    gid = `GROUPING(${keys.join(', ')})`;
  }
  const inner = `SELECT ${keys.join(', ')}, ${value}, ${gid} AS g FROM ${table}${where} ${group}`;
  const order = cols.map((c) => orderExpr(c, manifest, false)).join(', ');
  return {
    sql: `SELECT ${cols.map((c) => selectExpr(c)).join(', ')}, value, n, g FROM (${inner}) ORDER BY g, ${order}`,
    params: w.params,
  };
}

/** Whether column `i` of `n` group columns is summed away in a row with grouping id `g`. */
export const isTotal = (g: number, i: number, n: number) => ((g >> (n - 1 - i)) & 1) === 1;

/** The DuckDB variable that carries a statement's parameters when it must run as a cancellable query. */
export const PARAMS_VARIABLE = 'wlz_params';

/**
 * A statement whose `?` placeholders read the parameters from the variable PARAMS_VARIABLE (a VARCHAR list,
 * set by a prepared `SET VARIABLE`), so that it can run as a pending query, which DuckDB-WASM can cancel; a
 * prepared statement cannot be cancelled there. The values still never become SQL text: `getvariable` is
 * bound as a constant, so filters are pushed down as before. Placeholders inside quotes are left alone.
 */
export function paramsFromVariable(sql: string): { sql: string; count: number } {
  let out = '';
  let count = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      out += `getvariable('${PARAMS_VARIABLE}')[${++count}]`;
    } else out += ch;
  }
  return { sql: out, count };
}

/** The prepared statement that puts `count` parameters (as text) into PARAMS_VARIABLE. */
export const setParamsSql = (count: number) =>
  `SET VARIABLE ${PARAMS_VARIABLE} = [${Array.from({ length: count }, () => '?::VARCHAR').join(', ')}]`;
