// The benchmark's site: the production build, the bare "floor" page (built beside it, never by `npm run
// build`), the default publications, and two synthetic snapshots of 1M and 10M rows made with scripts/synth.ts
// and the snapshot command. Those take minutes (10M: about 20 on a busy 2-core machine), so they are kept in
// bench/out/cache and made again only when their input (or the code that writes snapshots) changes.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { publishDefault } from '../scripts/publish-default.ts';
import { sortIndex } from '../scripts/lib/publish.ts';
import { runSnapshot } from '../scripts/snapshot.ts';
import { runSynth } from '../scripts/synth.ts';
import type { SnapshotIndex } from '../src/lib/manifest.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = path.join(ROOT, 'bench', 'out');
export const DIST = path.join(OUT, 'dist');
const CACHE = path.join(OUT, 'cache');

export interface SynthSpec {
  id: string;
  rows: number;
  seed: number;
}

export const SYNTH: SynthSpec[] = [
  { id: 'synth-1m', rows: 1_000_000, seed: 1 },
  { id: 'synth-10m', rows: 10_000_000, seed: 1 },
];

type Log = (line: string) => void;

/**
 * Builds the site exactly as `npm run build` does into bench/out/dist, then the floor page (bench/floor.html)
 * in a second build beside it, so that the site's own chunks are not changed by a second entry. Returns the
 * files of the site's build (relative to dist), for the size figures.
 */
export async function buildSite(log: Log): Promise<string[]> {
  const t0 = performance.now();
  const quiet = { root: ROOT, logLevel: 'warn' as const, publicDir: false as const };
  const site = await build({ ...quiet, build: { outDir: DIST, emptyOutDir: true } });
  const outputs = (Array.isArray(site) ? site : [site]).flatMap((o) =>
    'output' in o ? o.output.map((f) => f.fileName) : [],
  );
  await build({
    ...quiet,
    build: {
      outDir: DIST,
      emptyOutDir: false,
      rollupOptions: { input: { floor: path.join(ROOT, 'bench', 'floor.html') } },
    },
  });
  log(`built the site and the floor page into ${path.relative(ROOT, DIST)} in ${secs(t0)} s`);
  return outputs;
}

const secs = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out.sort();
}

async function hashFiles(files: string[], base: string, extra = ''): Promise<string> {
  const h = createHash('sha256').update(extra);
  for (const f of files) {
    h.update(path.relative(base, f)).update('\0');
    for await (const chunk of createReadStream(f)) h.update(chunk as Buffer);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** What decides the synthetic input: the generator, the region list, rows and seed. */
const generatorKey = (s: SynthSpec) =>
  hashFiles(
    [path.join(ROOT, 'scripts', 'synth.ts'), path.join(ROOT, '..', 'shared', 'data', 'zorgkantoorregios.csv')],
    ROOT,
    JSON.stringify(s),
  );

/** What decides the snapshot made from an input: the input itself and the code that writes snapshots. */
const snapshotKey = (inputHash: string) =>
  hashFiles(
    [path.join(ROOT, 'scripts', 'lib', 'publish.ts'), path.join(ROOT, 'src', 'lib', 'manifest.ts')],
    ROOT,
    inputHash,
  );

/**
 * A published synthetic snapshot (with its own one-entry index.json), from the cache when its input is
 * unchanged. bench/out/cache/<id>/input.json remembers which input the generator made last (so that an
 * unchanged generator need not run at all); <id>/<key>/published holds the snapshot of that input.
 */
async function cachedSynth(s: SynthSpec, log: Log): Promise<string> {
  const dir = path.join(CACHE, s.id);
  await mkdir(dir, { recursive: true });
  const input = path.join(dir, 'input');
  const record = path.join(dir, 'input.json');
  const genKey = await generatorKey(s);
  const t0 = performance.now();
  const generate = async () => {
    await rm(input, { recursive: true, force: true });
    const syn = await runSynth({ rows: s.rows, out: input, seed: s.seed });
    if (syn.code !== 0) throw new Error(`synth ${s.id}: ${syn.lines.join('\n')}`);
    log(`${s.id}: ${syn.lines.join(' ')}`);
    const inputHash = await hashFiles(await filesUnder(input), input);
    await writeFile(record, JSON.stringify({ generator: genKey, input: inputHash }) + '\n');
    return inputHash;
  };
  const known = JSON.parse(await readFile(record, 'utf8').catch(() => '{}')) as { generator?: string; input?: string };
  let generated = known.generator !== genKey;
  const inputHash = generated ? await generate() : known.input!;
  const key = await snapshotKey(inputHash);
  const published = path.join(dir, key, 'published');
  try {
    if (await exists(path.join(published, 'index.json'))) {
      log(`${s.id}: cached (${path.relative(ROOT, published)})`);
      return published;
    }
    if (!generated) {
      if ((await generate()) !== inputHash) throw new Error(`${s.id}: synth made other input than recorded; run again`);
      generated = true;
    }
    const t1 = performance.now();
    const making = path.join(dir, key, 'publishing');
    await rm(making, { recursive: true, force: true });
    const res = await runSnapshot({ in: input, out: making, id: s.id });
    if (res.code !== 0) throw new Error(`snapshot ${s.id}: ${res.lines.join('\n')}`);
    log(`${s.id}: ${res.lines.filter((l) => !l.startsWith('read ')).join(' ')} (${secs(t1)} s)`);
    await rename(making, published);
    // Snapshots of other inputs are of no use any more.
    for (const e of await readdir(dir, { withFileTypes: true }))
      if (e.isDirectory() && e.name !== key && e.name !== 'input')
        await rm(path.join(dir, e.name), { recursive: true });
    log(`${s.id}: made in ${secs(t0)} s`);
    return published;
  } finally {
    // The input (about 1.2 GB at 10M rows) is not kept: input.json says what it was.
    await rm(input, { recursive: true, force: true });
  }
}

/** Copies a published snapshot into the build's data and lists it in the build's index.json. */
export async function addSnapshot(data: string, published: string, id: string): Promise<void> {
  const own = JSON.parse(await readFile(path.join(published, 'index.json'), 'utf8')) as SnapshotIndex;
  const entry = own.snapshots.find((x) => x.id === id);
  if (!entry) throw new Error(`${published}/index.json does not list ${id}`);
  await rm(path.join(data, id), { recursive: true, force: true });
  await cp(path.join(published, id), path.join(data, id), { recursive: true });
  const indexFile = path.join(data, 'index.json');
  const idx = JSON.parse(await readFile(indexFile, 'utf8')) as SnapshotIndex;
  idx.snapshots = sortIndex([...idx.snapshots.filter((x) => x.id !== id), entry]);
  await writeFile(indexFile, JSON.stringify(idx, null, 2) + '\n');
}

/** Publishes the default snapshots into the build and adds the cached synthetic ones beside them. */
export async function publishData(log: Log): Promise<void> {
  const data = path.join(DIST, 'data');
  const t0 = performance.now();
  await publishDefault(data);
  log(`published the default snapshots in ${secs(t0)} s`);
  for (const s of SYNTH) await addSnapshot(data, await cachedSynth(s, log), s.id);
}
