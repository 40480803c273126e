// Fetches a snapshot's Parquet file, checks it against the manifest's sha256, and decodes it to an Arrow
// IPC stream. DuckDB-WASM has no built-in Parquet reader (it would download one from the internet), so
// decoding happens here with parquet-wasm, off the main thread, and DuckDB ingests Arrow.
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

export interface DecodeRequest {
  id: number;
  url: string;
  sha256: string;
}
export type DecodeResponse =
  | { id: number; ok: true; ipc: Uint8Array; bytes: number }
  | { id: number; ok: false; error: string; kind: 'fetch' | 'integrity' | 'decode' };

let ready: Promise<unknown> | null = null;

async function digest(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

self.onmessage = async (e: MessageEvent<DecodeRequest>) => {
  const { id, url, sha256 } = e.data;
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
  try {
    ready ??= initParquet({ module_or_path: parquetWasmUrl });
    await ready;
    const t3 = performance.now();
    performance.measure('wlz:parquet-init', { start: t2, end: t3, detail: url });
    const ipc = readParquet(bytes).intoIPCStream();
    performance.measure('wlz:decode', { start: t3, detail: url });
    self.postMessage({ id, ok: true, ipc, bytes: bytes.length } satisfies DecodeResponse, { transfer: [ipc.buffer] });
  } catch (err) {
    fail('decode', err instanceof Error ? err.message : String(err));
  }
};
