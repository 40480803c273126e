// The glossary of the about page: Wlz terms as the five source reports use them, each with a Dutch and an
// English definition written from what those reports say, and where in the reports that is. `source` is
// "<file in /work/shared/seeds>, <section>" and may list several places separated by "; ". The file names
// are the `bestand` of the `bron` code list, so the page can name the report.
import type { Text } from './manifest';

export interface GlossaryEntry {
  term: Text;
  definition: Text;
  source: string;
}

const F0 = '000_5f97e4cd3f4d3ba8.txt'; // NZa, Zorgplicht zorgkantoren – beeld 2019 en uitdagingen
const F1 = '001_3ded72bfbb3b1402.txt'; // NZa, Samenvattend rapport Uitvoering Wlz 2023-2024
const F2 = '002_f6a4ab98ba64b1fa.txt'; // NZa, Thematisch onderzoek doelmatige zorg in de Wlz (2016)
const F3 = '003_8b125c743afa8b5c.txt'; // NZa, Onderzoek zorgplicht cliënten op snijvlak GZ en GGZ (2024)
const F4 = '004_f3a6d940b2c8389d.txt'; // Zorg en Zekerheid, Uitvoeringsverslag 2022

export const glossary: GlossaryEntry[] = [
  {
    term: { nl: 'Wlz (Wet langdurige zorg)', en: 'Wlz (Long-term Care Act)' },
    definition: {
      nl: 'De wet die de langdurige zorg regelt voor mensen met een Wlz-indicatie, in de sectoren verpleging en verzorging, gehandicaptenzorg en geestelijke gezondheidszorg. De Wlz volgde de Algemene Wet Bijzondere Ziektekosten (AWBZ) op. De wetgever gaf de Wlz-uitvoerders bewust meer verantwoordelijkheid dan onder de AWBZ en legde veel nadruk op doelmatigheid.',
      en: 'The Dutch act that governs long-term care for people with a Wlz care assessment, in nursing and care, disability care and mental health care. It replaced the AWBZ (Exceptional Medical Expenses Act). The legislator deliberately gave the Wlz administrators more responsibility than under the AWBZ and put strong emphasis on efficiency.',
    },
    source: `${F1}, Inleiding – Regierol is onderdeel van wettelijke uitvoering van zorgplicht; ${F2}, Managementsamenvatting`,
  },
  {
    term: { nl: 'Wlz-uitvoerder', en: 'Wlz administrator' },
    definition: {
      nl: 'Een aparte rechtspersoon binnen het concern van een zorgverzekeraar die de Wlz uitvoert voor de mensen die bij hem zijn ingeschreven. De Wlz-uitvoerder draagt de zorgplicht en blijft daarvoor eindverantwoordelijk, ook als hij taken uitbesteedt aan een zorgkantoor. Er zijn negen Wlz-uitvoerders (2024); in 2019 waren het er tien.',
      en: 'A separate legal entity within the group of a health insurer that administers the Wlz for the people registered with it. The Wlz administrator bears the duty of care and remains ultimately responsible for it, also when it outsources tasks to a care office. There are nine Wlz administrators (2024); in 2019 there were ten.',
    },
    source: `${F1}, Inleiding – Rol van Wlz-uitvoerders en zorgkantoren; ${F1}, hoofdstuk 1 – Wlz-uitvoerder blijft verantwoordelijk, ook bij uitbestede taken; ${F0}, §1 Inleiding`,
  },
  {
    term: { nl: 'Zorgkantoor', en: 'Care office' },
    definition: {
      nl: 'De Wlz-uitvoerder die in een zorgkantoorregio is aangewezen om namens alle Wlz-uitvoerders de zorg te regelen voor iedereen in die regio met een Wlz-indicatie, ook voor verzekerden van andere uitvoerders. Het zorgkantoor koopt zorg in, bemiddelt cliënten naar zorg, controleert of het geld rechtmatig wordt besteed en voert het persoonsgebonden budget (pgb) uit.',
      en: 'The Wlz administrator designated in a care office region to arrange care, on behalf of all Wlz administrators, for everyone in that region with a Wlz care assessment, including people insured with other administrators. The care office purchases care, helps clients find care, checks that money is spent lawfully and administers the personal budget (pgb).',
    },
    source: `${F1}, hoofdstuk 1 – Wlz-uitvoerder blijft verantwoordelijk, ook bij uitbestede taken; ${F1}, Inleiding – Rol van Wlz-uitvoerders en zorgkantoren`,
  },
  {
    term: { nl: 'Zorgkantoorregio', en: 'Care office region' },
    definition: {
      nl: 'Nederland is verdeeld in 31 zorgkantoorregio’s. Voor elke regio is één zorgkantoor aangewezen. In 2019 waren acht van de tien Wlz-uitvoerders zorgkantoor in één of meer regio’s; het kleinste had één regio, het grootste tien.',
      en: 'The Netherlands is divided into 31 care office regions. For each region one care office has been designated. In 2019 eight of the ten Wlz administrators acted as care office in one or more regions; the smallest had one region, the largest ten.',
    },
    source: `${F1}, hoofdstuk 1 – Wlz-uitvoerder blijft verantwoordelijk, ook bij uitbestede taken; ${F0}, §1 Inleiding, tabel 1`,
  },
  {
    term: { nl: 'Zorgplicht', en: 'Duty of care' },
    definition: {
      nl: 'De plicht van de Wlz-uitvoerder om ervoor te zorgen dat cliënten gedurende de looptijd van hun indicatie tijdige, passende en kwalitatief goede zorg krijgen die doelmatig is, met aandacht voor hun welzijn. De zorgplicht geldt voor zorg in natura en voor het pgb; bij het pgb gaat het er onder meer om dat de pgb-beschikking op tijd komt.',
      en: 'The duty of the Wlz administrator to ensure that clients, for as long as their care assessment runs, receive timely, appropriate, good-quality care that is efficient, with attention to their well-being. The duty applies to care in kind and to the personal budget; for the personal budget it means, among other things, that the decision on the budget comes on time.',
    },
    source: `${F1}, Inleiding – Rol van Wlz-uitvoerders en zorgkantoren; ${F0}, §3.1 Het begrip zorgplicht`,
  },
  {
    term: { nl: 'Resultaatverplichting', en: 'Obligation of result' },
    definition: {
      nl: 'Een plicht om een resultaat te bereiken, niet alleen om je ervoor in te spannen. De zorgplicht is een resultaatverplichting: de Wlz-uitvoerder moet ervoor zorgen dat verzekerden de zorg krijgen waarop zij zijn aangewezen. Lukt dat (nog) niet, dan verwacht de NZa een tijdelijke oplossing, zoals verantwoorde zorg thuis, en dat het zorgkantoor zich blijft inspannen.',
      en: 'A duty to achieve a result, not merely to make an effort. The duty of care is an obligation of result: the Wlz administrator must ensure that insured people receive the care they need. Where that is not (yet) possible, the NZa expects a temporary solution, such as safe care at home, and continued effort by the care office.',
    },
    source: `${F0}, §3.1 Het begrip zorgplicht; ${F1}, Inleiding – Regierol is onderdeel van wettelijke uitvoering van zorgplicht`,
  },
  {
    term: { nl: 'Passende zorg', en: 'Appropriate care' },
    definition: {
      nl: 'Zorg is passend als de zorgbehoefte en wensen van de cliënt en de zorg die de zorgaanbieder kan bieden optimaal op elkaar aansluiten. Daar hoort ook de context bij: de woonomgeving en de manier waarop de zorg wordt verleend. Voor passende zorg bestaat nog geen goede resultaatindicator.',
      en: 'Care is appropriate when the client’s care needs and wishes and the care a provider can offer match as closely as possible. This includes the context: the living environment and the way care is delivered. There is no good result indicator for appropriate care yet.',
    },
    source: `${F0}, §3.1 Het begrip zorgplicht; ${F3}, 1. Beter inzicht in de zorgvraag`,
  },
  {
    term: { nl: 'Sector V&V (verpleging en verzorging)', en: 'Sector V&V (nursing and care)' },
    definition: {
      nl: 'De sector voor verpleeghuiszorg en verzorging, vooral voor ouderen. Het is de grootste sector: in de regio’s van Zorg en Zekerheid had ongeveer 60% van de Wlz-verzekerden een V&V-indicatie. Op 1 december 2023 wachtte 17,8% van de wachtenden in de V&V langer dan de streefnorm.',
      en: 'The sector for nursing-home care and personal care, mainly for older people. It is the largest sector: in Zorg en Zekerheid’s regions about 60% of Wlz insured people had a V&V care assessment. On 1 December 2023, 17.8% of the people waiting in V&V had waited longer than the target norm.',
    },
    source: `${F4}, 1.1 Schets van onze Wlz-cliënten; ${F1}, Inleiding – Algemeen beeld`,
  },
  {
    term: { nl: 'Sector GZ of GHZ (gehandicaptenzorg)', en: 'Sector GZ or GHZ (disability care)' },
    definition: {
      nl: 'De sector voor mensen met een verstandelijke beperking (VG) of een lichamelijke beperking (LG). De NZa schrijft ghz, zorgkantoren vaak GZ. In deze sector is het aandeel wachtenden dat langer wacht dan de streefnorm het grootst: 40,2% op 1 december 2023, vooral door de complexe zorgvraag.',
      en: 'The sector for people with an intellectual disability (VG) or a physical disability (LG). The NZa writes ghz, care offices often GZ. In this sector the share of waiting clients who wait longer than the target norm is the largest: 40.2% on 1 December 2023, mainly because of complex care needs.',
    },
    source: `${F4}, 1.1 Schets van onze Wlz-cliënten; ${F1}, Inleiding – Algemeen beeld`,
  },
  {
    term: { nl: 'Sector GGZ (geestelijke gezondheidszorg)', en: 'Sector GGZ (mental health care)' },
    definition: {
      nl: 'De sector langdurige geestelijke gezondheidszorg. Sinds de Wlz voor hen is opengesteld, stromen mensen met een GGZ-woonzorgprofiel in; bij Zorg en Zekerheid was de laatste grote instroom in het voorjaar van 2022. Op 1 december 2023 wachtte 37,4% van de wachtenden in de ggz langer dan de streefnorm.',
      en: 'The sector for long-term mental health care. Since the Wlz was opened to them, people with a GGZ residential care profile have been entering it; at Zorg en Zekerheid the last large intake was in spring 2022. On 1 December 2023, 37.4% of those waiting in mental health care had waited longer than the target norm.',
    },
    source: `${F4}, 1.2.2 Tijdige zorg – Wachtlijsten sector GGZ; ${F4}, 3.4.2 Instroom van de nieuwe doelgroep GGZ in de Wlz; ${F1}, Inleiding – Algemeen beeld`,
  },
  {
    term: { nl: 'Indicatie (Wlz-indicatie)', en: 'Care assessment' },
    definition: {
      nl: 'Het besluit van het CIZ dat iemand recht heeft op Wlz-zorg, met een zorgprofiel. In bijna alle indicaties staat als leveringsvorm verblijf in een instelling; of de cliënt dat ook wil, blijkt pas bij de bemiddeling. Zorgkantoren baseren hun beeld van de zorgvraag vooral op de indicaties, maar die zeggen weinig over de context waarin iemand zorg nodig heeft.',
      en: 'The decision by the CIZ that a person is entitled to Wlz care, with a care profile. Almost every assessment names residential care in an institution as the delivery form; whether the client actually wants that only becomes clear when care is arranged. Care offices base their picture of care demand mainly on assessments, but these say little about the context in which someone needs care.',
    },
    source: `${F4}, 1.2.1 Keuze tussen leveringsvormen; ${F3}, 1. Beter inzicht in de zorgvraag`,
  },
  {
    term: { nl: 'CIZ (Centrum Indicatiestelling Zorg)', en: 'CIZ (Care Assessment Centre)' },
    definition: {
      nl: 'De organisatie die beoordeelt of iemand Wlz-zorg nodig heeft en de Wlz-indicaties afgeeft. De indicatiegegevens van het CIZ zijn voor zorgkantoren een belangrijke bron om te bepalen welk zorgaanbod in een regio nodig is.',
      en: 'The organisation that assesses whether someone needs Wlz care and issues the Wlz care assessments. The CIZ’s assessment data are an important source for care offices to determine what care supply a region needs.',
    },
    source: `${F1}, hoofdstuk 2 – Zorgkantoren kunnen meer inzicht krijgen in zorgvraag en -wensen; ${F4}, 1.2.1 Keuze tussen leveringsvormen`,
  },
  {
    term: { nl: 'Zorgprofiel', en: 'Care profile' },
    definition: {
      nl: 'De omschrijving in de indicatie van het soort zorg dat een cliënt nodig heeft, bijvoorbeeld VV4 in de verpleging en verzorging, ‘VG wonen met zeer intensieve begeleiding, verzorging en gedragsregulering’ of een GGZ-woonzorgprofiel. Zorgkantoren gaan voor passende zorg uit van het zorgprofiel en vertrouwen erop dat de zorgaanbieder het zorgplan persoonsgericht invult.',
      en: 'The description in the care assessment of the kind of care a client needs, for example VV4 in nursing and care, ‘VG living with very intensive support, care and behavioural regulation’, or a GGZ residential care profile. For appropriate care, care offices start from the care profile and rely on the provider to tailor the care plan to the person.',
    },
    source: `${F0}, §3.2 Resultaatbeeld zorgplicht 2019; ${F4}, 2.3 Signaleren, anticiperen en acteren op knelpunten (VG7, voetnoot 4); ${F4}, 2.2 Tijdige toegang tot langdurige zorg`,
  },
  {
    term: { nl: 'Zorgzwaarte', en: 'Care intensity' },
    definition: {
      nl: 'Hoe zwaar of intensief de zorg is die een cliënt nodig heeft. Zorg en Zekerheid deelt de indicaties in als licht, midden of zwaar; in zijn regio’s valt een groter deel van de VG-indicaties onder zwaar dan landelijk. Meer cliënten of een hogere zorgzwaarte maakt de zorg duurder bij gelijke kwaliteit.',
      en: 'How heavy or intensive the care is that a client needs. Zorg en Zekerheid classifies care assessments as light, medium or heavy; in its regions a larger share of intellectual-disability (VG) assessments is heavy than nationally. More clients or higher care intensity make care more expensive at the same quality.',
    },
    source: `${F4}, 1.1 Schets van onze Wlz-cliënten; ${F2}, 2.2 Doelmatige zorg`,
  },
  {
    term: { nl: 'ZZP (zorgzwaartepakket)', en: 'ZZP (care intensity package)' },
    definition: {
      nl: 'Het pakket waarin zorg met verblijf in een instelling is ingedeeld naar soort en zwaarte. Zorgkantoren maken met zorgaanbieders afspraken over de ‘zzp-mix’: hoeveel en welke zzp’s gedeclareerd mogen worden. In overzichten van leveringsvormen staat ZZP voor verblijf: 71,8% van de cliënten van Zorg en Zekerheid in 2022.',
      en: 'The package into which care with residence in an institution is classified by kind and intensity. Care offices agree with providers on the ‘zzp mix’: how many and which packages may be billed. In overviews of delivery forms, ZZP stands for residential care: 71.8% of Zorg en Zekerheid’s clients in 2022.',
    },
    source: `${F2}, 3.4.1 Doelmatige invulling Wlz-zorg – Algemeen beeld; ${F4}, 1.2.1 Keuze tussen leveringsvormen (tabel)`,
  },
  {
    term: { nl: 'VV4', en: 'VV4' },
    definition: {
      nl: 'De indicatie met de laagste zorgzwaarte in de sector verpleging en verzorging. Om de schaarse verpleeghuisplekken vrij te houden voor wie ze het hardst nodig heeft, hanteren vrijwel alle zorgkantoren voor deze cliënten het uitgangspunt ‘thuis, tenzij’. De NZa vindt dat zorgkantoren te weinig weten van de zorgvraag en woonsituatie van deze groep.',
      en: 'The care assessment with the lowest care intensity in nursing and care. To keep scarce nursing-home places for those who need them most, almost all care offices apply the principle ‘at home, unless’ to these clients. The NZa finds that care offices know too little about the care needs and living situation of this group.',
    },
    source: `${F1}, Inleiding – Zorgkantoren nemen nog onvoldoende regie; ${F1}, hoofdstuk 2 – Sturing op het zorgaanbod vereist inzicht in de zorgvraag en zorgwensen`,
  },
  {
    term: { nl: 'Thuis, tenzij', en: 'At home, unless' },
    definition: {
      nl: 'Beleid van zorgkantoren: cliënten krijgen in principe zorg thuis, tenzij dat niet verantwoord of passend is. Het geldt vooral voor cliënten met een VV4-indicatie. De NZa wijst erop dat dit beleid niet is vertaald naar de wachtstatus van wie thuis zorg krijgt, en dat zorgkantoren niet vaststellen of cliënten echt voor zorg thuis kiezen.',
      en: 'Care office policy: clients in principle receive care at home, unless that is not safe or appropriate. It applies mainly to clients with a VV4 assessment. The NZa points out that the policy has not been translated into the waiting status of people receiving care at home, and that care offices do not establish whether clients really choose care at home.',
    },
    source: `${F1}, hoofdstuk 1 – Voorbeeld 1: Nog te weinig sturing op juiste en eenduidige wachtlijstinformatie`,
  },
  {
    term: { nl: 'Wachtlijst', en: 'Waiting list' },
    definition: {
      nl: 'De registratie van cliënten met een Wlz-indicatie die wachten op een passende plek. Het zorgkantoor besteedt het bijhouden ervan uit aan de zorgaanbieder van voorkeur; een cliënt kan maar bij één aanbieder als wachtende staan. Op 31 december 2023 stond 6,5% van de cliënten met een Wlz-indicatie op de wachtlijst. De NZa twijfelt of de wachtlijsten juist en volledig zijn.',
      en: 'The register of clients with a Wlz care assessment who are waiting for a suitable place. The care office outsources keeping it to the client’s preferred provider; a client can be registered as waiting with only one provider. On 31 December 2023, 6.5% of clients with a Wlz care assessment were on the waiting list. The NZa doubts whether the waiting lists are correct and complete.',
    },
    source: `${F1}, Inleiding – Algemeen beeld; ${F1}, hoofdstuk 1 – Voorbeeld 1: Nog te weinig sturing op juiste en eenduidige wachtlijstinformatie`,
  },
  {
    term: { nl: 'Wachtstatus', en: 'Waiting status' },
    definition: {
      nl: 'Per wachtende vastgelegd waarom en hoe dringend iemand wacht: urgent plaatsen, actief plaatsen, wacht op voorkeur of wacht uit voorzorg. De wachtstatussen worden sinds 2021 gebruikt en laten beter zien waarom mensen op zorg wachten. Zorgaanbieders passen de wachtstatus niet altijd op tijd aan als de situatie van de cliënt verandert.',
      en: 'Recorded for each waiting client: why and how urgently the person is waiting — urgent placement, active placement, waiting for preference, or waiting as a precaution. These statuses have been used since 2021 and show better why people wait for care. Providers do not always update the status in time when a client’s situation changes.',
    },
    source: `${F0}, §3.2 Resultaatbeeld zorgplicht 2019 – Fricties; ${F1}, hoofdstuk 1 – Voorbeeld 1`,
  },
  {
    term: { nl: 'Urgent plaatsen', en: 'Urgent placement' },
    definition: {
      nl: 'Wachtstatus voor cliënten die zo snel mogelijk een plek moeten krijgen. Het is de kleinste groep wachtenden. Zorgkantoren richten hun wachtlijstbeheer vooral op deze groep en op actief plaatsen; dreigt de streefnorm te worden overschreden, dan nemen zij contact op met zorgaanbieders.',
      en: 'Waiting status for clients who must be placed as soon as possible. It is the smallest group of waiting clients. Care offices focus their waiting-list management mainly on this group and on active placement; when the target norm is about to be exceeded, they contact providers.',
    },
    source: `${F1}, Inleiding – Algemeen beeld; ${F4}, 1.2.2 Tijdige zorg`,
  },
  {
    term: { nl: 'Actief plaatsen', en: 'Active placement' },
    definition: {
      nl: 'Wachtstatus voor cliënten die zo snel mogelijk zorg willen, op een plek die past; het zorgkantoor bemiddelt actief. Zorg en Zekerheid zet elke twee weken een lijst klaar van cliënten met urgent of actief plaatsen die 75% van de streefnorm hebben bereikt, om de laatste 25% te gebruiken om de plaatsing te versnellen.',
      en: 'Waiting status for clients who want care as soon as possible at a suitable place; the care office actively mediates. Every two weeks Zorg en Zekerheid lists clients with urgent or active placement who have reached 75% of the target norm, so as to use the remaining 25% to speed up placement.',
    },
    source: `${F1}, Inleiding – Algemeen beeld; ${F4}, 1.2.2 Tijdige zorg`,
  },
  {
    term: { nl: 'Wacht op voorkeur', en: 'Waiting for preference' },
    definition: {
      nl: 'Wachtstatus voor cliënten die wachten op een zorgaanbieder of locatie van hun voorkeur; vaak krijgen zij in de tussentijd al zorg. Het is in elke sector de grootste groep wachtenden. Volgens de NZa kunnen zorgkantoren onvoldoende onderbouwen waarom deze cliënten langer dan de streefnorm wachten en of hun situatie verantwoord is.',
      en: 'Waiting status for clients who wait for a provider or location of their preference; they often already receive care in the meantime. In every sector it is the largest group of waiting clients. According to the NZa, care offices cannot sufficiently explain why these clients wait longer than the target norm and whether their situation is safe.',
    },
    source: `${F1}, Inleiding – Algemeen beeld`,
  },
  {
    term: { nl: 'Wacht uit voorzorg', en: 'Waiting as a precaution' },
    definition: {
      nl: 'Wachtstatus voor cliënten die nu nog geen opname nodig hebben, maar uit voorzorg op de wachtlijst staan. Zorg en Zekerheid noemt deze groep samen met ‘wacht op voorkeur’: van de GGZ-cliënten met een van die twee statussen kreeg 70% overbruggingszorg (2022).',
      en: 'Waiting status for clients who do not need admission yet but are on the waiting list as a precaution. Zorg en Zekerheid reports this group together with ‘waiting for preference’: of the mental health care clients with one of those two statuses, 70% received bridging care (2022).',
    },
    source: `${F4}, 6.1.4 Ontwikkeling aanbod voor mensen met GGZ-woonzorgprofiel; ${F4}, 5.1.5 Regiotafel GGZ`,
  },
  {
    term: { nl: 'Streefnorm', en: 'Target norm' },
    definition: {
      nl: 'De aanvaardbare wachttijd voor een passende plek. Zorgkantoren lukt het niet altijd om cliënten binnen de streefnorm te plaatsen. Op peildatum 1 december 2023 wachtte langer dan de streefnorm: 40,2% van de wachtenden in de gehandicaptenzorg, 37,4% in de ggz en 17,8% in de verpleging en verzorging.',
      en: 'The acceptable waiting time for a suitable place. Care offices do not always manage to place clients within the target norm. On the reference date 1 December 2023, the share waiting longer than the target norm was 40.2% in disability care, 37.4% in mental health care and 17.8% in nursing and care.',
    },
    source: `${F1}, Inleiding – Algemeen beeld`,
  },
  {
    term: { nl: 'Treeknorm', en: 'Treek norm' },
    definition: {
      nl: 'Norm voor de aanvaardbare wachttijd die het rapport over 2019 gebruikt. Zorgkantoren gebruikten ‘actief wachtend niet langer dan de treeknorm’ als toetssteen voor de zorgplicht. In de wachtlijsttabel van het rapport over 2019 telt als wachtende wie langer wacht dan 6 weken (V&V en GGZ) of 13 weken (GZ). Latere rapporten spreken van de streefnorm.',
      en: 'Norm for acceptable waiting time used in the 2019 report. Care offices used ‘actively waiting no longer than the Treek norm’ as the touchstone for the duty of care. In the waiting-list table of the 2019 report, a person counts as waiting after more than 6 weeks (V&V and GGZ) or 13 weeks (GZ). Later reports speak of the target norm (streefnorm).',
    },
    source: `${F0}, §3.1 Het begrip zorgplicht – Toetsstenen; ${F0}, §3.2 Resultaatbeeld zorgplicht 2019, tabel 2`,
  },
  {
    term: { nl: 'Overbruggingszorg', en: 'Bridging care' },
    definition: {
      nl: 'Zorg die een cliënt krijgt terwijl hij wacht op een passende plek, bijvoorbeeld verantwoorde zorg thuis. Het merendeel van de cliënten op de wachtlijst krijgt overbruggingszorg. Zorgkantoren besteden het tijdig organiseren ervan uit aan zorgaanbieders.',
      en: 'Care a client receives while waiting for a suitable place, for example safe care at home. Most clients on the waiting list receive bridging care. Care offices outsource organising it in time to care providers.',
    },
    source: `${F1}, Inleiding – Algemeen beeld; ${F1}, hoofdstuk 1 – Wlz-uitvoerder blijft verantwoordelijk, ook bij uitbestede taken; ${F0}, §3.2 Resultaatbeeld zorgplicht 2019`,
  },
  {
    term: { nl: 'Schaduwwachtlijst', en: 'Shadow waiting list' },
    definition: {
      nl: 'Een niet-officiële wachtlijst die een zorgaanbieder in de eigen administratie bijhoudt, bijvoorbeeld omdat een cliënt zich bij meerdere aanbieders aanmeldt maar maar bij één als wachtende kan staan, of voor mensen die nog geen Wlz-indicatie hebben. Daardoor is de officiële wachtlijst mogelijk korter dan in werkelijkheid en dreigt verdringing van wie wel officieel wacht.',
      en: 'An unofficial waiting list a provider keeps in its own records, for example because a client registers with several providers but can be registered as waiting with only one, or for people who do not have a Wlz care assessment yet. As a result, the official waiting list may be shorter than reality, and people officially waiting risk being pushed aside.',
    },
    source: `${F0}, §3.2 Resultaatbeeld zorgplicht 2019 – Fricties; ${F3}, 1. Beter inzicht in de zorgvraag; ${F1}, hoofdstuk 1 – Voorbeeld 1`,
  },
  {
    term: { nl: 'Dossierhouder', en: 'File holder' },
    definition: {
      nl: 'De zorgaanbieder die een cliënt bij de aanvraag van een Wlz-indicatie als voorkeursaanbieder opgeeft. Volgens het Voorschrift Zorgtoewijzing moet die aanbieder de noodzakelijke zorg organiseren, ook als hij zelf niet de meest passende aanbieder is. Het zorgkantoor blijft verantwoordelijk. Omdat het dossierhouderschap veel administratie vraagt, zetten aanbieders cliënten niet altijd op de wachtlijst.',
      en: 'The provider a client names as preferred provider when applying for a Wlz care assessment. Under the care allocation rules (Voorschrift Zorgtoewijzing) that provider must organise the necessary care, even if it is not the most suitable provider itself. The care office remains responsible. Because being file holder takes a lot of administration, providers do not always put clients on the waiting list.',
    },
    source: `${F3}, 1. Beter inzicht in de zorgvraag (kader dossierhouderschap); ${F1}, hoofdstuk 1 – Voorbeeld 1`,
  },
  {
    term: { nl: 'Voorschrift Zorgtoewijzing', en: 'Care allocation rules' },
    definition: {
      nl: 'Het door de zorgkantoren opgestelde voorschrift waarin zij taken uitbesteden aan zorgaanbieders, zoals het wachtlijstbeheer, het tijdig organiseren van overbruggingszorg en het dossierhouderschap. De NZa vindt dat zorgkantoren actiever moeten toezien op deze uitbestede taken.',
      en: 'The rules drawn up by the care offices in which they outsource tasks to providers, such as managing the waiting list, organising bridging care in time, and acting as file holder. The NZa finds that care offices must supervise these outsourced tasks more actively.',
    },
    source: `${F1}, hoofdstuk 1 – Pro-actiever toezicht nodig op uitbestede taken; ${F3}, 1. Beter inzicht in de zorgvraag`,
  },
  {
    term: { nl: 'Peildatum', en: 'Reference date' },
    definition: {
      nl: 'De datum waarop een aantal is vastgesteld, zoals ‘peildatum 1 december 2023’ bij het aantal wachtenden. Een aantal op een peildatum is een momentopname, geen totaal over een periode. Op deze site staat bij elk cijfer de peildatum of het jaar waarover het gaat.',
      en: 'The date on which a number was measured, such as ‘reference date 1 December 2023’ for the number of waiting clients. A number on a reference date is a snapshot, not a total over a period. On this site every figure shows its reference date or the year it covers.',
    },
    source: `${F1}, Inleiding – Algemeen beeld`,
  },
  {
    term: { nl: 'Leveringsvorm', en: 'Delivery form' },
    definition: {
      nl: 'De vorm waarin een cliënt Wlz-zorg krijgt: verblijf in een instelling, volledig pakket thuis (VPT), modulair pakket thuis (MPT), deeltijdverblijf (DTV) of een persoonsgebonden budget (pgb). Bij Zorg en Zekerheid steeg in 2022 het aandeel zorg buiten een instelling en daalde het aandeel verblijf.',
      en: 'The form in which a client receives Wlz care: residence in an institution, full package at home (VPT), modular package at home (MPT), part-time residence (DTV) or a personal budget (pgb). At Zorg en Zekerheid the share of care outside an institution rose in 2022 and the share of residential care fell.',
    },
    source: `${F4}, 1.2.1 Keuze tussen leveringsvormen; ${F4}, 1.2.5 Tijdige eigen bijdrage`,
  },
  {
    term: { nl: 'Zorg in natura (zin)', en: 'Care in kind' },
    definition: {
      nl: 'Zorg die de cliënt krijgt van een zorgaanbieder met wie het zorgkantoor een contract heeft; het zorgkantoor betaalt de aanbieder. Het alternatief is een persoonsgebonden budget. In 2019 kreeg per zorgkantoor 82% tot 91% van de cliënten zorg in natura.',
      en: 'Care the client receives from a provider contracted by the care office; the care office pays the provider. The alternative is a personal budget. In 2019, between 82% and 91% of clients per care office received care in kind.',
    },
    source: `${F0}, §1 Inleiding, tabel 1; ${F2}, 3.3.4 Omzetten pgb-aanbod naar zorg in natura`,
  },
  {
    term: { nl: 'Verblijf (intramurale zorg)', en: 'Residential care' },
    definition: {
      nl: 'Wonen in een zorginstelling en daar zorg krijgen. Het CIZ geeft in bijna alle indicaties verblijf als leveringsvorm. Bij Zorg en Zekerheid kreeg 71,8% van de cliënten in 2022 zorg met verblijf; dat aandeel daalt omdat meer mensen zorg thuis krijgen en verpleeghuisplekken schaars zijn.',
      en: 'Living in a care institution and receiving care there. The CIZ names residence as the delivery form in almost every care assessment. At Zorg en Zekerheid, 71.8% of clients received residential care in 2022; that share is falling because more people receive care at home and nursing-home places are scarce.',
    },
    source: `${F4}, 1.2.1 Keuze tussen leveringsvormen`,
  },
  {
    term: { nl: 'VPT (volledig pakket thuis)', en: 'VPT (full package at home)' },
    definition: {
      nl: 'Leveringsvorm waarbij de cliënt het volledige Wlz-zorgpakket krijgt, maar thuis of in een kleinschalige woonvorm in plaats van in een instelling. Het tarief is lager dan voor zorg met verblijf. Bij Zorg en Zekerheid steeg het aandeel VPT van 2,6% (2021) naar 4,4% (2022).',
      en: 'Delivery form in which the client receives the full Wlz care package, but at home or in a small-scale housing arrangement instead of an institution. The rate is lower than for residential care. At Zorg en Zekerheid the share of VPT rose from 2.6% (2021) to 4.4% (2022).',
    },
    source: `${F4}, 1.2.1 Keuze tussen leveringsvormen; ${F2}, 3.3.3 Zorgaanbod zorg thuis: mpt en vpt; ${F0}, §4.1 Passende woonvormen`,
  },
  {
    term: { nl: 'MPT (modulair pakket thuis)', en: 'MPT (modular package at home)' },
    definition: {
      nl: 'Leveringsvorm waarbij de cliënt delen (modules) van de Wlz-zorg thuis krijgt. Zorgkantoren stimuleren MPT en VPT omdat veel mensen zo lang mogelijk thuis willen wonen en deze zorg minder beslag legt op het Fonds langdurige zorg. De NZa vraagt aandacht voor 24-uurszorg en het toezicht op cliënten met een MPT. Aandeel bij Zorg en Zekerheid: 12,7% (2022).',
      en: 'Delivery form in which the client receives parts (modules) of Wlz care at home. Care offices encourage MPT and VPT because many people want to live at home as long as possible and this care draws less on the Long-term Care Fund. The NZa calls for attention to 24-hour care and supervision of clients with an MPT. Share at Zorg en Zekerheid: 12.7% (2022).',
    },
    source: `${F4}, 1.2.1 Keuze tussen leveringsvormen; ${F0}, §4.2 Sturen op doelmatige zorg; ${F1}, hoofdstuk 1 – Pro-actiever toezicht nodig op uitbestede taken`,
  },
  {
    term: { nl: 'DTV (deeltijdverblijf)', en: 'DTV (part-time residence)' },
    definition: {
      nl: 'Leveringsvorm waarbij de cliënt een deel van de tijd in een instelling verblijft. Voor de melding aanvang zorg (MAZ) geldt bij DTV dezelfde CAK-norm van 30 dagen als bij verblijf, VPT en MPT.',
      en: 'Delivery form in which the client stays in an institution part of the time. For the start-of-care notice (MAZ), the same CAK norm of 30 days applies to DTV as to residential care, VPT and MPT.',
    },
    source: `${F4}, 1.2.5 Tijdige eigen bijdrage`,
  },
  {
    term: { nl: 'Pgb (persoonsgebonden budget)', en: 'Pgb (personal budget)' },
    definition: {
      nl: 'Een budget waarmee de cliënt of zijn vertegenwoordiger zelf zorg inkoopt en betaalt, in plaats van zorg in natura. Zorgkantoren zijn zelfstandig verantwoordelijk voor de uitvoering van het pgb en werken daarbij samen met de Sociale Verzekeringsbank (SVB). In 2023 ontstond binnen het pgb het grootste deel van de onrechtmatige (48,5%) en onzekere (96%) zorgkosten.',
      en: 'A budget with which the client or their representative buys and pays for care themselves, instead of care in kind. Care offices are independently responsible for administering personal budgets and work with the Social Insurance Bank (SVB) on it. In 2023 most of the unlawful (48.5%) and uncertain (96%) care costs arose within personal budgets.',
    },
    source: `${F1}, Inleiding – Rol van Wlz-uitvoerders en zorgkantoren; ${F1}, Inleiding – Beeld rechtmatigheid; ${F0}, §3.1 Het begrip zorgplicht; ${F2}, 2.4 Visie cliënt- en brancheorganisaties; ${F4}, 4.2.1 Structureel overleg met SVB over lopende casussen`,
  },
  {
    term: { nl: 'Pgb-toekenning', en: 'Granting a personal budget' },
    definition: {
      nl: 'Het besluit van het zorgkantoor op een aanvraag voor een pgb (de pgb-beschikking). De norm is dat dit binnen 42 dagen gebeurt. Zorg en Zekerheid haalde dat in 2022 niet voor alle aanvragen. Volgens zorgkantoren duurt de afhandeling vaak langer omdat aanvragers meer tijd nemen om de stukken aan te leveren.',
      en: 'The care office’s decision on an application for a personal budget. The norm is that this happens within 42 days. Zorg en Zekerheid did not meet that for all applications in 2022. According to care offices, handling often takes longer because applicants take more time to supply the documents.',
    },
    source: `${F4}, 1.2.4 Tijdige PGB-toekenning; ${F0}, §3.2 Resultaatbeeld zorgplicht 2019 – Pgb`,
  },
  {
    term: { nl: 'MAZ (mutatie of melding aanvang zorg)', en: 'MAZ (start-of-care notice)' },
    definition: {
      nl: 'Het bericht dat de zorg voor een cliënt is begonnen. De zorgaanbieder plaatst de MAZ, het zorgkantoor levert de gegevens aan het CAK en het CAK berekent daarmee de eigen bijdrage. De norm van het CAK: binnen 30 dagen na aanvang van de zorg verwerkt bij verblijf, VPT, DTV en MPT, en binnen 120 dagen bij een pgb.',
      en: 'The message that care for a client has started. The provider submits the MAZ, the care office passes the data to the CAK, and the CAK uses it to calculate the personal contribution. The CAK’s norm: processed within 30 days of the start of care for residential care, VPT, DTV and MPT, and within 120 days for a personal budget.',
    },
    source: `${F4}, 1.2.5 Tijdige eigen bijdrage`,
  },
  {
    term: { nl: 'CAK', en: 'CAK' },
    definition: {
      nl: 'De organisatie die de eigen bijdrage van Wlz-cliënten berekent en oplegt. Het CAK heeft daarvoor van het zorgkantoor de melding aanvang zorg (MAZ) nodig.',
      en: 'The organisation that calculates and charges the personal contribution of Wlz clients. For that the CAK needs the start-of-care notice (MAZ) from the care office.',
    },
    source: `${F4}, 1.2.5 Tijdige eigen bijdrage`,
  },
  {
    term: { nl: 'Eigen bijdrage', en: 'Personal contribution' },
    definition: {
      nl: 'Het bedrag dat Wlz-cliënten boven de 18 jaar zelf betalen voor hun zorg. Het CAK berekent en legt de eigen bijdrage op. Hoe hoog die is, kan een rol spelen bij de keuze van een cliënt voor een leveringsvorm of om een Wlz-indicatie aan te vragen.',
      en: 'The amount Wlz clients over 18 pay themselves towards their care. The CAK calculates and charges it. Its level can play a part in a client’s choice of delivery form or in whether to apply for a Wlz care assessment.',
    },
    source: `${F4}, 1.2.5 Tijdige eigen bijdrage; ${F2}, 4.3 Dilemma’s veldpartijen`,
  },
  {
    term: { nl: 'Rechtmatig', en: 'Lawful' },
    definition: {
      nl: 'Uitgaven die in overeenstemming zijn met wet- en regelgeving. Rechtmatige uitvoering betekent dat zorgkantoren zorg inkopen, toegang tot zorg realiseren en zorguitgaven controleren en verantwoorden volgens de regels. In 2023 was € 29,8 miljard rechtmatig: 90,4% van de kosten (2022: 92,9%).',
      en: 'Spending that complies with laws and regulations. Lawful administration means that care offices purchase care, arrange access to care, and check and account for care spending according to the rules. In 2023, €29.8 billion was lawful: 90.4% of costs (2022: 92.9%).',
    },
    source: `${F1}, Inleiding – Beeld rechtmatigheid (Wat is rechtmatigheid?, tabel 1)`,
  },
  {
    term: { nl: 'Onrechtmatig', en: 'Unlawful' },
    definition: {
      nl: 'Uitgaven die niet in overeenstemming zijn met wet- en regelgeving. In 2023 was € 33 miljoen van de Wlz-zorgkosten onrechtmatig (0,1%); bijna de helft daarvan (48,5%) ontstond binnen het pgb.',
      en: 'Spending that does not comply with laws and regulations. In 2023, €33 million of Wlz care costs was unlawful (0.1%); almost half of it (48.5%) arose within personal budgets.',
    },
    source: `${F1}, Inleiding – Beeld rechtmatigheid (Wat is rechtmatigheid?, tabel 1)`,
  },
  {
    term: { nl: 'Onzeker', en: 'Uncertain' },
    definition: {
      nl: 'Uitgaven waarvan het zorgkantoor niet kon vaststellen of ze in overeenstemming zijn met wet- en regelgeving. Onzeker is dus niet hetzelfde als fout. In 2023 was € 3,1 miljard onzeker (9,5% van de kosten, 2022: 6,9%), voor 96% binnen het pgb.',
      en: 'Spending for which the care office could not establish whether it complies with laws and regulations. Uncertain therefore does not mean wrong. In 2023, €3.1 billion was uncertain (9.5% of costs; 2022: 6.9%), 96% of it within personal budgets.',
    },
    source: `${F1}, Inleiding – Beeld rechtmatigheid (Wat is rechtmatigheid?, tabel 1)`,
  },
  {
    term: { nl: 'Beheerskosten', en: 'Administrative costs' },
    definition: {
      nl: 'Wat Wlz-uitvoerders uitgeven aan de uitvoering van de Wlz zelf, los van de kosten van de zorg. In 2023 was dat € 263,9 miljoen, waarvan € 602 duizend onrechtmatig bij één Wlz-uitvoerder; dat is inmiddels gecorrigeerd.',
      en: 'What Wlz administrators spend on administering the Wlz itself, separate from the cost of care. In 2023 this was €263.9 million, of which €602 thousand was unlawful at one Wlz administrator; this has since been corrected.',
    },
    source: `${F1}, Inleiding – Beeld rechtmatigheid`,
  },
  {
    term: { nl: 'Bestuursverklaring', en: 'Management statement' },
    definition: {
      nl: 'Verklaring waarin het bestuur van een Wlz-uitvoerder verantwoordelijkheid neemt voor de Wlz-uitvoering: dat het de Wlz rechtmatig en doelmatig moet uitvoeren en dat het uitvoeringsverslag een juist en volledig beeld geeft. De rechtmatigheidscijfers in tabel 1 van het NZa-rapport 2023-2024 komen uit de bestuursverklaringen.',
      en: 'Statement in which the board of a Wlz administrator takes responsibility for administering the Wlz: that it must do so lawfully and efficiently, and that the annual report gives a true and complete picture. The lawfulness figures in table 1 of the NZa report 2023-2024 come from these statements.',
    },
    source: `${F4}, Bestuursverklaring; ${F1}, Inleiding – Beeld rechtmatigheid, tabel 1 (bron)`,
  },
  {
    term: { nl: 'Uitvoeringsverslag', en: 'Annual implementation report' },
    definition: {
      nl: 'Het jaarlijkse verslag waarin een Wlz-uitvoerder en zijn zorgkantoor verantwoording afleggen aan de NZa over de uitvoering van de Wlz, met de zorgplicht centraal; samen met het financieel verslag. De NZa voert er met elk zorgkantoor een kritische dialoog over. Eén van de bronnen van deze site is het uitvoeringsverslag 2022 van Zorg en Zekerheid.',
      en: 'The annual report in which a Wlz administrator and its care office account to the NZa for administering the Wlz, centred on the duty of care; submitted together with the financial report. The NZa holds a critical dialogue with each care office about it. One of this site’s sources is Zorg en Zekerheid’s 2022 report.',
    },
    source: `${F0}, §1 Inleiding – Uitvoeringsverslag en terugkoppeling; ${F4}, Uitvoeringsverslag 2022 Zorg en Zekerheid`,
  },
  {
    term: { nl: 'NZa (Nederlandse Zorgautoriteit)', en: 'NZa (Dutch Healthcare Authority)' },
    definition: {
      nl: 'De toezichthouder die toeziet op de Wlz-uitvoerders: of zij hun zorgplicht nakomen en de Wlz rechtmatig en doelmatig uitvoeren. De NZa bespreekt de uitvoeringsverslagen, doet onderzoek, beoordeelt meldingen van overmacht en publiceert haar bevindingen. De NZa is de uitgever van deze site.',
      en: 'The regulator that supervises the Wlz administrators: whether they fulfil their duty of care and administer the Wlz lawfully and efficiently. The NZa discusses the annual reports, carries out studies, assesses notices of force majeure, and publishes its findings. The NZa publishes this site.',
    },
    source: `${F0}, §1 Inleiding; ${F1}, Inleiding – Regierol is onderdeel van wettelijke uitvoering van zorgplicht; ${F1}, hoofdstuk 3`,
  },
  {
    term: { nl: 'Regiotafel', en: 'Regional table' },
    definition: {
      nl: 'Overleg waarin het zorgkantoor met zorgaanbieders, en soms gemeenten, knelpunten bespreekt en oplossingen zoekt, vooral voor cliënten voor wie moeilijk een passende plek te vinden is. Zorg en Zekerheid houdt regiotafels per sector; bij de regiotafel GZ werden in 2019 twintig cliënten aangemeld, in 2022 zeven.',
      en: 'A meeting in which the care office discusses bottlenecks with providers, and sometimes municipalities, and looks for solutions, mainly for clients for whom a suitable place is hard to find. Zorg en Zekerheid holds regional tables per sector; at the disability-care table twenty clients were referred in 2019, seven in 2022.',
    },
    source: `${F4}, 5.1.3 Regiotafel V&V; ${F4}, 5.1.4 Regiotafel GZ; ${F4}, 5.1.5 Regiotafel GGZ; ${F1}, Inleiding – Zorgkantoren nemen nog onvoldoende regie`,
  },
  {
    term: { nl: 'Doelmatigheid (doelmatige zorg)', en: 'Efficiency' },
    definition: {
      nl: 'Zorg met een optimale balans tussen kosten, volume en kwaliteit, die aansluit op de noden en wensen van de cliënt (omschrijving van de NZa). Een verbetering op één van die drie kan de andere verslechteren; dan is er per saldo geen winst. Zorgkantoren moeten letten op doelmatigheid; dat is in het belang van de cliënt en van de premiebetaler.',
      en: 'Care with an optimal balance between cost, volume and quality that meets the needs and wishes of the client (the NZa’s description). An improvement in one of the three can worsen the others, in which case there is no net gain. Care offices must pay attention to efficiency, in the interest of both the client and the premium payer.',
    },
    source: `${F2}, Managementsamenvatting; ${F2}, 2.2 Doelmatige zorg; ${F1}, Inleiding – Rol van Wlz-uitvoerders en zorgkantoren`,
  },
  {
    term: { nl: 'Fonds langdurige zorg', en: 'Long-term Care Fund' },
    definition: {
      nl: 'Het macrobudget voor Wlz-zorg, verdeeld over de zorgkantoorregio’s (het regiobudget van de zorgkantoren). Zorg thuis via VPT of MPT legt minder beslag op het fonds dan zorg met verblijf.',
      en: 'The overall budget for Wlz care, divided among the care office regions (the care offices’ regional budgets). Care at home through VPT or MPT draws less on the fund than residential care.',
    },
    source: `${F2}, 2.2 Doelmatige zorg; ${F0}, §4.2 Sturen op doelmatige zorg`,
  },
  {
    term: { nl: 'Contracteerruimte', en: 'Contracting budget' },
    definition: {
      nl: 'Het budget waarbinnen zorgkantoren zorg mogen inkopen. Het bewaken ervan is een wettelijke taak van de zorgkantoren. In 2022 bleven de aanvaardbare Wlz-kosten binnen de landelijke contracteerruimte; voor 2023 werd een overschrijding verwacht. Een zorgkantoor dat elke cliëntvraag honoreert, kort bij overschrijding de tarieven van alle zorgaanbieders.',
      en: 'The budget within which care offices may purchase care. Monitoring it is a statutory task of the care offices. In 2022 the acceptable Wlz costs stayed within the national contracting budget; for 2023 an overrun was expected. One care office that honours every client request cuts the rates of all providers when the budget is exceeded.',
    },
    source: `${F4}, 2.5 Uitvoering zorgplicht binnen het budgettair kader zorg; ${F2}, 3.3 Bevordering doelmatig aanbod Wlz-zorg (persoonsvolgende bekostiging); ${F2}, 4.3 Dilemma’s veldpartijen`,
  },
  {
    term: { nl: 'Meerzorg', en: 'Additional care' },
    definition: {
      nl: 'Extra zorg voor cliënten bij wie het toegewezen zorgprofiel onvoldoende aansluit op hun complexe zorgvraag, vooral in de gehandicaptenzorg. Sinds 2023 geldt een nieuwe meerzorgsystematiek, die ook let op de context van de cliënt en op indirecte cliëntgebonden uren.',
      en: 'Extra care for clients whose allocated care profile does not sufficiently match their complex care needs, mainly in disability care. A new additional-care system has applied since 2023, which also looks at the client’s context and at indirect client-related hours.',
    },
    source: `${F4}, 2.2 Tijdige toegang tot langdurige zorg; ${F4}, 2.5 (Resultaten doelmatigheidsonderzoek meerzorg)`,
  },
  {
    term: { nl: 'Gedifferentieerde inkoop', en: 'Differentiated purchasing' },
    definition: {
      nl: 'Zorginkoop waarbij niet alle zorgaanbieders dezelfde voorwaarden en tarieven krijgen, maar afhankelijk van hoe goed zij voldoen aan eisen die het zorgkantoor vooraf bekendmaakt, bijvoorbeeld over innovaties of specifiek zorgaanbod. Zo kan het zorgkantoor sturen op prijs, kwaliteit en aanbod. De NZa ziet eerste stappen, onder meer bij Zilveren Kruis en Menzis.',
      en: 'Purchasing of care in which providers do not all get the same conditions and rates; these depend on how well they meet requirements the care office announces in advance, for instance on innovations or specific care supply. This lets the care office steer on price, quality and supply. The NZa sees first steps, among others at Zilveren Kruis and Menzis.',
    },
    source: `${F1}, hoofdstuk 2 – Gedifferentieerde inkoop biedt zorgkantoren sturingsmogelijkheden; ${F1}, hoofdstuk 2 – Zorgkantoren zetten eerste stappen richting gedifferentieerde inkoop`,
  },
  {
    term: { nl: 'Overmachtsmelding', en: 'Notice of force majeure' },
    definition: {
      nl: 'Een melding die een zorgkantoor bij de NZa moet doen als het ondanks maximale inspanningen niet lukt om discontinuïteit van zorg te voorkomen (Beleidsregel overmacht continuïteit van cruciale zorg, TH/BR-017). De NZa beoordeelt of er echt sprake is van overmacht en informeert de minister van VWS.',
      en: 'A notice a care office must file with the NZa when, despite maximum effort, it cannot prevent a discontinuity of care (policy rule on force majeure for continuity of crucial care, TH/BR-017). The NZa assesses whether there really is force majeure and informs the Minister of Health, Welfare and Sport.',
    },
    source: `${F1}, hoofdstuk 3 – Overmachtsmelding indienen bij de NZa`,
  },
  {
    term: { nl: 'Early Warning System (EWS)', en: 'Early Warning System (EWS)' },
    definition: {
      nl: 'Het systeem waarmee zorgkantoren risico’s voor de continuïteit van zorg bij gecontracteerde zorgaanbieders vroeg signaleren, financieel (bijvoorbeeld een verslechterende liquiditeit) of kwalitatief. De NZa ontving sinds de afspraken van 2019 geen EWS-meldingen van zorgkantoren, wel van zorgverzekeraars.',
      en: 'The system with which care offices detect risks to the continuity of care at contracted providers early, financial (for example worsening liquidity) or qualitative. Since the 2019 agreements the NZa has received no EWS notices from care offices, though it did from health insurers.',
    },
    source: `${F1}, hoofdstuk 3 – Vroegtijdig signaleren van risico’s op discontinuïteit van zorg`,
  },
  {
    term: { nl: 'COT (crisis- en ondersteuningsteam)', en: 'COT (crisis and support team)' },
    definition: {
      nl: 'Een team dat bij een dreigende crisis meedenkt en bemiddelt, met als doel crisisopnames te voorkomen. In de gehandicaptenzorg in de regio’s van Zorg en Zekerheid bestaat het sinds 2021; in 2022 kreeg het twaalf nieuwe aanmeldingen.',
      en: 'A team that advises and mediates when a crisis threatens, with the aim of preventing crisis admissions. In disability care in Zorg en Zekerheid’s regions it has existed since 2021; in 2022 it received twelve new referrals.',
    },
    source: `${F4}, 5.1.2 Crisisregeling crisis- en ondersteuningsteam (COT) in de GZ-sector; ${F0}, §3.2 Crisis-/spoedopname`,
  },
  {
    term: { nl: 'Onafhankelijke cliëntondersteuning', en: 'Independent client support' },
    definition: {
      nl: 'Ondersteuning van cliënten door een onafhankelijke cliëntondersteuner (OCO). De meldingen die cliëntondersteuners doen, kunnen zorgkantoren gebruiken om de werkelijke zorgvraag en de benodigde context beter te leren kennen; volgens de NZa gebeurt dat nog te weinig.',
      en: 'Support for clients from an independent client supporter (OCO). Care offices can use the reports these supporters make to better understand actual care needs and the context required; according to the NZa this happens too little so far.',
    },
    source: `${F3}, 1. Beter inzicht in de zorgvraag; ${F1}, hoofdstuk 2 – Zorgkantoren kunnen meer inzicht krijgen in zorgvraag en -wensen; ${F4}, 5.1.4 Regiotafel GZ`,
  },
  {
    term: { nl: 'Regiobeeld en regioplan', en: 'Regional picture and regional plan' },
    definition: {
      nl: 'Een regiobeeld is een analyse van zorgvraag en zorgaanbod in een regio, gebaseerd op data; een regioplan beschrijft hoe het zorgkantoor met regiopartners knelpunten voorkomt of oplost. De NZa ziet dat regiobeelden vaak alleen cijfers geven, zonder conclusies of verklaringen.',
      en: 'A regional picture is a data-based analysis of care demand and supply in a region; a regional plan describes how the care office and its regional partners prevent or resolve bottlenecks. The NZa sees that regional pictures often give only figures, without conclusions or explanations.',
    },
    source: `${F0}, §4.2 Oplossingen gericht op langere termijn; ${F3}, 1. Beter inzicht in de zorgvraag; ${F3}, Bijlage (4.1.1 lid vi)`,
  },
  {
    term: { nl: 'Zorgkloof', en: 'Care gap' },
    definition: {
      nl: 'Het groeiende verschil tussen de vraag naar langdurige zorg, die stijgt, en het aanbod van personeel en woningen, dat niet meegroeit. De NZa noemt het de context waarin Wlz-uitvoerders hun zorgplicht moeten waarmaken.',
      en: 'The growing difference between the demand for long-term care, which is rising, and the supply of staff and housing, which is not keeping up. The NZa calls it the context in which Wlz administrators must fulfil their duty of care.',
    },
    source: `${F1}, Inleiding – Groeiende zorgkloof benadrukt het belang van meer regie door zorgkantoren`,
  },
  {
    term: { nl: 'Normenkader Wlz-uitvoerder', en: 'Standards framework for Wlz administrators' },
    definition: {
      nl: 'De beleidsregel van de NZa (TH/BR-032) met de normen waaraan Wlz-uitvoerders moeten voldoen, bijvoorbeeld over zorginkoop, het gebruik van wachtlijstinformatie en het vastleggen van uitbestede taken. De NZa beoordeelt zorgkantoren aan de hand van deze normen.',
      en: 'The NZa policy rule (TH/BR-032) setting out the standards Wlz administrators must meet, for example on purchasing care, using waiting-list information and recording outsourced tasks. The NZa assesses care offices against these standards.',
    },
    source: `${F3}, Inleiding; ${F3}, Bijlage: Beoordelingskader; ${F1}, hoofdstuk 1 – Wlz-uitvoerder blijft verantwoordelijk, ook bij uitbestede taken`,
  },
  {
    term: { nl: 'Zvw en Wmo', en: 'Zvw and Wmo' },
    definition: {
      nl: 'Twee andere wetten naast de Wlz: de Zorgverzekeringswet (Zvw), onder meer voor wijkverpleging, en de Wet maatschappelijke ondersteuning (Wmo) van gemeenten. Sommige cliënten hebben een zorgbehoefte op het snijvlak van deze domeinen; zorgkantoren zoeken dan samen met zorgverzekeraars en gemeenten naar oplossingen.',
      en: 'Two other acts next to the Wlz: the Health Insurance Act (Zvw), among other things for district nursing, and the Social Support Act (Wmo) run by municipalities. Some clients have care needs on the boundary between these domains; care offices then look for solutions together with health insurers and municipalities.',
    },
    source: `${F2}, 2.4 Visie cliënt- en brancheorganisaties; ${F0}, §4.1 Complexere zorgvraag; ${F0}, §4.2 Domeinoverstijgende samenwerking`,
  },
];

/** A stable element id for an entry, from its Dutch term: "Wacht op voorkeur" → "begrip-wacht-op-voorkeur". */
export function glossaryId(e: GlossaryEntry): string {
  const slug = e.term.nl
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `begrip-${slug}`;
}

/** The places in the reports an entry is based on: `[{ file, section }]`. */
export function glossarySources(e: GlossaryEntry): { file: string; section: string }[] {
  return e.source.split('; ').map((s) => {
    const i = s.indexOf(', ');
    return i < 0 ? { file: s, section: '' } : { file: s.slice(0, i), section: s.slice(i + 2) };
  });
}
