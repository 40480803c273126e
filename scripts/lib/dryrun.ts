// `--dry-run`: what publishing this input would change against the newest published snapshot — rows added,
// removed and changed per dataset — with the same diff SQL the site's "what changed" view runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { diffColumns, diffSummaryQuery } from '../../src/lib/diff.ts';
import type { Manifest, SnapshotIndex } from '../../src/lib/manifest.ts';
import { lit, q, type LoadedInput } from './validate.ts';

export async function dryRun(con: DuckDBConnection, input: LoadedInput, out: string): Promise<string[]> {
  let idx: SnapshotIndex;
  try {
    idx = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as SnapshotIndex;
  } catch {
    return [`${out} has no published snapshot yet: every dataset would be new.`];
  }
  const newest = idx.snapshots[0];
  if (!newest) return [`${out} has no published snapshot yet: every dataset would be new.`];
  const old = JSON.parse(await readFile(path.join(out, newest.id, 'manifest.json'), 'utf8')) as Manifest;
  const lines = [`changes against the newest snapshot "${newest.id}":`];
  const count = async (sql: string) => Number((await con.runAndReadAll(sql)).getRowObjectsJS()[0].n);
  for (const d of input.meta.datasets) {
    const table = q(input.tables.get(d.id)!);
    const before = old.datasets.find((x) => x.id === d.id);
    if (!before) {
      lines.push(`  ${d.id}: new dataset, ${await count(`SELECT count(*)::INT AS n FROM ${table}`)} rows added`);
      continue;
    }
    const oldTable = `read_parquet(${lit(path.join(out, newest.id, before.file))})`;
    const res = (
      await con.runAndReadAll(diffSummaryQuery(oldTable, table, diffColumns(before.columns, d.columns)))
    ).getRowObjectsJS();
    const n = (k: string) => Number(res.find((r) => r.wijziging === k)?.n ?? 0);
    lines.push(`  ${d.id}: ${n('added')} added, ${n('removed')} removed, ${n('changed')} changed`);
  }
  for (const d of old.datasets)
    if (!input.meta.datasets.some((x) => x.id === d.id)) lines.push(`  ${d.id}: dataset removed (${d.rows} rows)`);
  return lines;
}
