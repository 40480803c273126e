// Maps record numbers of a CSV file to the line on which each record starts. DuckDB reports rows, an
// analyst's editor shows lines, and quoted fields may span lines; this is only run when there are problems
// to report, and it streams so that a file of millions of rows costs no memory.
import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * RFC 4180 quoting as DuckDB reads it: a quote opens a quoted field only at the start of a field (elsewhere,
 * as in `5" scherm`, it is just text), and inside a quoted field a doubled quote stands for one quote.
 */
class Quoting {
  inside = false;
  private fieldStart = true;
  private closed = false; // right after a closing quote, where a second quote makes it a doubled one

  /** Feeds one byte; true when it is a newline that ends a record. */
  feed(ch: number): boolean {
    if (this.inside) {
      if (ch === QUOTE) {
        this.inside = false;
        this.closed = true;
      }
      return false;
    }
    if (ch === QUOTE && (this.fieldStart || this.closed)) {
      this.inside = true;
      this.fieldStart = this.closed = false;
      return false;
    }
    this.closed = false;
    this.fieldStart = ch === COMMA || ch === LF;
    return ch === LF;
  }
}

export interface RecordLineOptions {
  /**
   * DuckDB skips empty lines when it reads rows (so a rowid does not count them), but counts them in the
   * line number of a parse error. `false` (default) numbers records as rowids do; `true` as parse errors do.
   */
  countBlankLines?: boolean;
}

/** @param records 0-based record numbers (0 is the header). */
export async function recordLines(
  file: string,
  records: Iterable<number>,
  opts: RecordLineOptions = {},
): Promise<Map<number, number>> {
  const wanted = new Set(records);
  const found = new Map<number, number>();
  if (wanted.size === 0) return found;
  const last = Math.max(...wanted);
  let line = 1;
  let record = 0;
  let start = 1; // line on which the current record starts
  let blank = true; // nothing but an optional CR so far in the current record
  const quoting = new Quoting();
  const stream = createReadStream(file);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      const ends = quoting.feed(ch);
      if (ch === LF) line++;
      if (!ends) {
        if (ch !== CR) blank = false;
        continue;
      }
      if (blank && !opts.countBlankLines) {
        start = line;
        continue;
      }
      if (wanted.has(record)) found.set(record, start);
      record++;
      start = line;
      blank = true;
      if (record > last) {
        stream.destroy();
        return found;
      }
    }
  }
  // The last record need not end with a newline.
  if (!blank && wanted.has(record)) found.set(record, start);
  return found;
}

/**
 * The header (first record) of a CSV file as RFC 4180 fields, without a UTF-8 byte order mark; null for an
 * empty file. Read here rather than sniffed by DuckDB, whose sniffer mistakes a short file with one bad row
 * for another dialect (or takes the bad row for the header) instead of reporting the row.
 */
export async function readHeader(file: string): Promise<string[] | null> {
  const parts: Buffer[] = [];
  const quoting = new Quoting();
  let size = 0;
  let end = -1;
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    // A byte order mark is not part of the first field.
    const from = size === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
    for (let i = from; i < chunk.length && end < 0; i++) if (quoting.feed(chunk[i])) end = i;
    parts.push(chunk.subarray(from, end >= 0 ? end : chunk.length));
    size += chunk.length;
    if (end >= 0 || size > 1 << 20) break; // no header is a megabyte long
  }
  stream.destroy();
  let text = Buffer.concat(parts).toString('utf8');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (text === '' && end < 0) return null;
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cur += c;
      else if (text[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && fieldStart) quoted = true;
    else if (c === ',') {
      fields.push(cur);
      cur = '';
      fieldStart = true;
      continue;
    } else cur += c;
    fieldStart = false;
  }
  fields.push(cur);
  return fields;
}
