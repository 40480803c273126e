// The code lists of a snapshot as one extra table for the SQL console, `codes`, so a query can turn codes
// into words: JOIN codes c ON c.codelist = 'sector' AND c.code = w.sector. It lives in a schema of its own
// (`c_<snapshot>`), next to the snapshot's tables, and is built from the manifest the page already has.
import type { ColumnType, Manifest, Text } from './manifest';

export const CODES_TABLE = 'codes';

export const codesSchemaOf = (snapshot: string) => `c_${snapshot.replace(/[^A-Za-z0-9_]/g, '_')}`;

export const CODES_COLUMNS: { name: string; type: ColumnType; description: Text }[] = [
  {
    name: 'codelist',
    type: 'VARCHAR',
    description: {
      nl: 'De codelijst, zoals in de kolombeschrijvingen (sector, regio, zorgkantoor…).',
      en: 'The code list, as named in the column descriptions (sector, regio, zorgkantoor…).',
    },
  },
  {
    name: 'code',
    type: 'VARCHAR',
    description: { nl: 'De code zoals die in de tabellen staat.', en: 'The code as the tables hold it.' },
  },
  { name: 'label_nl', type: 'VARCHAR', description: { nl: 'Naam in het Nederlands.', en: 'Name in Dutch.' } },
  { name: 'label_en', type: 'VARCHAR', description: { nl: 'Naam in het Engels.', en: 'Name in English.' } },
  {
    name: 'description_nl',
    type: 'VARCHAR',
    description: { nl: 'Omschrijving in het Nederlands.', en: 'Description in Dutch.' },
  },
  {
    name: 'description_en',
    type: 'VARCHAR',
    description: { nl: 'Omschrijving in het Engels.', en: 'Description in English.' },
  },
];

export const CODES_TITLE: Text = { nl: 'Codes en hun betekenis', en: 'Codes and what they mean' };
export const CODES_DESCRIPTION: Text = {
  nl: 'Alle codelijsten van de publicatie: per code de naam en de omschrijving, in het Nederlands en het Engels.',
  en: 'All code lists of the publication: for each code its name and description, in Dutch and English.',
};

/** The table's contents, column by column. */
export function codeColumns(manifest: Manifest): Record<string, string[]> {
  const cols: Record<string, string[]> = Object.fromEntries(CODES_COLUMNS.map((c) => [c.name, []]));
  for (const [id, list] of Object.entries(manifest.codelists))
    for (const c of list.codes) {
      cols.codelist.push(id);
      cols.code.push(c.code);
      cols.label_nl.push(c.label.nl);
      cols.label_en.push(c.label.en || c.label.nl);
      cols.description_nl.push(c.description.nl);
      cols.description_en.push(c.description.en || c.description.nl);
    }
  return cols;
}
