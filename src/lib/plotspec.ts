// How a chart spec becomes an Observable Plot figure. Used by the Chart component in the page and by the
// snapshot command, which draws the home page's small charts ahead of time (so that the home page shows
// them without loading Plot at all). Plot is passed in, not imported: the page loads it on demand.
import type * as PlotNS from '@observablehq/plot';
import { formatCell, formatNumber } from './format';
import type { Cell, ChartSpec, ColumnMeta, Lang, Text } from './manifest';
import { messages } from './messages';

/** What the chart needs to know about the code lists (the Labels class of snapshot.ts has these). */
export interface CodeLabels {
  codes(codelist: string): string[];
  forColumn(col: ColumnMeta, lang: Lang): (code: string) => string;
}

export interface ChartInput {
  spec: ChartSpec;
  columns: ColumnMeta[];
  /** Rows with the columns in `columns` order. */
  rows: Cell[][];
  labels: CodeLabels;
  lang: Lang;
  width: number;
  height: number;
  /** The accessible name and description of the figure. */
  title: string;
  summary: string;
}

/**
 * An axis title with its unit, as a reader needs it: "Bedrag (€ mln)", "Percentage (%)"; a count needs none
 * ("Aantal"), and a unit the label already names is not repeated.
 */
export function axisLabel(c: ColumnMeta, lang: Lang): string {
  const label = c.label[lang] || c.label.nl;
  const unit = c.unit ? messages[lang][`axisUnit_${c.unit}`] : '';
  return unit && !label.toLowerCase().includes(unit.toLowerCase()) ? `${label} (${unit})` : label;
}

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** The rows a chart draws: the spec's filter applied (where its columns are present), empty values left out. */
export function chartData(spec: ChartSpec, columns: ColumnMeta[], rows: Cell[][]): Cell[][] {
  const idx = (name: string) => columns.findIndex((c) => c.name === name);
  // Rows may come pre-filtered without the filter's columns (the home page's precomputed rows).
  const filter = Object.entries(spec.filter ?? {}).filter(([k]) => idx(k) >= 0);
  return rows
    .filter((r) => filter.every(([k, v]) => v.includes(String(r[idx(k)]))))
    .filter((r) => r[idx(spec.y)] !== null);
}

export interface Trend {
  /** The colour column's value of the series, or null for a chart of one series. */
  series: Cell;
  first: Cell[];
  last: Cell[];
}

/**
 * For a chart over time: each series' first and last point (in time order), for the text summary's
 * "from … to …". Empty when x is not time or no series has two points.
 */
export function trends(spec: ChartSpec, columns: ColumnMeta[], data: Cell[][]): Trend[] {
  const xi = columns.findIndex((c) => c.name === spec.x);
  if (columns[xi]?.role !== 'time') return [];
  const ci = spec.color ? columns.findIndex((c) => c.name === spec.color) : -1;
  const series = new Map<Cell, Cell[][]>();
  for (const r of data) {
    const key = ci >= 0 ? r[ci] : null;
    series.set(key, [...(series.get(key) ?? []), r]);
  }
  const byX = (a: Cell[], b: Cell[]) => (String(a[xi]) < String(b[xi]) ? -1 : String(a[xi]) > String(b[xi]) ? 1 : 0);
  const numeric = columns[xi].type !== 'DATE';
  const order = numeric ? (a: Cell[], b: Cell[]) => Number(a[xi]) - Number(b[xi]) : byX;
  return [...series]
    .filter(([, rows]) => rows.length >= 2)
    .map(([key, rows]) => {
      const sorted = [...rows].sort(order);
      return { series: key, first: sorted[0], last: sorted[sorted.length - 1] };
    });
}

/** A cell as the chart, its table and its summary show it. */
export function displayer(columns: ColumnMeta[], labels: CodeLabels, lang: Lang) {
  return (name: string, v: Cell): string => {
    const c = columns.find((x) => x.name === name)!;
    return formatCell(v, c, lang, labels.forColumn(c, lang));
  };
}

/**
 * Draws the chart. `document` is the page's, or (in Node) one from a DOM implementation. The figure is one
 * image: its container carries the name and description, so Plot's own ARIA labels on every mark group
 * ("bar", "tip", …) are hidden from assistive technology (on a <g> without a role they are not allowed).
 */
export function drawChart(Plot: typeof PlotNS, input: ChartInput, document?: Document): SVGSVGElement | HTMLElement {
  const { spec, columns, lang, width, height } = input;
  const data = chartData(spec, columns, input.rows);
  const display = displayer(columns, input.labels, lang);
  const col = (name: string) => columns.find((c) => c.name === name)!;
  const idx = (name: string) => columns.findIndex((c) => c.name === name);
  /** Code-list order for a dimension's labels, so bars and legends follow the report's order. */
  const domainOf = (name: string): string[] | undefined => {
    const c = col(name);
    const present = new Set(data.map((r) => String(r[idx(name)])));
    if (c.type === 'DATE' || c.type === 'INTEGER') return undefined;
    const codes = c.codelist ? input.labels.codes(c.codelist) : [...present];
    return codes.filter((code) => present.has(code)).map((code) => display(name, code));
  };
  const tr = (t: Text) => t[lang] || t.nl;
  const xc = col(spec.x);
  const yc = col(spec.y);
  const isTime = xc.role === 'time';
  const xi = idx(spec.x);
  const yi = idx(spec.y);
  const ci = spec.color ? idx(spec.color) : -1;
  const points = data.map((r) => ({
    x: xc.type === 'DATE' ? new Date(`${r[xi]}T00:00:00Z`) : xc.type === 'INTEGER' ? r[xi] : display(spec.x, r[xi]),
    xText: display(spec.x, r[xi]),
    y: r[yi] as number,
    c: ci >= 0 ? display(spec.color!, r[ci]) : '',
  }));
  const yFormat = (v: number) => formatNumber(v, yc.unit, lang);
  const colorDomain = spec.color ? domainOf(spec.color) : undefined;
  // The legend is shown on small charts too: without it the colours would carry meaning on their own.
  const color = spec.color ? { legend: true, domain: colorDomain, range: PALETTE } : undefined;
  const tip = { channels: { x: 'xText', c: 'c' }, format: { x: false, y: yFormat, c: !!spec.color } } as const;
  const FONT = 13;
  const yTexts = [...new Set(points.map((p) => p.c))];
  // The heatmap has category names on its y axis: room for them, wrapped when they are long.
  const marginLeft =
    spec.mark === 'cell'
      ? Math.round(Math.min(width * 0.35, Math.max(64, 12 + 7.5 * Math.max(...yTexts.map((t) => t.length)))))
      : 64;
  // A time axis centres its last label on the right edge: room for half of "jul 2020".
  const marginRight = spec.mark === 'line' ? 36 : 20;
  const innerWidth = width - marginLeft - marginRight;
  /** Long category names on a band axis wrap within their band (in ems, as Plot measures text) instead of
   *  running into each other; when a single word is wider than its band ("Gehandicaptenzorg" in a narrow
   *  chart) wrapping cannot help, so the labels are turned by 30° and wrap at a fixed width instead. The
   *  returned `bottom` is the room the labels need below the axis. */
  const bandAxis = (names: string[], bands: number) => {
    const band = innerWidth / Math.max(1, bands);
    // Plot's text metrics average a little over half an em per character in a sans-serif font.
    const ems = (n: string) => n.length * 0.58;
    const words = names.flatMap((n) => n.split(/\s+/));
    const fits = Math.max(0, ...words.map(ems)) <= (band - 6) / FONT;
    const lineWidth = fits ? Math.max(4, (band - 6) / FONT) : 9;
    const lines = Math.min(6, Math.max(1, ...names.map((n) => Math.ceil(ems(n) / lineWidth))));
    if (fits) return { lineWidth, lines, rotate: 0, bottom: lines * 15 };
    const longest = Math.min(lineWidth, Math.max(...names.map(ems))) * FONT;
    return { lineWidth, lines, rotate: -30, bottom: Math.ceil(longest * 0.5 + lines * 13) };
  };
  const turned = (axis: { rotate: number }) =>
    axis.rotate ? { tickRotate: axis.rotate, textAnchor: 'end' as const } : {};
  const xTexts = [...new Set(points.map((p) => p.xText))];
  let marks: PlotNS.Markish[];
  let x: PlotNS.ScaleOptions = { label: tr(xc.label) };
  let y: PlotNS.ScaleOptions = {
    label: axisLabel(yc, lang),
    grid: true,
    tickFormat: yFormat,
    zero: spec.mark !== 'line',
  };
  let colorScale: PlotNS.ScaleOptions | undefined = color;
  let fx: PlotNS.ScaleOptions | undefined;
  let bottom = 15;
  if (spec.mark === 'line') {
    const dateFormat = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    x = {
      ...x,
      type: xc.type === 'DATE' ? 'utc' : 'linear',
      ticks: Math.max(2, Math.floor(innerWidth / 110)),
      tickFormat: xc.type === 'INTEGER' ? 'd' : xc.type === 'DATE' ? (d: Date) => dateFormat.format(d) : undefined,
    };
    marks = [
      Plot.lineY(points, { x: 'x', y: 'y', stroke: spec.color ? 'c' : PALETTE[0], strokeWidth: 2 }),
      Plot.dot(points, { x: 'x', y: 'y', fill: spec.color ? 'c' : PALETTE[0], r: 3, tip }),
    ];
  } else if (spec.mark === 'cell') {
    // Rows are the colour column's categories, columns the x values; the fill is the measure.
    const values = points.map((p) => p.y);
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    const dark = (v: number) => hi > lo && (v - lo) / (hi - lo) > 0.55;
    const axis = bandAxis(xTexts, xTexts.length);
    bottom = axis.bottom;
    x = { label: tr(xc.label), domain: isTime ? undefined : domainOf(spec.x) };
    y = { label: spec.color ? tr(col(spec.color).label) : null, domain: colorDomain };
    colorScale = { scheme: 'blues', domain: [lo, hi], legend: true, label: axisLabel(yc, lang), tickFormat: yFormat };
    marks = [
      Plot.cell(points, { x: 'xText', y: 'c', fill: 'y', tip }),
      // Dark text on the light cells, white text on the dark ones: both well above 4.5 : 1.
      Plot.text(points, {
        x: 'xText',
        y: 'c',
        text: (d: { y: number }) => yFormat(d.y),
        fill: (d: { y: number }) => (dark(d.y) ? 'white' : 'black'),
      }),
      Plot.axisX({ lineWidth: axis.lineWidth, ...turned(axis) }),
      Plot.axisY({ lineWidth: (marginLeft - 12) / FONT, tickSize: 0 }),
    ];
  } else if (spec.mark === 'bar' && spec.color) {
    const axis = bandAxis(xTexts, xTexts.length);
    bottom = axis.bottom;
    fx = { label: tr(xc.label), domain: isTime ? undefined : domainOf(spec.x) };
    x = { axis: null, domain: colorDomain };
    marks = [
      Plot.barY(points, { fx: 'xText', x: 'c', y: 'y', fill: 'c', tip }),
      Plot.ruleY([0]),
      Plot.axisFx({ anchor: 'bottom', lineWidth: axis.lineWidth, ...turned(axis) }),
    ];
  } else {
    const axis = bandAxis(xTexts, xTexts.length);
    bottom = axis.bottom;
    x = { ...x, type: 'band', domain: isTime ? undefined : domainOf(spec.x) };
    marks = [
      Plot.barY(points, { x: 'xText', y: 'y', fill: spec.color ? 'c' : PALETTE[0], tip }),
      Plot.ruleY([0]),
      Plot.axisX({ lineWidth: axis.lineWidth, ...turned(axis) }),
    ];
  }
  const plot = Plot.plot({
    width,
    height: height + bottom - 15,
    marginLeft,
    marginRight,
    marginBottom: 28 + bottom,
    style: { fontSize: `${FONT}px`, background: 'transparent', color: 'currentColor' },
    x,
    ...(fx ? { fx } : {}),
    y,
    color: colorScale,
    marks,
    ariaLabel: input.title,
    ariaDescription: input.summary,
    ...(document ? { document } : {}),
  });
  plot.setAttribute('aria-hidden', 'true');
  return plot;
}
