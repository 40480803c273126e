// Files a reader downloads. They hold exactly the rows and columns the view shows; numbers stay plain
// numbers (machine-friendly), and text that a spreadsheet would run as a formula is neutralised.
import type { Cell } from './manifest';

/** OWASP's advice for CSV injection: prefix a quote to text that starts like a formula. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string, sep: string): string {
  return field.includes(sep) || /["\r\n]/.test(field) || field !== field.trim()
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

export interface CsvOptions {
  /** `csv`: RFC 4180, comma, decimal point. `excel-nl`: semicolon, decimal comma, BOM — for Dutch Excel. */
  variant: 'csv' | 'excel-nl';
}

export function toCsv(header: string[], rows: Cell[][], opts: CsvOptions = { variant: 'csv' }): string {
  const sep = opts.variant === 'csv' ? ',' : ';';
  const cell = (v: Cell) => {
    if (v === null) return '';
    if (typeof v === 'number') {
      const s = String(v);
      return opts.variant === 'csv' ? s : s.replace('.', ',');
    }
    return quote(neutralise(v), sep);
  };
  const lines = [header.map((h) => quote(neutralise(h), sep)).join(sep), ...rows.map((r) => r.map(cell).join(sep))];
  return (opts.variant === 'excel-nl' ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

export function download(filename: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date in the reader's own time zone, as YYYY-MM-DD (for file names and citations). */
export function localDate(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

export function exportName(dataset: string, snapshot: string, ext: string, date = new Date()): string {
  return `${dataset}_${snapshot}_${localDate(date)}.${ext}`;
}
