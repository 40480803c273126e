// Reads data/metadata.json and checks its structure before any data file is touched: every later check
// relies on the column roles, types and code lists declared here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  MARKS,
  ROLES,
  TYPES,
  UNITS,
  type ChartSpec,
  type ColumnMeta,
  type Text,
  type TotalRule,
} from '../../src/lib/manifest.ts';
import type { ProblemList } from './problems.ts';

export interface CodelistInput {
  file: string;
  title: Text;
}

export interface DatasetInput {
  id: string;
  file: string;
  title: Text;
  description: Text;
  columns: ColumnMeta[];
  totals?: TotalRule[];
  chart?: ChartSpec;
}

export interface HighlightInput {
  id: string;
  title: Text;
  text: Text;
  dataset: string;
  chart: ChartSpec;
  headline: { measure: string; where: Record<string, string> };
}

export interface MetadataInput {
  codelists: Record<string, CodelistInput>;
  datasets: DatasetInput[];
  highlights: HighlightInput[];
  synthetic?: boolean;
}

/** Columns every dataset carries, so that every figure in the site can show where it comes from. */
export const PROVENANCE = ['status', 'bron', 'bron_locatie'] as const;

const ID = /^[a-z][a-z0-9_]*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is Text =>
  isObj(v) && typeof v.nl === 'string' && v.nl.trim() !== '' && typeof v.en === 'string' && v.en.trim() !== '';

export async function readMetadata(dir: string, problems: ProblemList): Promise<MetadataInput | null> {
  const file = path.join(dir, 'metadata.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    problems.add({ file, line: 1, rule: 'metadata.json is missing: every dataset must be described there' });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    problems.add({ file, line: 1, rule: `metadata.json is not valid JSON (${(e as Error).message})` });
    return null;
  }
  const before = problems.items.length;
  const bad = (where: string, rule: string) => problems.add({ file, line: 1, column: where, rule });
  if (!isObj(json)) {
    bad('(root)', 'must be an object with "codelists" and "datasets"');
    return null;
  }
  const codelists = isObj(json.codelists) ? json.codelists : (bad('codelists', 'must be an object'), {});
  for (const [id, cl] of Object.entries(codelists)) {
    if (!ID.test(id)) bad(`codelists.${id}`, 'code list id must be lower-case letters, digits and _');
    if (!isObj(cl) || typeof cl.file !== 'string') bad(`codelists.${id}.file`, 'must name the CSV file');
    else if (!isText(cl.title)) bad(`codelists.${id}.title`, 'needs a non-empty nl and en title');
  }
  const datasets = Array.isArray(json.datasets) ? json.datasets : (bad('datasets', 'must be a list'), []);
  const seen = new Set<string>();
  datasets.forEach((d: unknown, i: number) => checkDataset(d, `datasets[${i}]`, codelists, seen, bad));
  const highlights = json.highlights === undefined ? [] : json.highlights;
  if (!Array.isArray(highlights)) bad('highlights', 'must be a list');
  else
    highlights.forEach((h: unknown, i: number) =>
      checkHighlight(h, `highlights[${i}]`, datasets as DatasetInput[], bad),
    );
  if (json.synthetic !== undefined && typeof json.synthetic !== 'boolean') bad('synthetic', 'must be true or false');
  if (problems.items.length > before) return null;
  return { ...(json as unknown as MetadataInput), highlights: Array.isArray(highlights) ? highlights : [] };
}

function checkDataset(
  d: unknown,
  at: string,
  codelists: Obj,
  seen: Set<string>,
  bad: (where: string, rule: string) => void,
): void {
  if (!isObj(d)) return bad(at, 'must be an object');
  if (typeof d.id !== 'string' || !ID.test(d.id)) return bad(`${at}.id`, 'must be lower-case letters, digits and _');
  at = `datasets.${d.id}`;
  if (seen.has(d.id)) bad(`${at}.id`, 'dataset id is used twice');
  seen.add(d.id);
  if (typeof d.file !== 'string' || !d.file.endsWith('.csv')) bad(`${at}.file`, 'must name a .csv file');
  if (!isText(d.title)) bad(`${at}.title`, 'needs a non-empty nl and en title');
  if (!isText(d.description)) bad(`${at}.description`, 'needs a non-empty nl and en description');
  if (!Array.isArray(d.columns) || d.columns.length === 0) return bad(`${at}.columns`, 'must list the columns');
  const names = new Set<string>();
  let times = 0;
  for (const c of d.columns as unknown[]) {
    if (!isObj(c) || typeof c.name !== 'string' || !ID.test(c.name)) {
      bad(`${at}.columns`, 'every column needs a lower-case name');
      continue;
    }
    const cat = `${at}.columns.${c.name}`;
    if (names.has(c.name)) bad(cat, 'column is listed twice');
    names.add(c.name);
    if (!TYPES.includes(c.type as never)) bad(`${cat}.type`, `must be one of ${TYPES.join(', ')}`);
    if (!ROLES.includes(c.role as never)) bad(`${cat}.role`, `must be one of ${ROLES.join(', ')}`);
    if (!isText(c.label)) bad(`${cat}.label`, 'needs a non-empty nl and en label');
    if (!isObj(c.description) || typeof c.description.nl !== 'string' || typeof c.description.en !== 'string')
      bad(`${cat}.description`, 'needs an nl and en description');
    if (c.role === 'time') {
      times++;
      if (c.type !== 'DATE' && c.type !== 'INTEGER') bad(`${cat}.type`, 'a time column is a DATE or an INTEGER year');
    }
    if (c.role === 'dimension' && c.type !== 'VARCHAR') bad(`${cat}.type`, 'a dimension holds codes (VARCHAR)');
    if (c.role === 'dimension' && typeof c.codelist !== 'string')
      bad(`${cat}.codelist`, 'a dimension needs a code list');
    if (typeof c.codelist === 'string' && !(c.codelist in codelists))
      bad(`${cat}.codelist`, `code list "${c.codelist}" is not declared under "codelists"`);
    if (c.role === 'measure') {
      if (!UNITS.includes(c.unit as never)) bad(`${cat}.unit`, `a measure needs a unit: ${UNITS.join(', ')}`);
      if (!['INTEGER', 'BIGINT', 'DOUBLE'].includes(c.type as string)) bad(`${cat}.type`, 'a measure is numeric');
      if (c.unit === 'count' && c.type === 'DOUBLE') bad(`${cat}.type`, 'a count is an INTEGER or BIGINT');
    }
  }
  if (times !== 1) bad(`${at}.columns`, 'needs exactly one column with role "time"');
  if (![...names].some((n) => (d.columns as ColumnMeta[]).find((c) => c.name === n)?.role === 'measure'))
    bad(`${at}.columns`, 'needs at least one measure');
  for (const p of PROVENANCE) if (!names.has(p)) bad(`${at}.columns`, `needs the provenance column "${p}"`);
  const cols = d.columns as ColumnMeta[];
  const measures = new Set(cols.filter((c) => c.role === 'measure').map((c) => c.name));
  const dims = new Set(cols.filter((c) => c.role === 'dimension').map((c) => c.name));
  if (d.totals !== undefined) {
    if (!Array.isArray(d.totals)) bad(`${at}.totals`, 'must be a list');
    else
      for (const t of d.totals as unknown[]) {
        if (!isObj(t) || typeof t.dimension !== 'string' || !dims.has(t.dimension))
          bad(`${at}.totals`, 'each rule names a dimension of the dataset');
        else if ((typeof t.total === 'string') === (typeof t.value === 'number'))
          bad(`${at}.totals.${t.dimension}`, 'give either "total" (a code) or "value" (a number)');
        else if (!Array.isArray(t.measures) || t.measures.some((m) => !measures.has(m as string)))
          bad(`${at}.totals.${t.dimension}`, '"measures" must list measures of the dataset');
        else if (typeof t.tolerance !== 'number' || t.tolerance < 0)
          bad(`${at}.totals.${t.dimension}`, '"tolerance" must be a number ≥ 0');
      }
  }
  if (d.chart !== undefined) checkChart(d.chart, `${at}.chart`, new Set(names), bad);
}

function checkChart(c: unknown, at: string, names: Set<string>, bad: (where: string, rule: string) => void): void {
  if (!isObj(c)) return bad(at, 'must be an object');
  if (!MARKS.includes(c.mark as never)) bad(`${at}.mark`, `must be one of ${MARKS.join(', ')}`);
  for (const k of ['x', 'y', 'color'] as const) {
    if (c[k] === undefined && k === 'color') continue;
    if (typeof c[k] !== 'string' || !names.has(c[k] as string)) bad(`${at}.${k}`, 'must name a column of the dataset');
  }
  if (c.filter !== undefined) {
    if (!isObj(c.filter)) bad(`${at}.filter`, 'must map columns to lists of codes');
    else
      for (const [k, v] of Object.entries(c.filter))
        if (!names.has(k) || !Array.isArray(v)) bad(`${at}.filter.${k}`, 'must map a column to a list of codes');
  }
}

function checkHighlight(
  h: unknown,
  at: string,
  datasets: DatasetInput[],
  bad: (where: string, rule: string) => void,
): void {
  if (!isObj(h) || typeof h.id !== 'string' || !ID.test(h.id)) return bad(at, 'needs a lower-case id');
  at = `highlights.${h.id}`;
  if (!isText(h.title)) bad(`${at}.title`, 'needs a non-empty nl and en title');
  if (!isText(h.text)) bad(`${at}.text`, 'needs a non-empty nl and en text');
  const ds = datasets.find((d) => isObj(d) && d.id === h.dataset);
  if (!ds) return bad(`${at}.dataset`, 'must name a dataset');
  const names = new Set((ds.columns ?? []).map((c) => c.name));
  checkChart(h.chart, `${at}.chart`, names, bad);
  if (!isObj(h.headline) || typeof h.headline.measure !== 'string' || !names.has(h.headline.measure))
    bad(`${at}.headline.measure`, 'must name a measure of the dataset');
  else if (!isObj(h.headline.where)) bad(`${at}.headline.where`, 'must pick one row: {column: code}');
}
