// npm run synth -- --rows N --out DIR [--seed S]
// Writes a complete input folder (metadata.json, codes/*.csv, one dataset CSV) with a SYNTHETIC waiting-list
// dataset at full granularity, to test the snapshot command and the site at scale. Every row, the metadata
// ("synthetic": true, which the site shows as a banner) and the source list say that the figures are made up.
//
// Rows: monthly peildatum from 2015-01-01 × 31 zorgkantoorregio's × zorgprofiel (each profile belongs to one
// sector, so only valid sector × profile pairs occur) × wachtstatus × overbruggingszorg × wachttijd. The rows
// are numbered in key order (peildatum, then each dimension in the order of its code list); row i is computed
// from i alone, and the file holds rows 0 … N-1. So the number of months is ceil(N / rows per month), the
// last month may be partial, and a smaller N gives a prefix of a larger N's file (same seed).
//
// The rows are generated inside DuckDB (range() + arithmetic + a 32-bit integer hash per row), written with
// DuckDB's CSV writer (RFC 4180 quoting, ISO dates, plain integers). Same N and seed → byte-identical files.
// Exit code 0: written; 2: usage or an unusable --out folder.
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface SynthArgs {
  rows: number;
  out: string;
  seed?: number;
}

export interface SynthOutcome {
  code: 0 | 2;
  lines: string[];
}

export const DATASET_ID = 'wachtlijsten_synthetisch';
export const DATASET_FILE = `${DATASET_ID}.csv`;
/** First peildatum: the Wlz started on 1 January 2015. */
export const START = { year: 2015, month: 1 };
export const MAX_ROWS = 1_000_000_000;

// The project's own region code list (copied from CBS's list in shared/data): ZK01…ZK33, without NL and the
// care office's combined code, so the generator works in any clone.
const REGIONS_FILE = fileURLToPath(new URL('../data/codes/regio.csv', import.meta.url));

type Row = Record<string, string>;
type Sector = 'vv' | 'gz' | 'ggz';

const SECTORS: Row[] = [
  {
    code: 'vv',
    label_nl: 'Verpleging en verzorging (V&V)',
    label_en: 'Nursing and care (V&V)',
    description_nl: 'Ouderenzorg en verpleeghuiszorg.',
    description_en: 'Elderly care and nursing-home care.',
  },
  {
    code: 'gz',
    label_nl: 'Gehandicaptenzorg (GZ/GHZ)',
    label_en: 'Disability care (GZ/GHZ)',
    description_nl: 'Zorg voor mensen met een verstandelijke, lichamelijke of zintuiglijke beperking.',
    description_en: 'Care for people with an intellectual, physical or sensory disability.',
  },
  {
    code: 'ggz',
    label_nl: 'Geestelijke gezondheidszorg (GGZ)',
    label_en: 'Mental health care (GGZ)',
    description_nl: 'Langdurige ggz met een Wlz-indicatie.',
    description_en: 'Long-term mental health care with a Wlz indication.',
  },
];

/**
 * Zorgprofielen of the Wlz that are assessed today (the iWlz/MinVWS list): VV4–VV9b, VG3–VG8, LG2 and LG4–LG7,
 * ZGaud2–4, ZGvis2–5, LVG1–5, SGLVG1, GGZ-B3–B7 and GGZ-W1–W5. `w` is the profile's share of its sector's
 * waiting clients (relative weights, normalised per sector).
 */
const PROFILES: { code: string; sector: Sector; nl: string; en: string; w: number }[] = [
  {
    code: 'vv4',
    sector: 'vv',
    w: 12,
    nl: 'VV4: Beschut wonen met intensieve begeleiding en uitgebreide verzorging',
    en: 'VV4: Sheltered living with intensive support and extensive personal care',
  },
  {
    code: 'vv5',
    sector: 'vv',
    w: 40,
    nl: 'VV5: Beschermd wonen met intensieve dementiezorg',
    en: 'VV5: Protected living with intensive dementia care',
  },
  {
    code: 'vv6',
    sector: 'vv',
    w: 30,
    nl: 'VV6: Beschermd wonen met intensieve verzorging en verpleging',
    en: 'VV6: Protected living with intensive personal and nursing care',
  },
  {
    code: 'vv7',
    sector: 'vv',
    w: 6,
    nl: 'VV7: Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op begeleiding',
    en: 'VV7: Protected living with very intensive care, because of specific conditions, with the emphasis on support',
  },
  {
    code: 'vv8',
    sector: 'vv',
    w: 7,
    nl: 'VV8: Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging',
    en: 'VV8: Protected living with very intensive care, because of specific conditions, with the emphasis on personal/nursing care',
  },
  {
    code: 'vv9b',
    sector: 'vv',
    w: 5,
    nl: 'VV9b: Herstelgerichte behandeling met verpleging en verzorging',
    en: 'VV9b: Recovery-oriented treatment with nursing and personal care',
  },
  {
    code: 'vg3',
    sector: 'gz',
    w: 8,
    nl: 'VG3: Wonen met begeleiding en verzorging',
    en: 'VG3: Living with support and personal care',
  },
  {
    code: 'vg4',
    sector: 'gz',
    w: 10,
    nl: 'VG4: Wonen met begeleiding en intensieve verzorging',
    en: 'VG4: Living with support and intensive personal care',
  },
  {
    code: 'vg5',
    sector: 'gz',
    w: 12,
    nl: 'VG5: Wonen met intensieve begeleiding en intensieve verzorging',
    en: 'VG5: Living with intensive support and intensive personal care',
  },
  {
    code: 'vg6',
    sector: 'gz',
    w: 14,
    nl: 'VG6: Wonen met intensieve begeleiding, verzorging en gedragsregulering',
    en: 'VG6: Living with intensive support, personal care and behaviour regulation',
  },
  {
    code: 'vg7',
    sector: 'gz',
    w: 6,
    nl: 'VG7: (Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering',
    en: 'VG7: (Secure) living with very intensive support, personal care and behaviour regulation',
  },
  {
    code: 'vg8',
    sector: 'gz',
    w: 5,
    nl: 'VG8: Wonen met begeleiding en volledige verzorging en verpleging',
    en: 'VG8: Living with support and full personal and nursing care',
  },
  {
    code: 'lg2',
    sector: 'gz',
    w: 2,
    nl: 'LG2: Wonen met begeleiding en enige verzorging',
    en: 'LG2: Living with support and some personal care',
  },
  {
    code: 'lg4',
    sector: 'gz',
    w: 2,
    nl: 'LG4: Wonen met begeleiding en verzorging',
    en: 'LG4: Living with support and personal care',
  },
  {
    code: 'lg5',
    sector: 'gz',
    w: 3,
    nl: 'LG5: Wonen met begeleiding en intensieve verzorging',
    en: 'LG5: Living with support and intensive personal care',
  },
  {
    code: 'lg6',
    sector: 'gz',
    w: 4,
    nl: 'LG6: Wonen met intensieve begeleiding en intensieve verzorging',
    en: 'LG6: Living with intensive support and intensive personal care',
  },
  {
    code: 'lg7',
    sector: 'gz',
    w: 3,
    nl: 'LG7: Wonen met zeer intensieve begeleiding en zeer intensieve verzorging',
    en: 'LG7: Living with very intensive support and very intensive personal care',
  },
  {
    code: 'zgaud2',
    sector: 'gz',
    w: 1,
    nl: 'ZGaud2: Wonen met intensieve begeleiding en verzorging',
    en: 'ZGaud2: Living with intensive support and personal care',
  },
  {
    code: 'zgaud3',
    sector: 'gz',
    w: 1,
    nl: 'ZGaud3: Wonen met intensieve begeleiding en intensieve verzorging',
    en: 'ZGaud3: Living with intensive support and intensive personal care',
  },
  {
    code: 'zgaud4',
    sector: 'gz',
    w: 1,
    nl: 'ZGaud4: Wonen met intensieve begeleiding en enige verzorging',
    en: 'ZGaud4: Living with intensive support and some personal care',
  },
  {
    code: 'zgvis2',
    sector: 'gz',
    w: 1,
    nl: 'ZGvis2: Wonen met begeleiding en enige verzorging',
    en: 'ZGvis2: Living with support and some personal care',
  },
  {
    code: 'zgvis3',
    sector: 'gz',
    w: 1.5,
    nl: 'ZGvis3: Wonen met intensieve begeleiding en verzorging',
    en: 'ZGvis3: Living with intensive support and personal care',
  },
  {
    code: 'zgvis4',
    sector: 'gz',
    w: 1.5,
    nl: 'ZGvis4: Wonen met intensieve begeleiding en intensieve verzorging',
    en: 'ZGvis4: Living with intensive support and intensive personal care',
  },
  {
    code: 'zgvis5',
    sector: 'gz',
    w: 1,
    nl: 'ZGvis5: Wonen met zeer intensieve begeleiding en zeer intensieve verzorging',
    en: 'ZGvis5: Living with very intensive support and very intensive personal care',
  },
  {
    code: 'lvg1',
    sector: 'gz',
    w: 3,
    nl: 'LVG1: Wonen met enige behandeling en begeleiding',
    en: 'LVG1: Living with some treatment and support',
  },
  {
    code: 'lvg2',
    sector: 'gz',
    w: 5,
    nl: 'LVG2: Wonen met behandeling en begeleiding',
    en: 'LVG2: Living with treatment and support',
  },
  {
    code: 'lvg3',
    sector: 'gz',
    w: 5,
    nl: 'LVG3: Wonen met intensieve behandeling en begeleiding, kleine groep',
    en: 'LVG3: Living with intensive treatment and support, small group',
  },
  {
    code: 'lvg4',
    sector: 'gz',
    w: 4,
    nl: 'LVG4: Wonen met zeer intensieve behandeling en begeleiding',
    en: 'LVG4: Living with very intensive treatment and support',
  },
  {
    code: 'lvg5',
    sector: 'gz',
    w: 3,
    nl: 'LVG5: Besloten wonen met zeer intensieve behandeling en begeleiding',
    en: 'LVG5: Secure living with very intensive treatment and support',
  },
  {
    code: 'sglvg1',
    sector: 'gz',
    w: 2,
    nl: 'SGLVG1: Behandeling in een SGLVG-behandelcentrum',
    en: 'SGLVG1: Treatment in an SGLVG treatment centre',
  },
  {
    code: 'ggz_b3',
    sector: 'ggz',
    w: 10,
    nl: 'GGZ-B3: Voortgezet verblijf met intensieve begeleiding',
    en: 'GGZ-B3: Continued stay with intensive support',
  },
  {
    code: 'ggz_b4',
    sector: 'ggz',
    w: 12,
    nl: 'GGZ-B4: Voortgezet verblijf met intensieve begeleiding en verzorging',
    en: 'GGZ-B4: Continued stay with intensive support and personal care',
  },
  {
    code: 'ggz_b5',
    sector: 'ggz',
    w: 10,
    nl: 'GGZ-B5: Voortgezet verblijf met intensieve begeleiding en gedragsregulering',
    en: 'GGZ-B5: Continued stay with intensive support and behaviour regulation',
  },
  {
    code: 'ggz_b6',
    sector: 'ggz',
    w: 6,
    nl: 'GGZ-B6: Voortgezet verblijf met intensieve begeleiding en intensieve verpleging en verzorging',
    en: 'GGZ-B6: Continued stay with intensive support and intensive nursing and personal care',
  },
  {
    code: 'ggz_b7',
    sector: 'ggz',
    w: 2,
    nl: 'GGZ-B7: Beveiligd voortgezet verblijf vanwege extreme gedragsproblematiek met zeer intensieve begeleiding',
    en: 'GGZ-B7: Secure continued stay because of extreme behavioural problems, with very intensive support',
  },
  {
    code: 'ggz_w1',
    sector: 'ggz',
    w: 20,
    nl: 'GGZ-W1: Wonen met intensieve begeleiding',
    en: 'GGZ-W1: Living with intensive support',
  },
  {
    code: 'ggz_w2',
    sector: 'ggz',
    w: 15,
    nl: 'GGZ-W2: Wonen met intensieve begeleiding en verzorging',
    en: 'GGZ-W2: Living with intensive support and personal care',
  },
  {
    code: 'ggz_w3',
    sector: 'ggz',
    w: 15,
    nl: 'GGZ-W3: Wonen met intensieve begeleiding en gedragsregulering',
    en: 'GGZ-W3: Living with intensive support and behaviour regulation',
  },
  {
    code: 'ggz_w4',
    sector: 'ggz',
    w: 7,
    nl: 'GGZ-W4: Wonen met intensieve begeleiding en intensieve verpleging en verzorging',
    en: 'GGZ-W4: Living with intensive support and intensive nursing and personal care',
  },
  {
    code: 'ggz_w5',
    sector: 'ggz',
    w: 3,
    nl: 'GGZ-W5: Beveiligd wonen vanwege extreme gedragsproblematiek met zeer intensieve begeleiding',
    en: 'GGZ-W5: Secure living because of extreme behavioural problems, with very intensive support',
  },
];

const WACHTSTATUS: Row[] = [
  {
    code: 'urgent',
    label_nl: 'Urgent plaatsen',
    label_en: 'Urgent placement',
    description_nl: 'Cliënt moet zo snel mogelijk worden geplaatst.',
    description_en: 'Client must be placed as soon as possible.',
  },
  {
    code: 'actief',
    label_nl: 'Actief plaatsen',
    label_en: 'Active placement',
    description_nl: 'Cliënt wil zo snel mogelijk zorg; het zorgkantoor bemiddelt actief.',
    description_en: 'Client wants care as soon as possible; the care office actively mediates.',
  },
  {
    code: 'voorkeur',
    label_nl: 'Wacht op voorkeur',
    label_en: 'Waiting for preference',
    description_nl: 'Cliënt wacht op een zorgaanbieder of locatie van voorkeur.',
    description_en: 'Client waits for a preferred provider or location.',
  },
  {
    code: 'voorzorg',
    label_nl: 'Wacht uit voorzorg',
    label_en: 'Waiting as a precaution',
    description_nl: 'Cliënt heeft nu nog geen zorg nodig maar staat uit voorzorg op de wachtlijst.',
    description_en: 'Client does not need care yet but is on the list as a precaution.',
  },
];

const OVERBRUGGING: Row[] = [
  {
    code: 'met',
    label_nl: 'Met overbruggingszorg',
    label_en: 'With bridging care',
    description_nl: 'De cliënt krijgt in afwachting van een passende plek al (overbruggings)zorg.',
    description_en: 'The client already receives (bridging) care while waiting for a suitable place.',
  },
  {
    code: 'zonder',
    label_nl: 'Zonder overbruggingszorg',
    label_en: 'Without bridging care',
    description_nl: 'De cliënt krijgt in afwachting van een passende plek nog geen overbruggingszorg.',
    description_en: 'The client receives no bridging care yet while waiting for a suitable place.',
  },
];

const WACHTTIJD: Row[] = [
  {
    code: 'wk0_6',
    label_nl: '0-6 weken',
    label_en: '0-6 weeks',
    description_nl: 'Wacht korter dan 6 weken (de streefnorm voor V&V en GGZ).',
    description_en: 'Waiting less than 6 weeks (the target norm for V&V and GGZ).',
  },
  {
    code: 'wk6_13',
    label_nl: '6-13 weken',
    label_en: '6-13 weeks',
    description_nl: 'Wacht 6 tot 13 weken (13 weken is de streefnorm voor de gehandicaptenzorg).',
    description_en: 'Waiting 6 to 13 weeks (13 weeks is the target norm for disability care).',
  },
  {
    code: 'wk13_26',
    label_nl: '13-26 weken',
    label_en: '13-26 weeks',
    description_nl: 'Wacht 13 tot 26 weken.',
    description_en: 'Waiting 13 to 26 weeks.',
  },
  {
    code: 'wk26_52',
    label_nl: '26-52 weken',
    label_en: '26-52 weeks',
    description_nl: 'Wacht 26 tot 52 weken.',
    description_en: 'Waiting 26 to 52 weeks.',
  },
  {
    code: 'wk52plus',
    label_nl: 'Meer dan 52 weken',
    label_en: 'More than 52 weeks',
    description_nl: 'Wacht langer dan een jaar.',
    description_en: 'Waiting longer than a year.',
  },
];

const STATUS: Row[] = [
  {
    code: 'definitief',
    label_nl: 'Definitief',
    label_en: 'Final',
    description_nl: 'Cijfer zoals gepubliceerd in de bron.',
    description_en: 'Figure as published in the source.',
  },
  {
    code: 'voorlopig',
    label_nl: 'Voorlopig',
    label_en: 'Provisional',
    description_nl: 'De bron noemt het cijfer voorlopig.',
    description_en: 'The source marks the figure as provisional.',
  },
  {
    code: 'geschat',
    label_nl: 'Geschat',
    label_en: 'Estimated',
    description_nl: 'De bron noemt het cijfer een schatting of prognose.',
    description_en: 'The source marks the figure as an estimate or projection.',
  },
  {
    code: 'afgerond',
    label_nl: 'Afgerond',
    label_en: 'Rounded',
    description_nl: "De bron geeft alleen een afgerond cijfer (bijvoorbeeld 'circa').",
    description_en: "The source only gives a rounded figure (for example 'about').",
  },
  {
    code: 'synthetisch',
    label_nl: 'Synthetisch',
    label_en: 'Synthetic',
    description_nl: 'Verzonnen testgegevens, gemaakt met npm run synth: geen echt cijfer.',
    description_en: 'Made-up test data, generated with npm run synth: not a real figure.',
  },
];

// Proportions. Sector totals are national numbers of waiting clients (all statuses and waiting times) in
// January 2015, with a yearly growth factor; V&V is by far the largest sector.
const SECTOR_BASE: Record<Sector, { total: number; growth: number; phase: number }> = {
  vv: { total: 45_000, growth: 1.06, phase: 0 },
  gz: { total: 14_000, growth: 1.02, phase: 1.3 },
  ggz: { total: 3_000, growth: 1.04, phase: 2.6 },
};
/** Share of each wachtstatus per sector: most wait for a preferred place, then actief; urgent is small. */
const STATUS_SHARE: Record<Sector, number[]> = {
  vv: [0.03, 0.25, 0.5, 0.22],
  gz: [0.02, 0.2, 0.48, 0.3],
  ggz: [0.04, 0.3, 0.46, 0.2],
};
/** Share with overbruggingszorg per wachtstatus: most of those who need care now get bridging care. */
const MET_OVERBRUGGING = [0.9, 0.8, 0.7, 0.45];
/**
 * Waiting-time distribution of those waiting actively, per sector: beyond the target norm (6 weeks for V&V and
 * GGZ, 13 weeks for GZ) about 18% in V&V, 40% in GZ and 37% in GGZ, as in the NZa's figures for December 2023.
 */
const BUCKET_SHARE: Record<Sector, number[]> = {
  vv: [0.82, 0.08, 0.05, 0.03, 0.02],
  gz: [0.35, 0.25, 0.15, 0.13, 0.12],
  ggz: [0.63, 0.15, 0.1, 0.07, 0.05],
};
/** How each wachtstatus shifts that distribution: urgent is placed quickly, who waits by choice waits long. */
const BUCKET_BY_STATUS = [
  [3, 0.5, 0.15, 0.05, 0.02],
  [1, 1, 1, 1, 1],
  [0.4, 0.7, 1, 1.6, 2.2],
  [0.3, 0.6, 1, 1.8, 2.6],
];
/** Who gets bridging care tends to have waited a little longer. */
const BUCKET_BY_OVERBRUGGING = [
  [0.9, 1, 1, 1.05, 1.1],
  [1.2, 1.05, 1, 0.9, 0.8],
];
/** Spread of the multiplicative noise on each cell (log scale). */
const SIGMA = 0.3;

export const CELLS_PER_REGION = PROFILES.length * WACHTSTATUS.length * OVERBRUGGING.length * WACHTTIJD.length;

/** Deterministic PRNG for the few per-region parameters (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The expected share of a sector's national total that falls in each cell (profile × status × overbrugging × wait). */
function cellWeights(): { sector: number[]; weight: number[] } {
  const sector: number[] = [];
  const weight: number[] = [];
  const sectorIndex = (s: Sector) => SECTORS.findIndex((x) => x.code === s);
  const profileSum = (s: Sector) => PROFILES.filter((p) => p.sector === s).reduce((n, p) => n + p.w, 0);
  for (const p of PROFILES) {
    const pShare = p.w / profileSum(p.sector);
    WACHTSTATUS.forEach((_, w) => {
      const sShare = STATUS_SHARE[p.sector][w];
      OVERBRUGGING.forEach((_, o) => {
        const oShare = o === 0 ? MET_OVERBRUGGING[w] : 1 - MET_OVERBRUGGING[w];
        const raw = BUCKET_SHARE[p.sector].map((b, k) => b * BUCKET_BY_STATUS[w][k] * BUCKET_BY_OVERBRUGGING[o][k]);
        const sum = raw.reduce((n, x) => n + x, 0);
        for (const r of raw) {
          sector.push(sectorIndex(p.sector));
          weight.push(SECTOR_BASE[p.sector].total * pShare * sShare * oShare * (r / sum));
        }
      });
    });
  }
  return { sector, weight };
}

/** 32-bit finaliser of MurmurHash3 on a seed and stream number, for the per-stream keys. */
function fmix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
const sqlList = (xs: string[]) => `[${xs.map(sqlString).join(', ')}]`;
/** Numbers as DOUBLE literals: DuckDB reads a plain `0.25` as a DECIMAL. */
const sqlDoubles = (xs: number[]) => `[${xs.map((x) => `${x.toExponential(15)}`).join(', ')}]::DOUBLE[]`;

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double the quotes inside. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function csv(columns: string[], rows: Row[]): string {
  return (
    [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((r) => r.map(csvField).join(',')).join('\n') +
    '\n'
  );
}

const CODELIST_COLUMNS = ['code', 'label_nl', 'label_en', 'description_nl', 'description_en'];

/** The generating query: row i of the file is a pure function of i and the seed. */
export function generatorSql(rows: number, seed: number, regions: string[], file: string): string {
  const { sector, weight } = cellWeights();
  const perMonth = regions.length * CELLS_PER_REGION;
  const rnd = prng(seed);
  // Regions differ in size (0.5–1.5 relative weight) and in trend (−1% to +3% a year).
  const regRaw = regions.map(() => 0.5 + rnd());
  const regSum = regRaw.reduce((n, x) => n + x, 0);
  const regWeight = regRaw.map((x) => x / regSum);
  const regSlope = regions.map(() => -0.01 + 0.04 * rnd());
  const keys = [1, 2].map((k) => fmix32((seed ^ Math.imul(k, 0x9e3779b9)) >>> 0));
  const nW = WACHTSTATUS.length;
  const nO = OVERBRUGGING.length;
  const nB = WACHTTIJD.length;
  const perProfile = nW * nO * nB;
  const sectorCodes = SECTORS.map((s) => s.code);
  const growth = SECTORS.map((s) => SECTOR_BASE[s.code as Sector].growth);
  const phase = SECTORS.map((s) => SECTOR_BASE[s.code as Sector].phase);
  // fmix32 in unsigned 64-bit arithmetic: every product stays below 2^64, so no step can overflow.
  const mix = (steps: [number, number | null][]) =>
    steps.map(([shift, mul]) => {
      const x = (c: string) => `xor(${c}, ${c} >> ${shift})`;
      const f = (c: string) => (mul === null ? x(c) : `(${x(c)} * ${mul}::UBIGINT) % 4294967296::UBIGINT`);
      return `SELECT * REPLACE (${f('a')} AS a, ${f('b')} AS b) FROM`;
    });
  const stages = mix([
    [16, 0x85ebca6b],
    [13, 0xc2b2ae35],
    [16, null],
  ]);
  // Four 16-bit uniforms from the two hashes: three for the noise (Irwin–Hall ≈ normal), one for rounding.
  const u = (c: string, hi: boolean) => `((${hi ? `${c} >> 16` : `${c} & 65535::UBIGINT`})::DOUBLE + 0.5) / 65536`;
  const z = `((${u('a', false)} + ${u('a', true)} + ${u('b', false)} - 1.5) * 2.0)`;
  const expected = [
    `(${sqlDoubles(weight)})[c + 1]`,
    `(${sqlDoubles(regWeight)})[r + 1]`,
    `(1 + (${sqlDoubles(regSlope)})[r + 1] * m / 12.0)`,
    `pow((${sqlDoubles(growth)})[s + 1], m / 12.0)`,
    `(1 + 0.05 * sin(2 * pi() * m / 12.0 + (${sqlDoubles(phase)})[s + 1]))`,
  ].join(' * ');
  const body = `
    SELECT i, m, r, c, s, xor(i, ${keys[0]}::UBIGINT) AS a, xor(i, ${keys[1]}::UBIGINT) AS b
    FROM (SELECT i::UBIGINT AS i, i // ${perMonth} AS m, (i % ${perMonth}) // ${CELLS_PER_REGION} AS r,
                 i % ${CELLS_PER_REGION} AS c, ([${sector.join(', ')}]::INTEGER[])[i % ${CELLS_PER_REGION} + 1] AS s
          FROM range(0, ${rows}) t(i))`;
  const hashed = stages.reduce((inner, stage) => `${stage} (${inner})`, body);
  const profile = sqlList(PROFILES.map((p) => p.code));
  const bron = `gegenereerd met npm run synth, seed ${seed}`;
  return `COPY (
    SELECT
      make_date(${START.year} + (m + ${START.month - 1}) // 12, (m + ${START.month - 1}) % 12 + 1, 1) AS peildatum,
      (${sqlList(regions)})[r + 1] AS regio,
      (${sqlList(sectorCodes)})[s + 1] AS sector,
      (${profile})[c // ${perProfile} + 1] AS zorgprofiel,
      (${sqlList(WACHTSTATUS.map((x) => x.code))})[(c // ${nO * nB}) % ${nW} + 1] AS wachtstatus,
      (${sqlList(OVERBRUGGING.map((x) => x.code))})[(c // ${nB}) % ${nO} + 1] AS overbruggingszorg,
      (${sqlList(WACHTTIJD.map((x) => x.code))})[c % ${nB} + 1] AS wachttijd,
      floor(${expected} * exp(${SIGMA} * ${z} - ${(SIGMA * SIGMA) / 2}) + ${u('b', true)})::BIGINT AS aantal,
      'ja' AS synthetisch,
      'synthetisch' AS status,
      NULL::VARCHAR AS voetnoot,
      'synthetisch' AS bron,
      ${sqlString(bron)} AS bron_locatie
    FROM (${hashed})
  ) TO ${sqlString(file)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NULLSTR '', DATEFORMAT '%Y-%m-%d')`;
}

const text = (nl: string, en: string) => ({ nl, en });

function metadata(rows: number, seed: number, months: number, partial: boolean) {
  const codelist = (id: string, title: ReturnType<typeof text>, description: ReturnType<typeof text>) => ({
    [id]: { file: `codes/${id}.csv`, title, description },
  });
  const column = (
    name: string,
    type: string,
    role: string,
    label: ReturnType<typeof text>,
    description: ReturnType<typeof text>,
    extra: Record<string, unknown> = {},
  ) => ({ name, type, role, label, description, ...extra });
  const dim = (name: string, label: ReturnType<typeof text>, description: ReturnType<typeof text>) =>
    column(name, 'VARCHAR', 'dimension', label, description, { codelist: name });
  const SYN_NL = `Synthetische testgegevens, geen echte cijfers: gegenereerd met npm run synth (seed ${seed}, ${rows} rijen) om de site op schaal te testen.`;
  const SYN_EN = `Synthetic test data, not real figures: generated with npm run synth (seed ${seed}, ${rows} rows) to test the site at scale.`;
  return {
    synthetic: true,
    codelists: {
      ...codelist(
        'status',
        text('Status van een cijfer', 'Status of a figure'),
        text(
          'Of een cijfer definitief, voorlopig, geschat, afgerond of synthetisch is.',
          'Whether a figure is final, provisional, estimated, rounded or synthetic.',
        ),
      ),
      ...codelist(
        'bron',
        text('Bron', 'Source'),
        text('Waar de cijfers vandaan komen: hier synthetisch.', 'Where the figures come from: synthetic here.'),
      ),
      ...codelist(
        'regio',
        text('Zorgkantoorregio', 'Care office region'),
        text("De 31 zorgkantoorregio's (CBS-indeling 2020).", 'The 31 care office regions (CBS 2020 classification).'),
      ),
      ...codelist(
        'sector',
        text('Sector', 'Sector'),
        text(
          'Sectoren in de Wlz: verpleging en verzorging, gehandicaptenzorg, ggz.',
          'Sectors in the Wlz: nursing and care, disability care, mental health care.',
        ),
      ),
      ...codelist(
        'zorgprofiel',
        text('Zorgprofiel', 'Care profile'),
        text(
          'Het Wlz-zorgprofiel van de indicatie; de kolom sector zegt bij welke sector het hoort.',
          'The Wlz care profile of the assessment; the column sector says which sector it belongs to.',
        ),
      ),
      ...codelist(
        'wachtstatus',
        text('Wachtstatus', 'Waiting status'),
        text('De wachtstatus van een cliënt op de wachtlijst.', 'The waiting status of a client on the waiting list.'),
      ),
      ...codelist(
        'overbruggingszorg',
        text('Overbruggingszorg', 'Bridging care'),
        text(
          'Of de wachtende al overbruggingszorg krijgt.',
          'Whether the waiting client already receives bridging care.',
        ),
      ),
      ...codelist(
        'wachttijd',
        text('Wachttijd', 'Waiting time'),
        text('Hoe lang de cliënt al wacht, in klassen.', 'How long the client has been waiting, in classes.'),
      ),
    },
    datasets: [
      {
        id: DATASET_ID,
        file: DATASET_FILE,
        title: text('Wachtlijsten in de langdurige zorg (synthetisch)', 'Waiting lists in long-term care (synthetic)'),
        description: text(
          `${SYN_NL} Aantal wachtenden per maand (${months} peildata vanaf 1 januari ${START.year}), zorgkantoorregio, sector, zorgprofiel, wachtstatus, overbruggingszorg en wachttijd.${partial ? ' De laatste peildatum is onvolledig: de rijen stoppen na het gevraagde aantal.' : ''}`,
          `${SYN_EN} Number of waiting clients per month (${months} reference dates from 1 January ${START.year}), care office region, sector, care profile, waiting status, bridging care and waiting time.${partial ? ' The last reference date is incomplete: the rows stop at the requested number.' : ''}`,
        ),
        columns: [
          column(
            'peildatum',
            'DATE',
            'time',
            text('Peildatum', 'Reference date'),
            text(
              'De eerste dag van de maand waarop het (synthetische) cijfer slaat.',
              'The first day of the month the (synthetic) figure refers to.',
            ),
          ),
          dim('regio', text('Regio', 'Region'), text('Zorgkantoorregio.', 'Care office region.')),
          dim(
            'sector',
            text('Sector', 'Sector'),
            text('Wlz-sector van het zorgprofiel.', 'Wlz sector of the care profile.'),
          ),
          dim(
            'zorgprofiel',
            text('Zorgprofiel', 'Care profile'),
            text('Het zorgprofiel van de indicatie.', 'The care profile of the assessment.'),
          ),
          dim('wachtstatus', text('Wachtstatus', 'Waiting status'), text('Wachtstatus.', 'Waiting status.')),
          dim(
            'overbruggingszorg',
            text('Overbruggingszorg', 'Bridging care'),
            text(
              'Of de wachtende al overbruggingszorg krijgt.',
              'Whether the waiting client already receives bridging care.',
            ),
          ),
          dim(
            'wachttijd',
            text('Wachttijd', 'Waiting time'),
            text(
              'Hoe lang de cliënt op de peildatum al wacht.',
              'How long the client has been waiting on the reference date.',
            ),
          ),
          column(
            'aantal',
            'BIGINT',
            'measure',
            text('Aantal cliënten', 'Number of clients'),
            text('Aantal wachtende cliënten (synthetisch).', 'Number of waiting clients (synthetic).'),
            { unit: 'count' },
          ),
          column(
            'synthetisch',
            'VARCHAR',
            'attribute',
            text('Synthetisch', 'Synthetic'),
            text(
              "Altijd 'ja': deze rij is verzonnen testdata, geen echt cijfer.",
              "Always 'ja' (yes): this row is made-up test data, not a real figure.",
            ),
            { required: true },
          ),
          column(
            'status',
            'VARCHAR',
            'attribute',
            text('Status', 'Status'),
            text('Status van het cijfer: hier altijd synthetisch.', 'Status of the figure: always synthetic here.'),
            { codelist: 'status', required: true },
          ),
          column(
            'voetnoot',
            'VARCHAR',
            'attribute',
            text('Voetnoot', 'Footnote'),
            text(
              'Voetnoot of toelichting bij het cijfer (in het Nederlands).',
              'Footnote or explanation of the figure (in Dutch).',
            ),
            { required: false },
          ),
          column(
            'bron',
            'VARCHAR',
            'attribute',
            text('Bron', 'Source'),
            text('Waar het cijfer vandaan komt: synthetisch.', 'Where the figure comes from: synthetic.'),
            { codelist: 'bron', required: true },
          ),
          column(
            'bron_locatie',
            'VARCHAR',
            'attribute',
            text('Vindplaats in de bron', 'Location in source'),
            text('Hoe de rij is gemaakt (commando en seed).', 'How the row was made (command and seed).'),
            { required: true },
          ),
        ],
      },
    ],
  };
}

async function readRegions(con: DuckDBConnection): Promise<Row[]> {
  const res = await con.runAndReadAll(
    `SELECT code, label_nl AS naam FROM read_csv(${sqlString(REGIONS_FILE)}, header=true, all_varchar=true, delim=',', quote='"', escape='"', strict_mode=true) WHERE regexp_full_match(code, 'ZK[0-9]{2}') ORDER BY code`,
  );
  const rows = res.getRowObjectsJS().map((r) => ({ code: String(r.code), naam: String(r.naam) }));
  const codes = new Set(rows.map((r) => r.code));
  if (rows.length !== 31 || codes.size !== 31 || rows.some((r) => !/^ZK\d{2}$/.test(r.code) || r.naam.trim() === ''))
    throw new Error(`${REGIONS_FILE}: expected the 31 zorgkantoorregio's as code,naam (ZK01…ZK33)`);
  return rows.map((r) => ({
    code: r.code,
    label_nl: r.naam,
    label_en: r.naam,
    description_nl: 'Zorgkantoorregio (CBS-indeling 2020).',
    description_en: 'Care office region (CBS 2020 classification).',
  }));
}

/** The files synth writes, relative to --out. Anything else there means --out is not a synth folder. */
const OWN_FILES = [
  'metadata.json',
  DATASET_FILE,
  ...['status', 'bron', 'regio', 'sector', 'zorgprofiel', 'wachtstatus', 'overbruggingszorg', 'wachttijd'].map((c) =>
    path.join('codes', `${c}.csv`),
  ),
];

async function foreignFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw e;
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) {
      if (rel === 'codes') out.push(...(await foreignFiles(dir, rel)));
      else out.push(rel + '/');
    } else if (!OWN_FILES.includes(rel)) out.push(rel);
  }
  return out;
}

export async function runSynth(args: SynthArgs): Promise<SynthOutcome> {
  const seed = args.seed ?? 1;
  if (!Number.isSafeInteger(args.rows) || args.rows < 1 || args.rows > MAX_ROWS)
    return { code: 2, lines: [`--rows ${args.rows}: give a whole number from 1 to ${MAX_ROWS}`] };
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff)
    return { code: 2, lines: [`--seed ${seed}: give a whole number from 0 to 4294967295`] };
  if (
    await stat(args.out).then(
      (s) => !s.isDirectory(),
      () => false,
    )
  )
    return { code: 2, lines: [`--out ${args.out} is a file; give a folder`] };
  const foreign = await foreignFiles(args.out);
  if (foreign.length)
    return {
      code: 2,
      lines: [
        `--out ${args.out} holds files that synth did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); choose an empty or new folder`,
      ],
    };
  const started = performance.now();
  await mkdir(path.join(args.out, 'codes'), { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const con = await instance.connect();
  try {
    const regions = await readRegions(con);
    const perMonth = regions.length * CELLS_PER_REGION;
    const months = Math.ceil(args.rows / perMonth);
    const file = path.join(args.out, DATASET_FILE);
    await rm(file, { force: true });
    // DuckDB's CSV writer gains nothing from a second thread here (measured: 10M rows take ~12 s with one
    // thread and 18–40 s with two on a 2-core machine, where the threads contend for the ordered writer).
    await con.run('SET threads = 1');
    await con.run(
      generatorSql(
        args.rows,
        seed,
        regions.map((r) => r.code),
        file,
      ),
    );
    const write = (name: string, columns: string[], rows: Row[]) =>
      writeFile(path.join(args.out, 'codes', `${name}.csv`), csv(columns, rows));
    await write('status', CODELIST_COLUMNS, STATUS);
    await write(
      'bron',
      [...CODELIST_COLUMNS, 'bestand', 'uitgever', 'publicatiedatum'],
      [
        {
          code: 'synthetisch',
          label_nl: 'Synthetische testgegevens (geen echte cijfers)',
          label_en: 'Synthetic test data (not real figures)',
          description_nl: `Verzonnen cijfers, gegenereerd met npm run synth (seed ${seed}, ${args.rows} rijen) om de site op schaal te testen. Gebruik ze nergens als echte cijfers.`,
          description_en: `Made-up figures, generated with npm run synth (seed ${seed}, ${args.rows} rows) to test the site at scale. Never use them as real figures.`,
          uitgever: 'Wlz Explorer (npm run synth)',
        },
      ],
    );
    await write('regio', CODELIST_COLUMNS, regions);
    await write('sector', CODELIST_COLUMNS, SECTORS);
    await write(
      'zorgprofiel',
      [...CODELIST_COLUMNS, 'sector'],
      PROFILES.map((p) => ({
        code: p.code,
        label_nl: p.nl,
        label_en: p.en,
        description_nl: '',
        description_en: '',
        sector: p.sector,
      })),
    );
    await write('wachtstatus', CODELIST_COLUMNS, WACHTSTATUS);
    await write('overbruggingszorg', CODELIST_COLUMNS, OVERBRUGGING);
    await write('wachttijd', CODELIST_COLUMNS, WACHTTIJD);
    await writeFile(
      path.join(args.out, 'metadata.json'),
      JSON.stringify(metadata(args.rows, seed, months, args.rows % perMonth !== 0), null, 2) + '\n',
    );
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    return {
      code: 0,
      lines: [
        `wrote ${args.rows} synthetic rows (${months} month(s) × ${perMonth} rows, last month ${args.rows % perMonth === 0 ? 'complete' : 'partial'}; seed ${seed}) to ${file} in ${secs} s`,
      ],
    };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      options: { rows: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
      strict: true,
    }).values;
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  if (parsed.rows === undefined || parsed.out === undefined) {
    console.error('usage: npm run synth -- --rows N --out DIR [--seed S]');
    process.exit(2);
  }
  const num = (s: string) => (/^\d+$/.test(s.replaceAll('_', '')) ? Number(s.replaceAll('_', '')) : NaN);
  const res = await runSynth({ rows: num(parsed.rows), out: parsed.out, seed: num(parsed.seed) });
  for (const l of res.lines) (res.code === 0 ? console.log : console.error)(l);
  process.exit(res.code);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
