// The snapshot command end to end, with real DuckDB: every rule of docs/data-contract.md has one fixture
// that breaks only that rule, and must be reported at the exact line while nothing is written.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortIndex } from '../../scripts/lib/publish.ts';
import { runSnapshot, type SnapshotArgs } from '../../scripts/snapshot.ts';
import type { IndexEntry, Manifest, SnapshotIndex } from '../../src/lib/manifest.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const PUBLISHED = '2024-12-12';
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'wlz-snapshot-test-'));
  temps.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

/** A fresh copy of the valid fixture, changed by `mutate`. */
async function input(mutate: (dir: string) => Promise<void> = async () => {}): Promise<string> {
  const dir = path.join(await tempDir(), 'in');
  await cp(FIXTURE, dir, { recursive: true });
  await mutate(dir);
  return dir;
}

async function editFile(dir: string, file: string, fn: (text: string) => string): Promise<void> {
  const f = path.join(dir, file);
  await writeFile(f, fn(await readFile(f, 'utf8')));
}

/** Replaces line `n` (1-based) of a file; `fn` gets the old line. */
const editLine = (dir: string, file: string, n: number, fn: (line: string) => string) =>
  editFile(dir, file, (text) => {
    const lines = text.split('\n');
    expect(lines[n - 1], `${file} has a line ${n}`).toBeTruthy();
    lines[n - 1] = fn(lines[n - 1]);
    return lines.join('\n');
  });

/** Replaces field `i` (0-based) of a line without quoted commas. */
const setField = (line: string, i: number, value: string) => {
  const f = line.split(',');
  f[i] = value;
  return f.join(',');
};

/** Applies `fn` to every line (header included) of a file, keeping the final newline. */
const editLines = (dir: string, file: string, fn: (line: string, n: number) => string) =>
  editFile(dir, file, (text) =>
    text
      .split('\n')
      .map((l, i) => (l === '' ? l : fn(l, i + 1)))
      .join('\n'),
  );

type Meta = {
  codelists: Record<string, { file: string }>;
  datasets: {
    id: string;
    columns: { name: string; unit?: string; codelist?: string }[];
    totals?: unknown[];
  }[];
};
const editMeta = (dir: string, fn: (m: Meta) => void) =>
  editFile(dir, 'metadata.json', (text) => {
    const m = JSON.parse(text) as Meta;
    fn(m);
    return JSON.stringify(m, null, 2);
  });
const column = (m: Meta, ds: string, col: string) =>
  m.datasets.find((d) => d.id === ds)!.columns.find((c) => c.name === col)!;

/** Every entry below `dir` (hidden ones too) with the hash of its bytes; `{}` when `dir` does not exist. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) {
        out[`${r}/`] = 'dir';
        await walk(r);
      } else out[r] = sha256(await readFile(path.join(dir, r)));
    }
  };
  if (await exists(dir)) await walk('');
  return out;
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** The command's outcome without the "read FILE as VARIANT" lines (tested in history.test.ts). */
const snapshot = async (args: Partial<SnapshotArgs> & { in: string; out: string }) => {
  const res = await runSnapshot({ id: 'next', published: PUBLISHED, ...args });
  return { ...res, lines: res.lines.filter((l) => !l.startsWith('read ')) };
};

/** A published output folder (snapshot "base" of the valid fixture), to check that a failure leaves it alone. */
let baseOut: string;
beforeAll(async () => {
  baseOut = path.join(await tempDir(), 'out');
  const res = await runSnapshot({ in: FIXTURE, out: baseOut, id: 'base', published: '2024-01-01' });
  expect(res.code).toBe(0);
});

/**
 * Runs the snapshot on a broken input twice: into an output folder that does not exist (which must still not
 * exist afterwards) and into one that holds a published snapshot (which must be byte-for-byte unchanged, with
 * no temporary folder left behind). Returns the problem lines, without the summary line.
 */
async function failures(dir: string): Promise<string[]> {
  const absent = path.join(await tempDir(), 'out');
  const out = path.join(await tempDir(), 'out');
  await cp(baseOut, out, { recursive: true });
  const before = await tree(out);
  const [first, second] = await Promise.all([snapshot({ in: dir, out: absent }), snapshot({ in: dir, out })]);
  expect(first.code, first.lines.join('\n')).toBe(1);
  expect(await exists(absent)).toBe(false);
  expect(second.code).toBe(1);
  expect(second.lines).toEqual(first.lines);
  expect(await tree(out)).toEqual(before);

  const summary = first.lines.at(-1);
  const problems = first.lines.slice(0, -1);
  expect(summary).toBe(`${problems.length} problem(s) found; nothing was written.`);
  return problems;
}

const R = 'rechtmatigheid.csv';
const W = 'wachtenden.csv';
const NOT_WHOLE = 'not a whole number (no thousands separator) (type BIGINT)';
const NOT_DATE = 'not a date as YYYY-MM-DD (type DATE)';
const SHARE = 'a share (percentage of a whole) must lie between 0 and 100';

// Each case has its own folders, so they run concurrently.
describe.concurrent('snapshot: one broken rule, one precise problem line, nothing written', () => {
  describe('header', () => {
    it('reports a missing column', async () => {
      const dir = await input((d) =>
        editLines(d, R, (l, n) => (n === 1 ? l.replace(',bron_locatie', '') : l.replace(/,Tabel 1$/, ''))),
      );
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:1: column "bron_locatie": — column is missing (described in metadata.json)`,
      ]);
    });

    it('reports an extra column', async () => {
      const dir = await input((d) => editLines(d, R, (l, n) => (n === 1 ? `${l},opmerking` : `${l},x`)));
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:1: column "opmerking": — extra column, not described in metadata.json`,
      ]);
    });

    it('reports columns out of order', async () => {
      const dir = await input((d) =>
        editLines(d, R, (l) => {
          const f = l.split(',');
          [f[2], f[3]] = [f[3], f[2]];
          return f.join(',');
        }),
      );
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:1: — columns are not in the order of metadata.json ` +
          '(jaar, oordeel, bedrag, percentage, status, voetnoot, bron, bron_locatie)',
      ]);
    });

    it('reports a column named twice in the header', async () => {
      const dir = await input((d) => editLine(d, R, 1, (l) => l.replace('voetnoot', 'status')));
      expect(await failures(dir)).toEqual([`${dir}/${R}:1: column "status": — column is listed twice in the header`]);
    });

    it('reports a column named twice in the header, whatever its case', async () => {
      const dir = await input((d) => editLine(d, W, 1, (l) => l.replace('voetnoot', 'Status')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:1: column "Status": — column is listed twice in the header`]);
    });

    it('reports an empty column name in the header', async () => {
      const dir = await input((d) => editLines(d, W, (l) => `${l},`));
      expect(await failures(dir)).toEqual([`${dir}/${W}:1: column "": — header has an empty column name`]);
    });
  });

  describe('values of the wrong type', () => {
    it('an integer with a thousands dot', async () => {
      const dir = await input((d) => editLine(d, W, 3, (l) => l.replace(',2378,', ',2.378,')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:3: column "aantal": value "2.378" — ${NOT_WHOLE}`]);
    });

    it('a decimal comma', async () => {
      const dir = await input((d) => editLine(d, R, 2, (l) => l.replace(',90.4,', ',"90,4",')));
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:2: column "percentage": value "90,4" — not a number with a decimal point (no thousands separator) (type DOUBLE)`,
      ]);
    });

    it('a date that does not exist', async () => {
      const dir = await input((d) => editLine(d, W, 2, (l) => setField(l, 0, '2019-13-01')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:2: column "peildatum": value "2019-13-01" — ${NOT_DATE}`]);
    });

    it('a date not written as YYYY-MM-DD', async () => {
      const dir = await input((d) => editLine(d, W, 2, (l) => setField(l, 0, '1-1-2019')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:2: column "peildatum": value "1-1-2019" — ${NOT_DATE}`]);
    });

    it('a year that does not fit its INTEGER column', async () => {
      const dir = await input((d) => editLine(d, R, 4, (l) => setField(l, 0, '99999999999')));
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:4: column "jaar": value "99999999999" — not a whole number (no thousands separator) (type INTEGER)`,
      ]);
    });
  });

  describe('codes and required fields', () => {
    it('a dimension code that is not in its code list', async () => {
      const dir = await input((d) => editLine(d, W, 4, (l) => setField(l, 1, 'ghz')));
      expect(await failures(dir)).toEqual([
        `${dir}/${W}:4: column "sector": value "ghz" — code is not in code list "sector"`,
      ]);
    });

    it('an attribute code that is not in its code list', async () => {
      const dir = await input((d) => editLine(d, R, 7, (l) => setField(l, 4, 'Definitief')));
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:7: column "status": value "Definitief" — code is not in code list "status"`,
      ]);
    });

    it('an empty dimension', async () => {
      const dir = await input((d) => editLine(d, W, 3, (l) => setField(l, 1, '')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:3: column "sector": empty — required field is empty`]);
    });

    it('an empty time', async () => {
      const dir = await input((d) => editLine(d, W, 2, (l) => setField(l, 0, '')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:2: column "peildatum": empty — required field is empty`]);
    });

    it('an empty required attribute (bron_locatie)', async () => {
      const dir = await input((d) => editLine(d, W, 5, (l) => setField(l, 6, '')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:5: column "bron_locatie": empty — required field is empty`]);
    });

    it('an optional attribute may be empty, but not a blank-only required one', async () => {
      const dir = await input((d) => editLine(d, R, 9, (l) => setField(l, 7, '   ')));
      expect(await failures(dir)).toEqual([`${dir}/${R}:9: column "bron_locatie": empty — required field is empty`]);
    });
  });

  describe('measures', () => {
    it('a negative share', async () => {
      const dir = await input((d) => editLine(d, R, 3, (l) => l.replace(',0.1,', ',-0.1,')));
      expect(await failures(dir)).toEqual([`${dir}/${R}:3: column "percentage": value "-0.1" — ${SHARE}`]);
    });

    it('a share above 100', async () => {
      const dir = await input((d) => editLine(d, R, 5, (l) => l.replace(',100,', ',100.5,')));
      expect(await failures(dir)).toEqual([`${dir}/${R}:5: column "percentage": value "100.5" — ${SHARE}`]);
    });

    it('a negative count', async () => {
      const dir = await input((d) => editLine(d, W, 4, (l) => setField(l, 2, '-6')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:4: column "aantal": value "-6" — must not be negative`]);
    });

    it('a row with no measure', async () => {
      const dir = await input((d) => editLine(d, R, 3, (l) => setField(setField(l, 2, ''), 3, '')));
      expect(await failures(dir)).toEqual([`${dir}/${R}:3: — row has no value in any measure (bedrag, percentage)`]);
    });

    it('an empty measure is allowed when another measure has a value', async () => {
      const dir = await input((d) => editLine(d, R, 5, (l) => setField(l, 2, ''))); // the 2023 total
      expect((await snapshot({ in: dir, out: '', check: true })).code).toBe(0);
    });
  });

  describe('rows and keys', () => {
    it('a duplicate row', async () => {
      const dir = await input((d) =>
        editFile(d, W, (t) => t + '2019-01-01,ggz,6,definitief,,nza-zorgplicht-2019,Tabel 2\n'),
      );
      expect(await failures(dir)).toEqual([
        `${dir}/${W}:11: column "peildatum, sector": value "2019-01-01, ggz" — duplicate row: same as line 4`,
      ]);
    });

    it('a duplicate key', async () => {
      const dir = await input((d) =>
        editFile(d, W, (t) => t + '2019-01-01,ggz,7,definitief,,nza-zorgplicht-2019,Tabel 2\n'),
      );
      expect(await failures(dir)).toEqual([
        `${dir}/${W}:11: column "peildatum, sector": value "2019-01-01, ggz" — duplicate key: same key as line 4`,
      ]);
    });

    it('a duplicate key that is itself repeated reports both rows', async () => {
      const row = '2019-01-01,ggz,7,definitief,,nza-zorgplicht-2019,Tabel 2\n';
      const dir = await input((d) => editFile(d, W, (t) => t + row + row));
      expect(await failures(dir)).toEqual([
        `${dir}/${W}:11: column "peildatum, sector": value "2019-01-01, ggz" — duplicate key: same key as line 4`,
        `${dir}/${W}:12: column "peildatum, sector": value "2019-01-01, ggz" — duplicate row: same as line 11`,
      ]);
    });

    it('a file with a header and no rows', async () => {
      const dir = await input((d) => editFile(d, W, (t) => t.split('\n')[0] + '\n'));
      expect(await failures(dir)).toEqual([`${dir}/${W}:2: — file has no rows`]);
    });

    it('an empty file (0 bytes)', async () => {
      const dir = await input((d) => writeFile(path.join(d, W), ''));
      expect(await failures(dir)).toEqual([
        `${dir}/${W}:1: — file is empty: it needs a header line and at least one row`,
      ]);
    });

    it('a row with too few fields, reported with its line', async () => {
      const dir = await input((d) => editLine(d, W, 6, (l) => l.replace(',definitief,', ',')));
      expect(await failures(dir)).toEqual([`${dir}/${W}:6: — row has 6 fields where the header has 7`]);
    });

    it('a row with too many fields, reported with its line', async () => {
      const dir = await input((d) => editLine(d, R, 9, (l) => `${l},extra`));
      expect(await failures(dir)).toEqual([`${dir}/${R}:9: — row has 9 fields where the header has 8`]);
    });

    it('a field with an unterminated quote, reported with its line', async () => {
      const dir = await input((d) => editLine(d, R, 4, (l) => setField(l, 7, '"Tabel 1"x')));
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:4: — cannot be read as comma-separated UTF-8 CSV (Value with unterminated quote found.)`,
      ]);
    });

    it('a file that is not UTF-8, reported with its line', async () => {
      const dir = await input(async (d) => {
        const f = path.join(d, W);
        const text = await readFile(f, 'latin1');
        await writeFile(f, Buffer.from(text.replace('Tabel 2\n2020-01-01,vv', 'Tabél 2\n2020-01-01,vv'), 'latin1'));
      });
      const lines = await failures(dir);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^${dir}/${W}:4: — cannot be read as comma-separated UTF-8 CSV \\(Invalid unicode`),
      );
    });
  });

  describe('totals', () => {
    it('a total that is not the sum of its parts', async () => {
      const dir = await input((d) => editLine(d, R, 5, (l) => setField(l, 2, '32000')));
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:5: column "bedrag": value "32000" — total does not equal the sum of its parts (32950.0, tolerance 1)`,
      ]);
    });

    it('a total within its tolerance passes', async () => {
      const dir = await input((d) => editLine(d, R, 5, (l) => setField(l, 2, '32951')));
      expect((await snapshot({ in: dir, out: '', check: true })).code).toBe(0);
    });

    it('parts that do not add up to the stated value', async () => {
      const valueRule = (m: Meta) => {
        m.datasets[0].totals = [
          {
            dimension: 'oordeel',
            value: 100,
            components: ['rechtmatig', 'onrechtmatig', 'onzeker'],
            measures: ['percentage'],
            tolerance: 0.5,
          },
        ];
      };
      // The rule alone holds for the real figures …
      const ok = await input((d) => editMeta(d, valueRule));
      expect((await snapshot({ in: ok, out: '', check: true })).code).toBe(0);
      // … and is broken by one wrong share (2022: 82.9 + 0.2 + 6.9 = 90).
      const dir = await input(async (d) => {
        await editMeta(d, valueRule);
        await editLine(d, R, 6, (l) => l.replace(',92.9,', ',82.9,'));
      });
      expect(await failures(dir)).toEqual([
        `${dir}/${R}:6: column "percentage": value "90.0" — parts of "oordeel" add up to this sum instead of 100 (tolerance 0.5)`,
      ]);
    });
  });

  describe('files', () => {
    it('a CSV that metadata.json does not describe', async () => {
      const dir = await input((d) => writeFile(path.join(d, 'extra.csv'), 'a,b\n1,2\n'));
      expect(await failures(dir)).toEqual([
        `${dir}/extra.csv:1: — file is not described in metadata.json (add it under "datasets" or "codelists", or remove it)`,
      ]);
    });

    it('a CSV in a subfolder that metadata.json does not describe', async () => {
      const dir = await input((d) => cp(path.join(d, 'codes/sector.csv'), path.join(d, 'codes/sector-oud.csv')));
      expect(await failures(dir)).toEqual([
        `${dir}/codes/sector-oud.csv:1: — file is not described in metadata.json (add it under "datasets" or "codelists", or remove it)`,
      ]);
    });

    it('a missing dataset file', async () => {
      const dir = await input((d) => unlink(path.join(d, W)));
      expect(await failures(dir)).toEqual([`${dir}/${W}:1: — file is missing`]);
    });

    it('a missing metadata.json', async () => {
      const dir = await input((d) => unlink(path.join(d, 'metadata.json')));
      expect(await failures(dir)).toEqual([
        `${dir}/metadata.json:1: — metadata.json is missing: every dataset must be described there`,
      ]);
    });

    it('a code listed twice in a code list', async () => {
      const dir = await input((d) => editFile(d, 'codes/sector.csv', (t) => t + 'vv,Dubbel,Double,,\n'));
      expect(await failures(dir)).toEqual([
        `${dir}/codes/sector.csv:6: column "code": value "vv" — code is listed twice`,
      ]);
    });
  });

  describe('metadata.json', () => {
    it('invalid JSON', async () => {
      const dir = await input((d) => editFile(d, 'metadata.json', (t) => t.replace('"codelists": {', '"codelists" {')));
      const lines = await failures(dir);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${dir}/metadata\\.json:1: — metadata\\.json is not valid JSON \\(.+\\)$`));
    });

    it('an unknown unit', async () => {
      const dir = await input((d) => editMeta(d, (m) => (column(m, 'rechtmatigheid', 'bedrag').unit = 'euro')));
      expect(await failures(dir)).toEqual([
        `${dir}/metadata.json:1: column "datasets.rechtmatigheid.columns.bedrag.unit": — ` +
          'a measure needs a unit: count, share, percent_change, eur, eur_thousand, eur_mln, days, number',
      ]);
    });

    it('a dimension without a code list', async () => {
      const dir = await input((d) => editMeta(d, (m) => delete column(m, 'wachtenden', 'sector').codelist));
      expect(await failures(dir)).toEqual([
        `${dir}/metadata.json:1: column "datasets.wachtenden.columns.sector.codelist": — a dimension needs a code list`,
      ]);
    });

    it('a code list that is not declared', async () => {
      const dir = await input((d) => editMeta(d, (m) => (column(m, 'wachtenden', 'sector').codelist = 'sectoren')));
      expect(await failures(dir)).toEqual([
        `${dir}/metadata.json:1: column "datasets.wachtenden.columns.sector.codelist": — ` +
          'code list "sectoren" is not declared under "codelists"',
      ]);
    });
  });

  describe('line numbers', () => {
    const multiLine = (d: string) =>
      editLine(d, W, 8, (l) => l.replace('Wlz, stand 01-07-2020', 'Wlz,\nstand 01-07-2020 ""(ZiN)""'));

    it('count a quoted field that spans lines', async () => {
      const dir = await input(async (d) => {
        await multiLine(d);
        await editLine(d, W, 11, (l) => setField(l, 2, '1.2')); // the last row, line 10 before the edit
      });
      expect(await failures(dir)).toEqual([`${dir}/${W}:11: column "aantal": value "1.2" — ${NOT_WHOLE}`]);
    });

    it('count a quoted field that spans lines before a row with a wrong number of fields', async () => {
      const dir = await input(async (d) => {
        await multiLine(d);
        await editLine(d, W, 11, (l) => l.replace(',definitief,', ','));
      });
      expect(await failures(dir)).toEqual([`${dir}/${W}:11: — row has 6 fields where the header has 7`]);
    });

    it('are not thrown off by a quote inside an unquoted field', async () => {
      const dir = await input(async (d) => {
        await editLine(d, W, 3, (l) => setField(l, 4, 'scherm van 15" breed'));
        await multiLine(d);
        await editLine(d, W, 11, (l) => setField(l, 2, '1.2'));
      });
      expect(await failures(dir)).toEqual([`${dir}/${W}:11: column "aantal": value "1.2" — ${NOT_WHOLE}`]);
    });

    it('count empty lines, which DuckDB skips', async () => {
      const dir = await input(async (d) => {
        await editLine(d, W, 4, (l) => `${l}\n`);
        await editLine(d, W, 9, (l) => setField(l, 1, 'xx'));
      });
      expect(await failures(dir)).toEqual([
        `${dir}/${W}:9: column "sector": value "xx" — code is not in code list "sector"`,
      ]);
    });

    it('hold for CRLF files', async () => {
      const dir = await input(async (d) => {
        await multiLine(d);
        await editLine(d, W, 11, (l) => setField(l, 2, '1.2'));
        await editFile(d, W, (t) => t.replaceAll('\n', '\r\n'));
      });
      expect(await failures(dir)).toEqual([`${dir}/${W}:11: column "aantal": value "1.2" — ${NOT_WHOLE}`]);
    });

    describe('deep in a large file', () => {
      // 30 000 rows (about 2 MB, beyond DuckDB's sniffing sample and several read buffers), with a quoted
      // multi-line footnote near the top.
      const ROWS = 10_000;
      const big = async (d: string, bad: (row: string[]) => void, at: number) => {
        const lines = ['peildatum,sector,aantal,status,voetnoot,bron,bron_locatie'];
        const day = Date.UTC(1950, 0, 1);
        let n = 0;
        for (let i = 0; i < ROWS; i++) {
          const date = new Date(day + i * 86_400_000).toISOString().slice(0, 10);
          for (const s of ['vv', 'gz', 'ggz']) {
            const note = n === 5 ? '"regel een,\nregel twee"' : '';
            const row = [date, s, String(1000 + n), 'definitief', note, 'nza-zorgplicht-2019', 'Tabel 2'];
            if (n === at) bad(row);
            lines.push(row.join(','));
            n++;
          }
        }
        await writeFile(path.join(d, W), lines.join('\n') + '\n');
      };
      // Row n (0-based) is record n + 1 and, after the two-line footnote in row 5, on line n + 3.
      const AT = 25_000;

      it('a bad value', async () => {
        const dir = await input((d) => big(d, (r) => (r[2] = '1.234'), AT));
        expect(await failures(dir)).toEqual([`${dir}/${W}:${AT + 3}: column "aantal": value "1.234" — ${NOT_WHOLE}`]);
      });

      it('a row with a wrong number of fields', async () => {
        const dir = await input((d) => big(d, (r) => r.splice(3, 1), AT));
        expect(await failures(dir)).toEqual([`${dir}/${W}:${AT + 3}: — row has 6 fields where the header has 7`]);
      });

      it('the valid large file passes', async () => {
        const dir = await input((d) => big(d, () => {}, -1));
        const res = await snapshot({ in: dir, out: '', check: true });
        expect(res).toEqual({ code: 0, lines: [`${dir}: valid (2 datasets); nothing written (--check).`] });
      });
    });
  });

  it('lists several problems sorted by file and line', async () => {
    const dir = await input(async (d) => {
      await editLine(d, W, 7, (l) => setField(l, 2, '-5'));
      await editLine(d, W, 3, (l) => setField(l, 1, 'xx'));
    });
    expect(await failures(dir)).toEqual([
      `${dir}/${W}:3: column "sector": value "xx" — code is not in code list "sector"`,
      `${dir}/${W}:7: column "aantal": value "-5" — must not be negative`,
    ]);
  });
});

describe('snapshot: publishing', () => {
  let out: string;
  let manifest: Manifest;
  let index: SnapshotIndex;
  const readJson = async <T>(f: string) => JSON.parse(await readFile(f, 'utf8')) as T;

  beforeAll(async () => {
    out = path.join(await tempDir(), 'out');
    const res = await snapshot({ in: FIXTURE, out, id: 'v1' });
    expect(res).toEqual({
      code: 0,
      lines: [`published snapshot "v1" to ${out}/v1: 2 datasets, 17 rows.`],
    });
    manifest = await readJson<Manifest>(path.join(out, 'v1', 'manifest.json'));
    index = await readJson<SnapshotIndex>(path.join(out, 'index.json'));
  });

  it('writes exactly the Parquet files, the manifest and the index', async () => {
    expect(Object.keys(await tree(out)).sort()).toEqual([
      'index.json',
      'v1/',
      'v1/manifest.json',
      'v1/rechtmatigheid.parquet',
      'v1/wachtenden.parquet',
    ]);
  });

  it('describes the snapshot in the manifest', async () => {
    expect(manifest).toMatchObject({ format: 1, id: 'v1', published: PUBLISHED, synthetic: false, notes: null });
    const meta = await readJson<{ datasets: { id: string; columns: unknown[] }[] }>(
      path.join(FIXTURE, 'metadata.json'),
    );
    expect(manifest.datasets.map((d) => [d.id, d.file, d.rows])).toEqual([
      ['rechtmatigheid', 'rechtmatigheid.parquet', 8],
      ['wachtenden', 'wachtenden.parquet', 9],
    ]);
    expect(manifest.datasets.map((d) => d.columns)).toEqual(meta.datasets.map((d) => d.columns));
    expect(manifest.datasets.map((d) => [d.id, d.title, d.description])).toEqual([
      [
        'rechtmatigheid',
        { nl: 'Rechtmatigheid van de Wlz-kosten', en: 'Legitimacy of Wlz costs' },
        { nl: 'Wlz-kosten naar oordeel.', en: 'Wlz costs by assessment.' },
      ],
      [
        'wachtenden',
        { nl: 'Wachtenden per sector', en: 'Waiting clients per sector' },
        { nl: 'Aantal wachtenden per sector.', en: 'Number of waiting clients per sector.' },
      ],
    ]);
    const [r, w] = manifest.datasets;
    expect(r.dimensions).toEqual({ jaar: [2022, 2023], oordeel: ['onrechtmatig', 'onzeker', 'rechtmatig', 'totaal'] });
    expect(w.dimensions).toEqual({
      peildatum: ['2019-01-01', '2020-01-01', '2020-07-01'],
      sector: ['ggz', 'gz', 'vv'],
    });
    expect(r.measures).toEqual({ bedrag: { min: 33, max: 32950 }, percentage: { min: 0.1, max: 100 } });
    expect(w.measures).toEqual({ aantal: { min: 5, max: 16591 } });
    expect(r.sources).toEqual(['nza-uitvoering-wlz-2023-2024']);
    expect(w.sources).toEqual(['nza-zorgplicht-2019']);
    expect(r.totals).toEqual([
      { dimension: 'oordeel', total: 'totaal', measures: ['bedrag', 'percentage'], tolerance: 1 },
    ]);
    expect(w.chart).toEqual({ mark: 'line', x: 'peildatum', y: 'aantal', color: 'sector' });
  });

  it('records the size and sha256 of every Parquet file', async () => {
    for (const d of manifest.datasets) {
      const bytes = await readFile(path.join(out, 'v1', d.file));
      expect(d.bytes).toBe(bytes.length);
      expect(d.sha256).toBe(sha256(bytes));
      expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
    }
  });

  it('compresses every column chunk of every written Parquet file with ZSTD', async () => {
    const files = Object.keys(await tree(out)).filter((f) => f.endsWith('.parquet'));
    expect(files.sort()).toEqual(manifest.datasets.map((d) => `v1/${d.file}`).sort());
    const instance = await DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    try {
      for (const f of files) {
        const res = await con.runAndReadAll(
          `SELECT compression, count(*)::INT AS chunks, count(DISTINCT path_in_schema)::INT AS columns
           FROM parquet_metadata('${path.join(out, f)}') GROUP BY compression`,
        );
        const d = manifest.datasets.find((x) => `v1/${x.file}` === f)!;
        expect(res.getRowObjectsJS(), f).toEqual([
          { compression: 'ZSTD', chunks: expect.any(Number), columns: d.columns.length },
        ]);
      }
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });

  it('carries the code lists, with their extra columns', () => {
    expect(Object.keys(manifest.codelists)).toEqual(['bron', 'oordeel', 'sector', 'status']);
    expect(manifest.codelists.sector.codes.map((c) => c.code)).toEqual(['totaal', 'vv', 'gz', 'ggz']);
    expect(manifest.codelists.sector.codes[2].label).toEqual({
      nl: 'Gehandicaptenzorg (GZ/GHZ)',
      en: 'Disability care (GZ/GHZ)',
    });
    expect(manifest.codelists.bron.codes[1]).toEqual({
      code: 'nza-uitvoering-wlz-2023-2024',
      label: {
        nl: 'Samenvattend rapport Uitvoering Wlz 2023-2024',
        en: 'Summary report on Wlz administration 2023-2024',
      },
      description: { nl: '', en: '' },
      extra: { bestand: '001_3ded72bfbb3b1402.txt', uitgever: 'NZa', publicatiedatum: '2024-12-12' },
    });
  });

  it('computes the highlights with DuckDB', () => {
    expect(manifest.highlights).toHaveLength(1);
    const h = manifest.highlights[0];
    expect(h.headline).toEqual({
      measure: 'percentage',
      value: 90.4,
      status: 'definitief',
      voetnoot: null,
      where: { jaar: '2023', oordeel: 'rechtmatig' },
    });
    expect(h.columns).toEqual(['jaar', 'percentage', 'oordeel']);
    expect(h.rows).toEqual([
      [2022, 0.2, 'onrechtmatig'],
      [2022, 6.9, 'onzeker'],
      [2022, 92.9, 'rechtmatig'],
      [2023, 0.1, 'onrechtmatig'],
      [2023, 9.5, 'onzeker'],
      [2023, 90.4, 'rechtmatig'],
    ]);
    expect(h.sources).toEqual([{ bron: 'nza-uitvoering-wlz-2023-2024', bron_locatie: 'Tabel 1' }]);
  });

  it('lists the snapshot in index.json with the hash of its manifest', async () => {
    const bytes = await readFile(path.join(out, 'v1', 'manifest.json'));
    expect(index).toEqual({
      format: 1,
      snapshots: [
        {
          id: 'v1',
          published: PUBLISHED,
          synthetic: false,
          notes: null,
          rows: 17,
          datasets: 2,
          dataset_rows: { rechtmatigheid: 8, wachtenden: 9 },
          manifest_sha256: sha256(bytes),
        },
      ],
    });
  });

  describe('the Parquet files', () => {
    /** The CSV rows as text, parsed here (RFC 4180) independently of DuckDB. */
    async function csvRows(file: string): Promise<string[][]> {
      const text = await readFile(file, 'utf8');
      const rows: string[][] = [];
      let row: string[] = [];
      let cur = '';
      let quoted = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
          if (c === '"' && text[i + 1] === '"') {
            cur += '"';
            i++;
          } else if (c === '"') quoted = false;
          else cur += c;
        } else if (c === '"') quoted = true;
        else if (c === ',' || c === '\n') {
          row.push(cur);
          cur = '';
          if (c === '\n') {
            rows.push(row);
            row = [];
          }
        } else cur += c;
      }
      return rows.slice(1);
    }

    /** Parquet rows as the CSV would write them. */
    async function parquetRows(file: string): Promise<{ types: string[]; rows: string[][] }> {
      const instance = await DuckDBInstance.create(':memory:');
      const con = await instance.connect();
      try {
        const res = await con.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
        const text = (v: unknown) =>
          v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v as string | number | bigint);
        return {
          types: res.columnTypes().map(String),
          rows: res.getRowsJS().map((r) => r.map(text)),
        };
      } finally {
        con.closeSync();
        instance.closeSync();
      }
    }

    // Time first, then each dimension in code-list order (the explorer's default order; the fixture's code
    // lists are oordeel: rechtmatig, onrechtmatig, onzeker, totaal and sector: totaal, vv, gz, ggz).
    const CODES: Record<string, string[]> = {
      oordeel: ['rechtmatig', 'onrechtmatig', 'onzeker', 'totaal'],
      sector: ['totaal', 'vv', 'gz', 'ggz'],
    };
    const byKey = (time: number, dim: number, codes: string[]) => (a: string[], b: string[]) =>
      a[time] !== b[time] ? (a[time] < b[time] ? -1 : 1) : codes.indexOf(a[dim]) - codes.indexOf(b[dim]);

    it('hold the CSV content with DATE, INTEGER, BIGINT, DOUBLE types, sorted by time and code-list order', async () => {
      const r = await parquetRows(path.join(out, 'v1', 'rechtmatigheid.parquet'));
      expect(r.types).toEqual(['INTEGER', 'VARCHAR', 'DOUBLE', 'DOUBLE', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR']);
      expect(r.rows).toEqual((await csvRows(path.join(FIXTURE, R))).sort(byKey(0, 1, CODES.oordeel)));
      expect(r.rows[0]).toEqual([
        '2022',
        'rechtmatig',
        '28236',
        '92.9',
        'definitief',
        '',
        'nza-uitvoering-wlz-2023-2024',
        'Tabel 1',
      ]);

      const w = await parquetRows(path.join(out, 'v1', 'wachtenden.parquet'));
      expect(w.types).toEqual(['DATE', 'VARCHAR', 'BIGINT', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR']);
      expect(w.rows).toEqual((await csvRows(path.join(FIXTURE, W))).sort(byKey(0, 1, CODES.sector)));
      expect(w.rows.map((x) => `${x[0]} ${x[1]}`)).toEqual([
        '2019-01-01 vv',
        '2019-01-01 gz',
        '2019-01-01 ggz',
        '2020-01-01 vv',
        '2020-01-01 gz',
        '2020-01-01 ggz',
        '2020-07-01 vv',
        '2020-07-01 gz',
        '2020-07-01 ggz',
      ]);
      expect(w.rows[8][4]).toBe('Wachtlijstgegevens Wlz, stand 01-07-2020 (Zorginstituut Nederland)');
    });
  });

  it('is reproducible: the same input gives byte-identical files in another folder', async () => {
    const other = path.join(await tempDir(), 'out');
    expect((await snapshot({ in: FIXTURE, out: other, id: 'v1' })).code).toBe(0);
    const a = await tree(out);
    const b = await tree(other);
    expect(Object.keys(a).length).toBe(5);
    expect(b).toEqual(a);
  });

  it('derives the id from the input when none is given, the same for the same input', async () => {
    const one = await runSnapshot({ in: FIXTURE, out: path.join(await tempDir(), 'out') });
    const two = await runSnapshot({ in: FIXTURE, out: path.join(await tempDir(), 'out') });
    const id = /^published snapshot "([0-9a-f]{12})"/.exec(one.lines.at(-1)!)?.[1];
    expect(id).toBeDefined();
    expect(two.lines.at(-1)).toContain(`"${id}"`);
  });

  describe('an existing output folder', () => {
    async function published(): Promise<string> {
      const dir = path.join(await tempDir(), 'out');
      await cp(out, dir, { recursive: true });
      return dir;
    }

    it('publishing the same id with identical content changes nothing', async () => {
      const dir = await published();
      const before = await tree(dir);
      const res = await snapshot({ in: FIXTURE, out: dir, id: 'v1' });
      expect(res).toEqual({
        code: 0,
        lines: [`snapshot "v1" is already published with identical content in ${dir}/v1; nothing changed.`],
      });
      expect(await tree(dir)).toEqual(before);
    });

    it('publishing the same id with other content is refused', async () => {
      const dir = await published();
      const before = await tree(dir);
      const changed = await input((d) => editLine(d, W, 5, (l) => setField(l, 2, '14566')));
      const res = await snapshot({ in: changed, out: dir, id: 'v1' });
      expect(res).toEqual({
        code: 1,
        lines: [
          `snapshot "v1" already exists in ${dir} with other content; a published snapshot is never overwritten — choose a new --id`,
          'nothing was written.',
        ],
      });
      expect(await tree(dir)).toEqual(before);
    });

    it('a stray folder with the new id is not overwritten', async () => {
      const dir = await published();
      await mkdir(path.join(dir, 'v2'));
      await writeFile(path.join(dir, 'v2', 'notes.txt'), 'niet weggooien');
      const before = await tree(dir);
      const res = await snapshot({ in: FIXTURE, out: dir, id: 'v2' });
      expect(res.code).toBe(1);
      expect(res.lines[0]).toBe(`${dir}/v2 already exists and is not a published snapshot; choose a new --id`);
      expect(await tree(dir)).toEqual(before);
    });

    it('adds a new id to index.json, newest first by publication date', async () => {
      const dir = await published();
      const before = await readFile(path.join(dir, 'v1', 'manifest.json'));
      expect((await snapshot({ in: FIXTURE, out: dir, id: 'v2', published: '2025-03-01' })).code).toBe(0);
      expect((await snapshot({ in: FIXTURE, out: dir, id: 'v0', published: '2023-06-30' })).code).toBe(0);
      const idx = await readJson<SnapshotIndex>(path.join(dir, 'index.json'));
      expect(idx.snapshots.map((s: IndexEntry) => [s.id, s.published])).toEqual([
        ['v2', '2025-03-01'],
        ['v1', PUBLISHED],
        ['v0', '2023-06-30'],
      ]);
      for (const s of idx.snapshots)
        expect(s.manifest_sha256).toBe(sha256(await readFile(path.join(dir, s.id, 'manifest.json'))));
      // The earlier snapshot is untouched.
      expect(await readFile(path.join(dir, 'v1', 'manifest.json'))).toEqual(before);
      expect(Object.keys(await tree(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
    });

    it('puts a snapshot without --published first, newest addition first, so the site serves it as newest', async () => {
      const dir = await published();
      // v1 is dated 2024-12-12; u1 and u2 are published after it without a date, v3 with a later date.
      for (const id of ['u1', 'u2'])
        expect((await snapshot({ in: FIXTURE, out: dir, id, published: undefined })).code).toBe(0);
      let idx = await readJson<SnapshotIndex>(path.join(dir, 'index.json'));
      expect(idx.snapshots.map((s) => [s.id, s.published])).toEqual([
        ['u2', null],
        ['u1', null],
        ['v1', PUBLISHED],
      ]);
      expect((await snapshot({ in: FIXTURE, out: dir, id: 'v3', published: '2026-01-01' })).code).toBe(0);
      idx = await readJson<SnapshotIndex>(path.join(dir, 'index.json'));
      expect(idx.snapshots.map((s) => s.id)).toEqual(['u2', 'u1', 'v3', 'v1']);
      // --dry-run compares with the same first entry the site serves.
      const dry = await snapshot({ in: FIXTURE, out: dir, dryRun: true });
      expect(dry.lines).toContain('changes against the newest snapshot "u2":');
    });

    it('sorts synthetic snapshots after the real ones', () => {
      const e = (id: string, published: string | null, synthetic = false): IndexEntry => ({
        id,
        published,
        synthetic,
        notes: null,
        rows: 1,
        datasets: 1,
        manifest_sha256: '',
      });
      const order = (entries: IndexEntry[]) => sortIndex(entries).map((x) => x.id);
      expect(order([e('a', '2024-01-01'), e('synth', null, true)])).toEqual(['a', 'synth']);
      expect(order([e('synth', null, true), e('a', '2024-01-01'), e('b', null)])).toEqual(['b', 'a', 'synth']);
      expect(order([e('a', '2024-01-01'), e('b', '2024-01-01')])).toEqual(['b', 'a']);
      expect(order([e('b', '2025-01-01'), e('a', '2024-01-01')])).toEqual(['b', 'a']);
      expect(order([])).toEqual([]);
    });

    it('fills in the rows per dataset for an entry written before they were recorded', async () => {
      const dir = await published();
      await editFile(dir, 'index.json', (t) => {
        const idx = JSON.parse(t) as { snapshots: Record<string, unknown>[] };
        delete idx.snapshots[0].dataset_rows;
        return JSON.stringify(idx, null, 2) + '\n';
      });
      const changed = await input((d) => editFile(d, W, (t) => t.split('\n').slice(0, -2).join('\n') + '\n'));
      expect((await snapshot({ in: changed, out: dir, id: 'v2', published: '2025-01-01' })).code).toBe(0);
      const idx = await readJson<{ snapshots: (IndexEntry & { dataset_rows: Record<string, number> })[] }>(
        path.join(dir, 'index.json'),
      );
      expect(idx.snapshots.map((s) => [s.id, s.rows, s.dataset_rows])).toEqual([
        ['v2', 16, { rechtmatigheid: 8, wachtenden: 8 }],
        ['v1', 17, { rechtmatigheid: 8, wachtenden: 9 }],
      ]);
      expect(Object.keys(idx.snapshots[1]).at(-1)).toBe('manifest_sha256');
    });

    it('refuses to publish when a published manifest was changed', async () => {
      const dir = await published();
      await editFile(dir, 'v1/manifest.json', (t) => t.replace('"notes": null', '"notes": "aangepast"'));
      const before = await tree(dir);
      const res = await snapshot({ in: FIXTURE, out: dir, id: 'v2' });
      expect(res).toEqual({
        code: 1,
        lines: [
          `${dir}/v1/manifest.json: sha256 does not match index.json (the published snapshot "v1" was changed); refusing to publish`,
          'nothing was written.',
        ],
      });
      expect(await tree(dir)).toEqual(before);
    });

    describe('--check and --dry-run refuse what publishing would refuse, and write nothing', () => {
      const modes = [{ check: true }, { dryRun: true }];

      it.each(modes)('%o: the id already published with other content', async (mode) => {
        const dir = await published();
        const before = await tree(dir);
        const changed = await input((d) => editLine(d, W, 5, (l) => setField(l, 2, '14566')));
        const res = await snapshot({ in: changed, out: dir, id: 'v1', ...mode });
        expect(res).toEqual({
          code: 1,
          lines: [
            `snapshot "v1" already exists in ${dir} with other content; a published snapshot is never overwritten — choose a new --id`,
            'nothing was written.',
          ],
        });
        expect(await tree(dir)).toEqual(before);
      });

      it.each(modes)('%o: a published manifest whose sha256 does not match index.json', async (mode) => {
        const dir = await published();
        await editFile(dir, 'v1/manifest.json', (t) => t.replace('"notes": null', '"notes": "aangepast"'));
        const before = await tree(dir);
        const res = await snapshot({ in: FIXTURE, out: dir, id: 'v2', ...mode });
        expect(res).toEqual({
          code: 1,
          lines: [
            `${dir}/v1/manifest.json: sha256 does not match index.json (the published snapshot "v1" was changed); refusing to publish`,
            'nothing was written.',
          ],
        });
        expect(await tree(dir)).toEqual(before);
      });

      it.each(modes)('%o: a key figure that picks more than one row', async (mode) => {
        const dir = await published();
        const before = await tree(dir);
        const bad = await input((d) =>
          editFile(d, 'metadata.json', (t) =>
            t.replace('"where": { "jaar": "2023", "oordeel": "rechtmatig" }', '"where": { "jaar": "2023" }'),
          ),
        );
        const res = await snapshot({ in: bad, out: dir, id: 'v2', ...mode });
        expect(res.code).toBe(1);
        expect(res.lines[0]).toBe(
          'metadata.json: highlights.rechtmatig.headline.where picks 4 rows; it must pick exactly one',
        );
        expect(await tree(dir)).toEqual(before);
      });

      it('--check says when publishing would change nothing', async () => {
        const dir = await published();
        const res = await snapshot({ in: FIXTURE, out: dir, id: 'v1', check: true });
        expect(res).toEqual({
          code: 0,
          lines: [
            'snapshot "v1" is already published with identical content; publishing would change nothing.',
            `${FIXTURE}: valid (2 datasets); nothing written (--check).`,
          ],
        });
      });
    });

    it('refuses to publish over an index.json that is not valid JSON', async () => {
      const dir = await published();
      await writeFile(path.join(dir, 'index.json'), '{"format": 1, "snapshots": [');
      const before = await tree(dir);
      const res = await snapshot({ in: FIXTURE, out: dir, id: 'v2' });
      expect(res.code).toBe(1);
      expect(res.lines[0]).toMatch(new RegExp(`^${dir}/index\\.json: not valid JSON \\(.+\\)$`));
      expect(await tree(dir)).toEqual(before);
    });
  });

  it('leaves no output folder behind when publishing fails after validation', async () => {
    const dir = await input((d) =>
      editFile(d, 'metadata.json', (t) =>
        t.replace('"where": { "jaar": "2023", "oordeel": "rechtmatig" }', '"where": { "jaar": "2023" }'),
      ),
    );
    const target = path.join(await tempDir(), 'new', 'out');
    const res = await snapshot({ in: dir, out: target });
    expect(res).toEqual({
      code: 1,
      lines: [
        'metadata.json: highlights.rechtmatig.headline.where picks 4 rows; it must pick exactly one',
        'nothing was written.',
      ],
    });
    expect(await exists(path.dirname(target))).toBe(false);
  });

  it('--check validates and writes nothing', async () => {
    const target = path.join(await tempDir(), 'out');
    const res = await snapshot({ in: FIXTURE, out: target, check: true });
    expect(res).toEqual({ code: 0, lines: [`${FIXTURE}: valid (2 datasets); nothing written (--check).`] });
    expect(await exists(target)).toBe(false);
  });

  it('says how each file was read also when the input is refused', async () => {
    const dir = await input((d) => editLine(d, W, 4, (l) => setField(l, 1, 'ghz')));
    const res = await runSnapshot({ in: dir, out: path.join(await tempDir(), 'out'), check: true });
    expect(res).toEqual({
      code: 1,
      lines: [
        `read ${dir}/${R} as CSV (komma, UTF-8)`,
        `read ${dir}/${W} as CSV (komma, UTF-8)`,
        `${dir}/${W}:4: column "sector": value "ghz" — code is not in code list "sector"`,
        '1 problem(s) found; nothing was written.',
      ],
    });
  });

  it('rejects a bad --id or --published with exit code 2', async () => {
    const target = path.join(await tempDir(), 'out');
    expect(await runSnapshot({ in: FIXTURE, out: target, id: '../x' })).toEqual({
      code: 2,
      lines: ['--id "../x": use letters, digits, ".", "_" or "-" (max 64)'],
    });
    expect((await runSnapshot({ in: FIXTURE, out: target, published: '12-12-2024' })).code).toBe(2);
    expect(await exists(target)).toBe(false);
  });
});

describe('the real data/ folder', () => {
  it('validates (guards the published figures)', async () => {
    const res = await runSnapshot({ in: DATA, out: path.join(os.tmpdir(), 'wlz-never-written'), check: true });
    expect(res.lines.join('\n')).toMatch(/: valid \(\d+ datasets\); nothing written \(--check\)\.$/);
    expect(res.code).toBe(0);
  });

  it('checks the leveringsvormen shares add up to 100 where every part is given', async () => {
    const dir = path.join(await tempDir(), 'data');
    await cp(DATA, dir, { recursive: true });
    await editFile(dir, 'leveringsvormen.csv', (t) =>
      t.replace('\n2022,ZZ_REGIOS,lg,pgb,27.1,', '\n2022,ZZ_REGIOS,lg,pgb,28.1,'),
    );
    const res = await snapshot({ in: dir, out: path.join(await tempDir(), 'out'), check: true });
    expect(res).toEqual({
      code: 1,
      lines: [
        `${dir}/leveringsvormen.csv:10: column "aandeel": value "100.9" — parts of "leveringsvorm" add up to this sum instead of 100 (tolerance 0.2)`,
        '1 problem(s) found; nothing was written.',
      ],
    });
  });
});
