// Numbers, percentages, money and dates in the reader's language: 14.565; 90,4%; € 29.793 mln.
import type { Cell, ColumnMeta, Lang, Unit } from './manifest';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale(lang), opts)));
  return f;
}

const WORDS: Record<Lang, { mln: string; thousand: string; days: (n: string) => string; day: string }> = {
  nl: { mln: 'mln', thousand: 'duizend', days: (n: string) => `${n} dagen`, day: '1 dag' },
  en: { mln: 'mln', thousand: 'thousand', days: (n: string) => `${n} days`, day: '1 day' },
};

export function formatNumber(value: number, unit: Unit | undefined, lang: Lang): string {
  const plain = nf(lang, { maximumFractionDigits: 2 });
  const eur = (v: number) => (lang === 'nl' ? `€ ${plain.format(v)}` : `€${plain.format(v)}`);
  switch (unit) {
    case 'count':
      return nf(lang, { maximumFractionDigits: 0 }).format(value);
    case 'share':
      return nf(lang, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
    case 'percent_change':
      return nf(lang, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value / 100);
    case 'eur':
      return eur(value);
    case 'eur_thousand':
      return `${eur(value)} ${WORDS[lang].thousand}`;
    case 'eur_mln':
      return `${eur(value)} ${WORDS[lang].mln}`;
    case 'days':
      return value === 1 ? WORDS[lang].day : WORDS[lang].days(plain.format(value));
    default:
      return plain.format(value);
  }
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
export function formatDate(iso: string, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f) dateFormats.set(lang, (f = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' })));
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

/** A cell as the table shows it; `label` turns codes into the code list's label. */
export function formatCell(value: Cell, col: ColumnMeta, lang: Lang, label: (code: string) => string): string {
  if (value === null || value === '') return '';
  if (col.role === 'measure' && typeof value === 'number') return formatNumber(value, col.unit, lang);
  if (col.type === 'DATE') return formatDate(String(value), lang);
  if (col.codelist) return label(String(value));
  return String(value);
}
