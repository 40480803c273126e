// The chart module's pure parts: which rows a chart draws and the "from … to …" of its text summary, on the
// real published key figures (drawn by the snapshot command from real DuckDB).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/manifest.ts';
import { chartData, trends } from '../../src/lib/plotspec.ts';
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
