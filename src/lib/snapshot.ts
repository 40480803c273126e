// Reading the published snapshots: index.json and each snapshot's manifest.json, checked against the
// sha256 the index gives, so that a reader never silently sees a changed publication.
import type { DatasetManifest, Manifest, SnapshotIndex } from './manifest';

export { Labels } from './labels';

export const DATA_BASE = `${import.meta.env.BASE_URL}data`;

export class DataError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new DataError(`HTTP ${res.status}`, url);
  return res.arrayBuffer();
}

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function loadIndex(): Promise<SnapshotIndex> {
  const bytes = await fetchBytes(`${DATA_BASE}/index.json`);
  const idx = JSON.parse(new TextDecoder().decode(bytes)) as SnapshotIndex;
  if (idx.format !== 1 || !Array.isArray(idx.snapshots) || idx.snapshots.length === 0)
    throw new DataError('index.json lists no snapshots');
  return idx;
}

export async function loadManifest(idx: SnapshotIndex, id: string): Promise<Manifest> {
  const entry = idx.snapshots.find((s) => s.id === id);
  if (!entry) throw new DataError(`unknown snapshot ${id}`);
  const bytes = await fetchBytes(`${DATA_BASE}/${encodeURIComponent(id)}/manifest.json`);
  const hash = await sha256Hex(bytes);
  if (hash !== entry.manifest_sha256)
    throw new DataError(`manifest.json of ${id} does not match index.json (sha256 ${hash})`);
  return JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
}

/** Absolute, because workers resolve relative URLs against their own script's location. */
export const datasetUrl = (snapshot: string, d: DatasetManifest) =>
  new URL(`${DATA_BASE}/${encodeURIComponent(snapshot)}/${encodeURIComponent(d.file)}`, document.baseURI).href;
