// Spreadsheet and Parquet exports of a view. Both libraries are loaded only when a reader asks for such a
// file, so they cost nothing on the way to the first chart.
import type { Cell } from './manifest';
import { neutralise } from './export';

/** What a view shows, ready for a file: header, rows, and whether each column holds numbers. */
export interface Grid {
  header: string[];
  rows: Cell[][];
  numeric: boolean[];
  /**
   * The type of each column where it is more than text or a number: a year stays an integer and a date a
   * date (ISO text in the rows) in XLSX and Parquet. Without it, `numeric` decides.
   */
  types?: ColumnKind[];
}

export type ColumnKind = 'text' | 'number' | 'integer' | 'date';

/** A column's kind in a grid. */
export const kindOf = (grid: Grid, j: number): ColumnKind => grid.types?.[j] ?? (grid.numeric[j] ? 'number' : 'text');

const DAY_MS = 86_400_000;
/** An ISO date as days since 1970-01-01 (Parquet's DATE), or null when it is not one. */
export function isoDays(v: Cell): number | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const ms = Date.parse(`${v}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** Where the figures come from; goes into the second sheet of an XLSX and the metadata of a Parquet file. */
export type Provenance = [label: string, value: string][];

/** Excel's limit: 1,048,576 rows per worksheet, the header included. */
export const XLSX_MAX_ROWS = 1_048_576;

/** A view with more rows than a worksheet holds: refused, never cut off silently. */
export class XlsxTooLarge extends Error {
  constructor(readonly rows: number) {
    super(`${rows} rows do not fit in an Excel worksheet (at most ${XLSX_MAX_ROWS - 1} below the header)`);
    this.name = 'XlsxTooLarge';
  }
}

export async function toXlsx(grid: Grid, provenance: Provenance, sheetNames: [string, string]): Promise<Blob> {
  if (grid.rows.length + 1 > XLSX_MAX_ROWS) throw new XlsxTooLarge(grid.rows.length);
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const text = (v: string) => ({ value: neutralise(v), type: String });
  const data = [
    grid.header.map((h) => ({ ...text(h), fontWeight: 'bold' as const })),
    ...grid.rows.map((r) =>
      r.map((v, j) => {
        if (v === null) return null;
        const kind = kindOf(grid, j);
        if (kind === 'integer' && typeof v === 'number') return { value: v, type: Number, format: '0' };
        if (kind === 'number' && typeof v === 'number') return { value: v, type: Number };
        const days = kind === 'date' ? isoDays(v) : null;
        if (days !== null) return { value: new Date(days * DAY_MS), type: Date, format: 'yyyy-mm-dd' };
        return text(String(v));
      }),
    ),
  ];
  const meta = provenance.map(([k, v]) => [{ ...text(k), fontWeight: 'bold' as const }, text(v)]);
  return writeXlsxFile([
    { data, sheet: sheetNames[0], stickyRowsCount: 1 },
    { data: meta, sheet: sheetNames[1], columns: [{ width: 28 }, { width: 100 }] },
  ] as never).toBlob();
}

export async function toParquet(grid: Grid, provenance: Provenance): Promise<Uint8Array> {
  const [arrow, pq, wasm] = await Promise.all([
    import('apache-arrow'),
    import('parquet-wasm/esm'),
    import('parquet-wasm/esm/parquet_wasm_bg.wasm?url'),
  ]);
  await pq.default({ module_or_path: wasm.default });
  // Vectors are assembled from typed arrays: Arrow's builders generate code with `new Function`, which the
  // site's Content-Security-Policy (rightly) forbids.
  const columns: Record<string, import('apache-arrow').Vector> = {};
  const validity = (values: Cell[]) => {
    const bits = new Uint8Array(Math.ceil(values.length / 8));
    values.forEach((v, i) => {
      if (v !== null) bits[i >> 3] |= 1 << (i & 7);
    });
    return bits;
  };
  grid.header.forEach((h, j) => {
    const values = grid.rows.map((r) => r[j]);
    const nullCount = values.filter((v) => v === null).length;
    const nullBitmap = validity(values);
    const kind = kindOf(grid, j);
    if (kind === 'integer' || kind === 'date') {
      const data = Int32Array.from(values, (v) => (v === null ? 0 : kind === 'date' ? (isoDays(v) ?? 0) : Number(v)));
      const type = kind === 'date' ? new arrow.DateDay() : new arrow.Int32();
      columns[h] = arrow.makeVector(
        arrow.makeData({ type, length: values.length, nullCount, nullBitmap, data } as never),
      );
    } else if (kind === 'number') {
      const data = Float64Array.from(values, (v) => (v === null ? 0 : Number(v)));
      columns[h] = arrow.makeVector(
        arrow.makeData({ type: new arrow.Float64(), length: values.length, nullCount, nullBitmap, data }),
      );
    } else {
      const enc = new TextEncoder();
      const parts = values.map((v) => enc.encode(v === null ? '' : String(v)));
      const valueOffsets = new Int32Array(values.length + 1);
      parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i] + p.length));
      const data = new Uint8Array(valueOffsets[values.length]);
      parts.forEach((p, i) => data.set(p, valueOffsets[i]));
      columns[h] = arrow.makeVector(
        arrow.makeData({ type: new arrow.Utf8(), length: values.length, nullCount, nullBitmap, valueOffsets, data }),
      );
    }
  });
  const table = new arrow.Table(columns);
  const wasmTable = pq.Table.fromIPCStream(arrow.tableToIPC(table, 'stream'));
  const props = new pq.WriterPropertiesBuilder()
    .setCompression(pq.Compression.ZSTD)
    .setKeyValueMetadata(new Map(provenance.map(([k, v]) => [k, v])))
    .build();
  return pq.writeParquet(wasmTable, props);
}
