// Fetches a snapshot's Parquet file, checks it against the manifest's sha256, and decodes it to Arrow IPC,
// one row group at a time. DuckDB-WASM has no built-in Parquet reader (it would download one from the
// internet), so decoding happens here with parquet-wasm, off the main thread, and DuckDB ingests Arrow.
// Row group by row group, so that DuckDB inserts one batch while the next is decoded, and neither side ever
// holds the whole file as Arrow: at 10M rows that is 1.5 GB, more than parquet-wasm's memory can take.
import initParquet, { ParquetFile, readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

export interface DecodeRequest {
  id: number;
  url: string;
  sha256: string;
  /** Only these columns (all when absent): columns the manifest gives as constants are not decoded. */
  columns?: string[];
}
/** The main thread has inserted batch `ack` of request `id` (or, with `stop`, wants no more of them). */
export interface DecodeAck {
  id: number;
  ack: number;
  stop?: boolean;
}
export type DecodeResponse =
  /** One batch (a row group) as an Arrow IPC stream; batches come in order, the last one says so. */
  | { id: number; ok: true; ipc: Uint8Array; bytes: number; batch: number; last: boolean }
  | { id: number; ok: false; error: string; kind: 'fetch' | 'integrity' | 'decode' };

/** Decoded batches that may wait for their insertion: both threads stay busy, memory stays a few row groups. */
const AHEAD = 2;

let ready: Promise<unknown> | null = null;
const flows = new Map<number, { acked: number; stop: boolean; wake: (() => void) | null }>();

async function digest(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

self.onmessage = async (e: MessageEvent<DecodeRequest | DecodeAck>) => {
  if ('ack' in e.data) {
    const flow = flows.get(e.data.id);
    if (flow) {
      flow.acked = Math.max(flow.acked, e.data.ack);
      flow.stop ||= e.data.stop === true;
      flow.wake?.();
    }
    return;
  }
  const { id, url, sha256, columns } = e.data;
  const fail = (kind: 'fetch' | 'integrity' | 'decode', error: string) =>
    self.postMessage({ id, ok: false, kind, error } satisfies DecodeResponse);
  let bytes: Uint8Array;
  // Timing marks for the benchmark (bench/): fetch, sha256 and decode, read from this worker's timeline.
  const t0 = performance.now();
  try {
    const res = await fetch(url);
    if (!res.ok) return fail('fetch', `HTTP ${res.status} for ${url}`);
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    return fail('fetch', String(err));
  }
  const t1 = performance.now();
  performance.measure('wlz:fetch', { start: t0, end: t1, detail: url });
  const hash = await digest(bytes);
  const t2 = performance.now();
  performance.measure('wlz:sha256', { start: t1, end: t2, detail: url });
  if (hash !== sha256) return fail('integrity', `sha256 ${hash} does not match the manifest (${sha256})`);
  const flow = { acked: -1, stop: false, wake: null as (() => void) | null };
  flows.set(id, flow);
  let file: ParquetFile | null = null;
  try {
    ready ??= initParquet({ module_or_path: parquetWasmUrl });
    await ready;
    performance.measure('wlz:parquet-init', { start: t2, detail: url });
    const send = (ipc: Uint8Array, batch: number, last: boolean) =>
      self.postMessage({ id, ok: true, ipc, bytes: bytes.length, batch, last } satisfies DecodeResponse, {
        transfer: [ipc.buffer],
      });
    file = await ParquetFile.fromFile(new Blob([bytes as BlobPart]));
    const meta = file.metadata();
    const groups = meta.rowGroups().map((g) => {
      const n = g.numRows();
      g.free();
      return n;
    });
    meta.free();
    // A file without row groups still has a schema: it becomes an empty table.
    if (groups.length === 0) return send(readParquet(bytes, { columns }).intoIPCStream(), 0, true);
    for (let g = 0; g < groups.length; g++) {
      while (g - flow.acked > AHEAD && !flow.stop) await new Promise<void>((r) => (flow.wake = r));
      if (flow.stop) return;
      const t = performance.now();
      const table = await file.read({ rowGroups: [g], batchSize: Math.max(1, groups[g]), columns });
      const ipc = table.intoIPCStream();
      performance.measure('wlz:decode-batch', { start: t, detail: url });
      send(ipc, g, g === groups.length - 1);
    }
  } catch (err) {
    fail('decode', err instanceof Error ? err.message : String(err));
  } finally {
    file?.free();
    flows.delete(id);
  }
};
