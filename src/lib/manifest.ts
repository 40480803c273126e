// Types of the published snapshot (index.json, manifest.json). Shared by the snapshot script and the site,
// so that what the build writes and what the browser reads cannot drift apart.

export type Lang = 'nl' | 'en';
export type Text = { nl: string; en: string };

export const UNITS = ['count', 'share', 'percent_change', 'eur', 'eur_thousand', 'eur_mln', 'days', 'number'] as const;
export type Unit = (typeof UNITS)[number];

export const TYPES = ['VARCHAR', 'DATE', 'INTEGER', 'BIGINT', 'DOUBLE'] as const;
export type ColumnType = (typeof TYPES)[number];

export const ROLES = ['time', 'dimension', 'measure', 'attribute'] as const;
export type Role = (typeof ROLES)[number];

export const MARKS = ['bar', 'line', 'barStacked', 'cell'] as const;
export type Mark = (typeof MARKS)[number];

export interface ColumnMeta {
  name: string;
  type: ColumnType;
  role: Role;
  label: Text;
  description: Text;
  unit?: Unit;
  codelist?: string;
  required?: boolean;
}

export interface ChartSpec {
  mark: Mark;
  x: string;
  y: string;
  color?: string;
  filter?: Record<string, string[]>;
}

export interface TotalRule {
  dimension: string;
  total?: string;
  value?: number;
  components?: string[];
  measures: string[];
  tolerance: number;
}

export interface Code {
  code: string;
  label: Text;
  description: Text;
  /** Extra columns of the code list (e.g. bestand, uitgever, publicatiedatum for sources). */
  extra?: Record<string, string>;
}

export interface CodelistManifest {
  title: Text;
  codes: Code[];
}

export interface MeasureRange {
  min: number | null;
  max: number | null;
}

export interface DatasetManifest {
  id: string;
  title: Text;
  description: Text;
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
  columns: ColumnMeta[];
  /** Distinct values of each dimension and time column (dates as ISO strings). */
  dimensions: Record<string, (string | number)[]>;
  measures: Record<string, MeasureRange>;
  sources: string[];
  /**
   * 'default': the file's rows are in the explorer's default order (time, then each dimension in code-list
   * order), so the engine can keep that order by row number instead of sorting (see rowsQuery).
   */
  rowOrder?: 'default';
  /**
   * Text columns with one value in every row (e.g. the source of a single-source dataset, or the synthetic
   * flag): the page does not decode them from the file but adds them as constants (db.ts, ensureDataset).
   */
  constant?: Record<string, string | null>;
  /** The one source (report and table) of every row, when there is only one: no view needs to ask for it. */
  source?: { bron: string; bron_locatie: string };
  chart?: ChartSpec;
  totals?: TotalRule[];
}

export type Cell = string | number | null;

export interface Highlight {
  id: string;
  title: Text;
  text: Text;
  dataset: string;
  chart: ChartSpec;
  /** The figure in large type, with its status (definitief, afgerond…) and footnote as the report gives them. */
  headline: {
    measure: string;
    value: number | null;
    where: Record<string, string>;
    status: string;
    voetnoot: string | null;
  };
  /** The rows the small chart shows, computed by DuckDB at build time so the home page needs no engine. */
  columns: string[];
  rows: Cell[][];
  /** The small chart drawn at publish time (scripts/lib/homecharts.ts), per language, as SVG markup. */
  svg?: Text;
  sources: { bron: string; bron_locatie: string }[];
}

export interface Manifest {
  format: 1;
  id: string;
  published: string | null;
  synthetic: boolean;
  notes: string | null;
  datasets: DatasetManifest[];
  codelists: Record<string, CodelistManifest>;
  highlights: Highlight[];
}

export interface IndexEntry {
  id: string;
  published: string | null;
  synthetic: boolean;
  notes: string | null;
  rows: number;
  datasets: number;
  manifest_sha256: string;
}

export interface SnapshotIndex {
  format: 1;
  snapshots: IndexEntry[];
}
