// How figures read in Dutch and English. Literal strings: a change of separator, sign or word is a change the
// reader sees, so it must show up here.
import { describe, expect, it } from 'vitest';
import { formatCell, formatDate, formatNumber } from '../../src/lib/format.ts';
import type { ColumnMeta } from '../../src/lib/manifest.ts';

describe('formatNumber', () => {
  it('counts: thousands dot in Dutch, comma in English, no decimals', () => {
    expect(formatNumber(14565, 'count', 'nl')).toBe('14.565');
    expect(formatNumber(14565, 'count', 'en')).toBe('14,565');
    expect(formatNumber(1234567, 'count', 'nl')).toBe('1.234.567');
    expect(formatNumber(6, 'count', 'nl')).toBe('6');
    expect(formatNumber(0, 'count', 'en')).toBe('0');
  });

  it('shares are percent points: 90.4 is 90,4%', () => {
    expect(formatNumber(90.4, 'share', 'nl')).toBe('90,4%');
    expect(formatNumber(90.4, 'share', 'en')).toBe('90.4%');
    expect(formatNumber(100, 'share', 'nl')).toBe('100%');
    expect(formatNumber(0.1, 'share', 'nl')).toBe('0,1%');
    expect(formatNumber(0, 'share', 'en')).toBe('0%');
  });

  it('percent changes carry their sign (Intl gives an ASCII hyphen-minus)', () => {
    expect(formatNumber(-29, 'percent_change', 'nl')).toBe('-29%');
    expect(formatNumber(-29, 'percent_change', 'nl').charCodeAt(0)).toBe(0x2d);
    expect(formatNumber(-29, 'percent_change', 'en')).toBe('-29%');
    expect(formatNumber(2.8, 'percent_change', 'nl')).toBe('+2,8%');
    expect(formatNumber(2.8, 'percent_change', 'en')).toBe('+2.8%');
    expect(formatNumber(0, 'percent_change', 'nl')).toBe('0%');
  });

  it('money: euro sign, separators and a unit word', () => {
    expect(formatNumber(29793, 'eur_mln', 'nl')).toBe('€ 29.793 mln');
    expect(formatNumber(29793, 'eur_mln', 'en')).toBe('€29,793 mln');
    expect(formatNumber(29.8, 'eur_mln', 'nl')).toBe('€ 29,8 mln');
    expect(formatNumber(602, 'eur_thousand', 'nl')).toBe('€ 602 duizend');
    expect(formatNumber(602, 'eur_thousand', 'en')).toBe('€602 thousand');
    expect(formatNumber(1234.5, 'eur', 'nl')).toBe('€ 1.234,5');
    expect(formatNumber(1234.5, 'eur', 'en')).toBe('€1,234.5');
  });

  it('days, with a singular for one day', () => {
    expect(formatNumber(42, 'days', 'nl')).toBe('42 dagen');
    expect(formatNumber(42, 'days', 'en')).toBe('42 days');
    expect(formatNumber(1, 'days', 'nl')).toBe('1 dag');
    expect(formatNumber(1, 'days', 'en')).toBe('1 day');
    expect(formatNumber(1.5, 'days', 'nl')).toBe('1,5 dagen');
  });

  it('plain numbers keep up to two decimals', () => {
    expect(formatNumber(1234.567, 'number', 'nl')).toBe('1.234,57');
    expect(formatNumber(1234.567, 'number', 'en')).toBe('1,234.57');
    expect(formatNumber(1234.567, undefined, 'nl')).toBe('1.234,57');
    expect(formatNumber(-3.5, 'number', 'nl')).toBe('-3,5');
  });
});

describe('formatDate', () => {
  it('writes the month in full, in the reader’s language', () => {
    expect(formatDate('2019-01-01', 'nl')).toBe('1 januari 2019');
    expect(formatDate('2019-01-01', 'en')).toBe('1 January 2019');
    expect(formatDate('2020-07-01', 'nl')).toBe('1 juli 2020');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
  });

  it('does not shift a date by the time zone', () => {
    // Dates are read as UTC midnight and shown in UTC: the first of January stays the first.
    expect(formatDate('2023-01-01', 'nl')).toBe('1 januari 2023');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('peildatum onbekend', 'nl')).toBe('peildatum onbekend');
  });
});

describe('formatCell', () => {
  const col = (c: Partial<ColumnMeta>): ColumnMeta => ({
    name: 'x',
    type: 'VARCHAR',
    role: 'attribute',
    label: { nl: 'X', en: 'X' },
    description: { nl: '', en: '' },
    ...c,
  });
  const labels: Record<string, string> = { vv: 'Verpleging en verzorging (V&V)', gz: 'Gehandicaptenzorg (GZ/GHZ)' };
  const label = (code: string) => labels[code] ?? `?${code}`;

  it('shows nothing for an empty cell', () => {
    const aantal = col({ name: 'aantal', type: 'BIGINT', role: 'measure', unit: 'count' });
    expect(formatCell(null, aantal, 'nl', label)).toBe('');
    expect(formatCell('', col({ name: 'voetnoot' }), 'nl', label)).toBe('');
    expect(formatCell(null, col({ name: 'sector', role: 'dimension', codelist: 'sector' }), 'en', label)).toBe('');
  });

  it('formats a measure by its unit', () => {
    const aantal = col({ name: 'aantal', type: 'BIGINT', role: 'measure', unit: 'count' });
    const pct = col({ name: 'percentage', type: 'DOUBLE', role: 'measure', unit: 'share' });
    expect(formatCell(14565, aantal, 'nl', label)).toBe('14.565');
    expect(formatCell(14565, aantal, 'en', label)).toBe('14,565');
    expect(formatCell(90.4, pct, 'nl', label)).toBe('90,4%');
  });

  it('shows a code as its code list label', () => {
    const sector = col({ name: 'sector', role: 'dimension', codelist: 'sector' });
    expect(formatCell('vv', sector, 'nl', label)).toBe('Verpleging en verzorging (V&V)');
    expect(formatCell('zz', sector, 'nl', label)).toBe('?zz');
  });

  it('formats a date column as a date, and leaves a year as a plain number', () => {
    expect(formatCell('2019-01-01', col({ name: 'peildatum', type: 'DATE', role: 'time' }), 'nl', label)).toBe(
      '1 januari 2019',
    );
    expect(formatCell(2023, col({ name: 'jaar', type: 'INTEGER', role: 'time' }), 'nl', label)).toBe('2023');
  });

  it('shows text attributes as they are', () => {
    expect(formatCell('Tabel 2', col({ name: 'bron_locatie' }), 'en', label)).toBe('Tabel 2');
  });
});
