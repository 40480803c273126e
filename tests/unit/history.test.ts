// Publication history on the build side: the diff between two snapshots against DuckDB EXCEPT queries,
// --dry-run and --until, and input as analysts have it (Dutch Excel CSV, Windows-1252, XLSX).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffColumns, diffQuery } from '../../src/lib/diff.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { decodeWindows1252 } from '../../scripts/lib/input.ts';
import { runSnapshot } from '../../scripts/snapshot.ts';
import { REAL_DATA, writeEditedRealData, type KnownEdit } from '../fixtures/edited-real.ts';

const FIXTURE = 'tests/fixtures/valid';
let work: string;
let con: DuckDBConnection;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wlz-history-'));
  con = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function copyFixture(name: string): Promise<string> {
  const dir = path.join(work, name);
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

async function edit(file: string, f: (text: string) => string) {
  await writeFile(file, f(await readFile(file, 'utf8')));
}

const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS();

describe('diff between two publications', () => {
  let out: string;
  let v1: Manifest;
  let v2: Manifest;

  beforeAll(async () => {
    out = path.join(work, 'out');
    const a = await copyFixture('v1');
    expect((await runSnapshot({ in: a, out, id: 'v1', published: '2024-01-01' })).code).toBe(0);
    const b = await copyFixture('v2');
    // Known edits: one value changed, one footnote changed, one row removed, one row added.
    await edit(path.join(b, 'wachtenden.csv'), (t) =>
      t
        .replace('2020-07-01,vv,16591,', '2020-07-01,vv,16600,')
        .replace('2020-01-01,gz,1679,definitief,,', '2020-01-01,gz,1679,definitief,Herzien,')
        .replace(/^2019-01-01,ggz,6,.*\n/m, '')
        .concat('2021-01-01,vv,17000,voorlopig,,nza-zorgplicht-2019,Tabel 2\n'),
    );
    const dry = await runSnapshot({ in: b, out, dryRun: true });
    expect(dry.code).toBe(0);
    expect(dry.lines).toContain('  wachtenden: 1 added, 1 removed, 2 changed');
    expect(dry.lines).toContain('  rechtmatigheid: 0 added, 0 removed, 0 changed');
    expect(dry.lines.at(-1)).toBe('nothing written (--dry-run).');
    expect((await runSnapshot({ in: b, out, id: 'v2', published: '2024-06-01' })).code).toBe(0);
    v1 = JSON.parse(await readFile(path.join(out, 'v1', 'manifest.json'), 'utf8'));
    v2 = JSON.parse(await readFile(path.join(out, 'v2', 'manifest.json'), 'utf8'));
  });

  it('index.json lists both, newest first, with notes, rows and manifest hashes', async () => {
    const idx = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'));
    expect(idx.snapshots.map((s: { id: string }) => s.id)).toEqual(['v2', 'v1']);
    expect(idx.snapshots[0].rows).toBe(v2.datasets.reduce((n, d) => n + d.rows, 0));
  });

  it('finds exactly the rows that DuckDB EXCEPT queries find', async () => {
    const d1 = v1.datasets.find((d) => d.id === 'wachtenden')!;
    const d2 = v2.datasets.find((d) => d.id === 'wachtenden')!;
    const o = `read_parquet('${path.join(out, 'v1', d1.file)}')`;
    const n = `read_parquet('${path.join(out, 'v2', d2.file)}')`;
    const diff =
      await rows(`SELECT wijziging, peildatum AS p, sector, aantal_oud, aantal_nieuw, aantal_verschil, aantal_verschil_pct
      FROM (${diffQuery(o, n, diffColumns(d1.columns, d2.columns))}) ORDER BY 1, 2, 3`);
    const key = 'peildatum, sector';
    const added = await rows(
      `SELECT strftime(peildatum, '%Y-%m-%d') AS p, sector FROM (SELECT ${key} FROM ${n} EXCEPT SELECT ${key} FROM ${o}) ORDER BY 1, 2`,
    );
    const removed = await rows(
      `SELECT strftime(peildatum, '%Y-%m-%d') AS p, sector FROM (SELECT ${key} FROM ${o} EXCEPT SELECT ${key} FROM ${n}) ORDER BY 1, 2`,
    );
    const changed = await rows(`SELECT strftime(peildatum, '%Y-%m-%d') AS p, sector FROM (
        SELECT ${key} FROM (SELECT * FROM ${n} EXCEPT SELECT * FROM ${o}) WHERE (${key}) IN (SELECT (${key}) FROM ${o})) ORDER BY 1, 2`);
    const pick = (k: string) => diff.filter((r) => r.wijziging === k).map((r) => ({ p: r.p, sector: r.sector }));
    expect(pick('added')).toEqual(added);
    expect(pick('removed')).toEqual(removed);
    expect(pick('changed')).toEqual(changed);
    expect(added).toEqual([{ p: '2021-01-01', sector: 'vv' }]);
    expect(removed).toEqual([{ p: '2019-01-01', sector: 'ggz' }]);
    const vv = diff.find((r) => r.wijziging === 'changed' && r.sector === 'vv')!;
    expect([vv.aantal_oud, vv.aantal_nieuw, vv.aantal_verschil]).toEqual([16591, 16600, 9]);
    expect(vv.aantal_verschil_pct).toBeCloseTo(((16600 - 16591) / 16591) * 100, 3);
  });

  it('--until keeps only the figures up to the date and drops key figures after it', async () => {
    const res = await runSnapshot({ in: FIXTURE, out: path.join(work, 'until'), id: 'u', until: '2019-12-31' });
    expect(res.code).toBe(0);
    expect(res.lines).toContain('key figure "rechtmatig" left out: its figure is after 2019-12-31');
    expect(res.lines).toContain('dataset "rechtmatigheid" left out: all its figures are after 2019-12-31');
    const m: Manifest = JSON.parse(await readFile(path.join(work, 'until', 'u', 'manifest.json'), 'utf8'));
    expect(m.datasets.map((d) => d.id)).toEqual(['wachtenden']);
    expect(m.datasets[0].dimensions.peildatum).toEqual(['2019-01-01']);
    // --check says the same, so the analyst sees the cut-off before publishing.
    const check = await runSnapshot({
      in: FIXTURE,
      out: path.join(work, 'until-check'),
      until: '2019-12-31',
      check: true,
    });
    expect(check.code).toBe(0);
    expect(check.lines).toContain('dataset "rechtmatigheid" left out: all its figures are after 2019-12-31');
    expect(check.lines).toContain('key figure "rechtmatig" left out: its figure is after 2019-12-31');
  });
});

describe('the real figures and a later publication with known edits', () => {
  let out: string;
  let real: Manifest;
  let edited: Manifest;
  let edits: KnownEdit[];
  let dry: string[];

  beforeAll(async () => {
    out = path.join(work, 'real-out');
    const first = await runSnapshot({ in: REAL_DATA, out, id: 'real', published: '2024-12-12' });
    expect(first.code, first.lines.join('\n')).toBe(0);
    const dir = path.join(work, 'edited-real');
    ({ edits } = await writeEditedRealData(dir));
    const res = await runSnapshot({ in: dir, out, dryRun: true });
    expect(res.code, res.lines.join('\n')).toBe(0);
    dry = res.lines;
    const second = await runSnapshot({ in: dir, out, id: 'edited', published: '2025-06-30' });
    expect(second.code, second.lines.join('\n')).toBe(0);
    real = JSON.parse(await readFile(path.join(out, 'real', 'manifest.json'), 'utf8'));
    edited = JSON.parse(await readFile(path.join(out, 'edited', 'manifest.json'), 'utf8'));
  }, 300_000);

  it('--dry-run counts exactly the known edits per dataset', () => {
    expect(dry).toContain('changes against the newest snapshot "real":');
    for (const d of real.datasets) {
      const n = (c: string) => edits.filter((e) => e.dataset === d.id && e.change === c).length;
      expect(dry).toContain(`  ${d.id}: ${n('added')} added, ${n('removed')} removed, ${n('changed')} changed`);
    }
  });

  it('index.json lists the later publication first, with its rows per dataset', async () => {
    const idx = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'));
    expect(idx.snapshots.map((s: { id: string }) => s.id)).toEqual(['edited', 'real']);
    const rowsOf = (m: Manifest) => Object.fromEntries(m.datasets.map((d) => [d.id, d.rows]));
    expect(idx.snapshots[0].dataset_rows).toEqual(rowsOf(edited));
    expect(idx.snapshots[1].dataset_rows).toEqual(rowsOf(real));
    expect(edited.datasets.find((d) => d.id === 'wachtlijsten')!.rows).toBe(
      real.datasets.find((d) => d.id === 'wachtlijsten')!.rows + 1,
    );
  });

  it('the diff SQL finds exactly the rows that DuckDB EXCEPT queries find, and those are the known edits', async () => {
    expect(edited.datasets.map((d) => d.id)).toEqual(real.datasets.map((d) => d.id));
    for (const d2 of edited.datasets) {
      const d1 = real.datasets.find((d) => d.id === d2.id)!;
      const o = `read_parquet('${path.join(out, 'real', d1.file)}')`;
      const n = `read_parquet('${path.join(out, 'edited', d2.file)}')`;
      const cols = diffColumns(d1.columns, d2.columns);
      const keys = cols.keys.map((k) => k.name);
      const keyText = keys.map((k) => `CAST("${k}" AS VARCHAR) AS "${k}"`).join(', ');
      const keyList = keys.map((k) => `"${k}"`).join(', ');
      const order = keys.map((_, i) => i + 1).join(', ');
      const diff = await rows(`SELECT wijziging, ${keyText} FROM (${diffQuery(o, n, cols)}) ORDER BY 1, ${order}`);
      const except = async (kind: string, sql: string) =>
        (await rows(`SELECT ${keyText} FROM (${sql}) ORDER BY ${order}`)).map((r) => ({ wijziging: kind, ...r }));
      // Hand-written: keys only in the new file, keys only in the old one, and rows of the new file that are
      // not in the old one although their key is.
      const expected = [
        ...(await except('added', `SELECT ${keyList} FROM ${n} EXCEPT SELECT ${keyList} FROM ${o}`)),
        ...(await except(
          'changed',
          `SELECT * FROM (SELECT * FROM ${n} EXCEPT SELECT * FROM ${o})
            WHERE (${keyList}) IN (SELECT (${keyList}) FROM ${o})`,
        )),
        ...(await except('removed', `SELECT ${keyList} FROM ${o} EXCEPT SELECT ${keyList} FROM ${n}`)),
      ];
      expect(diff, d2.id).toEqual(expected);
      const known = edits
        .filter((e) => e.dataset === d2.id)
        .map((e) => ({ wijziging: e.change, ...e.key }))
        .sort((a, b) => a.wijziging.localeCompare(b.wijziging));
      expect(diff, d2.id).toEqual(known);
    }
  });

  it('shows the old and new value of each changed column', async () => {
    for (const e of edits.filter((x) => x.change === 'changed')) {
      const d1 = real.datasets.find((d) => d.id === e.dataset)!;
      const d2 = edited.datasets.find((d) => d.id === e.dataset)!;
      const o = `read_parquet('${path.join(out, 'real', d1.file)}')`;
      const n = `read_parquet('${path.join(out, 'edited', d2.file)}')`;
      const [r] = await rows(`SELECT * FROM (${diffQuery(o, n, diffColumns(d1.columns, d2.columns))})`);
      expect([r[`${e.column}_oud`], r[`${e.column}_nieuw`]]).toEqual([e.before, e.after]);
      if (typeof e.before === 'number') expect(r[`${e.column}_verschil`]).toBe((e.after as number) - e.before);
    }
  });

  it('writes every Parquet file of both publications with ZSTD', async () => {
    for (const [id, m] of [
      ['real', real],
      ['edited', edited],
    ] as const)
      for (const d of m.datasets) {
        const c = await rows(`SELECT DISTINCT compression FROM parquet_metadata('${path.join(out, id, d.file)}')`);
        expect(c, `${id}/${d.file}`).toEqual([{ compression: 'ZSTD' }]);
      }
  });
});

describe('input as analysts have it', () => {
  const DUTCH = [
    'peildatum;sector;aantal;status;voetnoot;bron;bron_locatie',
    '1-1-2019;vv;14.167;definitief;;nza-zorgplicht-2019;Tabel 2',
    '1-1-2019;gz;2.378;definitief;"Zie toelichting; één regel";nza-zorgplicht-2019;Tabel 2',
    '1-1-2019;ggz;6;definitief;;nza-zorgplicht-2019;Tabel 2',
  ];

  async function reference(): Promise<Record<string, unknown>[]> {
    const out = path.join(work, 'ref');
    const res = await runSnapshot({ in: FIXTURE, out, id: 'ref' });
    expect(res.code).toBe(0);
    return rows(
      `SELECT * FROM read_parquet('${path.join(out, 'ref', 'wachtenden.parquet')}') WHERE peildatum = DATE '2019-01-01' ORDER BY sector`,
    );
  }

  async function published(dir: string, id: string) {
    const out = path.join(work, `out-${id}`);
    const res = await runSnapshot({ in: dir, out, id });
    return {
      res,
      rows:
        res.code === 0
          ? await rows(`SELECT * FROM read_parquet('${path.join(out, id, 'wachtenden.parquet')}') ORDER BY sector`)
          : [],
    };
  }

  it('reads the Dutch Excel CSV (BOM, semicolons, thousands dots, d-m-yyyy) to the same figures', async () => {
    const dir = await copyFixture('dutch');
    await writeFile(path.join(dir, 'wachtenden.csv'), '\uFEFF' + DUTCH.join('\r\n') + '\r\n');
    const { res, rows: got } = await published(dir, 'nl');
    expect(res.code, res.lines.join('\n')).toBe(0);
    expect(res.lines).toContain(
      `read ${path.join(dir, 'wachtenden.csv')} as CSV voor Nederlandse Excel (puntkomma, decimale komma, UTF-8 met BOM)`,
    );
    const ref = await reference();
    expect(got.map((r) => [r.sector, r.aantal])).toEqual(ref.map((r) => [r.sector, r.aantal]));
    expect(got.find((r) => r.sector === 'gz')!.voetnoot).toBe('Zie toelichting; één regel');
  });

  it('reads Windows-1252 and says so', async () => {
    const dir = await copyFixture('cp1252');
    const text = DUTCH.join('\r\n') + '\r\n';
    // Encode as Windows-1252: every character here is Latin-1, which maps byte for byte.
    await writeFile(path.join(dir, 'wachtenden.csv'), Buffer.from(text, 'latin1'));
    const { res, rows: got } = await published(dir, 'cp');
    expect(res.code, res.lines.join('\n')).toBe(0);
    expect(res.lines.join('\n')).toContain('(puntkomma, decimale komma, Windows-1252)');
    expect(got.find((r) => r.sector === 'gz')!.voetnoot).toBe('Zie toelichting; één regel');
  });

  // tests/fixtures/windows-1252/wachtenden.csv is Dutch Excel CSV saved as Windows-1252, with the characters
  // that only that encoding has at 0x80–0x9F (€, curly quotes, dashes and the rest); Node's own decoder
  // reads those bytes as Latin-1 control characters.
  const CP1252 = 'tests/fixtures/windows-1252/wachtenden.csv';
  const CP1252_NOTES = {
    vv: 'Kosten € 1.234 mln – “voorlopig” — ‘zie’ bijlage',
    gz: '„Citaat“ … één‰ Š Œ Ž š œ ž Ÿ ƒ † ‡ ˆ ‹ › • ˜ ™ ‚',
  };

  it('reads €, curly quotes and dashes from Windows-1252 back exactly', async () => {
    const bytes = await readFile(CP1252);
    expect(bytes.includes(0x80) && bytes.includes(0x93) && bytes.includes(0x97)).toBe(true);
    const dir = await copyFixture('cp1252-high');
    await cp(CP1252, path.join(dir, 'wachtenden.csv'));
    const { res, rows: got } = await published(dir, 'cph');
    expect(res.code, res.lines.join('\n')).toBe(0);
    expect(res.lines).toContain(
      `read ${path.join(dir, 'wachtenden.csv')} as CSV voor Nederlandse Excel (puntkomma, decimale komma, Windows-1252)`,
    );
    expect(got.map((r) => [r.sector, r.aantal, r.voetnoot])).toEqual([
      ['ggz', 6n, null],
      ['gz', 2378n, CP1252_NOTES.gz],
      ['vv', 14167n, CP1252_NOTES.vv],
    ]);
    // Every one of the 27 characters Windows-1252 defines at 0x80–0x9F, as the encoding's own table has them.
    const high = [...new Set([...CP1252_NOTES.vv, ...CP1252_NOTES.gz])].filter((c) => c.codePointAt(0)! > 0xff);
    expect(high.length).toBe(27);
    expect(decodeWindows1252(Buffer.from([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97])).text).toBe('€‘’“”–—');
  });

  it('refuses a byte that Windows-1252 does not define, naming the file and line', async () => {
    const dir = await copyFixture('cp1252-undefined');
    const bytes = Buffer.from(await readFile(CP1252));
    bytes[bytes.indexOf(Buffer.from('1-1-2019;ggz')) + 2] = 0x81; // inside line 4
    await writeFile(path.join(dir, 'wachtenden.csv'), bytes);
    const res = await runSnapshot({ in: dir, out: path.join(work, 'out-cpu'), id: 'cpu' });
    expect(res.code).toBe(1);
    expect(res.lines).toContain(
      `${path.join(dir, 'wachtenden.csv')}:4: — byte 0x81 is not a character in Windows-1252 (the file is neither UTF-8 nor Windows-1252; save it as UTF-8)`,
    );
    expect(decodeWindows1252(Buffer.from([0x41, 0x0a, 0x8d, 0x0a, 0x9d])).undefinedBytes).toEqual([
      { line: 2, byte: 0x8d },
      { line: 3, byte: 0x9d },
    ]);
  });

  it('resolves decimal commas in measures', async () => {
    const dir = await copyFixture('decimals');
    await writeFile(
      path.join(dir, 'rechtmatigheid.csv'),
      (await readFile(path.join(FIXTURE, 'rechtmatigheid.csv'), 'utf8'))
        .split('\n')
        .map((l) => l.replace(/,/g, ';').replace(/;(\d+)\.(\d+);/, ';$1,$2;'))
        .join('\n'),
    );
    const out = path.join(work, 'out-dec');
    const res = await runSnapshot({ in: dir, out, id: 'dec' });
    expect(res.code, res.lines.join('\n')).toBe(0);
    const got = await rows(
      `SELECT percentage FROM read_parquet('${path.join(out, 'dec', 'rechtmatigheid.parquet')}') WHERE jaar = 2023 AND oordeel = 'rechtmatig'`,
    );
    expect(got[0].percentage).toBe(90.4);
  });

  /** The fixture's rechtmatigheid.csv with semicolons, its decimal points kept, changed by `edit`. */
  async function semicolonPoints(name: string, edit: (line: string) => string = (l) => l): Promise<string> {
    const dir = await copyFixture(name);
    const text = await readFile(path.join(FIXTURE, 'rechtmatigheid.csv'), 'utf8');
    await writeFile(
      path.join(dir, 'rechtmatigheid.csv'),
      text
        .split('\n')
        .map((l) => edit(l.replace(/,/g, ';')))
        .join('\n'),
    );
    return dir;
  }

  it('reads a semicolon file with decimal points throughout, resolving "9.500" as a decimal', async () => {
    // "9.500" alone could be nine thousand five hundred; the file's other numbers (90.4, 0.1 …) say it is 9.5.
    const dir = await semicolonPoints('points', (l) => l.replace(';9.5;', ';9.500;'));
    const out = path.join(work, 'out-points');
    const res = await runSnapshot({ in: dir, out, id: 'pt' });
    expect(res.code, res.lines.join('\n')).toBe(0);
    expect(res.lines).toContain(
      `read ${path.join(dir, 'rechtmatigheid.csv')} as CSV met puntkomma (decimale punt, UTF-8)`,
    );
    const file = (id: string, o: string) => `read_parquet('${path.join(o, id, 'rechtmatigheid.parquet')}')`;
    const ref = path.join(work, 'out-points-ref');
    expect((await runSnapshot({ in: FIXTURE, out: ref, id: 'ref' })).code).toBe(0);
    // Exactly the figures of the comma file: nothing added, nothing lost, nothing changed.
    const diff = await rows(
      `SELECT count(*)::INT AS n FROM ((SELECT * FROM ${file('pt', out)} EXCEPT SELECT * FROM ${file('ref', ref)})
       UNION ALL (SELECT * FROM ${file('ref', ref)} EXCEPT SELECT * FROM ${file('pt', out)}))`,
    );
    expect(diff[0].n).toBe(0);
    const got = await rows(`SELECT percentage FROM ${file('pt', out)} WHERE jaar = 2023 AND oordeel = 'onzeker'`);
    expect(got[0].percentage).toBe(9.5);
  });

  it('refuses a decimal comma in a file with decimal points, naming the line', async () => {
    const dir = await semicolonPoints('points-mixed', (l) => l.replace(';6.9;', ';6,9;'));
    const res = await runSnapshot({ in: dir, out: path.join(work, 'out-points-mixed'), id: 'ptm' });
    expect(res.code).toBe(1);
    expect(res.lines.filter((l) => !l.startsWith('read '))).toEqual([
      `${path.join(dir, 'rechtmatigheid.csv')}:8: column "percentage": value "6,9" — number with a decimal comma or thousands dots in a file with decimal points: the file mixes number conventions`,
      '1 problem(s) found; nothing was written.',
    ]);
  });

  it('refuses a file that mixes number conventions, naming the line', async () => {
    const dir = await copyFixture('mixed');
    const lines = [...DUTCH];
    lines[3] = '1-1-2019;ggz;6.5;definitief;;nza-zorgplicht-2019;Tabel 2';
    await writeFile(path.join(dir, 'wachtenden.csv'), lines.join('\n') + '\n');
    const out = path.join(work, 'out-mixed');
    const res = await runSnapshot({ in: dir, out, id: 'mixed' });
    expect(res.code).toBe(1);
    // How the file was read is said on refusal too: it explains which convention the line breaks.
    expect(res.lines).toContain(
      `read ${path.join(dir, 'wachtenden.csv')} as CSV voor Nederlandse Excel (puntkomma, decimale komma, UTF-8)`,
    );
    expect(res.lines).toContain(
      `${path.join(dir, 'wachtenden.csv')}:4: column "aantal": value "6.5" — number with a decimal point in a file with decimal commas: the file mixes number conventions`,
    );
  });

  it('reads an .xlsx workbook in place of the CSV, and names workbook rows in problems', async () => {
    const dir = await copyFixture('xlsx');
    await rm(path.join(dir, 'wachtenden.csv'));
    const header = ['peildatum', 'sector', 'aantal', 'status', 'voetnoot', 'bron', 'bron_locatie'];
    const data = [
      header,
      [new Date(Date.UTC(2019, 0, 1)), 'vv', 14167, 'definitief', null, 'nza-zorgplicht-2019', 'Tabel 2'],
      [new Date(Date.UTC(2019, 0, 1)), 'gz', 2378, 'definitief', null, 'nza-zorgplicht-2019', 'Tabel 2'],
      [new Date(Date.UTC(2019, 0, 1)), 'ggz', 6, 'definitief', null, 'nza-zorgplicht-2019', 'Tabel 2'],
    ];
    await writeXlsxFile(data as never, { dateFormat: 'yyyy-mm-dd' } as never).toFile(path.join(dir, 'wachtenden.xlsx'));
    const { res, rows: got } = await published(dir, 'xl');
    expect(res.code, res.lines.join('\n')).toBe(0);
    expect(res.lines.join('\n')).toContain(`read ${path.join(dir, 'wachtenden.xlsx')} as XLSX`);
    expect(got.map((r) => [r.sector, Number(r.aantal)])).toEqual([
      ['ggz', 6],
      ['gz', 2378],
      ['vv', 14167],
    ]);
    data[3][1] = 'onbekend';
    await writeXlsxFile(data as never, { dateFormat: 'yyyy-mm-dd' } as never).toFile(path.join(dir, 'wachtenden.xlsx'));
    const bad = await runSnapshot({ in: dir, out: path.join(work, 'out-xl2'), id: 'xl2' });
    expect(bad.code).toBe(1);
    expect(bad.lines.filter((l) => !l.startsWith('read '))[0]).toBe(
      `${path.join(dir, 'wachtenden.xlsx')}:4: column "sector": value "onbekend" — code is not in code list "sector"`,
    );
    expect(bad.lines).toContain(`read ${path.join(dir, 'wachtenden.xlsx')} as XLSX (blad "Sheet1")`);
  });
});
