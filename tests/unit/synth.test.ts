// npm run synth: a synthetic input folder that the real snapshot command accepts, with every row and the
// published manifest saying that the figures are made up. Small N, real DuckDB.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSnapshot } from '../../scripts/snapshot.ts';
import { DATASET_FILE, DATASET_ID, runSynth } from '../../scripts/synth.ts';
import type { Manifest, SnapshotIndex } from '../../src/lib/manifest.ts';

const N = 5000;
const SEED = 42;

let dir = '';
let input = '';
let instance: DuckDBInstance;
let con: DuckDBConnection;

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS();
}

async function files(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...(await files(root, rel)));
    else out.push(rel);
  }
  return out.sort();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wlz-synth-'));
  input = path.join(dir, 'a');
  const res = await runSynth({ rows: N, out: input, seed: SEED });
  expect(res.code, res.lines.join('\n')).toBe(0);
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  // As text, exactly as the validator reads it.
  await con.run(
    `CREATE TABLE d AS SELECT * FROM read_csv(${lit(path.join(input, DATASET_FILE))}, header=true, all_varchar=true, ` +
      `delim=',', quote='"', escape='"', strict_mode=true)`,
  );
  await con.run(`CREATE TABLE t AS SELECT * REPLACE (aantal::BIGINT AS aantal) FROM d`);
});

afterAll(async () => {
  con?.closeSync();
  instance?.closeSync();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run synth', () => {
  it('is deterministic: the same N and seed give byte-identical files, another seed other figures', async () => {
    const again = path.join(dir, 'b');
    expect((await runSynth({ rows: N, out: again, seed: SEED })).code).toBe(0);
    const list = await files(input);
    expect(await files(again)).toEqual(list);
    expect(list).toContain(DATASET_FILE);
    for (const f of list)
      expect(Buffer.compare(await readFile(path.join(input, f)), await readFile(path.join(again, f))), f).toBe(0);

    const other = path.join(dir, 'c');
    expect((await runSynth({ rows: N, out: other, seed: SEED + 1 })).code).toBe(0);
    const [x, y] = await Promise.all([input, other].map((d) => readFile(path.join(d, DATASET_FILE))));
    expect(x.equals(y)).toBe(false);
  });

  it('writes exactly N rows, the first N in key order, so a larger N extends the same file', async () => {
    const [{ n, keys }] = await rows(
      `SELECT count(*)::INT n, count(DISTINCT (peildatum, regio, sector, zorgprofiel, wachtstatus, overbruggingszorg, wachttijd))::INT keys FROM d`,
    );
    expect(n).toBe(N);
    expect(keys).toBe(N);
    const text = await readFile(path.join(input, DATASET_FILE), 'utf8');
    expect(text.split('\n').length).toBe(N + 2); // header, N rows, empty string after the last newline

    const bigger = path.join(dir, 'bigger');
    expect((await runSynth({ rows: N + 1234, out: bigger, seed: SEED })).code).toBe(0);
    const big = await readFile(path.join(bigger, DATASET_FILE));
    const small = Buffer.from(text);
    expect(big.subarray(0, small.length).equals(small)).toBe(true);
  });

  it('follows the contract: ISO dates, plain whole numbers, valid sector × zorgprofiel pairs only', async () => {
    const [bad] = await rows(
      `SELECT count(*) FILTER (NOT regexp_full_match(peildatum, '[0-9]{4}-[0-9]{2}-01'))::INT dates,
              count(*) FILTER (NOT regexp_full_match(aantal, '(0|[1-9][0-9]*)'))::INT counts
       FROM d`,
    );
    expect(bad).toEqual({ dates: 0, counts: 0 });
    const profiles = path.join(input, 'codes', 'zorgprofiel.csv');
    const [pairs] = await rows(
      `SELECT count(*)::INT n FROM d JOIN read_csv(${lit(profiles)}, header=true, all_varchar=true) p
         ON d.zorgprofiel = p.code WHERE d.sector <> p.sector`,
    );
    expect(pairs.n).toBe(0);
    const [regions] = await rows(
      `SELECT count(*)::INT n FROM read_csv(${lit(path.join(input, 'codes', 'regio.csv'))}, header=true, all_varchar=true)`,
    );
    expect(regions.n).toBe(31);
  });

  it('is valid for the snapshot command', async () => {
    const res = await runSnapshot({ in: input, out: path.join(dir, 'unused'), check: true });
    expect(res.lines.join('\n')).toMatch(/valid/);
    expect(res.code).toBe(0);
  });

  it('publishes as a synthetic snapshot, and every published row says so', async () => {
    const out = path.join(dir, 'published');
    const res = await runSnapshot({ in: input, out, id: 'synth-test' });
    expect(res.code, res.lines.join('\n')).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, 'synth-test', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.synthetic).toBe(true);
    const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as SnapshotIndex;
    expect(index.snapshots.find((s) => s.id === 'synth-test')?.synthetic).toBe(true);
    const ds = manifest.datasets.find((d) => d.id === DATASET_ID)!;
    expect(ds.rows).toBe(N);
    expect(ds.title.nl).toMatch(/synthetisch/i);
    expect(ds.title.en).toMatch(/synthetic/i);
    expect(ds.description.nl).toMatch(/synthetisch/i);
    expect(ds.description.en).toMatch(/synthetic/i);
    expect(ds.sources).toEqual(['synthetisch']);
    expect(manifest.codelists.bron.codes.map((c) => c.label.nl)).toEqual([
      'Synthetische testgegevens (geen echte cijfers)',
    ]);
    const parquet = path.join(out, 'synth-test', ds.file);
    const [p] = await rows(
      `SELECT count(*)::INT n, count(*) FILTER (synthetisch = 'ja' AND status = 'synthetisch' AND bron = 'synthetisch')::INT marked
       FROM read_parquet(${lit(parquet)})`,
    );
    expect(p).toEqual({ n: N, marked: N });
  });

  it('marks every row of the CSV as synthetic', async () => {
    const [r] = await rows(
      `SELECT count(*) FILTER (synthetisch IS DISTINCT FROM 'ja' OR status IS DISTINCT FROM 'synthetisch'
                               OR bron IS DISTINCT FROM 'synthetisch' OR bron_locatie NOT LIKE '%npm run synth%')::INT n FROM d`,
    );
    expect(r.n).toBe(0);
    const meta = JSON.parse(await readFile(path.join(input, 'metadata.json'), 'utf8')) as { synthetic: boolean };
    expect(meta.synthetic).toBe(true);
  });

  it('has realistic proportions', async () => {
    const status = await rows(`SELECT wachtstatus, sum(aantal)::INT n FROM t GROUP BY ALL ORDER BY n DESC`);
    expect(status.map((r) => r.wachtstatus)[0]).toBe('voorkeur');
    const byStatus = Object.fromEntries(status.map((r) => [r.wachtstatus, r.n as number]));
    expect(byStatus.actief).toBeGreaterThan(byStatus.urgent);
    expect(byStatus.voorzorg).toBeGreaterThan(byStatus.urgent);

    const sectors = await rows(
      `SELECT sector, sum(aantal)::INT n,
              sum(aantal) FILTER (wachttijd IN ('wk26_52', 'wk52plus')) / sum(aantal) AS long_share
       FROM t GROUP BY ALL ORDER BY long_share DESC`,
    );
    expect(sectors[0].sector).toBe('gz');
    const total = Object.fromEntries(sectors.map((r) => [r.sector, r.n as number]));
    expect(total.vv).toBeGreaterThan(total.gz);
    expect(total.gz).toBeGreaterThan(total.ggz);

    const [bridging] = await rows(
      `SELECT sum(aantal) FILTER (overbruggingszorg = 'met') / sum(aantal) AS share FROM t`,
    );
    expect(bridging.share as number).toBeGreaterThan(0.5);
  });

  it('refuses bad arguments and a folder with files it did not write', async () => {
    expect((await runSynth({ rows: 0, out: path.join(dir, 'x') })).code).toBe(2);
    expect((await runSynth({ rows: 10, out: path.join(dir, 'x'), seed: -1 })).code).toBe(2);
    const busy = path.join(dir, 'busy');
    expect((await runSynth({ rows: 10, out: busy })).code).toBe(0);
    await writeFile(path.join(busy, 'notes.csv'), 'x\n');
    const res = await runSynth({ rows: 10, out: busy });
    expect(res.code).toBe(2);
    expect(res.lines.join('\n')).toMatch(/notes\.csv/);
  });
});
