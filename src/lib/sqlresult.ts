// The result of a console query as DuckDB-WASM hands it over (Arrow record batches), turned into plain cells
// for the table on screen and for the CSV files. The batches stay as they are (compact, columnar) until a
// file is made, so a large result costs little memory in the page.
import { DataType, TimeUnit, type RecordBatch, type Schema } from 'apache-arrow';
import { toCsv, type CsvOptions } from './export';
import type { Cell } from './manifest';

export interface ResultColumn {
  name: string;
  /** DuckDB/Arrow type, for the header's tooltip ("Float64", "Utf8", "Date32<DAY>"…). */
  type: string;
  numeric: boolean;
}

export interface SqlResult {
  columns: ResultColumn[];
  batches: RecordBatch[];
  rowCount: number;
  /** The engine had more rows than the console keeps (see MAX_RESULT_ROWS / MAX_RESULT_BYTES in sqllimits.ts). */
  truncated: boolean;
  ms: number;
}

export function columnsOf(schema: Schema): ResultColumn[] {
  return schema.fields.map((f) => ({
    name: f.name,
    type: String(f.type),
    numeric: DataType.isInt(f.type) || DataType.isFloat(f.type) || DataType.isDecimal(f.type),
  }));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoTimestamp(ms: number, tz: boolean): string {
  const s = new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.000Z$/, 'Z');
  return tz ? s.replace(/Z$/, '+00') : s.replace(/Z$/, '');
}

function time(micros: bigint | number): string {
  const us = typeof micros === 'bigint' ? micros : BigInt(Math.round(micros));
  const total = Number(us / 1_000_000n);
  const frac = Number(us % 1_000_000n);
  const hms = `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
  return frac ? `${hms}.${pad(frac, 6).replace(/0+$/, '')}` : hms;
}

function blob(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes)
    s += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${pad(b, 2).toUpperCase()}`;
  return s;
}

const json = (v: unknown) =>
  JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? (Number.isSafeInteger(Number(x)) ? Number(x) : String(x)) : x));

/** One Arrow value as a cell: numbers stay numbers, dates become ISO text, nested values JSON. */
export function cellOf(v: unknown, type: DataType): Cell {
  if (v === null || v === undefined) return null;
  if (DataType.isDate(type) && typeof v === 'number') return isoDate(v);
  if (v instanceof Date) return DataType.isDate(type) ? isoDate(v.getTime()) : isoTimestamp(v.getTime(), false);
  if (DataType.isTimestamp(type) && typeof v === 'number') return isoTimestamp(v, Boolean(type.timezone));
  if (DataType.isTime(type) && (typeof v === 'bigint' || typeof v === 'number'))
    return time(
      type.unit === TimeUnit.SECOND
        ? BigInt(v) * 1_000_000n
        : type.unit === TimeUnit.MILLISECOND
          ? BigInt(v) * 1000n
          : type.unit === TimeUnit.NANOSECOND
            ? BigInt(v) / 1000n
            : BigInt(v),
    );
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Uint8Array && DataType.isBinary(type)) return blob(v);
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return json((v as { toJSON(): unknown }).toJSON());
  if (ArrayBuffer.isView(v)) return json(Array.from(v as unknown as ArrayLike<number>));
  return json(v);
}

/** Rows of the batches as cells, from the first one, at most `limit`. */
export function rowsOf(batches: RecordBatch[], limit = Infinity): Cell[][] {
  const out: Cell[][] = [];
  for (const b of batches) {
    const types = b.schema.fields.map((f) => f.type);
    const cols = types.map((_, j) => b.getChildAt(j)!);
    for (let i = 0; i < b.numRows && out.length < limit; i++) out.push(cols.map((c, j) => cellOf(c.get(i), types[j])));
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * A CSV file made batch by batch as the batches arrive: each becomes a text part of the Blob, so neither a
 * giant array of rows nor one giant string is ever held (the browser may keep large Blobs on disk).
 */
export class CsvBuilder {
  private readonly parts: string[] = [];
  private header: string[] | null = null;
  private headLength = 0;
  rows = 0;

  constructor(private readonly opts: CsvOptions) {}

  add(b: RecordBatch): void {
    if (!this.header) {
      this.header = columnsOf(b.schema).map((c) => c.name);
      const head = toCsv(this.header, [], this.opts);
      this.parts.push(head);
      this.headLength = head.length;
    }
    const rows = rowsOf([b]);
    if (rows.length) this.parts.push(toCsv(this.header, rows, this.opts).slice(this.headLength));
    this.rows += rows.length;
  }

  /** The file; `header` is used when no batch came (a result without rows still has its column names). */
  blob(header: string[]): Blob {
    const parts = this.header ? this.parts : [toCsv(header, [], this.opts)];
    return new Blob(parts, { type: 'text/csv;charset=utf-8' });
  }
}

/** The whole result as one CSV file. */
export function resultCsv(result: SqlResult, opts: CsvOptions): Blob {
  const csv = new CsvBuilder(opts);
  for (const b of result.batches) csv.add(b);
  return csv.blob(result.columns.map((c) => c.name));
}
