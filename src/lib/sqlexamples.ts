// Example queries for the SQL console: questions the NZa reports raise, answered from the snapshot. Each one
// is run against the published Parquet by the end-to-end tests and must return rows.
import type { Text } from './manifest';

export interface SqlExample {
  id: string;
  /** The datasets it reads; it is shown only when the snapshot has all of them. */
  datasets: string[];
  title: Text;
  sql: string;
}

export const SQL_EXAMPLES: SqlExample[] = [
  {
    id: 'streefnorm-per-sector',
    datasets: ['wachtlijsten'],
    title: {
      nl: 'Hoeveel wachtenden wachten langer dan de streefnorm, per sector?',
      en: 'How many people wait longer than the target waiting time, per sector?',
    },
    sql: `SELECT c.label_nl AS sector, w.peildatum, w.aantal, w.percentage
FROM wachtlijsten w
JOIN codes c ON c.codelist = 'sector' AND c.code = w.sector
WHERE w.indicator = 'boven_streefnorm'
ORDER BY w.percentage DESC`,
  },
  {
    id: 'wachtenden-verloop',
    datasets: ['wachtlijsten'],
    title: {
      nl: 'Hoe veranderde het aantal wachtenden per sector tussen de peildata?',
      en: 'How did the number of people waiting change per sector between reference dates?',
    },
    sql: `SELECT sector, peildatum, aantal,
       aantal - lag(aantal) OVER (PARTITION BY sector ORDER BY peildatum) AS verschil
FROM wachtlijsten
WHERE indicator = 'wachtenden' AND wachtstatus = 'totaal'
ORDER BY sector, peildatum`,
  },
  {
    id: 'in-zorg-of-wachtend',
    datasets: ['wachtlijsten'],
    title: {
      nl: 'Welk deel van de cliënten is in zorg, wacht nog, of krijgt overbruggingszorg?',
      en: 'What share of clients is in care, still waiting, or receives bridging care?',
    },
    sql: `SELECT peildatum, regio, sector, wachtstatus, indicator, percentage
FROM wachtlijsten
WHERE percentage IS NOT NULL AND indicator <> 'boven_streefnorm'
ORDER BY peildatum, indicator`,
  },
  {
    id: 'onzeker-per-jaar',
    datasets: ['rechtmatigheid'],
    title: {
      nl: 'Welk deel van de Wlz-uitgaven was onzeker, per jaar?',
      en: 'What share of Wlz spending was uncertain, per year?',
    },
    sql: `SELECT jaar,
       sum(bedrag) FILTER (WHERE oordeel = 'onzeker') AS onzeker_mln,
       sum(bedrag) FILTER (WHERE oordeel = 'totaal') AS totaal_mln,
       round(100 * onzeker_mln / totaal_mln, 1) AS onzeker_pct
FROM rechtmatigheid
WHERE zorgkantoor = 'alle' AND kostensoort = 'kosten_wlz' AND indicator = 'kosten'
GROUP BY jaar
ORDER BY jaar`,
  },
  {
    id: 'oordelen-naast-elkaar',
    datasets: ['rechtmatigheid'],
    title: {
      nl: 'Rechtmatig, onrechtmatig en onzeker naast elkaar (€ mln)',
      en: 'Lawful, unlawful and uncertain side by side (€ mln)',
    },
    sql: `PIVOT (
  SELECT jaar, oordeel, bedrag FROM rechtmatigheid
  WHERE zorgkantoor = 'alle' AND kostensoort = 'kosten_wlz' AND indicator = 'kosten'
)
ON oordeel IN ('rechtmatig', 'onrechtmatig', 'onzeker', 'totaal')
USING sum(bedrag)
ORDER BY jaar`,
  },
  {
    id: 'nza-bevindingen',
    datasets: ['rechtmatigheid'],
    title: {
      nl: 'Wat vond de NZa bij haar eigen onderzoek naar Zorg en Zekerheid (€ mln)?',
      en: 'What did the NZa find in its own review of Zorg en Zekerheid (€ mln)?',
    },
    sql: `SELECT jaar, indicator, oordeel, bedrag
FROM rechtmatigheid
WHERE indicator LIKE 'nza_%'
ORDER BY jaar DESC, abs(bedrag) DESC`,
  },
  {
    id: 'aanspraken-per-zorgkantoor',
    datasets: ['zorgkantoren'],
    title: {
      nl: 'Welk zorgkantoor heeft de meeste aanspraken, en welk deel van het totaal is dat?',
      en: 'Which care office has the most entitlements, and what share of the total is that?',
    },
    sql: `SELECT zorgkantoor, aantal_regios, aantal_aanspraken,
       round(100 * aantal_aanspraken / sum(aantal_aanspraken) OVER (), 1) AS aandeel_pct
FROM zorgkantoren
ORDER BY aantal_aanspraken DESC`,
  },
  {
    id: 'aanspraken-per-regio',
    datasets: ['zorgkantoren'],
    title: {
      nl: 'Hoeveel aanspraken heeft een zorgkantoor gemiddeld per regio?',
      en: 'How many entitlements does a care office have per region on average?',
    },
    sql: `SELECT zorgkantoor, aantal_regios,
       round(aantal_aanspraken / aantal_regios) AS aanspraken_per_regio
FROM zorgkantoren
ORDER BY aanspraken_per_regio DESC`,
  },
  {
    id: 'gz-aandeel-per-zorgkantoor',
    datasets: ['zorgkantoren_sector', 'zorgkantoren'],
    title: {
      nl: 'Aanspraken per zorgkantoor en sector, uit aantal × aandeel',
      en: 'Entitlements per care office and sector, from count × share',
    },
    sql: `SELECT s.zorgkantoor, s.sector, s.percentage,
       round(k.aantal_aanspraken * s.percentage / 100) AS aanspraken_ongeveer
FROM zorgkantoren_sector s
JOIN zorgkantoren k USING (jaar, zorgkantoor)
ORDER BY s.zorgkantoor, s.percentage DESC`,
  },
  {
    id: 'pgb-per-zorgkantoor',
    datasets: ['zorgkantoren_leveringsvorm'],
    title: {
      nl: 'Bij welk zorgkantoor kiezen de meeste cliënten voor een pgb?',
      en: 'At which care office do most clients choose a personal budget?',
    },
    sql: `SELECT zorgkantoor, percentage AS pgb_pct
FROM zorgkantoren_leveringsvorm
WHERE leveringsvorm = 'pgb'
ORDER BY pgb_pct DESC`,
  },
  {
    id: 'vergrijzing',
    datasets: ['vergrijzing'],
    title: {
      nl: 'Wat groeit door de vergrijzing het hardst tot 2040?',
      en: 'What grows fastest with population ageing until 2040?',
    },
    sql: `SELECT indicator, periode, mutatie AS groei_pct
FROM vergrijzing
ORDER BY mutatie DESC`,
  },
  {
    id: 'uitvoerders-door-de-jaren',
    datasets: ['uitvoerders'],
    title: {
      nl: 'Wlz-uitvoerders, zorgkantoren en regio’s door de jaren',
      en: 'Wlz administrators, care offices and regions over the years',
    },
    sql: `PIVOT uitvoerders
ON indicator IN ('wlz_uitvoerders', 'zorgkantoren', 'zorgkantoorregios')
USING first(aantal)
GROUP BY jaar
ORDER BY jaar`,
  },
  {
    id: 'kwaliteit-thuis',
    datasets: ['kwaliteit_zorg_thuis'],
    title: {
      nl: 'Kwaliteit van zorg thuis bij locatiebezoeken, per groep aanbieders',
      en: 'Quality of care at home in site visits, per group of providers',
    },
    sql: `SELECT zorgkantoor, sector, aanbiedergroep, percentage
FROM kwaliteit_zorg_thuis
ORDER BY percentage DESC`,
  },
  {
    id: 'basistarief',
    datasets: ['tarieven'],
    title: {
      nl: 'Hoeveel hoger was het basistarief voor zorg thuis?',
      en: 'How much higher was the base rate for care at home?',
    },
    sql: `SELECT jaar, leveringsvorm, indicator, percentage
FROM tarieven
ORDER BY indicator`,
  },
  {
    id: 'indicaties-per-sector',
    datasets: ['indicaties'],
    title: {
      nl: 'Hoe zijn de Wlz-cliënten van Zorg en Zekerheid over de sectoren verdeeld?',
      en: 'How are the Wlz clients of Zorg en Zekerheid spread over the sectors?',
    },
    sql: `SELECT jaar, sector, percentage
FROM indicaties
WHERE percentage IS NOT NULL
ORDER BY percentage DESC`,
  },
  {
    id: 'zorgzwaarte-vs-landelijk',
    datasets: ['zorgzwaarte'],
    title: {
      nl: 'Zijn de VG-indicaties bij Zorg en Zekerheid zwaarder dan landelijk?',
      en: 'Are the VG (disability) indications at Zorg en Zekerheid heavier than nationally?',
    },
    sql: `SELECT zorgzwaarte,
       max(percentage) FILTER (WHERE regio = 'ZZ_REGIOS') AS zz_pct,
       max(percentage) FILTER (WHERE regio = 'NL') AS landelijk_pct,
       zz_pct - landelijk_pct AS verschil_procentpunt
FROM zorgzwaarte
GROUP BY zorgzwaarte
ORDER BY zorgzwaarte`,
  },
  {
    id: 'pgb-per-sector',
    datasets: ['leveringsvormen'],
    title: {
      nl: 'In welke sector is het pgb-aandeel het grootst?',
      en: 'In which sector is the share of personal budgets largest?',
    },
    sql: `SELECT jaar, sector, aandeel AS pgb_pct
FROM leveringsvormen
WHERE leveringsvorm = 'pgb' AND sector <> 'totaal'
ORDER BY jaar DESC, pgb_pct DESC`,
  },
  {
    id: 'tijdig-gemeld',
    datasets: ['tijdigheid'],
    title: {
      nl: 'Welk deel van de zorg werd op tijd aan het CAK gemeld, per leveringsvorm?',
      en: 'What share of care was reported to the CAK on time, per form of delivery?',
    },
    sql: `SELECT leveringsvorm, percentage AS tijdig_pct, norm_dagen
FROM tijdigheid
WHERE indicator = 'maz_tijdig'
ORDER BY tijdig_pct NULLS LAST`,
  },
  {
    id: 'huisbezoeken-oordeel',
    datasets: ['pgb_dienstverlening'],
    title: {
      nl: 'Hoe pakten de pgb-huisbezoeken uit?',
      en: 'How did the personal-budget home visits turn out?',
    },
    sql: `SELECT indicator, percentage
FROM pgb_dienstverlening
WHERE indicator LIKE 'oordeel_%'
ORDER BY percentage DESC`,
  },
  {
    id: 'klachten',
    datasets: ['klachten'],
    title: {
      nl: 'Waarover gingen de klachten bij de Wlz-uitvoerders?',
      en: 'What were the complaints to the Wlz administrators about?',
    },
    sql: `SELECT jaar, onderwerp, aantal, percentage, mutatie
FROM klachten
ORDER BY aantal DESC`,
  },
  {
    id: 'extra-plekken',
    datasets: ['capaciteit'],
    title: {
      nl: 'Hoeveel plekken kwamen erbij of zijn gepland?',
      en: 'How many places were added or are planned?',
    },
    sql: `SELECT jaar, regio, sector, leveringsvorm, indicator, aantal
FROM capaciteit
WHERE indicator LIKE '%plek%'
ORDER BY aantal DESC`,
  },
  {
    id: 'regiotafel',
    datasets: ['casuistiek'],
    title: {
      nl: 'Hoeveel cliënten werden bij de regiotafel GZ aangemeld, per jaar?',
      en: 'How many clients were referred to the GZ regional table, per year?',
    },
    sql: `SELECT jaar, aantal
FROM casuistiek
WHERE indicator = 'regiotafel_aangemelde_clienten'
ORDER BY jaar`,
  },
  {
    id: 'maatwerkplannen',
    datasets: ['inkoop'],
    title: {
      nl: 'Hoeveel maatwerkplannen zijn (deels) goedgekeurd?',
      en: 'How many tailored plans were (partly) approved?',
    },
    sql: `SELECT jaar, indicator, aantal, percentage
FROM inkoop
WHERE indicator LIKE 'maatwerkplannen%'
ORDER BY aantal DESC NULLS LAST, percentage DESC`,
  },
  {
    id: 'geld-verschoven',
    datasets: ['financien'],
    title: {
      nl: 'Hoeveel geld ging naar het pgb en hoeveel werd teruggehaald (€)?',
      en: 'How much money went to personal budgets and how much was recovered (€)?',
    },
    sql: `SELECT jaar, leveringsvorm, indicator, bedrag
FROM financien
ORDER BY bedrag DESC`,
  },
];

/** Examples about the snapshot as a whole. */
export const GENERAL_EXAMPLES: SqlExample[] = [
  {
    id: 'tabellen',
    datasets: [],
    title: { nl: 'Welke tabellen zijn er?', en: 'Which tables are there?' },
    sql: 'SHOW TABLES',
  },
  {
    id: 'samenvatting',
    datasets: ['rechtmatigheid'],
    title: { nl: 'Een samenvatting van elke kolom', en: 'A summary of every column' },
    sql: 'SUMMARIZE rechtmatigheid',
  },
  {
    id: 'bronnen',
    datasets: ['wachtlijsten', 'rechtmatigheid'],
    title: { nl: 'Uit welke rapporten komen de cijfers?', en: 'Which reports do the figures come from?' },
    sql: `SELECT coalesce(c.label_nl, b.bron) AS rapport, count(*) AS cijfers
FROM (SELECT bron FROM wachtlijsten UNION ALL SELECT bron FROM rechtmatigheid) b
LEFT JOIN codes c ON c.codelist = 'bron' AND c.code = b.bron
GROUP BY ALL
ORDER BY cijfers DESC`,
  },
];
