// Maps record numbers of a CSV file to the line on which each record starts. DuckDB reports rows, an
// analyst's editor shows lines, and quoted fields may span lines; this is only run when there are problems
// to report, and it streams so that a file of millions of rows costs no memory.
import { createReadStream } from 'node:fs';

/** @param records 0-based record numbers (0 is the header). */
export async function recordLines(file: string, records: Iterable<number>): Promise<Map<number, number>> {
  const wanted = new Set(records);
  const found = new Map<number, number>();
  if (wanted.size === 0) return found;
  const last = Math.max(...wanted);
  let line = 1;
  let record = 0;
  let inQuotes = false;
  let atRecordStart = true;
  const stream = createReadStream(file);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (atRecordStart) {
        if (wanted.has(record)) found.set(record, line);
        atRecordStart = false;
      }
      // A doubled quote inside a quoted field toggles twice, which leaves the state right.
      if (ch === 0x22) inQuotes = !inQuotes;
      else if (ch === 0x0a) {
        line++;
        if (!inQuotes) {
          record++;
          atRecordStart = true;
          if (record > last) {
            stream.destroy();
            return found;
          }
        }
      }
    }
  }
  return found;
}
