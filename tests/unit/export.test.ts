// Downloads: RFC 4180 CSV and the Dutch-Excel variant, proven by reading them back with DuckDB, and CSV
// injection neutralised for text but not for numbers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportName, neutralise, toCsv } from '../../src/lib/export.ts';
import type { Cell } from '../../src/lib/manifest.ts';

let dir: string;
let instance: DuckDBInstance;
let con: DuckDBConnection;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wlz-export-test-'));
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
});
afterAll(async () => {
  con.closeSync();
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
});

/** Writes `csv` to a file and reads it back with DuckDB; returns column names, types and rows. */
async function readBack(csv: string, options: string) {
  const f = path.join(dir, `export${n++}.csv`);
  await writeFile(f, csv, 'utf8');
  const res = await con.runAndReadAll(`SELECT * FROM read_csv('${f}', header=true, ${options})`);
  return { names: res.columnNames(), types: res.columnTypes().map(String), rows: res.getRowsJS() };
}

const header = ['sector', 'aantal', 'percentage', 'voetnoot'];
const rows: Cell[][] = [
  ['vv', 14565, 90.4, null],
  ['gz', 2378, 0.1, 'Wachtlijstgegevens Wlz, stand 01-07-2020'],
  ['ggz', -6, -2.8, 'zei "circa"'],
  ['totaal', 0, 100, 'regel een\nregel twee'],
];

describe('toCsv (RFC 4180)', () => {
  it('writes a header and CRLF-terminated rows, numbers as plain numbers', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 2.5],
          ['x', null],
        ],
      ),
    ).toBe('a,b\r\n1,2.5\r\nx,\r\n');
  });

  it('quotes fields with commas, quotes, newlines and leading or trailing blanks', () => {
    const csv = toCsv(['t'], [['a,b'], ['zei "ja"'], ['twee\nregels'], ['cr\rlf'], [' rand '], ['gewoon']]);
    expect(csv).toBe('t\r\n"a,b"\r\n"zei ""ja"""\r\n"twee\nregels"\r\n"cr\rlf"\r\n" rand "\r\ngewoon\r\n');
  });

  it('reads back with DuckDB to the same values and types', async () => {
    const csv = toCsv(header, rows);
    const back = await readBack(csv, `delim=',', quote='"', escape='"', strict_mode=true`);
    expect(back.names).toEqual(header);
    expect(back.types).toEqual(['VARCHAR', 'BIGINT', 'DOUBLE', 'VARCHAR']);
    expect(back.rows).toEqual(rows.map(([s, a, p, v]) => [s, BigInt(a as number), p, v]));
  });
});

describe('toCsv excel-nl', () => {
  const csv = toCsv(header, rows, { variant: 'excel-nl' });

  it('starts with a BOM, separates with semicolons and writes decimal commas', () => {
    expect(csv.startsWith('\uFEFFsector;aantal;percentage;voetnoot\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('vv;14565;90,4;');
    // A text comma needs no quotes when the separator is a semicolon; negative numbers stay numbers.
    expect(csv.split('\r\n')[2]).toBe('gz;2378;0,1;Wachtlijstgegevens Wlz, stand 01-07-2020');
    expect(csv.split('\r\n')[3]).toBe('ggz;-6;-2,8;"zei ""circa"""');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes a text with a semicolon', () => {
    expect(toCsv(['t'], [['a;b']], { variant: 'excel-nl' })).toBe('\uFEFFt\r\n"a;b"\r\n');
  });

  it('reads back with DuckDB (semicolon, decimal comma) to the same values', async () => {
    const back = await readBack(
      csv,
      `delim=';', quote='"', escape='"', decimal_separator=',', strict_mode=true, encoding='utf-8'`,
    );
    expect(back.names).toEqual(header);
    expect(back.types).toEqual(['VARCHAR', 'BIGINT', 'DOUBLE', 'VARCHAR']);
    expect(back.rows).toEqual(rows.map(([s, a, p, v]) => [s, BigInt(a as number), p, v]));
  });
});

describe('formula injection', () => {
  it('prefixes a quote to text that starts with = + - @ tab or CR', () => {
    expect(neutralise('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(neutralise('+31 20 123')).toBe("'+31 20 123");
    expect(neutralise('-29')).toBe("'-29");
    expect(neutralise('@cmd')).toBe("'@cmd");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('\rx')).toBe("'\rx");
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('Tabel 2')).toBe('Tabel 2');
    expect(neutralise('')).toBe('');
  });

  const evil: Cell[][] = [
    ['=HYPERLINK("http://x","klik")', -29],
    ['+1', -0.5],
    ['-1', 2.8],
    ['@SUM(1)', 0],
    ['\t=1', 1],
    ['\r=1', 1],
  ];

  it('neutralises text cells and the header, never negative numbers', () => {
    expect(toCsv(['=kop', 'waarde'], evil)).toBe(
      [
        "'=kop,waarde",
        `"'=HYPERLINK(""http://x"",""klik"")",-29`,
        "'+1,-0.5",
        "'-1,2.8",
        "'@SUM(1),0",
        "'\t=1,1",
        `"'\r=1",1`,
        '',
      ].join('\r\n'),
    );
    expect(toCsv(['t', 'v'], [['-1', -1]], { variant: 'excel-nl' })).toBe("\uFEFFt;v\r\n'-1;-1\r\n");
  });

  it('reads back with DuckDB: every text starts with the quote, numbers are numbers', async () => {
    const back = await readBack(toCsv(['tekst', 'waarde'], evil), `delim=',', quote='"', escape='"', strict_mode=true`);
    expect(back.types).toEqual(['VARCHAR', 'DOUBLE']);
    expect(back.rows).toEqual(evil.map(([t, v]) => [`'${t as string}`, v]));
  });
});

describe('exportName', () => {
  it('is dataset_snapshot_date.ext', () => {
    expect(exportName('wachtlijsten', '2024-12-12', 'csv', new Date('2025-03-14T12:00:00Z'))).toBe(
      'wachtlijsten_2024-12-12_2025-03-14.csv',
    );
    expect(exportName('rechtmatigheid', 'a1b2c3d4e5f6', 'xlsx', new Date('2024-01-05T08:00:00Z'))).toBe(
      'rechtmatigheid_a1b2c3d4e5f6_2024-01-05.xlsx',
    );
  });

  it('uses today by default', () => {
    expect(exportName('x', 'y', 'csv')).toMatch(/^x_y_\d{4}-\d{2}-\d{2}\.csv$/);
  });
});

describe('toXlsx', () => {
  it('keeps a year an integer and a date a date, numbers as numbers, text as (disarmed) text', async () => {
    const { toXlsx } = await import('../../src/lib/exporters.ts');
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const grid = {
      header: ['jaar', 'peildatum', 'sector', 'bedrag'],
      rows: [
        [2023, '2023-07-01', 'Verpleging en verzorging', 29793.5],
        [2024, '2024-01-01', '=1+1', null],
      ] as Cell[][],
      numeric: [false, false, false, true],
      types: ['integer', 'date', 'text', 'number'] as const,
    };
    const blob = await toXlsx({ ...grid, types: [...grid.types] }, [['Dataset', 'x']], ['Gegevens', 'Bron']);
    const f = path.join(dir, `typed${n++}.xlsx`);
    await writeFile(f, Buffer.from(await blob.arrayBuffer()));
    const [sheet] = await readXlsxFile(f);
    expect(sheet.data[0]).toEqual(grid.header);
    const [a, b] = sheet.data.slice(1);
    expect(a[0]).toBe(2023);
    expect(a[1]).toBeInstanceOf(Date);
    expect((a[1] as unknown as Date).toISOString().slice(0, 10)).toBe('2023-07-01');
    expect(a[3]).toBe(29793.5);
    expect((b[1] as unknown as Date).toISOString().slice(0, 10)).toBe('2024-01-01');
    expect(b[2]).toBe("'=1+1");
  });
});

describe("toXlsx and Excel's row limit", () => {
  it('refuses a view with more rows than a worksheet holds, before writing anything', async () => {
    const { toXlsx, XlsxTooLarge, XLSX_MAX_ROWS } = await import('../../src/lib/exporters.ts');
    expect(XLSX_MAX_ROWS).toBe(1_048_576);
    const row: Cell[] = [1];
    const grid = { header: ['n'], rows: new Array<Cell[]>(XLSX_MAX_ROWS).fill(row), numeric: [true] };
    const err = await toXlsx(grid, [], ['a', 'b']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxTooLarge);
    expect((err as InstanceType<typeof XlsxTooLarge>).rows).toBe(XLSX_MAX_ROWS);
  });
});
