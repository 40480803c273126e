// The whole view of a dataset lives in the URL, so that a link reproduces it exactly: filters, ranges, sort,
// table or pivot, the pivot/chart layout and the chart type. Parsing checks every name against the manifest,
// so a hand-edited or hostile URL can only ever select among the dataset's own columns.
import type { DatasetManifest, Mark } from './manifest';
import { MARKS } from './manifest';
import {
  allowedAggregates,
  hasFilter,
  isGroupable,
  type Aggregate,
  type Range,
  type SortKey,
  type View,
} from './query';

export type Mode = 'table' | 'pivot';
export type ChartMark = Mark | 'none';

export interface ViewState extends View {
  mode: Mode;
  /** Pivot rows and chart x axis (first) — dimensions or time. */
  rows: string[];
  /** Pivot columns and chart colour. */
  col: string | null;
  measure: string;
  agg: Aggregate;
  mark: ChartMark;
}

const SEP = ',';
const enc = (v: string) => encodeURIComponent(v);
const dec = (v: string) => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};

export function defaultAgg(d: DatasetManifest, measure: string): Aggregate {
  const unit = d.columns.find((c) => c.name === measure)?.unit;
  return allowedAggregates(unit).includes('sum') ? 'sum' : 'mean';
}

/**
 * The chart a dataset without a chart spec gets, from its roles: a line over time when time has more than one
 * value, otherwise bars over its first dimension.
 */
export function roleChart(d: DatasetManifest): { mark: Mark; x: string; y: string } {
  const measure = d.columns.find((c) => c.role === 'measure')!;
  const time = d.columns.find((c) => c.role === 'time');
  if (time && (d.dimensions[time.name]?.length ?? 0) > 1) return { mark: 'line', x: time.name, y: measure.name };
  const x = d.columns.find((c) => c.role === 'dimension') ?? d.columns.find(isGroupable)!;
  return { mark: 'bar', x: x.name, y: measure.name };
}

/**
 * The view a dataset opens with: the table of all its rows, and its default chart. A chart spec's filter
 * (e.g. one indicator of several) is the chart's own (see chartFilters), never the table's.
 */
export function defaultState(d: DatasetManifest): ViewState {
  const chart = d.chart ?? roleChart(d);
  const measure = chart.y;
  const x = chart.x;
  return {
    filters: {},
    ranges: {},
    sort: [],
    mode: 'table',
    rows: [x],
    col: d.chart?.color && d.chart.color !== x ? d.chart.color : null,
    measure,
    agg: defaultAgg(d, measure),
    mark: chart.mark,
  };
}

/**
 * The filters only the chart applies: its spec's filter on every column the view does not filter itself, so
 * that the default chart shows a meaningful subset (one kind of figure) while the table shows all rows.
 */
export function chartFilters(d: DatasetManifest, view: View): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(d.chart?.filter ?? {}))
    if (!hasFilter(view, name) && values.length > 0) out[name] = [...values];
  return out;
}

const VIEW_KEYS = /^(f\.|r\.)|^(sort|mode|pr|pc|pm|pa|chart)$/;

export function hasViewParams(params: Record<string, string>): boolean {
  return Object.keys(params).some((k) => VIEW_KEYS.test(k));
}

export function parseState(d: DatasetManifest, params: Record<string, string>): ViewState {
  const base = defaultState(d);
  if (!hasViewParams(params)) return base;
  const names = new Set(d.columns.map((c) => c.name));
  const col = (n: string) => d.columns.find((c) => c.name === n);
  const filters: Record<string, string[]> = {};
  const ranges: Record<string, Range> = {};
  for (const [k, v] of Object.entries(params)) {
    if (k.startsWith('f.')) {
      const c = col(k.slice(2));
      if (c && isGroupable(c) && v !== '') filters[c.name] = v.split(SEP).map(dec);
    } else if (k.startsWith('r.')) {
      const c = col(k.slice(2));
      if (!c || !(c.role === 'measure' || c.role === 'time')) continue;
      const [lo = '', hi = ''] = v.split('..');
      const val = (s: string) => (s === '' ? undefined : c.type === 'DATE' ? dec(s) : Number(s));
      const r: Range = { min: val(lo), max: val(hi) };
      if ([r.min, r.max].some((x) => typeof x === 'number' && Number.isNaN(x))) continue;
      if (r.min !== undefined || r.max !== undefined) ranges[c.name] = r;
    }
  }
  const sort: SortKey[] = [];
  if (params.sort) {
    const desc = params.sort.startsWith('-');
    const name = desc ? params.sort.slice(1) : params.sort;
    if (names.has(name)) sort.push({ column: name, desc });
  }
  const rows = (params.pr ?? '')
    .split(SEP)
    .map(dec)
    .filter((n) => col(n) && isGroupable(col(n)!));
  const pc = params.pc ? dec(params.pc) : '';
  const measure = params.pm && col(params.pm)?.role === 'measure' ? params.pm : base.measure;
  const unit = col(measure)?.unit;
  const agg = allowedAggregates(unit).includes(params.pa as Aggregate)
    ? (params.pa as Aggregate)
    : defaultAgg(d, measure);
  const mark =
    params.chart === 'none' || MARKS.includes(params.chart as Mark) ? (params.chart as ChartMark) : base.mark;
  return {
    filters,
    ranges,
    sort,
    mode: params.mode === 'pivot' ? 'pivot' : 'table',
    rows: rows.length ? [...new Set(rows)] : base.rows,
    col:
      pc && col(pc) && isGroupable(col(pc)!) && !rows.includes(pc)
        ? pc
        : params.pc === ''
          ? null
          : rows.length
            ? null
            : base.col,
    measure,
    agg,
    mark,
  };
}

/** The URL parameters of a view; `null` removes a parameter. Always complete, so a link is unambiguous. */
export function stateParams(d: DatasetManifest, s: ViewState): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of d.columns) {
    out[`f.${c.name}`] = s.filters[c.name]?.length ? s.filters[c.name].map(enc).join(SEP) : null;
    const r = s.ranges[c.name];
    out[`r.${c.name}`] =
      r && (r.min !== undefined || r.max !== undefined)
        ? `${enc(String(r.min ?? ''))}..${enc(String(r.max ?? ''))}`
        : null;
  }
  out.sort = s.sort[0] ? `${s.sort[0].desc ? '-' : ''}${s.sort[0].column}` : null;
  out.mode = s.mode;
  out.pr = s.rows.map(enc).join(SEP);
  out.pc = s.col ?? '';
  out.pm = s.measure;
  out.pa = s.agg;
  out.chart = s.mark;
  return out;
}
