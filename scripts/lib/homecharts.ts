// Draws the home page's small charts at publish time, with the same Plot code as the page
// (src/lib/plotspec.ts) and a DOM implementation, so that the home page shows them without loading Plot:
// its first view needs no chart library and no engine.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { Labels } from '../../src/lib/labels.ts';
import type { DatasetManifest, Highlight, Lang, Manifest } from '../../src/lib/manifest.ts';
import { drawChart } from '../../src/lib/plotspec.ts';

/** The width the charts are drawn at: a key-figure card's inner width on a wide screen; narrower ones scale. */
export const HOME_CHART_WIDTH = 340;
/** Chart.svelte's height on the home page. */
export const HOME_CHART_HEIGHT = 200;

export function drawHighlight(manifest: Manifest, d: DatasetManifest, h: Highlight, lang: Lang): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = drawChart(
    Plot,
    {
      spec: h.chart,
      columns: h.columns.map((n) => d.columns.find((c) => c.name === n)!),
      rows: h.rows,
      labels: new Labels(manifest),
      lang,
      width: HOME_CHART_WIDTH,
      height: HOME_CHART_HEIGHT,
      // The drawing is hidden from assistive technology; its box in the page carries title and summary.
      title: h.title[lang] || h.title.nl,
      summary: '',
    },
    document as unknown as Document,
  );
  return el.outerHTML;
}

/** The manifest with every key figure's chart drawn in both languages. */
export function withHomeCharts(manifest: Manifest): Manifest {
  return {
    ...manifest,
    highlights: manifest.highlights.map((h) => {
      const d = manifest.datasets.find((x) => x.id === h.dataset)!;
      return { ...h, svg: { nl: drawHighlight(manifest, d, h, 'nl'), en: drawHighlight(manifest, d, h, 'en') } };
    }),
  };
}
