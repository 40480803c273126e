// Shapes DuckDB's grouped result (with GROUPING SETS margins) into a pivot table: row keys × column keys,
// with totals only where adding up means something.
import type { Cell, ColumnMeta } from './manifest';
import { ADDITIVE, isTotal, type Aggregate, type QueryResult } from './query';

export interface Pivot {
  rowCols: ColumnMeta[];
  col: ColumnMeta | null;
  rowKeys: Cell[][];
  colKeys: Cell[];
  /** values[r][c]; null = no figure for that combination. */
  values: (number | null)[][];
  rowTotals: (number | null)[] | null;
  colTotals: (number | null)[] | null;
  grandTotal: number | null;
  /** Why row totals (over the columns) and column totals (over the rows) are not shown, if they are not. */
  noRowTotals: NoTotals;
  noColTotals: NoTotals;
}

/** Codes that are themselves a total of their siblings; summing over them would count twice. */
const AGGREGATE_CODES = new Set(['totaal', 'alle', 'NL']);

export type NoTotals = 'unit' | 'overlap' | 'time' | null;

/**
 * Whether totals over the given columns mean something. Shares and changes are never added up; a sum over
 * values that include a total code counts twice; and a sum over time adds up stocks at different dates.
 */
export function totalsAllowed(agg: Aggregate, measure: ColumnMeta, over: ColumnMeta[], keys: Cell[][]): NoTotals {
  if (!ADDITIVE.has(measure.unit) && agg !== 'count' && agg !== 'min' && agg !== 'max') return 'unit';
  if (agg !== 'sum' && agg !== 'count') return null;
  if (over.some((_, i) => keys[i]?.some((v) => AGGREGATE_CODES.has(String(v))))) return 'overlap';
  if (agg === 'sum' && over.some((c) => c.role === 'time')) return 'time';
  return null;
}

export function buildPivot(
  res: QueryResult,
  rowCols: ColumnMeta[],
  col: ColumnMeta | null,
): Omit<Pivot, 'noRowTotals' | 'noColTotals'> {
  const n = rowCols.length + (col ? 1 : 0);
  const gi = res.columns.indexOf('g');
  const vi = res.columns.indexOf('value');
  const rowIdx = new Map<string, number>();
  const colIdx = new Map<string, number>();
  const rowKeys: Cell[][] = [];
  const colKeys: Cell[] = [];
  const cells = new Map<string, number | null>();
  const rowTot = new Map<number, number | null>();
  const colTot = new Map<number, number | null>();
  let grandTotal: number | null = null;
  const keyOf = (r: Cell[]) => JSON.stringify(r);
  // g = 0 rows come first (ORDER BY g), so keys appear in code-list order.
  for (const r of res.rows) {
    const g = Number(r[gi]);
    const rowsAway = rowCols.every((_, i) => isTotal(g, i, n));
    const colAway = col ? isTotal(g, n - 1, n) : true;
    const rk = r.slice(0, rowCols.length);
    const ck = col ? r[rowCols.length] : null;
    const v = r[vi] as number | null;
    if (!rowsAway && !colAway) {
      const kr = keyOf(rk);
      if (!rowIdx.has(kr)) rowIdx.set(kr, rowKeys.push(rk) - 1);
      const kc = keyOf([ck]);
      if (!colIdx.has(kc)) colIdx.set(kc, colKeys.push(ck) - 1);
      cells.set(`${rowIdx.get(kr)}|${colIdx.get(kc)}`, v);
    } else if (!rowsAway && colAway && col) {
      const kr = keyOf(rk);
      if (!rowIdx.has(kr)) rowIdx.set(kr, rowKeys.push(rk) - 1);
      rowTot.set(rowIdx.get(kr)!, v);
    } else if (rowsAway && !colAway) {
      const kc = keyOf([ck]);
      if (!colIdx.has(kc)) colIdx.set(kc, colKeys.push(ck) - 1);
      colTot.set(colIdx.get(kc)!, v);
    } else if (rowsAway && colAway) {
      grandTotal = v;
    } else if (!col && !rowsAway) {
      // Only rows, no column dimension: the single value column.
      const kr = keyOf(rk);
      if (!rowIdx.has(kr)) rowIdx.set(kr, rowKeys.push(rk) - 1);
      cells.set(`${rowIdx.get(kr)}|0`, v);
    }
  }
  if (!col && colKeys.length === 0) colKeys.push(null);
  const values = rowKeys.map((_, i) => colKeys.map((_, j) => cells.get(`${i}|${j}`) ?? null));
  return {
    rowCols,
    col,
    rowKeys,
    colKeys,
    values,
    rowTotals: col && rowTot.size ? rowKeys.map((_, i) => rowTot.get(i) ?? null) : null,
    colTotals:
      colTot.size || (!col && grandTotal !== null)
        ? colKeys.map((_, j) => (col ? (colTot.get(j) ?? null) : grandTotal))
        : null,
    grandTotal,
  };
}

/** The pivot as a grid of plain values for exports: the same cells, headers and totals the page shows. */
export function pivotGrid(
  p: Pivot,
  show: (c: ColumnMeta, v: Cell) => string,
  heading: (c: ColumnMeta) => string,
  valueHeader: string,
  totalLabel: string,
): { header: string[]; rows: Cell[][]; numeric: boolean[] } {
  const rowTotals = p.noRowTotals === null && p.rowTotals ? p.rowTotals : null;
  const colTotals = p.noColTotals === null && p.colTotals ? p.colTotals : null;
  const header = [
    ...p.rowCols.map(heading),
    ...(p.col ? p.colKeys.map((k) => show(p.col!, k)) : [valueHeader]),
    ...(rowTotals ? [totalLabel] : []),
  ];
  const rows: Cell[][] = p.rowKeys.map((rk, i) => [
    ...rk.map((v, j) => show(p.rowCols[j], v)),
    ...p.values[i],
    ...(rowTotals ? [rowTotals[i]] : []),
  ]);
  if (colTotals)
    rows.push([
      totalLabel,
      ...p.rowCols.slice(1).map(() => ''),
      ...colTotals,
      ...(rowTotals ? [p.noRowTotals === null && p.noColTotals === null ? p.grandTotal : null] : []),
    ]);
  return { header, rows, numeric: header.map((_, j) => j >= p.rowCols.length) };
}
