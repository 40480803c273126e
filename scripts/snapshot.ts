// npm run snapshot -- [--in data] [--out public/data] [--id ID] [--published YYYY-MM-DD] [--notes FILE]
//                     [--until YYYY-MM-DD] [--check] [--dry-run]
// Validates every dataset in the input folder with DuckDB and publishes it as a Parquet snapshot.
// Exit code 0: published (or unchanged, or valid with --check); 1: problems in the input; 2: usage.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { formatProblem, ProblemList } from './lib/problems.ts';
import { checkPublishable, inputId, publish, PublishError } from './lib/publish.ts';
import { restrictUntil } from './lib/asof.ts';
import { dryRun } from './lib/dryrun.ts';
import { loadInput } from './lib/validate.ts';

export interface SnapshotArgs {
  in: string;
  out: string;
  id?: string;
  published?: string;
  notes?: string;
  check?: boolean;
  dryRun?: boolean;
  until?: string;
}

export interface SnapshotOutcome {
  code: 0 | 1 | 2;
  lines: string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export async function runSnapshot(args: SnapshotArgs): Promise<SnapshotOutcome> {
  if (args.id !== undefined && !ID.test(args.id))
    return { code: 2, lines: [`--id "${args.id}": use letters, digits, ".", "_" or "-" (max 64)`] };
  if (args.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.published))
    return { code: 2, lines: [`--published "${args.published}": use a date as YYYY-MM-DD`] };
  if (args.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.until))
    return { code: 2, lines: [`--until "${args.until}": use a date as YYYY-MM-DD`] };
  let notes: string | null = null;
  if (args.notes !== undefined) {
    try {
      notes = (await readFile(args.notes, 'utf8')).trim();
    } catch {
      return { code: 2, lines: [`--notes ${args.notes}: cannot read the file`] };
    }
  }
  const instance = await DuckDBInstance.create(':memory:', {
    // The build reads only the local input: no extension may be fetched from anywhere.
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    // Millions of synthetic rows may not fit in memory on a small machine: let DuckDB spill to disk.
    temp_directory: path.join(tmpdir(), 'wlz-duckdb-spill'),
  });
  const con = await instance.connect();
  // Said on refusal too: how each file was read, and what --until left out, often explain a problem.
  let read: string[] = [];
  let notesOut: string[] = [];
  try {
    const problems = new ProblemList();
    const variants: { file: string; variant: string }[] = [];
    const input = await loadInput(con, args.in, problems, variants);
    read = variants.map((v) => `read ${v.file} as ${v.variant}`);
    if (!input) {
      const lines = [...read, ...problems.sorted().map(formatProblem)];
      lines.push(`${problems.items.length} problem(s) found; nothing was written.`);
      return { code: 1, lines };
    }
    notesOut = args.until ? await restrictUntil(con, input, args.until) : [];
    const id = args.id ?? (await inputId(args.in, input.files));
    const opts = { out: args.out, id, published: args.published ?? null, notes };
    // --check and --dry-run refuse what publishing would refuse, so that a first try tells the whole story.
    if (args.check) {
      const said = await checkPublishable(con, input, opts);
      const n = input.tables.size;
      return {
        code: 0,
        lines: [...read, ...notesOut, ...said, `${args.in}: valid (${n} datasets); nothing written (--check).`],
      };
    }
    if (args.dryRun) {
      const said = await checkPublishable(con, input, opts);
      return {
        code: 0,
        lines: [...read, ...notesOut, ...said, ...(await dryRun(con, input, args.out)), 'nothing written (--dry-run).'],
      };
    }
    const res = await publish(con, input, opts);
    const total = res.manifest.datasets.reduce((n, d) => n + d.rows, 0);
    return {
      code: 0,
      lines: [
        ...read,
        ...notesOut,
        res.unchanged
          ? `snapshot "${id}" is already published with identical content in ${res.dir}; nothing changed.`
          : `published snapshot "${id}" to ${res.dir}: ${res.manifest.datasets.length} datasets, ${total} rows.`,
      ],
    };
  } catch (e) {
    if (e instanceof PublishError) return { code: 1, lines: [...read, ...notesOut, e.message, 'nothing was written.'] };
    throw e;
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        in: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data' },
        id: { type: 'string' },
        published: { type: 'string' },
        notes: { type: 'string' },
        check: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        until: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const { 'dry-run': dryRunFlag, ...rest } = parsed;
  const res = await runSnapshot({ ...(rest as SnapshotArgs), dryRun: dryRunFlag });
  for (const l of res.lines) (res.code === 0 ? console.log : console.error)(l);
  process.exit(res.code);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
