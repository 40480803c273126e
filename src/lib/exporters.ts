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
      r.map((v, j) => (v === null ? null : grid.numeric[j] && typeof v === 'number' ? { value: v, type: Number } : text(String(v)))),
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
  const columns: Record<string, import('apache-arrow').Vector> = {};
  grid.header.forEach((h, j) => {
    const values = grid.rows.map((r) => r[j]);
    columns[h] = grid.numeric[j]
      ? arrow.vectorFromArray(values.map((v) => (v === null ? null : Number(v))), new arrow.Float64())
      : arrow.vectorFromArray(values.map((v) => (v === null ? null : String(v))), new arrow.Utf8());
  });
  const table = new arrow.Table(columns);
  const wasmTable = pq.Table.fromIPCStream(arrow.tableToIPC(table, 'stream'));
  const props = new pq.WriterPropertiesBuilder()
    .setCompression(pq.Compression.ZSTD)
    .setKeyValueMetadata(new Map(provenance.map(([k, v]) => [k, v])))
    .build();
  return pq.writeParquet(wasmTable, props);
}
