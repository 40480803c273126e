// Input as analysts have it: besides comma CSV in UTF-8, the CSV that Dutch Excel writes (semicolons,
// decimal commas, thousands dots, UTF-8 with BOM or Windows-1252) and .xlsx workbooks. Each is detected and
// normalised into the contract's CSV before DuckDB reads it; line numbers stay those of the original file.
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import type { ColumnMeta } from '../../src/lib/manifest.ts';
import type { ProblemList } from './problems.ts';

export interface InputFile {
  /** The UTF-8 comma CSV that DuckDB reads (the original file when it already is one). */
  read: string;
  /** The analyst's own file, named in every message. */
  shown: string;
  /** What was detected, for the build's output ('' when the file is missing). */
  variant: string;
  /** The file was read but refused (problems added): there is nothing for DuckDB to read. */
  refused?: boolean;
  /** Workbooks have no lines: a problem is reported at its spreadsheet row (record + 1). */
  rows?: boolean;
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

async function readStart(file: string, bytes: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Splits CSV text into records of fields, keeping each record's line breaks inside quoted fields. */
function parseRecords(text: string, sep: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"' && field === '' && !quoted) {
      inQuotes = quoted = true;
    } else if (ch === sep) {
      record.push(field);
      field = '';
      quoted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      quoted = false;
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const DUTCH_THOUSANDS = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DUTCH_PLAIN = /^-?\d+(,\d+)?$/;
const DUTCH_DATE = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;

type Convention = 'comma' | 'point';

/**
 * Which number convention one value shows, if any. A decimal comma ("90,4", "1.234,5") or more than one
 * thousands group ("1.234.567") can only be Dutch; a decimal point that cannot be a thousands dot ("90.4",
 * "0.125", "1234.5") can only be the contract's. "1.234" could be either: in a whole-number column the dot
 * can only group thousands, elsewhere it says nothing and the rest of the file decides.
 */
function conventionOf(s: string, c: ColumnMeta): Convention | null {
  if (/^-?\d+,\d+$/.test(s) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^-?\d{1,3}(\.\d{3}){2,}$/.test(s))
    return 'comma';
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(s)) return c.type === 'DOUBLE' ? null : 'comma';
  if (/^-?\d+\.\d+$/.test(s)) return 'point';
  return null;
}

const MIXED: Record<Convention, string> = {
  comma: 'number with a decimal point in a file with decimal commas: the file mixes number conventions',
  point:
    'number with a decimal comma or thousands dots in a file with decimal points: the file mixes number conventions',
};

/** Rewrites one value of a semicolon file into the contract's form, given the file's number convention. */
function normaliseValue(v: string, c: ColumnMeta | undefined, convention: Convention): string {
  const s = v.trim();
  if (!c || s === '') return v;
  if (c.type === 'DATE') {
    const m = DUTCH_DATE.exec(s);
    return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : v;
  }
  if (c.type === 'VARCHAR' || convention === 'point') return v;
  // "1.234" is ambiguous in general; in a file with decimal commas it can only be a thousands separator.
  if (DUTCH_THOUSANDS.test(s)) return s.replaceAll('.', '').replace(',', '.');
  if (DUTCH_PLAIN.test(s)) return s.replace(',', '.');
  return v;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (Latin-1 elsewhere). Node 20's TextDecoder('windows-1252')
 * decodes these bytes as Latin-1 control characters (nodejs/node#56542), which would turn € into U+0080 and
 * curly quotes into invisible controls: so the table is ours. The five bytes Windows-1252 leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) are NUL here: WHATWG passes them through as controls, but in a file an
 * analyst saved from Excel they mean the file is in another encoding (e.g. CP850 or Mac Roman), so they are
 * refused with their line rather than read as something the analyst never wrote.
 */
const CP1252_HIGH = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

export interface UndefinedByte {
  line: number;
  byte: number;
}

/** Decodes Windows-1252 bytes; `undefinedBytes` lists every byte the encoding does not define, with its line. */
export function decodeWindows1252(bytes: Uint8Array): { text: string; undefinedBytes: UndefinedByte[] } {
  const undefinedBytes: UndefinedByte[] = [];
  let line = 1;
  const chars: string[] = [];
  for (const b of bytes) {
    if (b === 0x0a) line++;
    if (b < 0x80 || b > 0x9f) chars.push(String.fromCharCode(b));
    else {
      const c = CP1252_HIGH[b - 0x80];
      if (c === '\0') undefinedBytes.push({ line, byte: b });
      chars.push(c === '\0' ? String.fromCharCode(b) : c);
    }
  }
  return { text: chars.join(''), undefinedBytes };
}

function decode(bytes: Buffer): { text: string; encoding: string; undefinedBytes: UndefinedByte[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 met BOM', undefinedBytes: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', undefinedBytes: [] };
  } catch {
    return { ...decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

function headerDelimiter(text: string): ',' | ';' {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const unquoted = first.replace(/"[^"]*"/g, '');
  const semis = (unquoted.match(/;/g) ?? []).length;
  const commas = (unquoted.match(/,/g) ?? []).length;
  return semis > commas ? ';' : ',';
}

async function fromXlsx(file: string, out: string): Promise<InputFile> {
  const [sheet] = await readXlsxFile(file);
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return quote(String(v));
  };
  await writeFile(out, sheet.data.map((r) => r.map(cell).join(',')).join('\n') + '\n');
  return { read: out, shown: file, variant: `XLSX (blad "${sheet.sheet}")`, rows: true };
}

/**
 * Finds a dataset's file (`x.csv`, or `x.xlsx` in its place), detects its variant and, when needed, writes the
 * normalised CSV into `tmp`. A value written in the other number convention is refused with its line.
 */
export async function prepareInput(
  dir: string,
  file: string,
  columns: ColumnMeta[],
  tmp: string,
  problems: ProblemList,
): Promise<InputFile> {
  const csv = path.join(dir, file);
  const xlsx = csv.replace(/\.csv$/i, '.xlsx');
  const out = path.join(tmp, path.basename(csv));
  if (!(await exists(csv)) && (await exists(xlsx))) return fromXlsx(xlsx, out);
  if (!(await exists(csv))) return { read: csv, shown: csv, variant: '' };
  // Only the start of the file decides the variant: a plain comma file (possibly gigabytes of synthetic data)
  // goes to DuckDB untouched, which checks its UTF-8 itself. Dutch Excel files are never that large (Excel
  // stops at 1,048,576 rows), so those are read whole.
  const head = await readStart(csv, 64 * 1024);
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  if (!bom && headerDelimiter(head.toString('latin1')) === ',')
    return { read: csv, shown: csv, variant: 'CSV (komma, UTF-8)' };
  const { text, encoding, undefinedBytes } = decode(await readFile(csv));
  for (const u of undefinedBytes)
    problems.add({
      file: csv,
      line: u.line,
      rule: `byte 0x${u.byte.toString(16).toUpperCase()} is not a character in Windows-1252 (the file is neither UTF-8 nor Windows-1252; save it as UTF-8)`,
    });
  if (undefinedBytes.length) return { read: csv, shown: csv, variant: `CSV (${encoding})`, refused: true };
  if (headerDelimiter(text) === ',') {
    // A comma file with a byte-order mark: the same text without it.
    await writeFile(out, text);
    return { read: out, shown: csv, variant: `CSV (komma, ${encoding})` };
  }
  const records = parseRecords(text, ';');
  const header = records[0] ?? [];
  const byIndex = header.map((h) => columns.find((c) => c.name === h.trim()));
  // Line on which each record starts: a quoted field may span lines.
  const starts: number[] = [];
  let line = 1;
  for (const r of records) {
    starts.push(line);
    line += 1 + r.reduce((n, v) => n + (v.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  // The file's convention comes from its numbers, not from its delimiter: a semicolon file may well use
  // decimal points. The convention most of its telling numbers show wins (on a tie, the first one's); with
  // none at all, Dutch Excel's, which is what writes semicolon files. Numbers of the other one are refused.
  const telling: { record: number; field: number; convention: Convention }[] = [];
  records.forEach((r, i) => {
    if (i === 0) return;
    r.forEach((v, j) => {
      const c = byIndex[j];
      if (!c || !['INTEGER', 'BIGINT', 'DOUBLE'].includes(c.type)) return;
      const convention = conventionOf(v.trim(), c);
      if (convention) telling.push({ record: i, field: j, convention });
    });
  });
  const commas = telling.filter((t) => t.convention === 'comma').length;
  const points = telling.length - commas;
  const convention: Convention =
    commas === points ? (telling[0]?.convention ?? 'comma') : commas > points ? 'comma' : 'point';
  for (const t of telling)
    if (t.convention !== convention)
      problems.add({
        file: csv,
        line: starts[t.record],
        column: byIndex[t.field]!.name,
        value: records[t.record][t.field],
        rule: MIXED[convention],
      });
  const variant =
    convention === 'comma'
      ? `CSV voor Nederlandse Excel (puntkomma, decimale komma, ${encoding})`
      : `CSV met puntkomma (decimale punt, ${encoding})`;
  if (telling.some((t) => t.convention !== convention)) return { read: csv, shown: csv, variant, refused: true };
  const lines = records.map((r, i) =>
    r
      .map((v, j) => (i === 0 ? v : normaliseValue(v, byIndex[j], convention)))
      .map(quote)
      .join(','),
  );
  await writeFile(out, lines.join('\n') + '\n');
  return { read: out, shown: csv, variant };
}
