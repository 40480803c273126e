// Turns a view of a dataset into SQL for DuckDB. Identifiers come only from the manifest and values only
// travel as parameters, so nothing a reader types can change the statement.
import type { Cell, ColumnMeta, DatasetManifest, Manifest } from './manifest';

export interface SortKey {
  column: string;
  desc: boolean;
}

export interface View {
  filters: Record<string, string[]>;
  sort: SortKey[];
}

export interface Sql {
  sql: string;
  params: Cell[];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

export function column(d: DatasetManifest, name: string): ColumnMeta {
  const c = d.columns.find((x) => x.name === name);
  if (!c) throw new Error(`dataset ${d.id} has no column ${name}`);
  return c;
}

/** Dates leave the engine as ISO text so that every layer (table, chart, CSV) sees the same value. */
export function selectExpr(c: ColumnMeta): string {
  return c.type === 'DATE' ? `strftime(${ident(c.name)}, '%Y-%m-%d') AS ${ident(c.name)}` : ident(c.name);
}

/** Codes sort in code-list order (totaal, V&V, GZ, GGZ…), as the reports list them, not alphabetically. */
export function orderExpr(c: ColumnMeta, manifest: Manifest, desc: boolean): string {
  const dir = desc ? 'DESC' : 'ASC';
  const codes = c.codelist ? manifest.codelists[c.codelist]?.codes : undefined;
  if (!codes) return `${ident(c.name)} ${dir} NULLS LAST`;
  return `list_position([${codes.map((x) => lit(x.code)).join(', ')}], ${ident(c.name)}) ${dir} NULLS LAST`;
}

export function defaultSort(d: DatasetManifest): SortKey[] {
  return d.columns
    .filter((c) => c.role === 'time' || c.role === 'dimension')
    .map((c) => ({ column: c.name, desc: false }));
}

export function rowsQuery(manifest: Manifest, d: DatasetManifest, table: string, view: View): Sql {
  const params: Cell[] = [];
  const where: string[] = [];
  for (const [name, values] of Object.entries(view.filters)) {
    const c = column(d, name);
    if (values.length === 0) continue;
    where.push(`CAST(${ident(c.name)} AS VARCHAR) IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  const sort = [...view.sort, ...defaultSort(d).filter((k) => !view.sort.some((s) => s.column === k.column))];
  const order = sort.map((k) => orderExpr(column(d, k.column), manifest, k.desc));
  return {
    sql:
      `SELECT ${d.columns.map(selectExpr).join(', ')} FROM ${table}` +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ` ORDER BY ${order.join(', ')}`,
    params,
  };
}
