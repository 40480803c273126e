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
  // Two more questions for each dataset that had only one (wt-c).
  {
    id: 'gz-hoogste-aandeel',
    datasets: ['zorgkantoren_sector'],
    title: {
      nl: 'Bij welk zorgkantoor is het aandeel gehandicaptenzorg het grootst?',
      en: 'Which care office has the largest share of disability care?',
    },
    sql: `SELECT jaar, zorgkantoor, percentage AS gz_pct
FROM zorgkantoren_sector
WHERE sector = 'gz'
ORDER BY gz_pct DESC`,
  },
  {
    id: 'sectoren-naast-elkaar',
    datasets: ['zorgkantoren_sector'],
    title: {
      nl: 'De sectoren per zorgkantoor naast elkaar (% van de aanspraken)',
      en: 'The sectors per care office side by side (% of entitlements)',
    },
    sql: `PIVOT zorgkantoren_sector
ON sector IN ('vv', 'gz', 'overig')
USING first(percentage)
GROUP BY jaar, zorgkantoor
ORDER BY zorgkantoor`,
  },
  {
    id: 'zin-pgb-naast-elkaar',
    datasets: ['zorgkantoren_leveringsvorm'],
    title: {
      nl: 'Zorg in natura en pgb per zorgkantoor naast elkaar (%)',
      en: 'Care in kind and personal budget per care office side by side (%)',
    },
    sql: `PIVOT zorgkantoren_leveringsvorm
ON leveringsvorm IN ('zin', 'pgb')
USING first(percentage)
GROUP BY jaar, zorgkantoor
ORDER BY pgb DESC`,
  },
  {
    id: 'pgb-boven-gemiddeld',
    datasets: ['zorgkantoren_leveringsvorm'],
    title: {
      nl: 'Welke zorgkantoren liggen boven het gemiddelde pgb-aandeel?',
      en: 'Which care offices are above the average personal-budget share?',
    },
    sql: `SELECT zorgkantoor, percentage AS pgb_pct,
       round(percentage - avg(percentage) OVER (), 1) AS boven_gemiddelde
FROM zorgkantoren_leveringsvorm
WHERE leveringsvorm = 'pgb'
ORDER BY boven_gemiddelde DESC`,
  },
  {
    id: 'vergrijzing-factor',
    datasets: ['vergrijzing'],
    title: {
      nl: 'Hoeveel keer zo groot wordt elke groep tussen 2015 en 2040?',
      en: 'How many times larger does each group become between 2015 and 2040?',
    },
    sql: `SELECT c.label_nl AS wat, v.periode, v.mutatie AS groei_pct,
       round(1 + v.mutatie / 100, 2) AS keer_zo_groot
FROM vergrijzing v
JOIN codes c ON c.codelist = 'vergrijzing_indicator' AND c.code = v.indicator
ORDER BY keer_zo_groot DESC`,
  },
  {
    id: 'uitgaven-sneller-dan-ouderen',
    datasets: ['vergrijzing'],
    title: {
      nl: 'Groeien de uitgaven aan ouderenzorg sneller dan het aantal 65-plussers?',
      en: 'Does spending on elderly care grow faster than the number of people over 65?',
    },
    sql: `SELECT max(mutatie) FILTER (WHERE indicator = 'uitgaven_ouderenzorg') AS uitgaven_groei_pct,
       max(mutatie) FILTER (WHERE indicator = 'personen_65plus') AS plus65_groei_pct,
       uitgaven_groei_pct - plus65_groei_pct AS verschil_procentpunt
FROM vergrijzing`,
  },
  {
    id: 'uitvoerders-zonder-zorgkantoor',
    datasets: ['uitvoerders'],
    title: {
      nl: 'Hoeveel Wlz-uitvoerders waren geen zorgkantoor, per jaar?',
      en: 'How many Wlz insurers were not a care office, per year?',
    },
    sql: `SELECT jaar,
       max(aantal) FILTER (WHERE indicator = 'wlz_uitvoerders') AS wlz_uitvoerders,
       max(aantal) FILTER (WHERE indicator = 'zorgkantoren') AS zorgkantoren,
       wlz_uitvoerders - zorgkantoren AS geen_zorgkantoor
FROM uitvoerders
GROUP BY jaar
HAVING wlz_uitvoerders IS NOT NULL AND zorgkantoren IS NOT NULL
ORDER BY jaar`,
  },
  {
    id: 'regios-per-zorgkantoor',
    datasets: ['uitvoerders'],
    title: {
      nl: 'Hoeveel regio’s heeft een zorgkantoor gemiddeld?',
      en: 'How many regions does a care office have on average?',
    },
    sql: `SELECT jaar,
       max(aantal) FILTER (WHERE indicator = 'zorgkantoorregios') AS regios,
       max(aantal) FILTER (WHERE indicator = 'zorgkantoren') AS zorgkantoren,
       round(regios / zorgkantoren, 1) AS regios_per_zorgkantoor
FROM uitvoerders
GROUP BY jaar
HAVING regios IS NOT NULL AND zorgkantoren IS NOT NULL
ORDER BY jaar`,
  },
  {
    id: 'kwaliteit-klein-vs-alle',
    datasets: ['kwaliteit_zorg_thuis'],
    title: {
      nl: 'Scoren kleine aanbieders anders dan alle aanbieders samen?',
      en: 'Do small providers score differently from all providers together?',
    },
    sql: `SELECT zorgkantoor, sector,
       max(percentage) FILTER (WHERE aanbiedergroep = 'klein') AS klein_pct,
       max(percentage) FILTER (WHERE aanbiedergroep = 'alle') AS alle_pct,
       klein_pct - alle_pct AS verschil_procentpunt
FROM kwaliteit_zorg_thuis
GROUP BY zorgkantoor, sector`,
  },
  {
    id: 'kwaliteit-met-toelichting',
    datasets: ['kwaliteit_zorg_thuis'],
    title: {
      nl: 'Wat meet dit cijfer precies? Het cijfer met de toelichting uit de bron',
      en: 'What exactly does this figure measure? The figure with the source’s note',
    },
    sql: `SELECT c.label_nl AS aanbieders, k.percentage, k.voetnoot, k.bron_locatie
FROM kwaliteit_zorg_thuis k
JOIN codes c ON c.codelist = 'aanbiedergroep' AND c.code = k.aanbiedergroep
ORDER BY k.percentage DESC`,
  },
  {
    id: 'tarief-verhoging',
    datasets: ['tarieven'],
    title: {
      nl: 'Hoeveel procentpunt hoger was het verhoogde basistarief?',
      en: 'By how many percentage points was the basic rate raised?',
    },
    sql: `SELECT jaar, leveringsvorm,
       max(percentage) FILTER (WHERE indicator = 'basistarief') AS basistarief_pct,
       max(percentage) FILTER (WHERE indicator = 'basistarief_zonder_verhoging') AS zonder_verhoging_pct,
       basistarief_pct - zonder_verhoging_pct AS verhoging_procentpunt
FROM tarieven
GROUP BY jaar, leveringsvorm`,
  },
  {
    id: 'tarief-bron',
    datasets: ['tarieven'],
    title: {
      nl: 'Waar staat het tarief in de bron, en wat zegt die erover?',
      en: 'Where is the rate in the source, and what does it say about it?',
    },
    sql: `SELECT t.jaar, c.label_nl AS tarief, t.percentage, t.voetnoot, t.bron, t.bron_locatie
FROM tarieven t
JOIN codes c ON c.codelist = 'tarief_indicator' AND c.code = t.indicator
ORDER BY t.percentage DESC`,
  },
  {
    id: 'indicaties-ongeveer-aantal',
    datasets: ['indicaties'],
    title: {
      nl: 'Hoeveel cliënten zijn dat ongeveer per sector?',
      en: 'Roughly how many clients is that per sector?',
    },
    sql: `SELECT s.jaar, s.sector, s.percentage,
       round(t.aantal * s.percentage / 100) AS clienten_ongeveer
FROM indicaties s
JOIN indicaties t ON t.jaar = s.jaar AND t.regio = s.regio AND t.sector = 'totaal'
WHERE s.percentage IS NOT NULL
ORDER BY clienten_ongeveer DESC`,
  },
  {
    id: 'zorgzwaarte-zwaar',
    datasets: ['zorgzwaarte'],
    title: {
      nl: 'Welk deel van de VG-indicaties is zwaar, in de regio’s van Zorg en Zekerheid en landelijk?',
      en: 'What share of disability care indications is heavy, in Zorg en Zekerheid’s regions and nationally?',
    },
    sql: `SELECT c.label_nl AS regio, z.jaar, z.percentage AS zwaar_pct
FROM zorgzwaarte z
JOIN codes c ON c.codelist = 'regio' AND c.code = z.regio
WHERE z.zorgzwaarte = 'zwaar'
ORDER BY zwaar_pct DESC`,
  },
  {
    id: 'zorgzwaarte-verdeling',
    datasets: ['zorgzwaarte'],
    title: {
      nl: 'De verdeling over licht, midden en zwaar naast elkaar (%)',
      en: 'The split into light, medium and heavy side by side (%)',
    },
    sql: `PIVOT zorgzwaarte
ON zorgzwaarte IN ('licht', 'midden', 'zwaar')
USING first(percentage)
GROUP BY jaar, regio
ORDER BY regio`,
  },
  {
    id: 'thuis-of-verblijf',
    datasets: ['leveringsvormen'],
    title: {
      nl: 'Welk deel krijgt zorg thuis (vpt, mpt of pgb) in plaats van verblijf, per sector?',
      en: 'What share receives care at home (vpt, mpt or personal budget) instead of residential care, per sector?',
    },
    sql: `SELECT jaar, sector,
       max(aandeel) FILTER (WHERE leveringsvorm = 'verblijf') AS verblijf_pct,
       round(sum(aandeel) FILTER (WHERE leveringsvorm IN ('vpt', 'mpt', 'pgb')), 1) AS thuis_pct
FROM leveringsvormen
GROUP BY jaar, sector
HAVING verblijf_pct IS NOT NULL
ORDER BY jaar DESC, thuis_pct DESC`,
  },
  {
    id: 'leveringsvormen-verschuiving',
    datasets: ['leveringsvormen'],
    title: {
      nl: 'Hoe verschoof de verdeling over de leveringsvormen tussen de jaren (alle sectoren)?',
      en: 'How did the split over delivery forms shift between years (all sectors)?',
    },
    sql: `SELECT leveringsvorm, jaar, aandeel,
       round(aandeel - lag(aandeel) OVER (PARTITION BY leveringsvorm ORDER BY jaar), 1) AS verschil_procentpunt
FROM leveringsvormen
WHERE sector = 'totaal'
ORDER BY leveringsvorm, jaar`,
  },
  {
    id: 'te-laat-gemeld',
    datasets: ['tijdigheid'],
    title: {
      nl: 'Welk deel van de zorg werd te laat gemeld, per leveringsvorm?',
      en: 'What share of care was reported late, per delivery form?',
    },
    sql: `SELECT leveringsvorm, norm_dagen, round(100 - percentage, 2) AS te_laat_pct
FROM tijdigheid
WHERE indicator = 'maz_tijdig' AND percentage IS NOT NULL
ORDER BY te_laat_pct DESC`,
  },
  {
    id: 'meldnormen',
    datasets: ['tijdigheid'],
    title: {
      nl: 'Welke termijnen (in dagen) gelden, en voor welke cijfers ontbreekt een percentage?',
      en: 'Which time limits (in days) apply, and for which figures is a percentage missing?',
    },
    sql: `SELECT c.label_nl AS wat, t.leveringsvorm, t.norm_dagen, t.percentage, t.voetnoot
FROM tijdigheid t
JOIN codes c ON c.codelist = 'tijdigheid_indicator' AND c.code = t.indicator
ORDER BY t.norm_dagen DESC, t.leveringsvorm`,
  },
  {
    id: 'huisbezoeken-met-aanpassing',
    datasets: ['pgb_dienstverlening'],
    title: {
      nl: 'Hoeveel pgb-huisbezoeken leidden ongeveer tot een aanpassing?',
      en: 'Roughly how many personal-budget home visits led to an adjustment?',
    },
    sql: `SELECT max(aantal) FILTER (WHERE indicator = 'huisbezoeken') AS huisbezoeken,
       max(percentage) FILTER (WHERE indicator = 'huisbezoeken_met_aanpassing') AS met_aanpassing_pct,
       round(huisbezoeken * met_aanpassing_pct / 100) AS met_aanpassing_ongeveer
FROM pgb_dienstverlening`,
  },
  {
    id: 'pgb-dienstverlening-aantallen',
    datasets: ['pgb_dienstverlening'],
    title: {
      nl: 'Wat deed het zorgkantoor voor budgethouders, in aantallen?',
      en: 'What did the care office do for budget holders, in numbers?',
    },
    sql: `SELECT p.jaar, c.label_nl AS wat, p.aantal
FROM pgb_dienstverlening p
JOIN codes c ON c.codelist = 'pgb_indicator' AND c.code = p.indicator
WHERE p.aantal IS NOT NULL
ORDER BY p.aantal DESC`,
  },
  {
    id: 'klachten-jaar-ervoor',
    datasets: ['klachten'],
    title: {
      nl: 'Hoeveel klachten waren er ongeveer het jaar ervoor, gezien de daling?',
      en: 'Roughly how many complaints were there the year before, given the decrease?',
    },
    sql: `SELECT jaar, onderwerp, aantal, mutatie AS verandering_pct,
       round(aantal / (1 + mutatie / 100)) AS jaar_ervoor_ongeveer
FROM klachten
WHERE mutatie IS NOT NULL`,
  },
  {
    id: 'klachten-onderwerpen',
    datasets: ['klachten'],
    title: {
      nl: 'Welk deel van de klachten ging over de uitvoering van het pgb?',
      en: 'What share of complaints was about the personal budget?',
    },
    sql: `SELECT k.jaar, c.label_nl AS onderwerp, k.aantal, k.percentage
FROM klachten k
JOIN codes c ON c.codelist = 'klacht_onderwerp' AND c.code = k.onderwerp
ORDER BY k.aantal DESC`,
  },
  {
    id: 'crisisplekken',
    datasets: ['capaciteit'],
    title: {
      nl: 'Hoeveel extra crisisplekken en IBS-bedden kwamen er?',
      en: 'How many extra crisis places and IBS beds were added?',
    },
    sql: `SELECT jaar, regio, sector, indicator, aantal
FROM capaciteit
WHERE indicator LIKE 'extra_%'
ORDER BY aantal DESC`,
  },
  {
    id: 'capaciteit-met-uitleg',
    datasets: ['capaciteit'],
    title: {
      nl: 'Alle capaciteitscijfers met hun betekenis, nieuwste eerst',
      en: 'All capacity figures with their meaning, newest first',
    },
    sql: `SELECT k.jaar, k.regio, c.label_nl AS wat, k.aantal
FROM capaciteit k
JOIN codes c ON c.codelist = 'capaciteit_indicator' AND c.code = k.indicator
ORDER BY k.jaar DESC, k.aantal DESC`,
  },
  {
    id: 'crisisteam-gz',
    datasets: ['casuistiek'],
    title: {
      nl: 'Hoe liep het met de aanmeldingen bij het crisisteam GZ?',
      en: 'How did referrals to the disability care crisis team turn out?',
    },
    sql: `SELECT k.jaar, c.label_nl AS wat, k.aantal
FROM casuistiek k
JOIN codes c ON c.codelist = 'casuistiek_indicator' AND c.code = k.indicator
WHERE k.indicator LIKE 'cot_%'
ORDER BY k.aantal DESC`,
  },
  {
    id: 'regiotafel-daling',
    datasets: ['casuistiek'],
    title: {
      nl: 'Met hoeveel daalde het aantal aanmeldingen bij de regiotafel per jaar?',
      en: 'By how much did referrals to the regional table fall each year?',
    },
    sql: `SELECT jaar, aantal,
       aantal - lag(aantal) OVER (ORDER BY jaar) AS verschil
FROM casuistiek
WHERE indicator = 'regiotafel_aangemelde_clienten'
ORDER BY jaar`,
  },
  {
    id: 'aanbieders-enquete',
    datasets: ['inkoop'],
    title: {
      nl: 'Wat zeiden zorgaanbieders over de inkoop (% van de aanbieders)?',
      en: 'What did care providers say about purchasing (% of providers)?',
    },
    sql: `SELECT i.jaar, c.label_nl AS wat, i.percentage
FROM inkoop i
JOIN codes c ON c.codelist = 'inkoop_indicator' AND c.code = i.indicator
WHERE i.indicator LIKE 'aanbieders_%'
ORDER BY i.percentage DESC`,
  },
  {
    id: 'markt-in-beweging',
    datasets: ['inkoop'],
    title: {
      nl: 'Hoeveel aanbieders kwamen erbij, gingen failliet of verloren hun contract?',
      en: 'How many providers joined, went bankrupt or lost their contract?',
    },
    sql: `SELECT jaar, indicator, aantal
FROM inkoop
WHERE aantal IS NOT NULL AND indicator NOT LIKE 'maatwerkplannen%'
ORDER BY jaar, aantal DESC`,
  },
  {
    id: 'teruggehaald-totaal',
    datasets: ['financien'],
    title: {
      nl: 'Hoeveel geld werd na controles teruggehaald, in totaal en per leveringsvorm?',
      en: 'How much money was recovered after checks, in total and per delivery form?',
    },
    sql: `SELECT coalesce(leveringsvorm, 'totaal') AS leveringsvorm, sum(bedrag) AS teruggehaald_eur
FROM financien
WHERE indicator LIKE 'teruggehaald_%'
GROUP BY ROLLUP (leveringsvorm)
ORDER BY teruggehaald_eur DESC`,
  },
  {
    id: 'financien-met-uitleg',
    datasets: ['financien'],
    title: {
      nl: 'Alle bedragen met hun betekenis (€ mln)',
      en: 'All amounts with their meaning (€ mln)',
    },
    sql: `SELECT f.jaar, c.label_nl AS wat, f.leveringsvorm, round(f.bedrag / 1e6, 2) AS bedrag_mln
FROM financien f
JOIN codes c ON c.codelist = 'financien_indicator' AND c.code = f.indicator
ORDER BY f.bedrag DESC`,
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
