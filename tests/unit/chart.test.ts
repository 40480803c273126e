// The chart module's pure parts: which rows a chart draws and the "from … to …" of its text summary, on the
// real published key figures (drawn by the snapshot command from real DuckDB).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/manifest.ts';
import { axisLabel, chartData, trends } from '../../src/lib/plotspec.ts';
import { chartFilters, defaultState, roleChart } from '../../src/lib/viewstate.ts';
import { runSnapshot } from '../../scripts/snapshot.ts';

let dir: string;
let manifest: Manifest;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wlz-chart-'));
  expect((await runSnapshot({ in: 'data', out: dir, id: 'c', published: '2024-12-12' })).code).toBe(0);
  manifest = JSON.parse(await readFile(path.join(dir, 'c', 'manifest.json'), 'utf8'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('chart summaries', () => {
  it('give each series over time its first and last point, in time order', () => {
    const h = manifest.highlights.find((x) => x.id === 'rechtmatigheid')!;
    const d = manifest.datasets.find((x) => x.id === h.dataset)!;
    const columns = h.columns.map((n) => d.columns.find((c) => c.name === n)!);
    const data = chartData(h.chart, columns, h.rows);
    const t = trends(h.chart, columns, data);
    const xi = h.columns.indexOf(h.chart.x);
    const ci = h.columns.indexOf(h.chart.color!);
    const series = [...new Set(data.map((r) => r[ci]))];
    expect(t.map((x) => x.series).sort()).toEqual(series.sort());
    for (const { series: s, first, last } of t) {
      const years = data.filter((r) => r[ci] === s).map((r) => Number(r[xi]));
      expect(Number(first[xi])).toBe(Math.min(...years));
      expect(Number(last[xi])).toBe(Math.max(...years));
    }
    // Reversed input gives the same answer: the order comes from time, not from the rows.
    const bySeries = (x: typeof t) => [...x].sort((a, b) => String(a.series).localeCompare(String(b.series)));
    expect(bySeries(trends(h.chart, columns, [...data].reverse()))).toEqual(bySeries(t));
  });

  it('have no trend when x is not time', () => {
    const h = manifest.highlights.find((x) => x.id === 'boven_streefnorm')!;
    const d = manifest.datasets.find((x) => x.id === h.dataset)!;
    const columns = h.columns.map((n) => d.columns.find((c) => c.name === n)!);
    expect(trends(h.chart, columns, chartData(h.chart, columns, h.rows))).toEqual([]);
  });
});

describe('axis titles', () => {
  it('carry the unit of their measure', () => {
    const col = (id: string, name: string) =>
      manifest.datasets.find((x) => x.id === id)!.columns.find((c) => c.name === name)!;
    const bedrag = col('rechtmatigheid', 'bedrag');
    expect(bedrag.unit).toBe('eur_mln');
    expect(axisLabel(bedrag, 'nl')).toBe(`${bedrag.label.nl} (€ mln)`);
    expect(axisLabel(bedrag, 'en')).toBe(`${bedrag.label.en} (€ mln)`);
    const pct = col('rechtmatigheid', 'percentage');
    expect(pct.unit).toBe('share');
    expect(axisLabel(pct, 'nl')).toBe(`${pct.label.nl} (%)`);
    // A count needs no unit: "Aantal".
    const aantal = col('wachtlijsten', 'aantal');
    expect(aantal.unit).toBe('count');
    expect(axisLabel(aantal, 'nl')).toBe(aantal.label.nl);
    // Every measure of every dataset gets a title, with its unit where it has one worth naming.
    for (const d of manifest.datasets)
      for (const c of d.columns.filter((x) => x.role === 'measure')) {
        const t = axisLabel(c, 'nl');
        expect(t.startsWith(c.label.nl), `${d.id}.${c.name}`).toBe(true);
        // (A label that already names its unit, like "Kwaliteit onvoldoende (% bezoeken)", keeps it once.)
        if (c.unit === 'share') expect(t, `${d.id}.${c.name}`).toContain('%');
        if (c.unit === 'eur_mln') expect(t, `${d.id}.${c.name}`).toMatch(/€ mln|mln/);
      }
  });
});

describe('default charts', () => {
  it('without a chart spec, come from the roles: a line over time when time has more than one value', () => {
    for (const d of manifest.datasets) {
      const bare = { ...d, chart: undefined };
      const c = roleChart(bare);
      const time = d.columns.find((x) => x.role === 'time')!;
      const many = (d.dimensions[time.name]?.length ?? 0) > 1;
      expect(c.mark, d.id).toBe(many ? 'line' : 'bar');
      expect(c.x, d.id).toBe(many ? time.name : d.columns.find((x) => x.role === 'dimension')!.name);
      expect(d.columns.find((x) => x.name === c.y)?.role, d.id).toBe('measure');
      const s = defaultState(bare);
      expect([s.mark, s.rows[0], s.measure], d.id).toEqual([c.mark, c.x, c.y]);
    }
    expect(manifest.datasets.some((d) => roleChart({ ...d, chart: undefined }).mark === 'line')).toBe(true);
  });

  it("show all rows in the table: a chart spec's filter is the chart's own", () => {
    const filtered = manifest.datasets.filter((d) => Object.keys(d.chart?.filter ?? {}).length > 0);
    expect(filtered.length).toBeGreaterThan(0);
    for (const d of filtered) {
      const s = defaultState(d);
      expect(s.filters, d.id).toEqual({});
      expect(chartFilters(d, s), d.id).toEqual(d.chart!.filter);
      // A filter of the reader's own on that column wins over the chart's.
      const [name] = Object.keys(d.chart!.filter!);
      const own = { ...s, filters: { [name]: [String(d.dimensions[name][0])] } };
      expect(chartFilters(d, own)[name], d.id).toBeUndefined();
    }
  });
});
