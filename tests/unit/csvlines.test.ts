// Record numbers (what DuckDB reports) to editor lines (what an analyst needs), for quoted multi-line fields,
// doubled quotes, CRLF and empty lines; checked against DuckDB's own reading of the same files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHeader, recordLines } from '../../scripts/lib/csvlines.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wlz-csvlines-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(content: string | Buffer): Promise<string> {
  const f = path.join(dir, `f${n++}.csv`);
  await writeFile(f, content);
  return f;
}

const lines = async (content: string, records: number[], countBlankLines = false) =>
  Object.fromEntries(await recordLines(await file(content), records, { countBlankLines }));

describe('recordLines', () => {
  it('maps records to lines one to one in a plain file', async () => {
    expect(await lines('a,b\n1,2\n3,4\n5,6\n', [0, 1, 2, 3])).toEqual({ 0: 1, 1: 2, 2: 3, 3: 4 });
  });

  it('returns nothing when nothing is asked, and leaves out records past the end', async () => {
    expect(await lines('a,b\n1,2\n', [])).toEqual({});
    expect(await lines('a,b\n1,2\n', [1, 2, 7])).toEqual({ 1: 2 });
  });

  it('finds the last record when the file does not end with a newline', async () => {
    expect(await lines('a,b\n1,2\n3,4', [2])).toEqual({ 2: 3 });
  });

  it('counts the lines of a quoted field that spans lines', async () => {
    const csv = 'a,b\n1,"twee\nregels"\n2,"drie\nhele\nregels"\n3,x\n';
    expect(await lines(csv, [1, 2, 3])).toEqual({ 1: 2, 2: 4, 3: 7 });
  });

  it('is not confused by doubled quotes, also next to a newline or a comma', async () => {
    const csv = 'a,b\n1,"een ""citaat"", zei hij"\n2,"eind""\nvolgende regel"\n3,""""\n4,x\n';
    expect(await lines(csv, [1, 2, 3, 4])).toEqual({ 1: 2, 2: 3, 3: 5, 4: 6 });
  });

  it('a quote inside an unquoted field is text (DuckDB reads it so), not the start of a quoted field', async () => {
    const csv = 'a,b\n1,scherm van 15" breed\n2,"echt ""quoted""\nover twee regels"\n3,x\n';
    expect(await lines(csv, [1, 2, 3])).toEqual({ 1: 2, 2: 3, 3: 5 });
  });

  it('handles CRLF line ends, also inside a quoted field', async () => {
    const csv = 'a,b\r\n1,"x\r\ny"\r\n2,z\r\n3,w\r\n';
    expect(await lines(csv, [0, 1, 2, 3])).toEqual({ 0: 1, 1: 2, 2: 4, 3: 5 });
  });

  it('skips empty lines as DuckDB does for rows, or counts them as DuckDB does for errors', async () => {
    const csv = 'a,b\n1,2\n\n3,4\r\n\r\n\n5,6\n\n';
    expect(await lines(csv, [1, 2, 3])).toEqual({ 1: 2, 2: 4, 3: 7 });
    expect(await lines(csv, [1, 2, 3, 4, 5, 6], true)).toEqual({ 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7 });
  });

  it('a line of blanks is a record, not an empty line', async () => {
    expect(await lines('a,b\n1,2\n  \n3,4\n', [2, 3])).toEqual({ 2: 3, 3: 4 });
  });

  it('streams: fields that span the boundary of a read chunk are followed', async () => {
    // About 3 MB: many 64 KiB chunks; every 1000th record has a two-line field.
    const rows = ['id,tekst'];
    for (let i = 1; i <= 60_000; i++)
      rows.push(i % 1000 === 0 ? `${i},"regel een,\nregel twee"` : `${i},${'x'.repeat(40)}`);
    const f = await file(rows.join('\n') + '\n');
    // Record r starts on line r + 1, plus one for every two-line record before it.
    const expected = (r: number) => r + 1 + Math.floor((r - 1) / 1000);
    const got = await recordLines(f, [1, 999, 1000, 1001, 31_337, 60_000]);
    expect(Object.fromEntries(got)).toEqual(
      Object.fromEntries([1, 999, 1000, 1001, 31_337, 60_000].map((r) => [r, expected(r)])),
    );
  });

  it('agrees with DuckDB: each rowid points at the line where that row is written', async () => {
    const text =
      'id,tekst\r\n' +
      '1,gewoon\r\n' +
      '2,"over\r\ntwee regels"\r\n' +
      '\r\n' +
      '3,"met ""quotes"" en, komma"\r\n' +
      '31,een losse " in de tekst\r\n' +
      '4,"drie\r\n""regels""\r\nlang"\r\n' +
      '\r\n' +
      '\r\n' +
      '5,laatste';
    const f = await file(text);
    const instance = await DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    try {
      // As the snapshot reads it: into a table, whose rowids are what problems are reported by.
      await con.run(
        `CREATE TABLE t AS SELECT * FROM read_csv('${f}', header=true, auto_detect=false, ` +
          `columns={'id': 'VARCHAR', 'tekst': 'VARCHAR'}, delim=',', quote='"', escape='"', strict_mode=true)`,
      );
      const res = await con.runAndReadAll('SELECT rowid::INT AS r, id FROM t ORDER BY rowid');
      const rows = res.getRowObjectsJS() as { r: number; id: string }[];
      expect(rows.map((x) => x.id)).toEqual(['1', '2', '3', '31', '4', '5']);
      const found = await recordLines(
        f,
        rows.map((x) => x.r + 1),
      );
      const physical = text.split('\r\n');
      for (const { r, id } of rows) expect(physical[found.get(r + 1)! - 1].startsWith(`${id},`)).toBe(true);
      expect(Object.fromEntries(found)).toEqual({ 1: 2, 2: 3, 3: 6, 4: 7, 5: 8, 6: 13 });
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });

  it('agrees with DuckDB on the line of a row with a wrong number of fields', async () => {
    const f = await file('id,tekst\n1,"twee\nregels"\n\n2,b\n3,c,extra\n');
    const instance = await DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    try {
      const err = await con
        .run(
          `SELECT * FROM read_csv('${f}', header=true, auto_detect=false, columns={'id': 'VARCHAR', 'tekst': 'VARCHAR'}, ` +
            `delim=',', quote='"', escape='"', strict_mode=true, null_padding=false)`,
        )
        .then(
          () => null,
          (e: Error) => e.message,
        );
      const record = Number(/CSV Error on Line: (\d+)/.exec(err ?? '')?.[1]) - 1;
      expect(record).toBe(4); // header, the two-line row, the empty line, "2,b", then this one
      expect((await recordLines(f, [record], { countBlankLines: true })).get(record)).toBe(6);
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });
});

describe('readHeader', () => {
  it('splits the first line', async () => {
    expect(await readHeader(await file('jaar,oordeel,bedrag\n2023,x,1\n'))).toEqual(['jaar', 'oordeel', 'bedrag']);
  });

  it('drops a byte order mark and a CR', async () => {
    expect(await readHeader(await file('\uFEFFjaar,oordeel\r\n2023,x\r\n'))).toEqual(['jaar', 'oordeel']);
  });

  it('reads quoted names with commas, doubled quotes and newlines', async () => {
    expect(await readHeader(await file('"a,b","c ""d""","e\nf",g\n1,2,3,4\n'))).toEqual(['a,b', 'c "d"', 'e\nf', 'g']);
  });

  it('reads a quote inside an unquoted name as text', async () => {
    expect(await readHeader(await file('a,b"c,d\n1,2,3\n'))).toEqual(['a', 'b"c', 'd']);
  });

  it('keeps empty names and blanks, for the caller to report', async () => {
    expect(await readHeader(await file('a,, b\n'))).toEqual(['a', '', ' b']);
  });

  it('reads a header without a newline, and returns null for an empty file', async () => {
    expect(await readHeader(await file('a,b'))).toEqual(['a', 'b']);
    expect(await readHeader(await file(''))).toBeNull();
    expect(await readHeader(await file('\uFEFF'))).toBeNull();
    expect(await readHeader(await file('\n'))).toEqual(['']);
  });
});
