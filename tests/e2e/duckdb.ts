// The reference side of the end-to-end tests: the same Parquet files the site serves, queried with DuckDB
// in Node. What the page shows must equal what these queries return.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Manifest } from '../../src/lib/manifest.ts';

export async function openSnapshot(
  distDir: string,
  id: string,
): Promise<{ con: DuckDBConnection; manifest: Manifest; dir: string }> {
  const dir = path.join(distDir, 'data', id);
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  return { con, manifest, dir };
}

export async function queryRows(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const res = await con.runAndReadAll(sql);
  return res
    .getRowObjectsJS()
    .map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v,
        ]),
      ),
    );
}

export const parquet = (dir: string, file: string) => `read_parquet('${path.join(dir, file).replaceAll("'", "''")}')`;
