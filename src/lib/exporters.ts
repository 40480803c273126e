// Spreadsheet and Parquet exports of a view. Both libraries are loaded only when a reader asks for such a
// file, so they cost nothing on the way to the first chart.
import type { Cell } from './manifest';
import { neutralise } from './export';

/** What a view shows, ready for a file: header, rows, and whether each column holds numbers. */
export interface Grid {
  header: string[];
  rows: Cell[][];
  numeric: boolean[];
}

/** Where the figures come from; goes into the second sheet of an XLSX and the metadata of a Parquet file. */
export type Provenance = [label: string, value: string][];

export async function toXlsx(grid: Grid, provenance: Provenance, sheetNames: [string, string]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const text = (v: string) => ({ value: neutralise(v), type: String });
  const data = [
    grid.header.map((h) => ({ ...text(h), fontWeight: 'bold' as const })),
    ...grid.rows.map((r) =>
      r.map((v, j) =>
        v === null ? null : grid.numeric[j] && typeof v === 'number' ? { value: v, type: Number } : text(String(v)),
      ),
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
    if (grid.numeric[j]) {
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
