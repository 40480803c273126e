// What changed in a dataset between two publications, as SQL over two tables with the same key (time +
// dimensions). Shared by the site's "what changed" view (DuckDB-WASM) and the build's --dry-run (DuckDB in
// Node), so that both report exactly the same rows.
import type { ColumnMeta } from './manifest';

export type Change = 'added' | 'removed' | 'changed';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export interface DiffColumns {
  keys: ColumnMeta[];
  measures: ColumnMeta[];
  /** Text columns whose change also makes a row "changed" (status, footnote, source…). */
  attributes: ColumnMeta[];
}

/** The columns two versions of a dataset have in common, by role. */
export function diffColumns(older: ColumnMeta[], newer: ColumnMeta[]): DiffColumns {
  const both = newer.filter((c) => older.some((o) => o.name === c.name && o.type === c.type));
  return {
    keys: both.filter((c) => c.role === 'time' || c.role === 'dimension'),
    measures: both.filter((c) => c.role === 'measure'),
    attributes: both.filter((c) => c.role === 'attribute'),
  };
}

const asText = (c: ColumnMeta, side: string) =>
  c.type === 'DATE' ? `strftime(${side}.${ident(c.name)}, '%Y-%m-%d')` : `${side}.${ident(c.name)}`;

/**
 * One row per added, removed or changed observation: the key, then per measure the old value, the new
 * value, the absolute and the relative change (in %), then per attribute old and new.
 */
export function diffQuery(olderTable: string, newerTable: string, cols: DiffColumns): string {
  const on = cols.keys.map((k) => `o.${ident(k.name)} IS NOT DISTINCT FROM n.${ident(k.name)}`).join(' AND ') || 'true';
  const keySel = cols.keys.map((k) => `coalesce(${asText(k, 'n')}, ${asText(k, 'o')}) AS ${ident(k.name)}`);
  const measureSel = cols.measures.flatMap((m) => {
    const o = `o.${ident(m.name)}::DOUBLE`;
    const n = `n.${ident(m.name)}::DOUBLE`;
    return [
      `${o} AS ${ident(`${m.name}_oud`)}`,
      `${n} AS ${ident(`${m.name}_nieuw`)}`,
      `${n} - ${o} AS ${ident(`${m.name}_verschil`)}`,
      `CASE WHEN ${o} <> 0 THEN round((${n} - ${o}) / abs(${o}) * 100, 4) END AS ${ident(`${m.name}_verschil_pct`)}`,
    ];
  });
  const attrSel = cols.attributes.flatMap((a) => [
    `o.${ident(a.name)} AS ${ident(`${a.name}_oud`)}`,
    `n.${ident(a.name)} AS ${ident(`${a.name}_nieuw`)}`,
  ]);
  const differs = [...cols.measures, ...cols.attributes].map(
    (c) => `o.${ident(c.name)} IS DISTINCT FROM n.${ident(c.name)}`,
  );
  const change = `CASE WHEN o.__in IS NULL THEN 'added' WHEN n.__in IS NULL THEN 'removed' ELSE 'changed' END`;
  return (
    `SELECT ${change} AS wijziging, ${[...keySel, ...measureSel, ...attrSel].join(', ')}
     FROM (SELECT *, true AS __in FROM ${olderTable}) o
     FULL OUTER JOIN (SELECT *, true AS __in FROM ${newerTable}) n ON ${on}
     WHERE o.__in IS NULL OR n.__in IS NULL` + (differs.length ? ` OR ${differs.join(' OR ')}` : '')
  );
}

/** Counts per kind of change. */
export function diffSummaryQuery(olderTable: string, newerTable: string, cols: DiffColumns): string {
  return `SELECT wijziging, count(*)::DOUBLE AS n FROM (${diffQuery(olderTable, newerTable, cols)}) GROUP BY 1`;
}

/** A dataset that exists in only one of the two publications: every row is added (or removed). */
export function wholeTableQuery(table: string, columns: ColumnMeta[], change: Change): string {
  const sel = columns.map((c) =>
    c.type === 'DATE' ? `strftime(${ident(c.name)}, '%Y-%m-%d') AS ${ident(c.name)}` : ident(c.name),
  );
  return `SELECT '${change}' AS wijziging, ${sel.join(', ')} FROM ${table}`;
}

/** What the reader narrowed a diff to: one kind of change, and per key column the values to keep. */
export interface DiffFilter {
  kind: Change | null;
  /** Key column → chosen values (as text); the names must be the dataset's own key columns. */
  filters: Record<string, string[]>;
}

/**
 * The WHERE clause over a diff's rows (the result of diffQuery or wholeTableQuery), values as parameters.
 * Values are compared as text, because they come from the URL and a year or a date must match too.
 * `except` leaves one column's own filter out: the counts of its values given the other filters.
 */
export function diffWhere(f: DiffFilter, except?: string): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.kind) {
    parts.push('wijziging = ?');
    params.push(f.kind);
  }
  for (const [name, values] of Object.entries(f.filters)) {
    if (name === except || values.length === 0) continue;
    parts.push(`CAST(${ident(name)} AS VARCHAR) IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

/** The order of a diff's rows: the reader's column first (empty values last), then kind and key, so it is stable. */
export function diffOrder(keys: string[], sort: { column: string; desc: boolean } | null): string {
  const tie = ['wijziging', ...keys].filter((k) => k !== sort?.column).map(ident);
  const first = sort ? [`${ident(sort.column)} ${sort.desc ? 'DESC' : 'ASC'} NULLS LAST`] : [];
  return ` ORDER BY ${[...first, ...tie].join(', ')}`;
}
