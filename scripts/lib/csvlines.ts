// Maps record numbers of a CSV file to the line on which each record starts. DuckDB reports rows, an
// analyst's editor shows lines, and quoted fields may span lines; this is only run when there are problems
// to report, and it streams so that a file of millions of rows costs no memory.
import { createReadStream } from 'node:fs';

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
  let inQuotes = false;
  let blank = true; // nothing but an optional CR so far in the current record
  const stream = createReadStream(file);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (ch === 0x0a) {
        line++;
        if (inQuotes) continue;
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
        continue;
      }
      // A doubled quote inside a quoted field toggles twice, which leaves the state right.
      if (ch === 0x22) inQuotes = !inQuotes;
      if (ch !== 0x0d) blank = false;
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
  let inQuotes = false;
  let end = -1;
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === 0x22) inQuotes = !inQuotes;
      else if (chunk[i] === 0x0a && !inQuotes) {
        end = i;
        break;
      }
    }
    parts.push(end >= 0 ? chunk.subarray(0, end) : chunk);
    if (end >= 0 || parts.length * 64 * 1024 > 1 << 20) break; // no header is a megabyte long
  }
  stream.destroy();
  let text = Buffer.concat(parts).toString('utf8');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (text === '' && end < 0) return null;
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cur += c;
      else if (text[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(cur);
      cur = '';
    } else cur += c;
  }
  fields.push(cur);
  return fields;
}
