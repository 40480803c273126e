// Writes a validated input as a snapshot: Parquet per dataset, manifest.json, and the updated index.json.
// Everything is written into a temporary folder beside the target and renamed into place at the end, so a
// failure leaves the output folder exactly as it was.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type {
  Cell,
  CodelistManifest,
  DatasetManifest,
  Highlight,
  IndexEntry,
  Manifest,
  SnapshotIndex,
} from '../../src/lib/manifest.ts';
import { codeOrderExpr } from '../../src/lib/query.ts';
import { withHomeCharts } from './homecharts.ts';
import { CODELIST_COLUMNS, keyColumns, lit, q, type LoadedInput } from './validate.ts';
import type { DatasetInput } from './metadata.ts';

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export class PublishError extends Error {}

export async function inputId(dir: string, files: string[]): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f).update('\0');
    h.update(await readFile(path.join(dir, f))).update('\0');
  }
  return h.digest('hex').slice(0, 12);
}

async function rows(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS();
}

/** Dates become ISO strings and BIGINTs numbers: the manifest is JSON read by a browser. */
function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
}

const selectable = (d: DatasetInput) =>
  d.columns.map((c) => (c.type === 'DATE' ? `strftime(${q(c.name)}, '%Y-%m-%d') AS ${q(c.name)}` : q(c.name)));

async function writeDataset(
  con: DuckDBConnection,
  d: DatasetInput,
  table: string,
  dir: string,
): Promise<DatasetManifest> {
  const file = `${d.id}.parquet`;
  const target = path.join(dir, file);
  // The explorer's default order (time, then each dimension in code-list order), so that it can show the
  // rows in stored order instead of sorting them (manifest rowOrder; src/lib/query.ts).
  const terms: string[] = [];
  for (const name of keyColumns(d)) {
    const c = d.columns.find((x) => x.name === name)!;
    const codes = c.codelist
      ? (await rows(con, `SELECT code FROM ${q(`cl_${c.codelist}`)} ORDER BY rowid`)).map((r) => String(r.code))
      : undefined;
    terms.push(codeOrderExpr(codes, q(name)));
  }
  const order = terms.join(', ');
  await con.run(
    `COPY (SELECT ${d.columns.map((c) => q(c.name)).join(', ')} FROM ${q(table)} ORDER BY ${order})
     TO ${lit(target)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`,
  );
  const bytes = await readFile(target);
  const dimensions: DatasetManifest['dimensions'] = {};
  for (const c of d.columns.filter((c) => c.role === 'dimension' || c.role === 'time')) {
    const sel = c.type === 'DATE' ? `strftime(${q(c.name)}, '%Y-%m-%d')` : q(c.name);
    const vals = await rows(con, `SELECT DISTINCT ${sel} AS v FROM ${q(table)} ORDER BY 1`);
    dimensions[c.name] = vals.map((r) => cell(r.v) as string | number);
  }
  const measures: DatasetManifest['measures'] = {};
  for (const c of d.columns.filter((c) => c.role === 'measure')) {
    const [r] = await rows(con, `SELECT min(${q(c.name)})::DOUBLE lo, max(${q(c.name)})::DOUBLE hi FROM ${q(table)}`);
    measures[c.name] = { min: cell(r.lo) as number | null, max: cell(r.hi) as number | null };
  }
  const [count] = await rows(con, `SELECT count(*)::BIGINT n FROM ${q(table)}`);
  const sources = await rows(con, `SELECT DISTINCT bron FROM ${q(table)} ORDER BY 1`);
  // Text columns with a single value (NULL included) in every row: the page adds them instead of decoding them.
  // One scan for all of them: a 10M-row dataset is read once, not once per column.
  const constant: Record<string, string | null> = {};
  const texts = d.columns.filter((c) => c.type === 'VARCHAR' && c.role !== 'dimension').map((c) => c.name);
  if (texts.length > 0) {
    const stats = texts.flatMap((name, i) => [
      `count(DISTINCT ${q(name)})::INT AS k${i}`,
      `count(${q(name)})::INT AS v${i}`,
      `any_value(${q(name)}) AS x${i}`,
    ]);
    const [r] = await rows(con, `SELECT count(*)::INT AS n, ${stats.join(', ')} FROM ${q(table)}`);
    const n = Number(r.n);
    texts.forEach((name, i) => {
      const [k, v] = [Number(r[`k${i}`]), Number(r[`v${i}`])];
      if (n > 0 && ((k === 1 && v === n) || v === 0)) constant[name] = v === 0 ? null : String(r[`x${i}`]);
    });
  }
  const pairs = await rows(con, `SELECT DISTINCT bron, bron_locatie FROM ${q(table)} ORDER BY 1, 2 LIMIT 2`);
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    file,
    rows: Number(count.n),
    bytes: bytes.length,
    sha256: sha256(bytes),
    columns: d.columns,
    dimensions,
    measures,
    sources: sources.map((r) => String(r.bron)),
    rowOrder: 'default',
    ...(Object.keys(constant).length ? { constant } : {}),
    ...(pairs.length === 1
      ? { source: { bron: String(pairs[0].bron), bron_locatie: String(pairs[0].bron_locatie) } }
      : {}),
    ...(d.chart ? { chart: d.chart } : {}),
    ...(d.totals ? { totals: d.totals } : {}),
  };
}

async function codelists(con: DuckDBConnection, input: LoadedInput): Promise<Record<string, CodelistManifest>> {
  const out: Record<string, CodelistManifest> = {};
  for (const [id, cl] of Object.entries(input.meta.codelists).sort(([a], [b]) => a.localeCompare(b))) {
    const list = await rows(con, `SELECT * FROM ${q(`cl_${id}`)} ORDER BY rowid`);
    out[id] = {
      title: cl.title,
      codes: list.map((r) => {
        const extra = Object.fromEntries(
          Object.entries(r)
            .filter(([k]) => !CODELIST_COLUMNS.includes(k))
            .map(([k, v]) => [k, v === null ? '' : String(v)]),
        );
        return {
          code: String(r.code),
          label: { nl: String(r.label_nl), en: String(r.label_en) },
          description: { nl: String(r.description_nl ?? ''), en: String(r.description_en ?? '') },
          ...(Object.keys(extra).length ? { extra } : {}),
        };
      }),
    };
  }
  return out;
}

async function highlights(con: DuckDBConnection, input: LoadedInput): Promise<Highlight[]> {
  const out: Highlight[] = [];
  for (const h of input.meta.highlights) {
    const d = input.meta.datasets.find((x) => x.id === h.dataset)!;
    const table = input.tables.get(d.id)!;
    const where = (f: Record<string, string[]>) =>
      Object.entries(f)
        .map(([k, v]) => `CAST(${q(k)} AS VARCHAR) IN (${v.map(lit).join(', ')})`)
        .join(' AND ') || 'true';
    const cols = [h.chart.x, h.chart.y, ...(h.chart.color ? [h.chart.color] : [])];
    const sel = selectable(d).filter((_, i) => cols.includes(d.columns[i].name));
    const picked = cols.map((c) => d.columns.find((x) => x.name === c)!.name);
    const order = [h.chart.x, ...(h.chart.color ? [h.chart.color] : [])].map(q).join(', ');
    const data = await rows(
      con,
      `SELECT ${sel.join(', ')} FROM ${q(table)} WHERE ${where(h.chart.filter ?? {})} AND ${q(h.chart.y)} IS NOT NULL ORDER BY ${order}`,
    );
    const headlineWhere = Object.fromEntries(Object.entries(h.headline.where).map(([k, v]) => [k, [v]]));
    const head = await rows(
      con,
      `SELECT ${q(h.headline.measure)}::DOUBLE AS v, status, voetnoot FROM ${q(table)} WHERE ${where(headlineWhere)}`,
    );
    if (head.length !== 1)
      throw new PublishError(
        `metadata.json: highlights.${h.id}.headline.where picks ${head.length} rows; it must pick exactly one`,
      );
    const src = await rows(
      con,
      `SELECT DISTINCT bron, bron_locatie FROM ${q(table)} WHERE ${where(h.chart.filter ?? {})} ORDER BY 1, 2`,
    );
    out.push({
      id: h.id,
      title: h.title,
      text: h.text,
      dataset: h.dataset,
      chart: h.chart,
      headline: {
        measure: h.headline.measure,
        value: cell(head[0].v) as number | null,
        where: h.headline.where,
        status: String(head[0].status),
        voetnoot: head[0].voetnoot === null ? null : String(head[0].voetnoot),
      },
      columns: picked,
      rows: data.map((r) => picked.map((c) => cell(r[c]))),
      sources: src.map((r) => ({ bron: String(r.bron), bron_locatie: String(r.bron_locatie) })),
    });
  }
  return out;
}

export interface PublishOptions {
  out: string;
  id: string;
  published: string | null;
  notes: string | null;
}

export interface PublishResult {
  dir: string;
  manifest: Manifest;
  unchanged: boolean;
}

async function readIndex(out: string): Promise<SnapshotIndex> {
  let raw: string;
  try {
    raw = await readFile(path.join(out, 'index.json'), 'utf8');
  } catch {
    return { format: 1, snapshots: [] };
  }
  let idx: SnapshotIndex;
  try {
    idx = JSON.parse(raw) as SnapshotIndex;
  } catch (e) {
    throw new PublishError(`${path.join(out, 'index.json')}: not valid JSON (${(e as Error).message})`);
  }
  if (idx?.format !== 1 || !Array.isArray(idx.snapshots))
    throw new PublishError(`${path.join(out, 'index.json')}: not a snapshot index (format 1)`);
  return idx;
}

/**
 * index.json's entry as the build writes it: the site's IndexEntry (src/lib/manifest.ts, which the site reads)
 * plus the rows per dataset. `datasets` already is the number of datasets there, so the counts get a name of
 * their own rather than changing a type the site relies on.
 */
export interface PublishedIndexEntry extends IndexEntry {
  /** Rows per dataset id, in the manifest's dataset order. */
  dataset_rows?: Record<string, number>;
}

const datasetRows = (m: Manifest) => Object.fromEntries(m.datasets.map((d) => [d.id, d.rows]));

/**
 * Published snapshots must never change: each listed manifest must still hash to what the index says. Returns
 * the index with the per-dataset row counts filled in for entries written before they were recorded (from
 * their manifests, which have just been verified).
 */
async function verifyPublished(out: string, idx: SnapshotIndex): Promise<PublishedIndexEntry[]> {
  const entries: PublishedIndexEntry[] = [];
  for (const s of idx.snapshots as PublishedIndexEntry[]) {
    const file = path.join(out, s.id, 'manifest.json');
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      throw new PublishError(`${file}: listed in index.json but missing; refusing to publish over a damaged output`);
    }
    if (sha256(bytes) !== s.manifest_sha256)
      throw new PublishError(
        `${file}: sha256 does not match index.json (the published snapshot "${s.id}" was changed); refusing to publish`,
      );
    if (s.dataset_rows) entries.push(s);
    else {
      const { manifest_sha256, ...rest } = s;
      entries.push({ ...rest, dataset_rows: datasetRows(JSON.parse(bytes.toString('utf8'))), manifest_sha256 });
    }
  }
  return entries;
}

/**
 * index.json's order, newest publication first, for the index in its current order followed by the entry
 * being added (`[...index.snapshots, entry]`). The site serves `snapshots[0]` as the newest publication, so:
 * - an entry without a publication date comes first, newest addition first: it was published by the latest
 *   run of the command, and nothing dated can be known to be newer (sorting it last, as an empty date would,
 *   made the site serve an older publication);
 * - then dated entries, latest date first; on the same date the newer addition first;
 * - synthetic snapshots (generated test data, e.g. the benchmark's) after every real one, whatever their
 *   date, so that a site built with test data beside the real figures still opens on the real figures.
 */
export function sortIndex<T extends IndexEntry>(entries: T[]): T[] {
  const added = entries.at(-1);
  const list = added ? [added, ...entries.slice(0, -1)] : [];
  const rank = (e: T) => (e.synthetic ? 2 : 0) + (e.published === null ? 0 : 1);
  // Array.prototype.sort is stable: entries that compare equal keep the order of addition built above.
  return list.sort((a, b) => rank(a) - rank(b) || (b.published ?? '').localeCompare(a.published ?? ''));
}

export async function buildManifest(
  con: DuckDBConnection,
  input: LoadedInput,
  dir: string,
  opts: PublishOptions,
): Promise<Manifest> {
  const datasets: DatasetManifest[] = [];
  for (const d of input.meta.datasets) datasets.push(await writeDataset(con, d, input.tables.get(d.id)!, dir));
  return withHomeCharts({
    format: 1,
    id: opts.id,
    published: opts.published,
    synthetic: input.meta.synthetic === true,
    notes: opts.notes,
    datasets,
    codelists: await codelists(con, input),
    highlights: await highlights(con, input),
  });
}

/**
 * Whether the id is already published with exactly this manifest (true) or free (false); throws when the id is
 * taken by other content, since a published snapshot is never overwritten.
 */
async function alreadyPublished(opts: PublishOptions, idx: SnapshotIndex, text: string): Promise<boolean> {
  const final = path.join(opts.out, opts.id);
  const existing = await readFile(path.join(final, 'manifest.json'), 'utf8').catch(() => null);
  if (existing !== null) {
    if (existing === text && idx.snapshots.some((s) => s.id === opts.id)) return true;
    throw new PublishError(
      `snapshot "${opts.id}" already exists in ${opts.out} with other content; a published snapshot is never overwritten — choose a new --id`,
    );
  }
  // rename() would replace an empty folder and fail on a full one: neither is ours to touch.
  if ((await stat(final).catch(() => null)) !== null)
    throw new PublishError(`${final} already exists and is not a published snapshot; choose a new --id`);
  return false;
}

/**
 * Everything publishing would refuse, for --check and --dry-run, without writing to the output folder: a
 * changed or missing earlier publication, an id taken by other content, and a manifest that cannot be made
 * (e.g. a key figure that picks more than one row). The manifest hashes the Parquet files, so they are
 * written — into a temporary folder outside the output, removed again. Returns a note when publishing would
 * change nothing.
 */
export async function checkPublishable(
  con: DuckDBConnection,
  input: LoadedInput,
  opts: PublishOptions,
): Promise<string[]> {
  const idx = await readIndex(opts.out);
  await verifyPublished(opts.out, idx);
  const tmp = await mkdtemp(path.join(tmpdir(), 'wlz-check-'));
  try {
    const text = JSON.stringify(await buildManifest(con, input, tmp, opts), null, 2) + '\n';
    return (await alreadyPublished(opts, idx, text))
      ? [`snapshot "${opts.id}" is already published with identical content; publishing would change nothing.`]
      : [];
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export async function publish(con: DuckDBConnection, input: LoadedInput, opts: PublishOptions): Promise<PublishResult> {
  const final = path.join(opts.out, opts.id);
  const idx = await readIndex(opts.out);
  const listed = await verifyPublished(opts.out, idx);
  // The first folder this creates (if any) is removed again when publishing fails.
  const created = await mkdir(opts.out, { recursive: true });
  const tmp = path.join(opts.out, `.tmp-${opts.id}-${process.pid}`);
  const idxTmp = path.join(opts.out, `.index-${process.pid}.json`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  let done = false;
  try {
    const manifest = await buildManifest(con, input, tmp, opts);
    const text = JSON.stringify(manifest, null, 2) + '\n';
    if (await alreadyPublished(opts, idx, text)) {
      done = true;
      return { dir: final, manifest, unchanged: true };
    }
    await writeFile(path.join(tmp, 'manifest.json'), text);
    const entry: PublishedIndexEntry = {
      id: opts.id,
      published: opts.published,
      synthetic: manifest.synthetic,
      notes: opts.notes,
      rows: manifest.datasets.reduce((n, d) => n + d.rows, 0),
      datasets: manifest.datasets.length,
      dataset_rows: datasetRows(manifest),
      manifest_sha256: sha256(text),
    };
    const next: SnapshotIndex = {
      format: 1,
      snapshots: sortIndex([...listed.filter((s) => s.id !== opts.id), entry]),
    };
    await writeFile(idxTmp, JSON.stringify(next, null, 2) + '\n');
    await rename(tmp, final);
    await rename(idxTmp, path.join(opts.out, 'index.json'));
    done = true;
    return { dir: final, manifest, unchanged: false };
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await rm(idxTmp, { force: true });
    if (!done && created) await rm(created, { recursive: true, force: true });
  }
}
