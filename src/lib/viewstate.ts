// The whole view of a dataset lives in the URL, so that a link reproduces it exactly: filters, ranges, sort,
// table or pivot, the pivot/chart layout and the chart type. Parsing checks every name against the manifest,
// so a hand-edited or hostile URL can only ever select among the dataset's own columns.
import type { DatasetManifest, Mark } from './manifest';
import { MARKS } from './manifest';
import { allowedAggregates, isGroupable, type Aggregate, type Range, type SortKey, type View } from './query';

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

/** The view a dataset opens with: its default chart, with the chart's filter as visible, removable filters. */
export function defaultState(d: DatasetManifest): ViewState {
  const measures = d.columns.filter((c) => c.role === 'measure');
  const groupable = d.columns.filter(isGroupable);
  const measure = d.chart?.y ?? measures[0].name;
  const x = d.chart?.x ?? groupable[0].name;
  return {
    filters: Object.fromEntries(Object.entries(d.chart?.filter ?? {}).map(([k, v]) => [k, [...v]])),
    ranges: {},
    sort: [],
    mode: 'table',
    rows: [x],
    col: d.chart?.color && d.chart.color !== x ? d.chart.color : null,
    measure,
    agg: defaultAgg(d, measure),
    mark: d.chart?.mark ?? 'bar',
  };
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
