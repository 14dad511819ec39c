import { message } from '../message';

/*
 * The texts of the tools: /services, /sources, the SQL console, the chart frame every view shares,
 * link problems and data errors. Same rules as ../messages.ts (all six languages, `{name}`
 * placeholders, names after glossary.ts); every name starts with `t`. Drafted by the project, not
 * reviewed by native speakers (docs/i18n.md).
 */

/* Words shared with other areas: one text, defined in messages.ts or words.ts. */
export {
	wordChart as tChartView,
	wordClose as tClose,
	wordColumn as tColumn,
	wordCountry as tCountry,
	wordEdition as tEdition,
	wordEditions as tEditions,
	wordIndicator as tIndicator,
	wordRegional as tLevelRegional,
	wordSourcesTitle as tSourcesTitle,
	wordTable as tTableView
} from '../words';

// /services: the page

export const tServicesTitle = /* @__PURE__ */ message({
	en: 'Services by level of government — e-government in Europe',
	de: 'Dienste nach Verwaltungsebene – E-Government in Europa',
	fr: 'Services par niveau d’administration — administration en ligne en Europe',
	nl: 'Diensten per bestuurslaag — e-overheid in Europa',
	da: 'Tjenester efter forvaltningsniveau — digital forvaltning i Europa',
	et: 'Teenused valitsemistasandi järgi — e-riik Euroopas'
});

export const tServicesHeading = /* @__PURE__ */ message({
	en: 'Which services, at which level of government, by whom',
	de: 'Welche Dienste, auf welcher Verwaltungsebene, von wem',
	fr: 'Quels services, à quel niveau d’administration, par qui',
	nl: 'Welke diensten, op welke bestuurslaag, door wie',
	da: 'Hvilke tjenester, på hvilket forvaltningsniveau, af hvem',
	et: 'Millised teenused, millisel valitsemistasandil, kelle poolt'
});

export const tServicesLead = /* @__PURE__ */ message({
	en: "The EU eGovernment Benchmark's mystery shoppers tried every service of a life event in each country: who provides it, at which level of government, whether it can be done online. Pick a life event and countries; open a cell for the websites and answers behind it.",
	de: 'Die Testnutzer (Mystery Shopper) des eGovernment Benchmark der EU haben jeden Dienst einer Lebenslage in jedem Land ausprobiert: wer ihn anbietet, auf welcher Verwaltungsebene, ob er online erledigt werden kann. Wählen Sie eine Lebenslage und Länder; öffnen Sie eine Zelle für die Websites und Antworten dahinter.',
	fr: 'Les clients mystères de l’eGovernment Benchmark de l’UE ont essayé chaque service d’un événement de vie dans chaque pays : qui le fournit, à quel niveau d’administration, s’il peut être accompli en ligne. Choisissez un événement de vie et des pays ; ouvrez une cellule pour voir les sites web et les réponses.',
	nl: 'De mystery shoppers van de eGovernment Benchmark van de EU probeerden elke dienst van een levensgebeurtenis in elk land: wie hem levert, op welke bestuurslaag, of hij online kan. Kies een levensgebeurtenis en landen; open een cel voor de websites en antwoorden erachter.',
	da: 'EU’s eGovernment Benchmark lod mystery shoppere prøve hver tjeneste i en livsbegivenhed i hvert land: hvem leverer den, på hvilket forvaltningsniveau, og kan den klares online. Vælg en livsbegivenhed og lande; åbn en celle for at se hjemmesiderne og svarene bag den.',
	et: 'ELi eGovernment Benchmarki varjatud testijad proovisid iga riigi kõiki elusündmuse teenuseid: kes teenust pakub, millisel valitsemistasandil ja kas seda saab teha e-teenusena. Valige elusündmus ja riigid; avage lahter, et näha selle taga olevaid veebilehti ja vastuseid.'
});

export const tServicesControls = /* @__PURE__ */ message({
	en: 'Change services',
	de: 'Dienste ändern',
	fr: 'Modifier les services',
	nl: 'Diensten wijzigen',
	da: 'Skift tjenester',
	et: 'Muuda teenuseid'
});

export const tServicesGridHeading = /* @__PURE__ */ message({
	en: '{event}: national services, {edition} report',
	de: '{event}: nationale Dienste, Bericht {edition}',
	fr: '{event} : services nationaux, rapport {edition}',
	nl: '{event}: nationale diensten, rapport {edition}',
	da: '{event}: nationale tjenester, rapporten {edition}',
	et: '{event}: riiklikud teenused, {edition}. aasta aruanne'
});

export const tServicesGridPending = /* @__PURE__ */ message({
	en: 'Loading the services…',
	de: 'Die Dienste werden geladen …',
	fr: 'Chargement des services…',
	nl: 'De diensten worden geladen…',
	da: 'Indlæser tjenesterne …',
	et: 'Teenuste laadimine…'
});

export const tServicesGridEmpty = /* @__PURE__ */ message({
	en: 'No service to show: {event} was not measured in the {edition} report for these countries, or the filters leave none (the United Kingdom is only in the 2021 report).',
	de: 'Kein Dienst anzuzeigen: {event} wurde im Bericht {edition} für diese Länder nicht gemessen, oder die Filter lassen keinen übrig (das Vereinigte Königreich ist nur im Bericht 2021).',
	fr: 'Aucun service à afficher : {event} n’a pas été mesuré dans le rapport {edition} pour ces pays, ou les filtres n’en laissent aucun (le Royaume-Uni ne figure que dans le rapport 2021).',
	nl: 'Geen dienst om te tonen: {event} is in het rapport {edition} niet gemeten voor deze landen, of de filters laten er geen over (het Verenigd Koninkrijk staat alleen in het rapport 2021).',
	da: 'Ingen tjeneste at vise: {event} blev ikke målt i rapporten {edition} for disse lande, eller filtrene udelukker alle (Storbritannien er kun med i rapporten 2021).',
	et: 'Pole ühtki teenust: elusündmust „{event}“ ei mõõdetud {edition}. aasta aruandes nende riikide puhul või filtrid jätavad kõik välja (Ühendkuningriik on ainult 2021. aasta aruandes).'
});

export const tServicesSummaryCaption = /* @__PURE__ */ message({
	en: '{event}, {edition} report',
	de: '{event}, Bericht {edition}',
	fr: '{event}, rapport {edition}',
	nl: '{event}, rapport {edition}',
	da: '{event}, rapporten {edition}',
	et: '{event}, {edition}. aasta aruanne'
});

export const tServicesUnmeasuredOne = /* @__PURE__ */ message({
	en: 'Not measured in the {edition} report: {names}. Its column is empty and the summary leaves it out.',
	de: 'Im Bericht {edition} nicht gemessen: {names}. Die Spalte ist leer, und die Zusammenfassung lässt das Land aus.',
	fr: 'Non mesuré dans le rapport {edition} : {names}. Sa colonne est vide et le résumé l’omet.',
	nl: 'Niet gemeten in het rapport {edition}: {names}. De kolom is leeg en de samenvatting laat het land weg.',
	da: 'Ikke målt i rapporten {edition}: {names}. Kolonnen er tom, og oversigten udelader landet.',
	et: '{edition}. aasta aruandes mõõtmata: {names}. Selle veerg on tühi ja kokkuvõte jätab riigi välja.'
});

export const tServicesUnmeasuredMany = /* @__PURE__ */ message({
	en: 'Not measured in the {edition} report: {names}. Their columns are empty and the summary leaves them out.',
	de: 'Im Bericht {edition} nicht gemessen: {names}. Ihre Spalten sind leer, und die Zusammenfassung lässt sie aus.',
	fr: 'Non mesurés dans le rapport {edition} : {names}. Leurs colonnes sont vides et le résumé les omet.',
	nl: 'Niet gemeten in het rapport {edition}: {names}. Hun kolommen zijn leeg en de samenvatting laat ze weg.',
	da: 'Ikke målt i rapporten {edition}: {names}. Deres kolonner er tomme, og oversigten udelader dem.',
	et: '{edition}. aasta aruandes mõõtmata: {names}. Nende veerud on tühjad ja kokkuvõte jätab need välja.'
});

// /services: life events (the project's labels; the workbooks' names stay in the queries)

export const tEventBusinessStartUp = /* @__PURE__ */ message({
	en: 'Business start-up',
	de: 'Unternehmensgründung',
	fr: 'Création d’entreprise',
	nl: 'Een bedrijf starten',
	da: 'Opstart af virksomhed',
	et: 'Ettevõtte asutamine'
});

export const tEventCareer = /* @__PURE__ */ message({
	en: 'Career (losing and finding a job)',
	de: 'Beruf (Arbeitsplatz verlieren und finden)',
	fr: 'Carrière (perdre et trouver un emploi)',
	nl: 'Loopbaan (baan verliezen en vinden)',
	da: 'Karriere (miste og finde job)',
	et: 'Karjäär (töö kaotamine ja leidmine)'
});

export const tEventFamily = /* @__PURE__ */ message({
	en: 'Family',
	de: 'Familie',
	fr: 'Famille',
	nl: 'Gezin',
	da: 'Familie',
	et: 'Perekond'
});

export const tEventStudying = /* @__PURE__ */ message({
	en: 'Studying',
	de: 'Studium',
	fr: 'Études',
	nl: 'Studeren',
	da: 'Uddannelse',
	et: 'Õppimine'
});

export const tEventEconomic = /* @__PURE__ */ message({
	en: 'Regular business operations',
	de: 'Laufender Geschäftsbetrieb',
	fr: 'Activités courantes d’une entreprise',
	nl: 'Reguliere bedrijfsvoering',
	da: 'Almindelig virksomhedsdrift',
	et: 'Ettevõtte igapäevane tegevus'
});

export const tEventHealth = /* @__PURE__ */ message({
	en: 'Health',
	de: 'Gesundheit',
	fr: 'Santé',
	nl: 'Gezondheid',
	da: 'Sundhed',
	et: 'Tervis'
});

export const tEventJustice = /* @__PURE__ */ message({
	en: 'Starting a small claims procedure',
	de: 'Verfahren für geringfügige Forderungen einleiten',
	fr: 'Engager une procédure de petits litiges',
	nl: 'Een procedure voor geringe vorderingen starten',
	da: 'Indlede en småkravsprocedure',
	et: 'Väiksemate nõuete menetluse algatamine'
});

export const tEventMoving = /* @__PURE__ */ message({
	en: 'Moving',
	de: 'Umzug',
	fr: 'Déménagement',
	nl: 'Verhuizen',
	da: 'Flytning',
	et: 'Elukoha vahetus'
});

export const tEventTransport = /* @__PURE__ */ message({
	en: 'Owning and driving a car (transport)',
	de: 'Ein Auto besitzen und fahren (Verkehr)',
	fr: 'Posséder et conduire une voiture (transport)',
	nl: 'Een auto bezitten en besturen (vervoer)',
	da: 'Eje og køre bil (transport)',
	et: 'Auto omamine ja juhtimine (transport)'
});

// /services: controls

export const tLifeEvent = /* @__PURE__ */ message({
	en: 'Life event',
	de: 'Lebenslage',
	fr: 'Événement de vie',
	nl: 'Levensgebeurtenis',
	da: 'Livsbegivenhed',
	et: 'Elusündmus'
});

export const tEditionOption = /* @__PURE__ */ message({
	en: '{edition} report (data {years})',
	de: 'Bericht {edition} (Daten {years})',
	fr: 'Rapport {edition} (données {years})',
	nl: 'Rapport {edition} (gegevens {years})',
	da: 'Rapporten {edition} (data {years})',
	et: '{edition}. aasta aruanne (andmed {years})'
});

export const tGovLevel = /* @__PURE__ */ message({
	en: 'Government level',
	de: 'Verwaltungsebene',
	fr: 'Niveau d’administration',
	nl: 'Bestuurslaag',
	da: 'Forvaltningsniveau',
	et: 'Valitsemistasand'
});

export const tAllLevels = /* @__PURE__ */ message({
	en: 'All levels',
	de: 'Alle Ebenen',
	fr: 'Tous les niveaux',
	nl: 'Alle lagen',
	da: 'Alle niveauer',
	et: 'Kõik tasandid'
});

export const tLevelCentral = /* @__PURE__ */ message({
	en: 'central',
	de: 'zentral',
	fr: 'central',
	nl: 'centraal',
	da: 'central',
	et: 'keskvalitsus'
});

export const tLevelLocal = /* @__PURE__ */ message({
	en: 'local',
	de: 'kommunal',
	fr: 'local',
	nl: 'lokaal',
	da: 'lokal',
	et: 'kohalik'
});

export const tServiceType = /* @__PURE__ */ message({
	en: 'Service type',
	de: 'Art des Dienstes',
	fr: 'Type de service',
	nl: 'Soort dienst',
	da: 'Tjenestetype',
	et: 'Teenuse liik'
});

export const tAllTypes = /* @__PURE__ */ message({
	en: 'All types',
	de: 'Alle Arten',
	fr: 'Tous les types',
	nl: 'Alle soorten',
	da: 'Alle typer',
	et: 'Kõik liigid'
});

export const tTypeInformational = /* @__PURE__ */ message({
	en: 'informational',
	de: 'informierend',
	fr: 'informatif',
	nl: 'informatief',
	da: 'informativ',
	et: 'teavitav'
});

export const tTypeTransactional = /* @__PURE__ */ message({
	en: 'transactional',
	de: 'transaktional',
	fr: 'transactionnel',
	nl: 'transactioneel',
	da: 'transaktionel',
	et: 'toiminguteenus'
});

// /services: the grid

export const tStatusOnline = /* @__PURE__ */ message({
	en: 'Online',
	de: 'Online',
	fr: 'En ligne',
	nl: 'Online',
	da: 'Online',
	et: 'E-teenusena'
});

export const tStatusPartly = /* @__PURE__ */ message({
	en: 'Partly online',
	de: 'Teilweise online',
	fr: 'Partiellement en ligne',
	nl: 'Deels online',
	da: 'Delvist online',
	et: 'Osaliselt e-teenusena'
});

export const tStatusOffline = /* @__PURE__ */ message({
	en: 'Offline',
	de: 'Offline',
	fr: 'Hors ligne',
	nl: 'Offline',
	da: 'Offline',
	et: 'Mitte e-teenusena'
});

export const tStatusNa = /* @__PURE__ */ message({
	en: 'Not applicable',
	de: 'Nicht zutreffend',
	fr: 'Sans objet',
	nl: 'Niet van toepassing',
	da: 'Ikke relevant',
	et: 'Ei kohaldu'
});

export const tCellScore = /* @__PURE__ */ message({
	en: '(score {score})',
	de: '(Wert {score})',
	fr: '(score {score})',
	nl: '(score {score})',
	da: '(score {score})',
	et: '(skoor {score})'
});

export const tCellProactive = /* @__PURE__ */ message({
	en: 'proactive',
	de: 'proaktiv',
	fr: 'proactif',
	nl: 'proactief',
	da: 'proaktiv',
	et: 'proaktiivne'
});

export const tCellLevel = /* @__PURE__ */ message({
	en: '{level} level',
	de: 'Ebene: {level}',
	fr: 'niveau {level}',
	nl: 'laag: {level}',
	da: 'niveau: {level}',
	et: 'tasand: {level}'
});

export const tGridCaption = /* @__PURE__ */ message({
	en: 'National services of the life event by country: online, partly online, offline or not applicable; P marks a proactive service.',
	de: 'Nationale Dienste der Lebenslage nach Land: online, teilweise online, offline oder nicht zutreffend; P kennzeichnet einen proaktiven Dienst.',
	fr: 'Services nationaux de l’événement de vie par pays : en ligne, partiellement en ligne, hors ligne ou sans objet ; P signale un service proactif.',
	nl: 'Nationale diensten van de levensgebeurtenis per land: online, deels online, offline of niet van toepassing; P markeert een proactieve dienst.',
	da: 'Nationale tjenester i livsbegivenheden efter land: online, delvist online, offline eller ikke relevant; P markerer en proaktiv tjeneste.',
	et: 'Elusündmuse riiklikud teenused riigiti: e-teenusena, osaliselt e-teenusena, mitte e-teenusena või ei kohaldu; P tähistab proaktiivset teenust.'
});

export const tService = /* @__PURE__ */ message({
	en: 'Service',
	de: 'Dienst',
	fr: 'Service',
	nl: 'Dienst',
	da: 'Tjeneste',
	et: 'Teenus'
});

export const tNotMeasured = /* @__PURE__ */ message({
	en: 'Not measured',
	de: 'Nicht gemessen',
	fr: 'Non mesuré',
	nl: 'Niet gemeten',
	da: 'Ikke målt',
	et: 'Mõõtmata'
});

export const tGridLegendCounts = /* @__PURE__ */ message({
	en: '● online ({online}) · ◐ partly online ({partly}) · ○ offline ({offline}) · – not applicable ({na}) ·',
	de: '● online ({online}) · ◐ teilweise online ({partly}) · ○ offline ({offline}) · – nicht zutreffend ({na}) ·',
	fr: '● en ligne ({online}) · ◐ partiellement en ligne ({partly}) · ○ hors ligne ({offline}) · – sans objet ({na}) ·',
	nl: '● online ({online}) · ◐ deels online ({partly}) · ○ offline ({offline}) · – niet van toepassing ({na}) ·',
	da: '● online ({online}) · ◐ delvist online ({partly}) · ○ offline ({offline}) · – ikke relevant ({na}) ·',
	et: '● e-teenusena ({online}) · ◐ osaliselt e-teenusena ({partly}) · ○ mitte e-teenusena ({offline}) · – ei kohaldu ({na}) ·'
});

export const tGridLegendMarks = /* @__PURE__ */ message({
	en: 'proactive · C / R / L central, regional, local level · · not measured',
	de: 'proaktiv · C / R / L zentrale, regionale, kommunale Ebene · · nicht gemessen',
	fr: 'proactif · C / R / L niveau central, régional, local · · non mesuré',
	nl: 'proactief · C / R / L centrale, regionale, lokale laag · · niet gemeten',
	da: 'proaktiv · C / R / L centralt, regionalt, lokalt niveau · · ikke målt',
	et: 'proaktiivne · C / R / L kesk-, piirkondlik, kohalik tasand · · mõõtmata'
});

// /services: a cell's answers

export const tAnswersPending = /* @__PURE__ */ message({
	en: 'Loading the answers…',
	de: 'Die Antworten werden geladen …',
	fr: 'Chargement des réponses…',
	nl: 'De antwoorden worden geladen…',
	da: 'Indlæser svarene …',
	et: 'Vastuste laadimine…'
});

export const tResultNational = /* @__PURE__ */ message({
	en: 'National result',
	de: 'Nationales Ergebnis',
	fr: 'Résultat national',
	nl: 'Nationaal resultaat',
	da: 'Nationalt resultat',
	et: 'Riiklik tulemus'
});

export const tResultCrossBorder = /* @__PURE__ */ message({
	en: 'Cross-border result',
	de: 'Grenzüberschreitendes Ergebnis',
	fr: 'Résultat transfrontière',
	nl: 'Grensoverschrijdend resultaat',
	da: 'Grænseoverskridende resultat',
	et: 'Piiriülene tulemus'
});

export const tWebsiteNational = /* @__PURE__ */ message({
	en: 'Website {site}',
	de: 'Website {site}',
	fr: 'Site web {site}',
	nl: 'Website {site}',
	da: 'Hjemmeside {site}',
	et: 'Veebileht {site}'
});

export const tWebsiteCrossBorder = /* @__PURE__ */ message({
	en: 'Cross-border website {site}',
	de: 'Grenzüberschreitende Website {site}',
	fr: 'Site web transfrontière {site}',
	nl: 'Grensoverschrijdende website {site}',
	da: 'Grænseoverskridende hjemmeside {site}',
	et: 'Piiriülene veebileht {site}'
});

export const tNoProvider = /* @__PURE__ */ message({
	en: 'No provider named',
	de: 'Kein Anbieter genannt',
	fr: 'Aucun fournisseur nommé',
	nl: 'Geen aanbieder genoemd',
	da: 'Ingen udbyder angivet',
	et: 'Pakkujat pole nimetatud'
});

export const tProviderLevel = /* @__PURE__ */ message({
	en: '({level} level)',
	de: '(Ebene: {level})',
	fr: '(niveau {level})',
	nl: '(laag: {level})',
	da: '(niveau: {level})',
	et: '(tasand: {level})'
});

// /services: loading

export const tServicesNoTables = /* @__PURE__ */ message({
	en: "This build's data package has no service tables yet: run {command} and build again.",
	de: 'Das Datenpaket dieses Builds hat noch keine Diensttabellen: Führen Sie {command} aus und bauen Sie neu.',
	fr: 'Le paquet de données de cette version n’a pas encore de tables de services : lancez {command} puis reconstruisez.',
	nl: 'Het datapakket van deze build heeft nog geen dienstentabellen: voer {command} uit en bouw opnieuw.',
	da: 'Denne builds datapakke har endnu ingen tjenestetabeller: kør {command} og byg igen.',
	et: 'Selle ehituse andmepaketis pole veel teenuste tabeleid: käivitage {command} ja ehitage uuesti.'
});

export const tServicesLoading = /* @__PURE__ */ message({
	en: 'Loading the service data',
	de: 'Die Dienstdaten werden geladen',
	fr: 'Chargement des données des services',
	nl: 'De dienstgegevens worden geladen',
	da: 'Indlæser tjenestedata',
	et: 'Teenuste andmete laadimine'
});

export const tServicesLoadingProgress = /* @__PURE__ */ message({
	en: 'Loading the service data: {loaded} of {total} countries, {size} read',
	de: 'Die Dienstdaten werden geladen: {loaded} von {total} Ländern, {size} gelesen',
	fr: 'Chargement des données des services : {loaded} pays sur {total}, {size} lus',
	nl: 'De dienstgegevens worden geladen: {loaded} van {total} landen, {size} gelezen',
	da: 'Indlæser tjenestedata: {loaded} af {total} lande, {size} læst',
	et: 'Teenuste andmete laadimine: {loaded} riiki {total}-st, loetud {size}'
});

// /services: the summary and the trend

export const tMeasure = /* @__PURE__ */ message({
	en: 'Measure',
	de: 'Kennzahl',
	fr: 'Mesure',
	nl: 'Maatstaf',
	da: 'Mål',
	et: 'Näitaja'
});

export const tServicesMeasured = /* @__PURE__ */ message({
	en: 'Services measured',
	de: 'Gemessene Dienste',
	fr: 'Services mesurés',
	nl: 'Gemeten diensten',
	da: 'Målte tjenester',
	et: 'Mõõdetud teenused'
});

export const tTrendSubtitle = /* @__PURE__ */ message({
	en: 'By data year, from the newest report that measured it',
	de: 'Nach Datenjahr, aus dem neuesten Bericht, der es gemessen hat',
	fr: 'Par année de données, d’après le rapport le plus récent qui l’a mesurée',
	nl: 'Per gegevensjaar, uit het nieuwste rapport dat het mat',
	da: 'Efter datår, fra den nyeste rapport, der målte det',
	et: 'Andmeaasta järgi, uusimast aruandest, mis seda mõõtis'
});

export const tTrendCaveatYears = /* @__PURE__ */ message({
	en: 'The 2021 and 2022 reports measured one data year each, the 2023 and 2024 reports two; even and odd years measure different life events, so a life event has a value every other year.',
	de: 'Die Berichte 2021 und 2022 haben je ein Datenjahr gemessen, die Berichte 2023 und 2024 je zwei; gerade und ungerade Jahre messen verschiedene Lebenslagen, daher hat eine Lebenslage nur jedes zweite Jahr einen Wert.',
	fr: 'Les rapports 2021 et 2022 ont mesuré une année de données chacun, les rapports 2023 et 2024 deux ; les années paires et impaires mesurent des événements de vie différents, si bien qu’un événement de vie a une valeur une année sur deux.',
	nl: 'De rapporten 2021 en 2022 maten elk één gegevensjaar, de rapporten 2023 en 2024 twee; even en oneven jaren meten verschillende levensgebeurtenissen, dus een levensgebeurtenis heeft om het jaar een waarde.',
	da: 'Rapporterne 2021 og 2022 målte hver ét datår, rapporterne 2023 og 2024 to; lige og ulige år måler forskellige livsbegivenheder, så en livsbegivenhed har en værdi hvert andet år.',
	et: '2021. ja 2022. aasta aruanded mõõtsid kumbki üht andmeaastat, 2023. ja 2024. aasta aruanded kaht; paaris- ja paaritud aastad mõõdavad eri elusündmusi, nii et elusündmusel on väärtus igal teisel aastal.'
});

export const tTrendCaveatChanges = /* @__PURE__ */ message({
	en: 'Services, websites and questions changed between reports; the United Kingdom appears only in the 2021 report (2020 data).',
	de: 'Dienste, Websites und Fragen haben sich zwischen den Berichten geändert; das Vereinigte Königreich erscheint nur im Bericht 2021 (Daten 2020).',
	fr: 'Les services, les sites web et les questions ont changé d’un rapport à l’autre ; le Royaume-Uni ne figure que dans le rapport 2021 (données 2020).',
	nl: 'Diensten, websites en vragen veranderden tussen de rapporten; het Verenigd Koninkrijk staat alleen in het rapport 2021 (gegevens 2020).',
	da: 'Tjenester, hjemmesider og spørgsmål ændrede sig mellem rapporterne; Storbritannien er kun med i rapporten 2021 (data fra 2020).',
	et: 'Teenused, veebilehed ja küsimused muutusid aruannete vahel; Ühendkuningriik on ainult 2021. aasta aruandes (2020. aasta andmed).'
});

export const tTrendSource = /* @__PURE__ */ message({
	en: 'Source: European Commission, eGovernment Benchmark, 2021–2024 reports, sheets 3a–4b (CC BY 4.0).',
	de: 'Quelle: Europäische Kommission, eGovernment Benchmark, Berichte 2021–2024, Blätter 3a–4b (CC BY 4.0).',
	fr: 'Source : Commission européenne, eGovernment Benchmark, rapports 2021–2024, feuilles 3a–4b (CC BY 4.0).',
	nl: 'Bron: Europese Commissie, eGovernment Benchmark, rapporten 2021–2024, bladen 3a–4b (CC BY 4.0).',
	da: 'Kilde: Europa-Kommissionen, eGovernment Benchmark, rapporterne 2021–2024, ark 3a–4b (CC BY 4.0).',
	et: 'Allikas: Euroopa Komisjon, eGovernment Benchmark, aruanded 2021–2024, lehed 3a–4b (CC BY 4.0).'
});

export const tTrendTableCaption = /* @__PURE__ */ message({
	en: '{label} ({unit}), {event}, by country and data year',
	de: '{label} ({unit}), {event}, nach Land und Datenjahr',
	fr: '{label} ({unit}), {event}, par pays et année de données',
	nl: '{label} ({unit}), {event}, per land en gegevensjaar',
	da: '{label} ({unit}), {event}, efter land og datår',
	et: '{label} ({unit}), {event}, riigi ja andmeaasta järgi'
});

export const tTrendChartLabel = /* @__PURE__ */ message({
	en: '{label} by country and data year',
	de: '{label} nach Land und Datenjahr',
	fr: '{label} par pays et année de données',
	nl: '{label} per land en gegevensjaar',
	da: '{label} efter land og datår',
	et: '{label} riigi ja andmeaasta järgi'
});

export const tDataYear = /* @__PURE__ */ message({
	en: 'Data year',
	de: 'Datenjahr',
	fr: 'Année de données',
	nl: 'Gegevensjaar',
	da: 'Datår',
	et: 'Andmeaasta'
});

export const tTrendNone = /* @__PURE__ */ message({
	en: '{label}, {event}: no value for the countries chosen.',
	de: '{label}, {event}: kein Wert für die gewählten Länder.',
	fr: '{label}, {event} : aucune valeur pour les pays choisis.',
	nl: '{label}, {event}: geen waarde voor de gekozen landen.',
	da: '{label}, {event}: ingen værdi for de valgte lande.',
	et: '{label}, {event}: valitud riikide kohta väärtus puudub.'
});

export const tTrendDescription = /* @__PURE__ */ message({
	en: '{label} ({unit}), {event}, by data year; in {year}: {values}.',
	de: '{label} ({unit}), {event}, nach Datenjahr; {year}: {values}.',
	fr: '{label} ({unit}), {event}, par année de données ; en {year} : {values}.',
	nl: '{label} ({unit}), {event}, per gegevensjaar; in {year}: {values}.',
	da: '{label} ({unit}), {event}, efter datår; i {year}: {values}.',
	et: '{label} ({unit}), {event}, andmeaasta järgi; {year}: {values}.'
});

// /sources: the tables of the data package (the contract's titles, which datapackage.json keeps in English)

export const tTableObservations = /* @__PURE__ */ message({
	en: 'Benchmark values: one row per indicator, country and edition year',
	de: 'Benchmark-Werte: eine Zeile je Indikator, Land und Ausgabejahr',
	fr: 'Valeurs des indices : une ligne par indicateur, pays et année d’édition',
	nl: 'Benchmarkwaarden: één rij per indicator, land en editiejaar',
	da: 'Målingernes værdier: én række pr. indikator, land og udgaveår',
	et: 'Võrdlusnäitajate väärtused: üks rida näitaja, riigi ja väljaande aasta kohta'
});

export const tTableIndicators = /* @__PURE__ */ message({
	en: 'Indicator catalogue',
	de: 'Indikatorenkatalog',
	fr: 'Catalogue des indicateurs',
	nl: 'Indicatorencatalogus',
	da: 'Indikatorkatalog',
	et: 'Näitajate kataloog'
});

export const tTableSources = /* @__PURE__ */ message({
	en: 'Sources and editions',
	de: 'Quellen und Ausgaben',
	fr: 'Sources et éditions',
	nl: 'Bronnen en edities',
	da: 'Kilder og udgaver',
	et: 'Allikad ja väljaanded'
});

export const tTableCountries = /* @__PURE__ */ message({
	en: 'Countries and aggregates',
	de: 'Länder und Aggregate',
	fr: 'Pays et agrégats',
	nl: 'Landen en aggregaten',
	da: 'Lande og aggregater',
	et: 'Riigid ja riigirühmad'
});

export const tTableTargets = /* @__PURE__ */ message({
	en: 'Policy targets mapped to indicators',
	de: 'Politische Ziele, den Indikatoren zugeordnet',
	fr: 'Objectifs politiques associés aux indicateurs',
	nl: 'Beleidsdoelen gekoppeld aan indicatoren',
	da: 'Politiske mål koblet til indikatorer',
	et: 'Poliitikaeesmärgid, seotud näitajatega'
});

export const tTableEgovServices = /* @__PURE__ */ message({
	en: 'EU eGovernment Benchmark: every service, site and mystery-shopping answer',
	de: 'EU eGovernment Benchmark: jeder Dienst, jede Website und jede Antwort der Testnutzer',
	fr: 'eGovernment Benchmark de l’UE : chaque service, site et réponse des clients mystères',
	nl: 'eGovernment Benchmark van de EU: elke dienst, site en elk antwoord van de mystery shoppers',
	da: 'EU’s eGovernment Benchmark: hver tjeneste, hjemmeside og hvert mystery shopping-svar',
	et: 'ELi eGovernment Benchmark: iga teenus, veebileht ja testija vastus'
});

export const tTableEgovPortals = /* @__PURE__ */ message({
	en: 'EU eGovernment Benchmark: national and cross-border portals and their answers',
	de: 'EU eGovernment Benchmark: nationale und grenzüberschreitende Portale und ihre Antworten',
	fr: 'eGovernment Benchmark de l’UE : portails nationaux et transfrontières et leurs réponses',
	nl: 'eGovernment Benchmark van de EU: nationale en grensoverschrijdende portalen en hun antwoorden',
	da: 'EU’s eGovernment Benchmark: nationale og grænseoverskridende portaler og deres svar',
	et: 'ELi eGovernment Benchmark: riiklikud ja piiriülesed portaalid ning nende vastused'
});

export const tTableEgovQuestions = /* @__PURE__ */ message({
	en: 'EU eGovernment Benchmark: question catalogue per edition and sheet',
	de: 'EU eGovernment Benchmark: Fragenkatalog je Ausgabe und Blatt',
	fr: 'eGovernment Benchmark de l’UE : catalogue des questions par édition et feuille',
	nl: 'eGovernment Benchmark van de EU: vragencatalogus per editie en blad',
	da: 'EU’s eGovernment Benchmark: spørgsmålskatalog pr. udgave og ark',
	et: 'ELi eGovernment Benchmark: küsimuste kataloog väljaande ja lehe kaupa'
});

export const tTableEgovQuestionScores = /* @__PURE__ */ message({
	en: 'EU eGovernment Benchmark: country score per question (sheet 2d)',
	de: 'EU eGovernment Benchmark: Länderwert je Frage (Blatt 2d)',
	fr: 'eGovernment Benchmark de l’UE : score par pays et par question (feuille 2d)',
	nl: 'eGovernment Benchmark van de EU: landscore per vraag (blad 2d)',
	da: 'EU’s eGovernment Benchmark: landescore pr. spørgsmål (ark 2d)',
	et: 'ELi eGovernment Benchmark: riigi skoor küsimuse kaupa (leht 2d)'
});

export const tTableStrategies = /* @__PURE__ */ message({
	en: 'National e-government strategies, laws, programmes and institutions',
	de: 'Nationale E-Government-Strategien, Gesetze, Programme und Institutionen',
	fr: 'Stratégies nationales d’administration en ligne, lois, programmes et institutions',
	nl: 'Nationale e-overheidsstrategieën, wetten, programma’s en instellingen',
	da: 'Nationale strategier, love, programmer og institutioner for digital forvaltning',
	et: 'Riiklikud e-riigi strateegiad, seadused, programmid ja asutused'
});

export const tTableStrategyFeatures = /* @__PURE__ */ message({
	en: 'Coded features of strategies: every feature of every coded row',
	de: 'Kodierte Merkmale der Strategien: jedes Merkmal jeder kodierten Zeile',
	fr: 'Caractéristiques codées des stratégies : chaque caractéristique de chaque ligne codée',
	nl: 'Gecodeerde kenmerken van strategieën: elk kenmerk van elke gecodeerde rij',
	da: 'Kodede egenskaber ved strategier: hver egenskab i hver kodet række',
	et: 'Strateegiate kodeeritud tunnused: iga kodeeritud rea iga tunnus'
});

export const tTableFeatures = /* @__PURE__ */ message({
	en: 'Codebook of strategy features',
	de: 'Codebuch der Strategiemerkmale',
	fr: 'Livre de codes des caractéristiques des stratégies',
	nl: 'Codeboek van strategiekenmerken',
	da: 'Kodebog over strategiers egenskaber',
	et: 'Strateegiate tunnuste koodiraamat'
});

export const tTableFeatureLevels = /* @__PURE__ */ message({
	en: 'Codebook: every level of every feature, its decision rule and an example',
	de: 'Codebuch: jede Stufe jedes Merkmals, ihre Entscheidungsregel und ein Beispiel',
	fr: 'Livre de codes : chaque niveau de chaque caractéristique, sa règle de décision et un exemple',
	nl: 'Codeboek: elk niveau van elk kenmerk, de beslisregel en een voorbeeld',
	da: 'Kodebog: hvert niveau af hver egenskab, dets beslutningsregel og et eksempel',
	et: 'Koodiraamat: iga tunnuse iga tase, selle otsustusreegel ja näide'
});

export const tTableCodingAgreement = /* @__PURE__ */ message({
	en: 'Agreement between two independent codings, per feature',
	de: 'Übereinstimmung zweier unabhängiger Kodierungen, je Merkmal',
	fr: 'Accord entre deux codages indépendants, par caractéristique',
	nl: 'Overeenstemming tussen twee onafhankelijke coderingen, per kenmerk',
	da: 'Overensstemmelse mellem to uafhængige kodninger, pr. egenskab',
	et: 'Kahe sõltumatu kodeerimise kokkulangevus tunnuse kaupa'
});

export const tTableCodingReconciliation = /* @__PURE__ */ message({
	en: 'How each disagreement between the codings was resolved',
	de: 'Wie jede Abweichung zwischen den Kodierungen aufgelöst wurde',
	fr: 'Comment chaque désaccord entre les codages a été résolu',
	nl: 'Hoe elk verschil tussen de coderingen is opgelost',
	da: 'Hvordan hver uenighed mellem kodningerne blev løst',
	et: 'Kuidas iga kodeerimiste lahknevus lahendati'
});

// /services: the summary measures

export const tMeasureCentral = /* @__PURE__ */ message({
	en: 'Central level',
	de: 'Zentrale Ebene',
	fr: 'Niveau central',
	nl: 'Centrale laag',
	da: 'Centralt niveau',
	et: 'Keskvalitsuse tasand'
});

export const tMeasureCentralDef = /* @__PURE__ */ message({
	en: 'Share of the applicable national services that the benchmark assigns to central government.',
	de: 'Anteil der zutreffenden nationalen Dienste, die der Benchmark der zentralen Ebene zuordnet.',
	fr: 'Part des services nationaux applicables que l’eGovernment Benchmark attribue à l’administration centrale.',
	nl: 'Aandeel van de toepasselijke nationale diensten dat de benchmark aan de centrale overheid toeschrijft.',
	da: 'Andel af de relevante nationale tjenester, som eGovernment Benchmark tilskriver den centrale forvaltning.',
	et: 'Nende kohalduvate riiklike teenuste osakaal, mille eGovernment Benchmark omistab keskvalitsusele.'
});

export const tMeasureRegional = /* @__PURE__ */ message({
	en: 'Regional level',
	de: 'Regionale Ebene',
	fr: 'Niveau régional',
	nl: 'Regionale laag',
	da: 'Regionalt niveau',
	et: 'Piirkondlik tasand'
});

export const tMeasureRegionalDef = /* @__PURE__ */ message({
	en: 'Share of the applicable national services provided by regional government.',
	de: 'Anteil der zutreffenden nationalen Dienste, die von der regionalen Ebene angeboten werden.',
	fr: 'Part des services nationaux applicables fournis par l’administration régionale.',
	nl: 'Aandeel van de toepasselijke nationale diensten dat de regionale overheid levert.',
	da: 'Andel af de relevante nationale tjenester, som leveres af regionerne.',
	et: 'Piirkondliku valitsemistasandi pakutavate kohalduvate riiklike teenuste osakaal.'
});

export const tMeasureLocal = /* @__PURE__ */ message({
	en: 'Local level',
	de: 'Kommunale Ebene',
	fr: 'Niveau local',
	nl: 'Lokale laag',
	da: 'Lokalt niveau',
	et: 'Kohalik tasand'
});

export const tMeasureLocalDef = /* @__PURE__ */ message({
	en: 'Share of the applicable national services provided by local government.',
	de: 'Anteil der zutreffenden nationalen Dienste, die von den Kommunen angeboten werden.',
	fr: 'Part des services nationaux applicables fournis par les collectivités locales.',
	nl: 'Aandeel van de toepasselijke nationale diensten dat lokale overheden leveren.',
	da: 'Andel af de relevante nationale tjenester, som leveres af kommunerne.',
	et: 'Kohaliku omavalitsuse pakutavate kohalduvate riiklike teenuste osakaal.'
});

export const tMeasureProviders = /* @__PURE__ */ message({
	en: 'Distinct providers',
	de: 'Verschiedene Anbieter',
	fr: 'Fournisseurs distincts',
	nl: 'Verschillende aanbieders',
	da: 'Forskellige udbydere',
	et: 'Eri teenusepakkujad'
});

export const tMeasureProvidersDef = /* @__PURE__ */ message({
	en: 'Number of different organisations running the websites the mystery shoppers used for the life event: a measure of fragmentation.',
	de: 'Zahl der verschiedenen Organisationen, die die von den Testnutzern für die Lebenslage genutzten Websites betreiben: ein Maß der Zersplitterung.',
	fr: 'Nombre d’organisations différentes qui gèrent les sites web utilisés par les clients mystères pour l’événement de vie : une mesure de la fragmentation.',
	nl: 'Aantal verschillende organisaties achter de websites die de mystery shoppers voor de levensgebeurtenis gebruikten: een maat voor versnippering.',
	da: 'Antal forskellige organisationer bag de hjemmesider, mystery shopperne brugte til livsbegivenheden: et mål for fragmentering.',
	et: 'Nende eri asutuste arv, kes haldavad testijate poolt elusündmuse jaoks kasutatud veebilehti: killustatuse mõõt.'
});

export const tMeasurePortal = /* @__PURE__ */ message({
	en: 'Through the national portal',
	de: 'Über das nationale Portal',
	fr: 'Via le portail national',
	nl: 'Via het nationale portaal',
	da: 'Via den nationale portal',
	et: 'Riigiportaali kaudu'
});

export const tMeasurePortalDef = /* @__PURE__ */ message({
	en: 'Share of the applicable national services with a website reachable through the national portal (question A3).',
	de: 'Anteil der zutreffenden nationalen Dienste, deren Website über das nationale Portal erreichbar ist (Frage A3).',
	fr: 'Part des services nationaux applicables dont le site web est accessible par le portail national (question A3).',
	nl: 'Aandeel van de toepasselijke nationale diensten met een website die via het nationale portaal bereikbaar is (vraag A3).',
	da: 'Andel af de relevante nationale tjenester med en hjemmeside, der kan nås via den nationale portal (spørgsmål A3).',
	et: 'Nende kohalduvate riiklike teenuste osakaal, mille veebileht on riigiportaali kaudu kättesaadav (küsimus A3).'
});

export const tMeasureCrossBorder = /* @__PURE__ */ message({
	en: 'Fully online across borders',
	de: 'Grenzüberschreitend vollständig online',
	fr: 'Entièrement en ligne depuis l’étranger',
	nl: 'Grensoverschrijdend volledig online',
	da: 'Fuldt online på tværs af grænser',
	et: 'Piiriüleselt täielikult e-teenusena'
});

export const tMeasureCrossBorderDef = /* @__PURE__ */ message({
	en: 'Share of the services assessed for users from another European country that such a user can complete online (cross-border online-availability score 100).',
	de: 'Anteil der für Nutzer aus einem anderen europäischen Land bewerteten Dienste, die ein solcher Nutzer online erledigen kann (grenzüberschreitende Online-Verfügbarkeit 100).',
	fr: 'Part des services évalués pour des usagers d’un autre pays européen qu’un tel usager peut accomplir en ligne (score de disponibilité en ligne transfrontière de 100).',
	nl: 'Aandeel van de diensten, beoordeeld voor gebruikers uit een ander Europees land, die zo’n gebruiker online kan afronden (grensoverschrijdende online beschikbaarheid 100).',
	da: 'Andel af de tjenester vurderet for brugere fra et andet europæisk land, som en sådan bruger kan gennemføre online (score for grænseoverskridende online-tilgængelighed på 100).',
	et: 'Teise Euroopa riigi kasutajate jaoks hinnatud teenuste osakaal, mida selline kasutaja saab veebis lõpuni teha (piiriülese e-kättesaadavuse skoor 100).'
});

export const tMeasureProactive = /* @__PURE__ */ message({
	en: 'Proactive',
	de: 'Proaktiv',
	fr: 'Proactif',
	nl: 'Proactief',
	da: 'Proaktiv',
	et: 'Proaktiivne'
});

export const tMeasureProactiveDef = /* @__PURE__ */ message({
	en: 'Share of the applicable national services delivered without the user asking (the workbook’s “% Proactive”; called “Automated” in the 2021 and 2022 workbooks).',
	de: 'Anteil der zutreffenden nationalen Dienste, die ohne Antrag des Nutzers erbracht werden („% Proactive“ der Arbeitsmappe; in den Arbeitsmappen 2021 und 2022 „Automated“ genannt).',
	fr: 'Part des services nationaux applicables fournis sans que l’usager le demande (« % Proactive » du classeur ; appelé « Automated » dans les classeurs 2021 et 2022).',
	nl: 'Aandeel van de toepasselijke nationale diensten die worden geleverd zonder dat de gebruiker erom vraagt („% Proactive” in de werkmap; „Automated” in de werkmappen van 2021 en 2022).',
	da: 'Andel af de relevante nationale tjenester, der leveres, uden at brugeren beder om det (regnearkets “% Proactive”; kaldt “Automated” i regnearkene fra 2021 og 2022).',
	et: 'Nende kohalduvate riiklike teenuste osakaal, mida osutatakse kasutaja taotluseta (töövihiku „% Proactive“; 2021. ja 2022. aasta töövihikutes „Automated“).'
});

export const tUnitServices = /* @__PURE__ */ message({
	en: '% of services',
	de: '% der Dienste',
	fr: '% des services',
	nl: '% van de diensten',
	da: '% af tjenesterne',
	et: '% teenustest'
});

export const tUnitProviders = /* @__PURE__ */ message({
	en: 'organisations per life event',
	de: 'Organisationen je Lebenslage',
	fr: 'organisations par événement de vie',
	nl: 'organisaties per levensgebeurtenis',
	da: 'organisationer pr. livsbegivenhed',
	et: 'asutust elusündmuse kohta'
});

export const tUnitCrossBorder = /* @__PURE__ */ message({
	en: '% of cross-border services',
	de: '% der grenzüberschreitenden Dienste',
	fr: '% des services transfrontières',
	nl: '% van de grensoverschrijdende diensten',
	da: '% af de grænseoverskridende tjenester',
	et: '% piiriülestest teenustest'
});

// /sources

export const tSourcesIntro = /* @__PURE__ */ message({
	en: 'Every number in this dashboard comes from one of these publications. Each value keeps the file, sheet and row it came from ({ref} in the data package). Download the data package: {descriptor} and its Parquet files.',
	de: 'Jede Zahl in diesem Dashboard stammt aus einer dieser Veröffentlichungen. Zu jedem Wert sind Datei, Blatt und Zeile seiner Herkunft festgehalten ({ref} im Datenpaket). Laden Sie das Datenpaket herunter: {descriptor} und seine Parquet-Dateien.',
	fr: 'Chaque chiffre de ce tableau de bord provient de l’une de ces publications. Chaque valeur garde le fichier, la feuille et la ligne d’où elle vient ({ref} dans le paquet de données). Téléchargez le paquet de données : {descriptor} et ses fichiers Parquet.',
	nl: 'Elk getal in dit dashboard komt uit een van deze publicaties. Bij elke waarde staan het bestand, het blad en de rij waar ze vandaan komt ({ref} in het datapakket). Download het datapakket: {descriptor} en de Parquet-bestanden.',
	da: 'Hvert tal i dette dashboard stammer fra en af disse publikationer. Hver værdi bevarer filen, arket og rækken, den kom fra ({ref} i datapakken). Hent datapakken: {descriptor} og dens Parquet-filer.',
	et: 'Iga arv selles töölauas pärineb ühest neist väljaannetest. Iga väärtuse juures on fail, leht ja rida, kust see pärineb ({ref} andmepaketis). Laadige andmepakett alla: {descriptor} ja selle Parquet-failid.'
});

export const tOnThisPage = /* @__PURE__ */ message({
	en: 'On this page',
	de: 'Auf dieser Seite',
	fr: 'Sur cette page',
	nl: 'Op deze pagina',
	da: 'På denne side',
	et: 'Sellel lehel'
});

export const tDownloadData = /* @__PURE__ */ message({
	en: 'Download the data',
	de: 'Daten herunterladen',
	fr: 'Télécharger les données',
	nl: 'De gegevens downloaden',
	da: 'Hent dataene',
	et: 'Laadi andmed alla'
});

export const tCodebookHeading = /* @__PURE__ */ message({
	en: 'Codebook of the strategy features',
	de: 'Codebuch der Strategiemerkmale',
	fr: 'Livre de codes des caractéristiques des stratégies',
	nl: 'Codeboek van de strategiekenmerken',
	da: 'Kodebog over strategiernes egenskaber',
	et: 'Strateegiate tunnuste koodiraamat'
});

export const tCodebookSummary = /* @__PURE__ */ message({
	en: 'The {count} features and what each code means',
	de: 'Die {count} Merkmale und was jeder Code bedeutet',
	fr: 'Les {count} caractéristiques et le sens de chaque code',
	nl: 'De {count} kenmerken en wat elke code betekent',
	da: 'De {count} egenskaber og hvad hver kode betyder',
	et: '{count} tunnust ja iga koodi tähendus'
});

export const tPublisher = /* @__PURE__ */ message({
	en: 'Publisher',
	de: 'Herausgeber',
	fr: 'Éditeur',
	nl: 'Uitgever',
	da: 'Udgiver',
	et: 'Väljaandja'
});

export const tPublisherPage = /* @__PURE__ */ message({
	en: "Publisher's page",
	de: 'Seite des Herausgebers',
	fr: 'Page de l’éditeur',
	nl: 'Pagina van de uitgever',
	da: 'Udgiverens side',
	et: 'Väljaandja leht'
});

export const tHowToCite = /* @__PURE__ */ message({
	en: 'How to cite it',
	de: 'Wie man sie zitiert',
	fr: 'Comment la citer',
	nl: 'Hoe te citeren',
	da: 'Sådan citeres den',
	et: 'Kuidas viidata'
});

export const tCopied = /* @__PURE__ */ message({
	en: 'Copied',
	de: 'Kopiert',
	fr: 'Copié',
	nl: 'Gekopieerd',
	da: 'Kopieret',
	et: 'Kopeeritud'
});

export const tCopyFormat = /* @__PURE__ */ message({
	en: 'Copy {format}',
	de: '{format} kopieren',
	fr: 'Copier {format}',
	nl: '{format} kopiëren',
	da: 'Kopiér {format}',
	et: 'Kopeeri {format}'
});

export const tCaveats = /* @__PURE__ */ message({
	en: 'Caveats',
	de: 'Vorbehalte',
	fr: 'Mises en garde',
	nl: 'Kanttekeningen',
	da: 'Forbehold',
	et: 'Hoiatused'
});

export const tIndicatorCountOne = /* @__PURE__ */ message({
	en: '{count} indicator',
	de: '{count} Indikator',
	fr: '{count} indicateur',
	nl: '{count} indicator',
	da: '{count} indikator',
	et: '{count} näitaja'
});

export const tIndicatorCountMany = /* @__PURE__ */ message({
	en: '{count} indicators',
	de: '{count} Indikatoren',
	fr: '{count} indicateurs',
	nl: '{count} indicatoren',
	da: '{count} indikatorer',
	et: '{count} näitajat'
});

export const tWithNotes = /* @__PURE__ */ message({
	en: '{count} with notes of their own',
	de: '{count} mit eigenen Anmerkungen',
	fr: '{count} avec leurs propres notes',
	nl: '{count} met eigen opmerkingen',
	da: '{count} med egne noter',
	et: '{count} oma märkustega'
});

export const tUnit = /* @__PURE__ */ message({
	en: 'Unit',
	de: 'Einheit',
	fr: 'Unité',
	nl: 'Eenheid',
	da: 'Enhed',
	et: 'Ühik'
});

export const tNotes = /* @__PURE__ */ message({
	en: 'Notes',
	de: 'Anmerkungen',
	fr: 'Notes',
	nl: 'Opmerkingen',
	da: 'Noter',
	et: 'Märkused'
});

export const tLicence = /* @__PURE__ */ message({
	en: 'Licence',
	de: 'Lizenz',
	fr: 'Licence',
	nl: 'Licentie',
	da: 'Licens',
	et: 'Litsents'
});

export const tReuseRestricted = /* @__PURE__ */ message({
	en: 'Reuse restricted: this publisher grants no open licence.',
	de: 'Weiterverwendung eingeschränkt: Dieser Herausgeber gewährt keine offene Lizenz.',
	fr: 'Réutilisation restreinte : cet éditeur n’accorde aucune licence ouverte.',
	nl: 'Hergebruik beperkt: deze uitgever verleent geen open licentie.',
	da: 'Begrænset genbrug: denne udgiver giver ingen åben licens.',
	et: 'Taaskasutus piiratud: see väljaandja ei anna avatud litsentsi.'
});

export const tPublisherTerms = /* @__PURE__ */ message({
	en: "The publisher's terms",
	de: 'Die Bedingungen des Herausgebers',
	fr: 'Les conditions de l’éditeur',
	nl: 'De voorwaarden van de uitgever',
	da: 'Udgiverens vilkår',
	et: 'Väljaandja tingimused'
});

export const tFileOrigin = /* @__PURE__ */ message({
	en: 'Where the file came from',
	de: 'Woher die Datei stammt',
	fr: 'D’où vient le fichier',
	nl: 'Waar het bestand vandaan komt',
	da: 'Hvor filen kom fra',
	et: 'Kust fail pärineb'
});

export const tProvenanceChecked = /* @__PURE__ */ message({
	en: 'Provenance and terms as checked:',
	de: 'Herkunft und Bedingungen, wie geprüft:',
	fr: 'Provenance et conditions telles que vérifiées :',
	nl: 'Herkomst en voorwaarden zoals gecontroleerd:',
	da: 'Oprindelse og vilkår som kontrolleret:',
	et: 'Päritolu ja tingimused kontrollitud kujul:'
});

export const tDownloadIntro = /* @__PURE__ */ message({
	en: "The whole data package: a {descriptor} descriptor (Frictionless Data: every file's columns, types, row count, checksum, licences and sources) and one file per table, as Parquet (the files this site queries) or as CSV (UTF-8, comma-separated, written from the same Parquet files when the site is built).",
	de: 'Das ganze Datenpaket: eine Beschreibung {descriptor} (Frictionless Data: Spalten, Typen, Zeilenzahl, Prüfsumme, Lizenzen und Quellen jeder Datei) und eine Datei je Tabelle, als Parquet (die Dateien, die diese Website abfragt) oder als CSV (UTF-8, kommagetrennt, beim Bau der Website aus denselben Parquet-Dateien geschrieben).',
	fr: 'Le paquet de données complet : un descripteur {descriptor} (Frictionless Data : colonnes, types, nombre de lignes, somme de contrôle, licences et sources de chaque fichier) et un fichier par table, en Parquet (les fichiers que ce site interroge) ou en CSV (UTF-8, séparé par des virgules, écrit à partir des mêmes fichiers Parquet lors de la construction du site).',
	nl: 'Het hele datapakket: een beschrijving {descriptor} (Frictionless Data: kolommen, typen, aantal rijen, controlesom, licenties en bronnen van elk bestand) en één bestand per tabel, als Parquet (de bestanden die deze site bevraagt) of als CSV (UTF-8, kommagescheiden, bij het bouwen van de site geschreven uit dezelfde Parquet-bestanden).',
	da: 'Hele datapakken: en beskrivelse {descriptor} (Frictionless Data: hver fils kolonner, typer, antal rækker, kontrolsum, licenser og kilder) og én fil pr. tabel, som Parquet (de filer, dette websted forespørger) eller som CSV (UTF-8, kommasepareret, skrevet ud fra de samme Parquet-filer, når webstedet bygges).',
	et: 'Kogu andmepakett: kirjeldusfail {descriptor} (Frictionless Data: iga faili veerud, tüübid, ridade arv, kontrollsumma, litsentsid ja allikad) ning üks fail tabeli kohta, Parquet-vormingus (failid, mida see sait pärib) või CSV-na (UTF-8, komaga eraldatud, kirjutatud saidi ehitamisel samadest Parquet-failidest).'
});

export const tTablesSummary = /* @__PURE__ */ message({
	en: 'The {count} tables, each as Parquet and CSV',
	de: 'Die {count} Tabellen, jeweils als Parquet und CSV',
	fr: 'Les {count} tables, chacune en Parquet et en CSV',
	nl: 'De {count} tabellen, elk als Parquet en CSV',
	da: 'De {count} tabeller, hver som Parquet og CSV',
	et: '{count} tabelit, igaüks Parquet’i ja CSV-na'
});

export const tTable = /* @__PURE__ */ message({
	en: 'Table',
	de: 'Tabelle',
	fr: 'Table',
	nl: 'Tabel',
	da: 'Tabel',
	et: 'Tabel'
});

export const tRowIs = /* @__PURE__ */ message({
	en: 'What one row is',
	de: 'Was eine Zeile ist',
	fr: 'Ce qu’est une ligne',
	nl: 'Wat één rij is',
	da: 'Hvad én række er',
	et: 'Mida üks rida tähendab'
});

export const tTooLargeForCsv = /* @__PURE__ */ message({
	en: 'Too large for a CSV copy: use the Parquet file',
	de: 'Zu groß für eine CSV-Kopie: Nutzen Sie die Parquet-Datei',
	fr: 'Trop volumineux pour une copie CSV : utilisez le fichier Parquet',
	nl: 'Te groot voor een CSV-kopie: gebruik het Parquet-bestand',
	da: 'For stor til en CSV-kopi: brug Parquet-filen',
	et: 'CSV-koopia jaoks liiga suur: kasutage Parquet’i faili'
});

// /sql: the page

export const tSqlTitle = /* @__PURE__ */ message({
	en: 'SQL console: query the benchmarks and strategies',
	de: 'SQL-Konsole: Benchmarks und Strategien abfragen',
	fr: 'Console SQL : interroger les indices et les stratégies',
	nl: 'SQL-console: de benchmarks en strategieën bevragen',
	da: 'SQL-konsol: forespørg målinger og strategier',
	et: 'SQL-konsool: päringud võrdlusnäitajate ja strateegiate andmetest'
});

export const tSqlDescription = /* @__PURE__ */ message({
	en: "Run SQL over the dashboard's tables and your own CSV, Parquet or XLSX files, in your browser.",
	de: 'Führen Sie SQL über die Tabellen des Dashboards und Ihre eigenen CSV-, Parquet- oder XLSX-Dateien aus, in Ihrem Browser.',
	fr: 'Exécutez du SQL sur les tables du tableau de bord et vos propres fichiers CSV, Parquet ou XLSX, dans votre navigateur.',
	nl: 'Voer SQL uit op de tabellen van het dashboard en uw eigen CSV-, Parquet- of XLSX-bestanden, in uw browser.',
	da: 'Kør SQL på dashboardets tabeller og dine egne CSV-, Parquet- eller XLSX-filer i din browser.',
	et: 'Käivitage SQL-i töölaua tabelite ja oma CSV-, Parquet- või XLSX-failide peal oma brauseris.'
});

export const tSqlHeading = /* @__PURE__ */ message({
	en: 'SQL console',
	de: 'SQL-Konsole',
	fr: 'Console SQL',
	nl: 'SQL-console',
	da: 'SQL-konsol',
	et: 'SQL-konsool'
});

export const tSqlLead = /* @__PURE__ */ message({
	en: 'Ask your own questions of the benchmark and strategy tables with DuckDB, in this browser. Add your own files to join them; they never leave your computer. The shipped tables are read-only; a reload restores everything.',
	de: 'Stellen Sie den Benchmark- und Strategietabellen mit DuckDB eigene Fragen, in diesem Browser. Fügen Sie eigene Dateien hinzu, um sie zu verknüpfen; sie verlassen Ihren Computer nie. Die mitgelieferten Tabellen sind schreibgeschützt; ein Neuladen stellt alles wieder her.',
	fr: 'Posez vos propres questions aux tables des indices et des stratégies avec DuckDB, dans ce navigateur. Ajoutez vos fichiers pour les joindre ; ils ne quittent jamais votre ordinateur. Les tables fournies sont en lecture seule ; un rechargement rétablit tout.',
	nl: 'Stel uw eigen vragen aan de benchmark- en strategietabellen met DuckDB, in deze browser. Voeg uw eigen bestanden toe om ze te koppelen; ze verlaten uw computer nooit. De meegeleverde tabellen zijn alleen-lezen; herladen herstelt alles.',
	da: 'Stil dine egne spørgsmål til tabellerne med målinger og strategier med DuckDB i denne browser. Tilføj dine egne filer for at koble dem på; de forlader aldrig din computer. De medfølgende tabeller er skrivebeskyttede; en genindlæsning gendanner alt.',
	et: 'Esitage võrdlusnäitajate ja strateegiate tabelitele oma küsimusi DuckDB abil, selles brauseris. Lisage ühendamiseks oma failid; need ei lahku kunagi teie arvutist. Kaasasolevad tabelid on kirjutuskaitstud; uuesti laadimine taastab kõik.'
});

export const tLinkNoticeTitle = /* @__PURE__ */ message({
	en: 'About this link',
	de: 'Zu diesem Link',
	fr: 'À propos de ce lien',
	nl: 'Over deze link',
	da: 'Om dette link',
	et: 'Selle lingi kohta'
});

export const tSqlFailedFiles = /* @__PURE__ */ message({
	en: "Some of the site's data files could not be loaded; queries on their tables will fail:",
	de: 'Einige Datendateien der Website konnten nicht geladen werden; Abfragen ihrer Tabellen schlagen fehl:',
	fr: 'Certains fichiers de données du site n’ont pas pu être chargés ; les requêtes sur leurs tables échoueront :',
	nl: 'Sommige gegevensbestanden van de site konden niet worden geladen; query’s op hun tabellen mislukken:',
	da: 'Nogle af webstedets datafiler kunne ikke indlæses; forespørgsler på deres tabeller vil mislykkes:',
	et: 'Mõnda saidi andmefaili ei õnnestunud laadida; nende tabelite päringud ebaõnnestuvad:'
});

export const tEngineStarting = /* @__PURE__ */ message({
	en: 'Starting the query engine…',
	de: 'Die Abfrage-Engine startet …',
	fr: 'Démarrage du moteur de requêtes…',
	nl: 'De query-engine start…',
	da: 'Starter forespørgselsmotoren …',
	et: 'Päringumootori käivitamine…'
});

export const tSqlTooLong = /* @__PURE__ */ message({
	en: 'This query is too long for a link, even compressed (links hold {kb} KB; longer ones are refused by servers), so the address no longer carries it. {button} to share it as a file.',
	de: 'Diese Abfrage ist selbst komprimiert zu lang für einen Link (Links fassen {kb} KB; längere lehnen Server ab), daher enthält die Adresse sie nicht mehr. {button}, um sie als Datei zu teilen.',
	fr: 'Cette requête est trop longue pour un lien, même compressée (un lien contient {kb} Ko ; les serveurs refusent les plus longs), l’adresse ne la porte donc plus. {button} pour la partager sous forme de fichier.',
	nl: 'Deze query is zelfs gecomprimeerd te lang voor een link (links bevatten {kb} KB; servers weigeren langere), dus het adres bevat hem niet meer. {button} om hem als bestand te delen.',
	da: 'Denne forespørgsel er for lang til et link, selv komprimeret (links rummer {kb} KB; længere afvises af servere), så adressen indeholder den ikke længere. {button} for at dele den som fil.',
	et: 'See päring on lingi jaoks liiga pikk, isegi tihendatuna (link mahutab {kb} KB; pikemad lükkavad serverid tagasi), seega aadress seda enam ei sisalda. {button}, et jagada seda failina.'
});

export const tDownloadQuery = /* @__PURE__ */ message({
	en: 'Download the query',
	de: 'Abfrage herunterladen',
	fr: 'Télécharger la requête',
	nl: 'Query downloaden',
	da: 'Hent forespørgslen',
	et: 'Laadi päring alla'
});

export const tSqlOtherSite = /* @__PURE__ */ message({
	en: 'The query from the link names another site ({hosts}) and was not run. The console never fetches from other sites: to load a Parquet file from there, check its address under “A Parquet file by URL” and press Load.',
	de: 'Die Abfrage aus dem Link nennt eine andere Website ({hosts}) und wurde nicht ausgeführt. Die Konsole lädt nie etwas von anderen Websites: Um eine Parquet-Datei von dort zu laden, prüfen Sie ihre Adresse unter „Eine Parquet-Datei per URL“ und drücken Sie Laden.',
	fr: 'La requête du lien nomme un autre site ({hosts}) et n’a pas été exécutée. La console ne récupère jamais rien depuis d’autres sites : pour charger un fichier Parquet de là-bas, vérifiez son adresse sous « Un fichier Parquet par URL » et appuyez sur Charger.',
	nl: 'De query uit de link noemt een andere site ({hosts}) en is niet uitgevoerd. De console haalt nooit iets op van andere sites: om daar een Parquet-bestand te laden, controleert u het adres onder ‘Een Parquet-bestand via URL’ en drukt u op Laden.',
	da: 'Forespørgslen fra linket nævner et andet websted ({hosts}) og blev ikke kørt. Konsollen henter aldrig fra andre websteder: for at indlæse en Parquet-fil derfra skal du kontrollere adressen under “En Parquet-fil via URL” og trykke på Indlæs.',
	et: 'Lingi päring nimetab teist saiti ({hosts}) ja seda ei käivitatud. Konsool ei laadi kunagi midagi teistelt saitidelt: Parquet-faili laadimiseks sealt kontrollige selle aadressi jaotises „Parquet-fail URL-i kaudu“ ja vajutage Laadi.'
});

export const tSqlUserDataLoaded = /* @__PURE__ */ message({
	en: 'The query from the link was not run because your own data is loaded: check it, then press Run.',
	de: 'Die Abfrage aus dem Link wurde nicht ausgeführt, weil Ihre eigenen Daten geladen sind: Prüfen Sie sie und drücken Sie dann Ausführen.',
	fr: 'La requête du lien n’a pas été exécutée car vos propres données sont chargées : vérifiez-la, puis appuyez sur Exécuter.',
	nl: 'De query uit de link is niet uitgevoerd omdat uw eigen gegevens geladen zijn: controleer hem en druk dan op Uitvoeren.',
	da: 'Forespørgslen fra linket blev ikke kørt, fordi dine egne data er indlæst: kontrollér den, og tryk så på Kør.',
	et: 'Lingi päringut ei käivitatud, sest teie enda andmed on laaditud: kontrollige seda ja vajutage siis Käivita.'
});

// /sql: the console

export const tExamples = /* @__PURE__ */ message({
	en: 'Examples',
	de: 'Beispiele',
	fr: 'Exemples',
	nl: 'Voorbeelden',
	da: 'Eksempler',
	et: 'Näited'
});

export const tChooseQuestion = /* @__PURE__ */ message({
	en: 'Choose a question…',
	de: 'Eine Frage wählen …',
	fr: 'Choisir une question…',
	nl: 'Kies een vraag…',
	da: 'Vælg et spørgsmål …',
	et: 'Valige küsimus…'
});

export const tHistory = /* @__PURE__ */ message({
	en: 'History',
	de: 'Verlauf',
	fr: 'Historique',
	nl: 'Geschiedenis',
	da: 'Historik',
	et: 'Ajalugu'
});

export const tPastQueryOne = /* @__PURE__ */ message({
	en: '{count} past query',
	de: '{count} frühere Abfrage',
	fr: '{count} requête passée',
	nl: '{count} eerdere query',
	da: '{count} tidligere forespørgsel',
	et: '{count} varasem päring'
});

export const tPastQueryMany = /* @__PURE__ */ message({
	en: '{count} past queries',
	de: '{count} frühere Abfragen',
	fr: '{count} requêtes passées',
	nl: '{count} eerdere query’s',
	da: '{count} tidligere forespørgsler',
	et: '{count} varasemat päringut'
});

export const tRun = /* @__PURE__ */ message({
	en: 'Run',
	de: 'Ausführen',
	fr: 'Exécuter',
	nl: 'Uitvoeren',
	da: 'Kør',
	et: 'Käivita'
});

export const tCancel = /* @__PURE__ */ message({
	en: 'Cancel',
	de: 'Abbrechen',
	fr: 'Annuler',
	nl: 'Annuleren',
	da: 'Annullér',
	et: 'Katkesta'
});

export const tRunning = /* @__PURE__ */ message({
	en: 'Running…',
	de: 'Läuft …',
	fr: 'Exécution…',
	nl: 'Bezig…',
	da: 'Kører …',
	et: 'Käib…'
});

export const tLinkCopied = /* @__PURE__ */ message({
	en: 'Link copied',
	de: 'Link kopiert',
	fr: 'Lien copié',
	nl: 'Link gekopieerd',
	da: 'Link kopieret',
	et: 'Link kopeeritud'
});

export const tCopyLink = /* @__PURE__ */ message({
	en: 'Copy link',
	de: 'Link kopieren',
	fr: 'Copier le lien',
	nl: 'Link kopiëren',
	da: 'Kopiér link',
	et: 'Kopeeri link'
});

export const tNotRun = /* @__PURE__ */ message({
	en: 'Not run',
	de: 'Nicht ausgeführt',
	fr: 'Non exécutée',
	nl: 'Niet uitgevoerd',
	da: 'Ikke kørt',
	et: 'Ei käivitatud'
});

export const tStopped = /* @__PURE__ */ message({
	en: 'Stopped',
	de: 'Angehalten',
	fr: 'Arrêtée',
	nl: 'Gestopt',
	da: 'Stoppet',
	et: 'Peatatud'
});

export const tDuckDbSays = /* @__PURE__ */ message({
	en: 'DuckDB says',
	de: 'DuckDB meldet',
	fr: 'DuckDB répond',
	nl: 'DuckDB meldt',
	da: 'DuckDB siger',
	et: 'DuckDB teatab'
});

export const tErrorAt = /* @__PURE__ */ message({
	en: '(line {line}, column {column})',
	de: '(Zeile {line}, Spalte {column})',
	fr: '(ligne {line}, colonne {column})',
	nl: '(regel {line}, kolom {column})',
	da: '(linje {line}, kolonne {column})',
	et: '(rida {line}, veerg {column})'
});

export const tCancelledAfter = /* @__PURE__ */ message({
	en: 'Cancelled after',
	de: 'Abgebrochen nach',
	fr: 'Annulée après',
	nl: 'Geannuleerd na',
	da: 'Annulleret efter',
	et: 'Katkestati pärast'
});

export const tResultRows = /* @__PURE__ */ message({
	en: '{rows} rows, in {seconds} s.',
	de: '{rows} Zeilen, in {seconds} s.',
	fr: '{rows} lignes, en {seconds} s.',
	nl: '{rows} rijen, in {seconds} s.',
	da: '{rows} rækker, på {seconds} s.',
	et: '{rows} rida, {seconds} s.'
});

export const tResultRowsShown = /* @__PURE__ */ message({
	en: '{rows} rows, the first {shown} shown, in {seconds} s.',
	de: '{rows} Zeilen, die ersten {shown} angezeigt, in {seconds} s.',
	fr: '{rows} lignes, les {shown} premières affichées, en {seconds} s.',
	nl: '{rows} rijen, de eerste {shown} getoond, in {seconds} s.',
	da: '{rows} rækker, de første {shown} vist, på {seconds} s.',
	et: '{rows} rida, näidatud esimesed {shown}, {seconds} s.'
});

export const tDownloadsHold = /* @__PURE__ */ message({
	en: 'Downloads hold the first {rows} (the console keeps at most a million rows or 256 MB).',
	de: 'Downloads enthalten die ersten {rows} (die Konsole behält höchstens eine Million Zeilen oder 256 MB).',
	fr: 'Les téléchargements contiennent les {rows} premières (la console garde au plus un million de lignes ou 256 Mo).',
	nl: 'Downloads bevatten de eerste {rows} (de console bewaart hoogstens een miljoen rijen of 256 MB).',
	da: 'Downloads indeholder de første {rows} (konsollen gemmer højst en million rækker eller 256 MB).',
	et: 'Allalaadimised sisaldavad esimesi {rows} (konsool hoiab kuni miljon rida või 256 MB).'
});

export const tShowResultAs = /* @__PURE__ */ message({
	en: 'Show the result as',
	de: 'Ergebnis anzeigen als',
	fr: 'Afficher le résultat sous forme de',
	nl: 'Resultaat tonen als',
	da: 'Vis resultatet som',
	et: 'Näita tulemust kujul'
});

export const tSqlQuery = /* @__PURE__ */ message({
	en: 'SQL query',
	de: 'SQL-Abfrage',
	fr: 'Requête SQL',
	nl: 'SQL-query',
	da: 'SQL-forespørgsel',
	et: 'SQL-päring'
});

export const tQueryResult = /* @__PURE__ */ message({
	en: 'Query result',
	de: 'Abfrageergebnis',
	fr: 'Résultat de la requête',
	nl: 'Queryresultaat',
	da: 'Forespørgselsresultat',
	et: 'Päringu tulemus'
});

// /sql: the quick chart

export const tColour = /* @__PURE__ */ message({
	en: 'colour',
	de: 'Farbe',
	fr: 'couleur',
	nl: 'kleur',
	da: 'farve',
	et: 'värv'
});

export const tNone = /* @__PURE__ */ message({
	en: 'none',
	de: 'keine',
	fr: 'aucune',
	nl: 'geen',
	da: 'ingen',
	et: 'puudub'
});

export const tMark = /* @__PURE__ */ message({
	en: 'mark',
	de: 'Markierung',
	fr: 'marque',
	nl: 'markering',
	da: 'mærke',
	et: 'märk'
});

export const tYByX = /* @__PURE__ */ message({
	en: '{y} by {x}',
	de: '{y} nach {x}',
	fr: '{y} par {x}',
	nl: '{y} per {x}',
	da: '{y} efter {x}',
	et: '{y} {x} järgi'
});

export const tIncludesUserData = /* @__PURE__ */ message({
	en: 'Includes your own data (marked as user data; it never left this browser)',
	de: 'Enthält Ihre eigenen Daten (als Nutzerdaten markiert; sie haben diesen Browser nie verlassen)',
	fr: 'Inclut vos propres données (marquées comme données de l’utilisateur ; elles n’ont jamais quitté ce navigateur)',
	nl: 'Bevat uw eigen gegevens (gemarkeerd als gebruikersgegevens; ze hebben deze browser nooit verlaten)',
	da: 'Indeholder dine egne data (markeret som brugerdata; de har aldrig forladt denne browser)',
	et: 'Sisaldab teie enda andmeid (märgitud kasutaja andmetena; need pole sellest brauserist kunagi lahkunud)'
});

export const tFromYourQuery = /* @__PURE__ */ message({
	en: 'From your query',
	de: 'Aus Ihrer Abfrage',
	fr: 'D’après votre requête',
	nl: 'Uit uw query',
	da: 'Fra din forespørgsel',
	et: 'Teie päringust'
});

export const tFirst10k = /* @__PURE__ */ message({
	en: 'Only the first 10,000 rows of the result are charted.',
	de: 'Nur die ersten 10.000 Zeilen des Ergebnisses werden dargestellt.',
	fr: 'Seules les 10 000 premières lignes du résultat sont représentées.',
	nl: 'Alleen de eerste 10.000 rijen van het resultaat worden getoond.',
	da: 'Kun de første 10.000 rækker af resultatet vises i diagrammet.',
	et: 'Joonisel on ainult tulemuse esimesed 10 000 rida.'
});

export const tSourceUserQuery = /* @__PURE__ */ message({
	en: 'Source: your query over your own data and the dashboard’s tables.',
	de: 'Quelle: Ihre Abfrage über Ihre eigenen Daten und die Tabellen des Dashboards.',
	fr: 'Source : votre requête sur vos propres données et les tables du tableau de bord.',
	nl: 'Bron: uw query op uw eigen gegevens en de tabellen van het dashboard.',
	da: 'Kilde: din forespørgsel på dine egne data og dashboardets tabeller.',
	et: 'Allikas: teie päring teie enda andmete ja töölaua tabelite põhjal.'
});

export const tSourceQuery = /* @__PURE__ */ message({
	en: 'Source: your query over the dashboard’s tables; see /sources for each table’s origin.',
	de: 'Quelle: Ihre Abfrage über die Tabellen des Dashboards; die Herkunft jeder Tabelle steht unter /sources.',
	fr: 'Source : votre requête sur les tables du tableau de bord ; voir /sources pour l’origine de chaque table.',
	nl: 'Bron: uw query op de tabellen van het dashboard; zie /sources voor de herkomst van elke tabel.',
	da: 'Kilde: din forespørgsel på dashboardets tabeller; se /sources for hver tabels oprindelse.',
	et: 'Allikas: teie päring töölaua tabelite põhjal; iga tabeli päritolu on lehel /sources.'
});

export const tChartNeeds = /* @__PURE__ */ message({
	en: 'A chart needs at least one numeric column and one other column.',
	de: 'Ein Diagramm braucht mindestens eine numerische und eine weitere Spalte.',
	fr: 'Un graphique nécessite au moins une colonne numérique et une autre colonne.',
	nl: 'Een grafiek heeft minstens één numerieke kolom en één andere kolom nodig.',
	da: 'Et diagram kræver mindst én numerisk kolonne og én anden kolonne.',
	et: 'Joonis vajab vähemalt üht arvulist ja üht muud veergu.'
});

// /sql: a Parquet file by URL

export const tRemoteHeading = /* @__PURE__ */ message({
	en: 'A Parquet file by URL',
	de: 'Eine Parquet-Datei per URL',
	fr: 'Un fichier Parquet par URL',
	nl: 'Een Parquet-bestand via URL',
	da: 'En Parquet-fil via URL',
	et: 'Parquet-fail URL-i kaudu'
});

export const tRemoteHint = /* @__PURE__ */ message({
	en: 'Reads the footer, then only the columns and row groups needed, with HTTP range requests. The host must allow this site (CORS) and byte ranges. Nothing is fetched from an address until you press Load.',
	de: 'Liest den Dateifuß, dann nur die nötigen Spalten und Zeilengruppen, mit HTTP-Range-Anfragen. Der Host muss diese Website (CORS) und Byte-Bereiche erlauben. Von einer Adresse wird nichts geladen, bevor Sie Laden drücken.',
	fr: 'Lit le pied de fichier, puis seulement les colonnes et groupes de lignes nécessaires, par requêtes HTTP de plage. L’hôte doit autoriser ce site (CORS) et les plages d’octets. Rien n’est récupéré d’une adresse avant que vous appuyiez sur Charger.',
	nl: 'Leest de footer en daarna alleen de nodige kolommen en rijgroepen, met HTTP-range-verzoeken. De host moet deze site (CORS) en bytebereiken toestaan. Er wordt niets van een adres opgehaald voordat u op Laden drukt.',
	da: 'Læser filens fod og derefter kun de nødvendige kolonner og rækkegrupper med HTTP-range-forespørgsler. Værten skal tillade dette websted (CORS) og byteintervaller. Intet hentes fra en adresse, før du trykker på Indlæs.',
	et: 'Loeb faili jaluse, seejärel ainult vajalikud veerud ja reagrupid HTTP vahemikupäringutega. Host peab lubama seda saiti (CORS) ja baidivahemikke. Aadressilt ei laadita midagi enne, kui vajutate Laadi.'
});

export const tTableName = /* @__PURE__ */ message({
	en: 'Table name',
	de: 'Tabellenname',
	fr: 'Nom de la table',
	nl: 'Tabelnaam',
	da: 'Tabelnavn',
	et: 'Tabeli nimi'
});

export const tFromFileName = /* @__PURE__ */ message({
	en: 'from the file name',
	de: 'aus dem Dateinamen',
	fr: 'd’après le nom du fichier',
	nl: 'uit de bestandsnaam',
	da: 'fra filnavnet',
	et: 'failinimest'
});

export const tColumns = /* @__PURE__ */ message({
	en: 'Columns',
	de: 'Spalten',
	fr: 'Colonnes',
	nl: 'Kolommen',
	da: 'Kolonner',
	et: 'Veerud'
});

export const tColumnsPlaceholder = /* @__PURE__ */ message({
	en: 'all; or a, b, c',
	de: 'alle; oder a, b, c',
	fr: 'toutes ; ou a, b, c',
	nl: 'alle; of a, b, c',
	da: 'alle; eller a, b, c',
	et: 'kõik; või a, b, c'
});

export const tOnlyRowsWhere = /* @__PURE__ */ message({
	en: 'Only rows where',
	de: 'Nur Zeilen, bei denen',
	fr: 'Seulement les lignes où',
	nl: 'Alleen rijen waar',
	da: 'Kun rækker hvor',
	et: 'Ainult read, kus'
});

export const tFilterColumn = /* @__PURE__ */ message({
	en: 'Filter column',
	de: 'Filterspalte',
	fr: 'Colonne du filtre',
	nl: 'Filterkolom',
	da: 'Filterkolonne',
	et: 'Filtri veerg'
});

export const tColumnWord = /* @__PURE__ */ message({
	en: 'column',
	de: 'Spalte',
	fr: 'colonne',
	nl: 'kolom',
	da: 'kolonne',
	et: 'veerg'
});

export const tComparison = /* @__PURE__ */ message({
	en: 'Comparison',
	de: 'Vergleich',
	fr: 'Comparaison',
	nl: 'Vergelijking',
	da: 'Sammenligning',
	et: 'Võrdlus'
});

export const tFilterValue = /* @__PURE__ */ message({
	en: 'Filter value',
	de: 'Filterwert',
	fr: 'Valeur du filtre',
	nl: 'Filterwaarde',
	da: 'Filterværdi',
	et: 'Filtri väärtus'
});

export const tValueWord = /* @__PURE__ */ message({
	en: 'value',
	de: 'Wert',
	fr: 'valeur',
	nl: 'waarde',
	da: 'værdi',
	et: 'väärtus'
});

export const tWholeFile = /* @__PURE__ */ message({
	en: 'Download the whole file (for hosts without byte ranges)',
	de: 'Die ganze Datei herunterladen (für Hosts ohne Byte-Bereiche)',
	fr: 'Télécharger le fichier entier (pour les hôtes sans plages d’octets)',
	nl: 'Het hele bestand downloaden (voor hosts zonder bytebereiken)',
	da: 'Hent hele filen (for værter uden byteintervaller)',
	et: 'Laadi kogu fail alla (hostidele, mis baidivahemikke ei toeta)'
});

export const tReading = /* @__PURE__ */ message({
	en: 'Reading…',
	de: 'Wird gelesen …',
	fr: 'Lecture…',
	nl: 'Bezig met lezen…',
	da: 'Læser …',
	et: 'Lugemine…'
});

export const tLoad = /* @__PURE__ */ message({
	en: 'Load',
	de: 'Laden',
	fr: 'Charger',
	nl: 'Laden',
	da: 'Indlæs',
	et: 'Laadi'
});

export const tRemoteReport = /* @__PURE__ */ message({
	en: '{table}: {rows} rows from {read} of {total} row groups; read {bytes} of {size} ({share} %) in {seconds} s.',
	de: '{table}: {rows} Zeilen aus {read} von {total} Zeilengruppen; {bytes} von {size} gelesen ({share} %) in {seconds} s.',
	fr: '{table} : {rows} lignes de {read} groupes de lignes sur {total} ; {bytes} lus sur {size} ({share} %) en {seconds} s.',
	nl: '{table}: {rows} rijen uit {read} van {total} rijgroepen; {bytes} van {size} gelezen ({share} %) in {seconds} s.',
	da: '{table}: {rows} rækker fra {read} af {total} rækkegrupper; læste {bytes} af {size} ({share} %) på {seconds} s.',
	et: '{table}: {rows} rida {read} reagrupist {total}-st; loetud {bytes} / {size} ({share} %), {seconds} s.'
});

// /sql: the tables

export const tTables = /* @__PURE__ */ message({
	en: 'Tables',
	de: 'Tabellen',
	fr: 'Tables',
	nl: 'Tabellen',
	da: 'Tabeller',
	et: 'Tabelid'
});

export const tClickToInsert = /* @__PURE__ */ message({
	en: 'Click a name to insert it.',
	de: 'Klicken Sie auf einen Namen, um ihn einzufügen.',
	fr: 'Cliquez sur un nom pour l’insérer.',
	nl: 'Klik op een naam om hem in te voegen.',
	da: 'Klik på et navn for at indsætte det.',
	et: 'Klõpsake nimel, et see lisada.'
});

export const tColumnsOf = /* @__PURE__ */ message({
	en: 'Columns of {table}',
	de: 'Spalten von {table}',
	fr: 'Colonnes de {table}',
	nl: 'Kolommen van {table}',
	da: 'Kolonner i {table}',
	et: 'Tabeli {table} veerud'
});

export const tYourDataStays = /* @__PURE__ */ message({
	en: 'Your data: it stays in this browser',
	de: 'Ihre Daten: Sie bleiben in diesem Browser',
	fr: 'Vos données : elles restent dans ce navigateur',
	nl: 'Uw gegevens: ze blijven in deze browser',
	da: 'Dine data: de bliver i denne browser',
	et: 'Teie andmed: need jäävad sellesse brauserisse'
});

export const tYourDataBadge = /* @__PURE__ */ message({
	en: 'your data',
	de: 'Ihre Daten',
	fr: 'vos données',
	nl: 'uw gegevens',
	da: 'dine data',
	et: 'teie andmed'
});

export const tRowsCount = /* @__PURE__ */ message({
	en: '{count} rows',
	de: '{count} Zeilen',
	fr: '{count} lignes',
	nl: '{count} rijen',
	da: '{count} rækker',
	et: '{count} rida'
});

export const tLoadingLower = /* @__PURE__ */ message({
	en: 'loading…',
	de: 'lädt …',
	fr: 'chargement…',
	nl: 'laden…',
	da: 'indlæser …',
	et: 'laadimine…'
});

export const tLoadLower = /* @__PURE__ */ message({
	en: 'load',
	de: 'laden',
	fr: 'charger',
	nl: 'laden',
	da: 'indlæs',
	et: 'laadi'
});

// /sql: your data

export const tYourData = /* @__PURE__ */ message({
	en: 'Your data',
	de: 'Ihre Daten',
	fr: 'Vos données',
	nl: 'Uw gegevens',
	da: 'Dine data',
	et: 'Teie andmed'
});

export const tUserDataHint = /* @__PURE__ */ message({
	en: 'CSV, Parquet or XLSX. Files are read in this browser and never uploaded.',
	de: 'CSV, Parquet oder XLSX. Dateien werden in diesem Browser gelesen und nie hochgeladen.',
	fr: 'CSV, Parquet ou XLSX. Les fichiers sont lus dans ce navigateur et jamais envoyés.',
	nl: 'CSV, Parquet of XLSX. Bestanden worden in deze browser gelezen en nooit geüpload.',
	da: 'CSV, Parquet eller XLSX. Filerne læses i denne browser og uploades aldrig.',
	et: 'CSV, Parquet või XLSX. Failid loetakse selles brauseris ja neid ei laadita kunagi üles.'
});

export const tDropFiles = /* @__PURE__ */ message({
	en: 'Drop files here or {choose}',
	de: 'Dateien hier ablegen oder {choose}',
	fr: 'Déposez des fichiers ici ou {choose}',
	nl: 'Zet bestanden hier neer of {choose}',
	da: 'Slip filer her eller {choose}',
	et: 'Lohistage failid siia või {choose}'
});

export const tChooseFiles = /* @__PURE__ */ message({
	en: 'choose files',
	de: 'Dateien auswählen',
	fr: 'choisissez des fichiers',
	nl: 'kies bestanden',
	da: 'vælg filer',
	et: 'valige failid'
});

export const tKeepFiles = /* @__PURE__ */ message({
	en: 'Keep my files in this browser after a reload',
	de: 'Meine Dateien nach dem Neuladen in diesem Browser behalten',
	fr: 'Garder mes fichiers dans ce navigateur après un rechargement',
	nl: 'Mijn bestanden na herladen in deze browser bewaren',
	da: 'Behold mine filer i denne browser efter genindlæsning',
	et: 'Hoia mu faile selles brauseris ka pärast uuesti laadimist'
});

export const tUserDataBadge = /* @__PURE__ */ message({
	en: 'user data',
	de: 'Nutzerdaten',
	fr: 'données de l’utilisateur',
	nl: 'gebruikersgegevens',
	da: 'brugerdata',
	et: 'kasutaja andmed'
});

export const tFromFile = /* @__PURE__ */ message({
	en: 'from {file},',
	de: 'aus {file},',
	fr: 'de {file},',
	nl: 'uit {file},',
	da: 'fra {file},',
	et: 'failist {file},'
});

export const tType = /* @__PURE__ */ message({
	en: 'Type',
	de: 'Typ',
	fr: 'Type',
	nl: 'Type',
	da: 'Type',
	et: 'Tüüp'
});

export const tTypeOf = /* @__PURE__ */ message({
	en: 'Type of {column}',
	de: 'Typ von {column}',
	fr: 'Type de {column}',
	nl: 'Type van {column}',
	da: 'Type af {column}',
	et: 'Veeru {column} tüüp'
});

export const tApplyTypes = /* @__PURE__ */ message({
	en: 'Apply types',
	de: 'Typen anwenden',
	fr: 'Appliquer les types',
	nl: 'Typen toepassen',
	da: 'Anvend typer',
	et: 'Rakenda tüübid'
});

export const tCountryColumn = /* @__PURE__ */ message({
	en: 'Country column',
	de: 'Länderspalte',
	fr: 'Colonne des pays',
	nl: 'Landenkolom',
	da: 'Landekolonne',
	et: 'Riigi veerg'
});

export const tAddIso3 = /* @__PURE__ */ message({
	en: 'Add ISO3 column',
	de: 'ISO3-Spalte hinzufügen',
	fr: 'Ajouter une colonne ISO3',
	nl: 'ISO3-kolom toevoegen',
	da: 'Tilføj ISO3-kolonne',
	et: 'Lisa ISO3 veerg'
});

export const tRemove = /* @__PURE__ */ message({
	en: 'Remove',
	de: 'Entfernen',
	fr: 'Retirer',
	nl: 'Verwijderen',
	da: 'Fjern',
	et: 'Eemalda'
});

export const tNoCountryFound = /* @__PURE__ */ message({
	en: 'No country found for: {values}',
	de: 'Kein Land gefunden für: {values}',
	fr: 'Aucun pays trouvé pour : {values}',
	nl: 'Geen land gevonden voor: {values}',
	da: 'Intet land fundet for: {values}',
	et: 'Riiki ei leitud: {values}'
});

export const tAllMatched = /* @__PURE__ */ message({
	en: 'Every value was matched to an ISO3 code (column {column}).',
	de: 'Jeder Wert wurde einem ISO3-Code zugeordnet (Spalte {column}).',
	fr: 'Chaque valeur a été associée à un code ISO3 (colonne {column}).',
	nl: 'Elke waarde is aan een ISO3-code gekoppeld (kolom {column}).',
	da: 'Hver værdi blev matchet med en ISO3-kode (kolonne {column}).',
	et: 'Iga väärtus seoti ISO3 koodiga (veerg {column}).'
});

export const tChartBeside = /* @__PURE__ */ message({
	en: 'A table with an ISO3 (or country) column, a year column and numbers can be charted beside the benchmarks in the {explorer}.',
	de: 'Eine Tabelle mit einer ISO3- (oder Länder-)Spalte, einer Jahresspalte und Zahlen lässt sich im {explorer} neben den Benchmarks darstellen.',
	fr: 'Une table avec une colonne ISO3 (ou pays), une colonne d’année et des nombres peut être représentée à côté des indices dans l’{explorer}.',
	nl: 'Een tabel met een ISO3- (of land)kolom, een jaarkolom en getallen kan in de {explorer} naast de benchmarks worden getoond.',
	da: 'En tabel med en ISO3- (eller lande)kolonne, en årskolonne og tal kan vises ved siden af målingerne i {explorer}.',
	et: 'Tabelit, milles on ISO3 (või riigi) veerg, aasta veerg ja arvud, saab näidata võrdlusnäitajate kõrval {explorer}.'
});

export const tExplorer = /* @__PURE__ */ message({
	en: 'explorer',
	de: 'Explorer',
	fr: 'explorateur',
	nl: 'verkenner',
	da: 'udforskeren',
	et: 'uurimisvaates'
});

export const tForget = /* @__PURE__ */ message({
	en: 'Forget my data',
	de: 'Meine Daten vergessen',
	fr: 'Oublier mes données',
	nl: 'Mijn gegevens vergeten',
	da: 'Glem mine data',
	et: 'Unusta mu andmed'
});

// Link problems: what a link held that a page could not use

export const tNoticeTitle = /* @__PURE__ */ message({
	en: 'Part of the link could not be used',
	de: 'Ein Teil des Links konnte nicht verwendet werden',
	fr: 'Une partie du lien n’a pas pu être utilisée',
	nl: 'Een deel van de link kon niet worden gebruikt',
	da: 'En del af linket kunne ikke bruges',
	et: 'Osa lingist jäi kasutamata'
});

export const tDismiss = /* @__PURE__ */ message({
	en: 'Dismiss',
	de: 'Schließen',
	fr: 'Fermer',
	nl: 'Sluiten',
	da: 'Luk',
	et: 'Sulge'
});

export const tIgnoredUnknownKey = /* @__PURE__ */ message({
	en: 'Ignored unknown setting "{key}".',
	de: 'Unbekannte Einstellung „{key}“ ignoriert.',
	fr: 'Paramètre inconnu « {key} » ignoré.',
	nl: 'Onbekende instelling ‘{key}’ genegeerd.',
	da: 'Ukendt indstilling “{key}” ignoreret.',
	et: 'Tundmatu seade „{key}“ jäeti arvestamata.'
});

export const tGivenTimes = /* @__PURE__ */ message({
	en: '"{key}" was given {count} times; the last one was used.',
	de: '„{key}“ wurde {count}-mal angegeben; der letzte Wert gilt.',
	fr: '« {key} » a été donné {count} fois ; le dernier a été utilisé.',
	nl: '‘{key}’ is {count} keer opgegeven; de laatste is gebruikt.',
	da: '“{key}” blev angivet {count} gange; den sidste blev brugt.',
	et: '„{key}“ anti {count} korda; kasutati viimast.'
});

export const tOnlyFirstValues = /* @__PURE__ */ message({
	en: 'Only the first {max} {name} values were kept.',
	de: 'Nur die ersten {max} Werte für „{name}“ wurden behalten.',
	fr: 'Seules les {max} premières valeurs de « {name} » ont été gardées.',
	nl: 'Alleen de eerste {max} waarden voor ‘{name}’ zijn behouden.',
	da: 'Kun de første {max} værdier for “{name}” blev beholdt.',
	et: 'Seadest „{name}“ jäeti alles ainult esimesed {max} väärtust.'
});

export const tIgnoredNotInData = /* @__PURE__ */ message({
	en: 'Ignored {name} "{value}": not in the data.',
	de: '„{name}“ = „{value}“ ignoriert: nicht in den Daten.',
	fr: '« {name} » = « {value} » ignoré : absent des données.',
	nl: '‘{name}’ = ‘{value}’ genegeerd: niet in de gegevens.',
	da: '“{name}” = “{value}” ignoreret: findes ikke i dataene.',
	et: '„{name}“ = „{value}“ jäeti arvestamata: andmetes puudub.'
});

export const tIgnoredMore = /* @__PURE__ */ message({
	en: 'Ignored {count} more {name} values.',
	de: '{count} weitere Werte für „{name}“ ignoriert.',
	fr: '{count} autres valeurs de « {name} » ignorées.',
	nl: 'Nog {count} waarden voor ‘{name}’ genegeerd.',
	da: '{count} yderligere værdier for “{name}” ignoreret.',
	et: 'Veel {count} seade „{name}“ väärtust jäeti arvestamata.'
});

export const tIgnoredExpected = /* @__PURE__ */ message({
	en: 'Ignored {name} "{value}": expected {expected}.',
	de: '„{name}“ = „{value}“ ignoriert: erwartet wurde {expected}.',
	fr: '« {name} » = « {value} » ignoré : attendu {expected}.',
	nl: '‘{name}’ = ‘{value}’ genegeerd: verwacht werd {expected}.',
	da: '“{name}” = “{value}” ignoreret: forventede {expected}.',
	et: '„{name}“ = „{value}“ jäeti arvestamata: oodati {expected}.'
});

export const tKeptDefault = /* @__PURE__ */ message({
	en: 'Kept the default {name}: {kept}.',
	de: 'Standardwert für „{name}“ beibehalten: {kept}.',
	fr: 'Valeur par défaut de « {name} » gardée : {kept}.',
	nl: 'Standaardwaarde voor ‘{name}’ behouden: {kept}.',
	da: 'Standardværdien for “{name}” blev beholdt: {kept}.',
	et: 'Seade „{name}“ vaikeväärtus jäi alles: {kept}.'
});

export const tIgnoredYear = /* @__PURE__ */ message({
	en: 'Ignored {name} "{value}": expected a year ({first}–{last}) or a range such as 2010..latest.',
	de: '„{name}“ = „{value}“ ignoriert: erwartet wurde ein Jahr ({first}–{last}) oder ein Bereich wie 2010..latest.',
	fr: '« {name} » = « {value} » ignoré : attendu une année ({first}–{last}) ou une plage comme 2010..latest.',
	nl: '‘{name}’ = ‘{value}’ genegeerd: verwacht werd een jaar ({first}–{last}) of een bereik zoals 2010..latest.',
	da: '“{name}” = “{value}” ignoreret: forventede et år ({first}–{last}) eller et interval som 2010..latest.',
	et: '„{name}“ = „{value}“ jäeti arvestamata: oodati aastat ({first}–{last}) või vahemikku, näiteks 2010..latest.'
});

export const tSwappedYears = /* @__PURE__ */ message({
	en: 'Swapped {name} "{value}": the first year came after the last.',
	de: '„{name}“ = „{value}“ vertauscht: Das erste Jahr lag nach dem letzten.',
	fr: '« {name} » = « {value} » inversé : la première année venait après la dernière.',
	nl: '‘{name}’ = ‘{value}’ omgedraaid: het eerste jaar kwam na het laatste.',
	da: '“{name}” = “{value}” byttet om: det første år lå efter det sidste.',
	et: '„{name}“ = „{value}“ pöörati ümber: esimene aasta oli viimasest hilisem.'
});

export const tIgnoredYears = /* @__PURE__ */ message({
	en: 'Ignored {name} "{value}": expected a whole number of years from {min} to {max}.',
	de: '„{name}“ = „{value}“ ignoriert: erwartet wurde eine ganze Zahl von Jahren von {min} bis {max}.',
	fr: '« {name} » = « {value} » ignoré : attendu un nombre entier d’années de {min} à {max}.',
	nl: '‘{name}’ = ‘{value}’ genegeerd: verwacht werd een geheel aantal jaren van {min} tot {max}.',
	da: '“{name}” = “{value}” ignoreret: forventede et helt antal år fra {min} til {max}.',
	et: '„{name}“ = „{value}“ jäeti arvestamata: oodati täisarvu aastaid vahemikus {min}–{max}.'
});

export const tIgnoredPick = /* @__PURE__ */ message({
	en: 'Ignored pick "{value}": expected first, latest, a year or a strategy in the data.',
	de: '„pick“ = „{value}“ ignoriert: erwartet wurde first, latest, ein Jahr oder eine Strategie in den Daten.',
	fr: '« pick » = « {value} » ignoré : attendu first, latest, une année ou une stratégie des données.',
	nl: '‘pick’ = ‘{value}’ genegeerd: verwacht werd first, latest, een jaar of een strategie in de gegevens.',
	da: '“pick” = “{value}” ignoreret: forventede first, latest, et år eller en strategi i dataene.',
	et: '„pick“ = „{value}“ jäeti arvestamata: oodati first, latest, aastat või andmetes olevat strateegiat.'
});

export const tExpectedCell = /* @__PURE__ */ message({
	en: 'a country and a feature such as DEU.once_only',
	de: 'ein Land und ein Merkmal wie DEU.once_only',
	fr: 'un pays et une caractéristique comme DEU.once_only',
	nl: 'een land en een kenmerk zoals DEU.once_only',
	da: 'et land og en egenskab som DEU.once_only',
	et: 'riik ja tunnus, näiteks DEU.once_only'
});

export const tExpectedStrategy = /* @__PURE__ */ message({
	en: 'a strategy in the data',
	de: 'eine Strategie in den Daten',
	fr: 'une stratégie des données',
	nl: 'een strategie in de gegevens',
	da: 'en strategi i dataene',
	et: 'andmetes olev strateegia'
});

export const tShowedRaw = /* @__PURE__ */ message({
	en: 'Showed raw values instead of the gap to target: {reason}',
	de: 'Rohwerte statt des Abstands zum Ziel gezeigt: {reason}',
	fr: 'Valeurs brutes affichées au lieu de l’écart à l’objectif : {reason}',
	nl: 'Ruwe waarden getoond in plaats van de afstand tot het doel: {reason}',
	da: 'Viste rå værdier i stedet for afstanden til målet: {reason}',
	et: 'Näidati algväärtusi eesmärgist kauguse asemel: {reason}'
});

export const tLinkQueryDamaged = /* @__PURE__ */ message({
	en: 'The query in the link is damaged and could not be read.',
	de: 'Die Abfrage im Link ist beschädigt und konnte nicht gelesen werden.',
	fr: 'La requête du lien est endommagée et n’a pas pu être lue.',
	nl: 'De query in de link is beschadigd en kon niet worden gelezen.',
	da: 'Forespørgslen i linket er beskadiget og kunne ikke læses.',
	et: 'Lingis olev päring on rikutud ja seda ei saanud lugeda.'
});

export const tLinkQueryTooLong = /* @__PURE__ */ message({
	en: 'The query in the link is too long.',
	de: 'Die Abfrage im Link ist zu lang.',
	fr: 'La requête du lien est trop longue.',
	nl: 'De query in de link is te lang.',
	da: 'Forespørgslen i linket er for lang.',
	et: 'Lingis olev päring on liiga pikk.'
});

// The chart frame every view shares

export const tShowChart = /* @__PURE__ */ message({
	en: 'Show chart',
	de: 'Diagramm zeigen',
	fr: 'Afficher le graphique',
	nl: 'Grafiek tonen',
	da: 'Vis diagram',
	et: 'Näita joonist'
});

export const tShowTable = /* @__PURE__ */ message({
	en: 'Show table',
	de: 'Tabelle zeigen',
	fr: 'Afficher le tableau',
	nl: 'Tabel tonen',
	da: 'Vis tabel',
	et: 'Näita tabelit'
});

export const tShare = /* @__PURE__ */ message({
	en: 'Share',
	de: 'Teilen',
	fr: 'Partager',
	nl: 'Delen',
	da: 'Del',
	et: 'Jaga'
});

export const tDownload = /* @__PURE__ */ message({
	en: 'Download',
	de: 'Herunterladen',
	fr: 'Télécharger',
	nl: 'Downloaden',
	da: 'Hent',
	et: 'Laadi alla'
});

export const tCite = /* @__PURE__ */ message({
	en: 'Cite',
	de: 'Zitieren',
	fr: 'Citer',
	nl: 'Citeren',
	da: 'Citér',
	et: 'Viita'
});

export const tScrollSideways = /* @__PURE__ */ message({
	en: 'Scroll sideways for the whole chart',
	de: 'Seitlich scrollen, um das ganze Diagramm zu sehen',
	fr: 'Faites défiler horizontalement pour voir tout le graphique',
	nl: 'Scroll opzij voor de hele grafiek',
	da: 'Rul sidelæns for at se hele diagrammet',
	et: 'Kogu joonise nägemiseks kerige külgsuunas'
});

export const tOnline = /* @__PURE__ */ message({
	en: 'Online: {link}',
	de: 'Online: {link}',
	fr: 'En ligne : {link}',
	nl: 'Online: {link}',
	da: 'Online: {link}',
	et: 'Veebis: {link}'
});

export const tOpenFullView = /* @__PURE__ */ message({
	en: 'Open the full view ↗',
	de: 'Vollständige Ansicht öffnen ↗',
	fr: 'Ouvrir la vue complète ↗',
	nl: 'Volledige weergave openen ↗',
	da: 'Åbn hele visningen ↗',
	et: 'Ava täisvaade ↗'
});

export const tCaveatOne = /* @__PURE__ */ message({
	en: 'Caveat:',
	de: 'Vorbehalt:',
	fr: 'Mise en garde :',
	nl: 'Kanttekening:',
	da: 'Forbehold:',
	et: 'Hoiatus:'
});

export const tCaveatMany = /* @__PURE__ */ message({
	en: '{count} caveats:',
	de: '{count} Vorbehalte:',
	fr: '{count} mises en garde :',
	nl: '{count} kanttekeningen:',
	da: '{count} forbehold:',
	et: '{count} hoiatust:'
});

export const tFormat = /* @__PURE__ */ message({
	en: 'Format',
	de: 'Format',
	fr: 'Format',
	nl: 'Formaat',
	da: 'Format',
	et: 'Vorming'
});

export const tThisChart = /* @__PURE__ */ message({
	en: 'This chart:',
	de: 'Dieses Diagramm:',
	fr: 'Ce graphique :',
	nl: 'Deze grafiek:',
	da: 'Dette diagram:',
	et: 'See joonis:'
});

export const tDataLabel = /* @__PURE__ */ message({
	en: 'Data:',
	de: 'Daten:',
	fr: 'Données :',
	nl: 'Gegevens:',
	da: 'Data:',
	et: 'Andmed:'
});

export const tSvgImage = /* @__PURE__ */ message({
	en: 'SVG image',
	de: 'SVG-Bild',
	fr: 'Image SVG',
	nl: 'SVG-afbeelding',
	da: 'SVG-billede',
	et: 'SVG-pilt'
});

export const tPngImage = /* @__PURE__ */ message({
	en: 'PNG image (2×)',
	de: 'PNG-Bild (2×)',
	fr: 'Image PNG (2×)',
	nl: 'PNG-afbeelding (2×)',
	da: 'PNG-billede (2×)',
	et: 'PNG-pilt (2×)'
});

export const tCsvOfData = /* @__PURE__ */ message({
	en: 'CSV of the data shown ({rows} rows)',
	de: 'CSV der gezeigten Daten ({rows} Zeilen)',
	fr: 'CSV des données affichées ({rows} lignes)',
	nl: 'CSV van de getoonde gegevens ({rows} rijen)',
	da: 'CSV med de viste data ({rows} rækker)',
	et: 'Näidatud andmete CSV ({rows} rida)'
});

export const tNotDrawnYet = /* @__PURE__ */ message({
	en: 'The chart is not drawn yet.',
	de: 'Das Diagramm ist noch nicht gezeichnet.',
	fr: 'Le graphique n’est pas encore dessiné.',
	nl: 'De grafiek is nog niet getekend.',
	da: 'Diagrammet er ikke tegnet endnu.',
	et: 'Joonist pole veel joonistatud.'
});

export const tNoTableForChart = /* @__PURE__ */ message({
	en: 'No table for this chart.',
	de: 'Keine Tabelle zu diesem Diagramm.',
	fr: 'Pas de tableau pour ce graphique.',
	nl: 'Geen tabel bij deze grafiek.',
	da: 'Ingen tabel til dette diagram.',
	et: 'Selle joonise kohta pole tabelit.'
});

export const tDownloadedFrom = /* @__PURE__ */ message({
	en: 'Downloaded {date} from {link}',
	de: 'Heruntergeladen am {date} von {link}',
	fr: 'Téléchargé le {date} depuis {link}',
	nl: 'Gedownload op {date} van {link}',
	da: 'Hentet {date} fra {link}',
	et: 'Alla laaditud {date} aadressilt {link}'
});

export const tLinkCopiedClipboard = /* @__PURE__ */ message({
	en: 'Link copied to the clipboard.',
	de: 'Link in die Zwischenablage kopiert.',
	fr: 'Lien copié dans le presse-papiers.',
	nl: 'Link naar het klembord gekopieerd.',
	da: 'Link kopieret til udklipsholderen.',
	et: 'Link kopeeriti lõikelauale.'
});

export const tCopyThisLink = /* @__PURE__ */ message({
	en: 'Copy this link:',
	de: 'Diesen Link kopieren:',
	fr: 'Copiez ce lien :',
	nl: 'Kopieer deze link:',
	da: 'Kopiér dette link:',
	et: 'Kopeerige see link:'
});

export const tEmbedChart = /* @__PURE__ */ message({
	en: 'Embed this chart (HTML):',
	de: 'Dieses Diagramm einbetten (HTML):',
	fr: 'Intégrer ce graphique (HTML) :',
	nl: 'Deze grafiek insluiten (HTML):',
	da: 'Indlejr dette diagram (HTML):',
	et: 'Manusta see joonis (HTML):'
});

export const tUpdating = /* @__PURE__ */ message({
	en: 'Updating…',
	de: 'Wird aktualisiert …',
	fr: 'Mise à jour…',
	nl: 'Bijwerken…',
	da: 'Opdaterer …',
	et: 'Uuendamine…'
});

export const tLoadingData = /* @__PURE__ */ message({
	en: 'Loading the data…',
	de: 'Die Daten werden geladen …',
	fr: 'Chargement des données…',
	nl: 'De gegevens worden geladen…',
	da: 'Indlæser dataene …',
	et: 'Andmete laadimine…'
});

export const tEngineBytes = /* @__PURE__ */ message({
	en: 'Query engine: {loaded} of {total} MB',
	de: 'Abfrage-Engine: {loaded} von {total} MB',
	fr: 'Moteur de requêtes : {loaded} sur {total} Mo',
	nl: 'Query-engine: {loaded} van {total} MB',
	da: 'Forespørgselsmotor: {loaded} af {total} MB',
	et: 'Päringumootor: {loaded} / {total} MB'
});

export const tNoValue = /* @__PURE__ */ message({
	en: 'No value for this choice.',
	de: 'Kein Wert für diese Auswahl.',
	fr: 'Aucune valeur pour ce choix.',
	nl: 'Geen waarde voor deze keuze.',
	da: 'Ingen værdi for dette valg.',
	et: 'Selle valiku kohta väärtus puudub.'
});

// Data-load errors: the file that failed is named

export const tCouldNotLoad = /* @__PURE__ */ message({
	en: 'Could not load {file}: {reason}',
	de: '{file} konnte nicht geladen werden: {reason}',
	fr: 'Impossible de charger {file} : {reason}',
	nl: 'Kon {file} niet laden: {reason}',
	da: 'Kunne ikke indlæse {file}: {reason}',
	et: 'Faili {file} ei õnnestunud laadida: {reason}'
});

export const tEngineFailed = /* @__PURE__ */ message({
	en: 'The query engine could not start: {reason}',
	de: 'Die Abfrage-Engine konnte nicht starten: {reason}',
	fr: 'Le moteur de requêtes n’a pas pu démarrer : {reason}',
	nl: 'De query-engine kon niet starten: {reason}',
	da: 'Forespørgselsmotoren kunne ikke starte: {reason}',
	et: 'Päringumootor ei käivitunud: {reason}'
});

export const tServiceDataFailed = /* @__PURE__ */ message({
	en: 'The service data could not be loaded: {reason}',
	de: 'Die Dienstdaten konnten nicht geladen werden: {reason}',
	fr: 'Les données des services n’ont pas pu être chargées : {reason}',
	nl: 'De dienstgegevens konden niet worden geladen: {reason}',
	da: 'Tjenestedataene kunne ikke indlæses: {reason}',
	et: 'Teenuste andmeid ei õnnestunud laadida: {reason}'
});

// The SQL console: what the guard refuses, and the console's own errors

export const tNeverAttach = /* @__PURE__ */ message({
	en: 'ATTACH would open another database',
	de: 'ATTACH würde eine andere Datenbank öffnen',
	fr: 'ATTACH ouvrirait une autre base de données',
	nl: 'ATTACH zou een andere database openen',
	da: 'ATTACH ville åbne en anden database',
	et: 'ATTACH avaks teise andmebaasi'
});

export const tNeverDetach = /* @__PURE__ */ message({
	en: 'DETACH would close the database',
	de: 'DETACH würde die Datenbank schließen',
	fr: 'DETACH fermerait la base de données',
	nl: 'DETACH zou de database sluiten',
	da: 'DETACH ville lukke databasen',
	et: 'DETACH sulgeks andmebaasi'
});

export const tNeverInstall = /* @__PURE__ */ message({
	en: 'INSTALL would download an extension',
	de: 'INSTALL würde eine Erweiterung herunterladen',
	fr: 'INSTALL téléchargerait une extension',
	nl: 'INSTALL zou een extensie downloaden',
	da: 'INSTALL ville hente en udvidelse',
	et: 'INSTALL laadiks alla laienduse'
});

export const tNeverLoad = /* @__PURE__ */ message({
	en: 'LOAD would load an extension',
	de: 'LOAD würde eine Erweiterung laden',
	fr: 'LOAD chargerait une extension',
	nl: 'LOAD zou een extensie laden',
	da: 'LOAD ville indlæse en udvidelse',
	et: 'LOAD laadiks laienduse'
});

export const tNeverForce = /* @__PURE__ */ message({
	en: 'FORCE INSTALL would download an extension',
	de: 'FORCE INSTALL würde eine Erweiterung herunterladen',
	fr: 'FORCE INSTALL téléchargerait une extension',
	nl: 'FORCE INSTALL zou een extensie downloaden',
	da: 'FORCE INSTALL ville hente en udvidelse',
	et: 'FORCE INSTALL laadiks alla laienduse'
});

export const tNeverExport = /* @__PURE__ */ message({
	en: 'EXPORT DATABASE would write files',
	de: 'EXPORT DATABASE würde Dateien schreiben',
	fr: 'EXPORT DATABASE écrirait des fichiers',
	nl: 'EXPORT DATABASE zou bestanden schrijven',
	da: 'EXPORT DATABASE ville skrive filer',
	et: 'EXPORT DATABASE kirjutaks faile'
});

export const tNeverImport = /* @__PURE__ */ message({
	en: 'IMPORT DATABASE would replace tables',
	de: 'IMPORT DATABASE würde Tabellen ersetzen',
	fr: 'IMPORT DATABASE remplacerait des tables',
	nl: 'IMPORT DATABASE zou tabellen vervangen',
	da: 'IMPORT DATABASE ville erstatte tabeller',
	et: 'IMPORT DATABASE asendaks tabeleid'
});

export const tNeverCopy = /* @__PURE__ */ message({
	en: 'COPY reads or writes files; load a file under “Your data” and save a result with CSV or Parquet',
	de: 'COPY liest oder schreibt Dateien; laden Sie eine Datei unter „Ihre Daten“ und speichern Sie ein Ergebnis mit CSV oder Parquet',
	fr: 'COPY lit ou écrit des fichiers ; chargez un fichier sous « Vos données » et enregistrez un résultat avec CSV ou Parquet',
	nl: 'COPY leest of schrijft bestanden; laad een bestand onder ‘Uw gegevens’ en bewaar een resultaat met CSV of Parquet',
	da: 'COPY læser eller skriver filer; indlæs en fil under “Dine data”, og gem et resultat med CSV eller Parquet',
	et: 'COPY loeb või kirjutab faile; laadige fail jaotises „Teie andmed“ ja salvestage tulemus CSV või Parquet’ina'
});

export const tNeverSet = /* @__PURE__ */ message({
	en: 'settings are fixed in the console (they keep extensions and the network off)',
	de: 'Einstellungen sind in der Konsole festgelegt (sie lassen Erweiterungen und Netzwerkzugriffe abgeschaltet)',
	fr: 'les paramètres sont fixes dans la console (ils tiennent les extensions et le réseau à l’écart)',
	nl: 'instellingen liggen vast in de console (ze houden extensies en het netwerk uitgeschakeld)',
	da: 'indstillingerne er faste i konsollen (de holder udvidelser og netværket slukket)',
	et: 'seaded on konsoolis fikseeritud (need hoiavad laiendused ja võrgu väljas)'
});

export const tNeverReset = /* @__PURE__ */ message({
	en: 'settings are fixed in the console',
	de: 'Einstellungen sind in der Konsole festgelegt',
	fr: 'les paramètres sont fixes dans la console',
	nl: 'instellingen liggen vast in de console',
	da: 'indstillingerne er faste i konsollen',
	et: 'seaded on konsoolis fikseeritud'
});

export const tNeverUse = /* @__PURE__ */ message({
	en: 'USE would change the database the console works in',
	de: 'USE würde die Datenbank wechseln, in der die Konsole arbeitet',
	fr: 'USE changerait la base de données de la console',
	nl: 'USE zou de database wijzigen waarin de console werkt',
	da: 'USE ville skifte den database, konsollen arbejder i',
	et: 'USE vahetaks andmebaasi, milles konsool töötab'
});

export const tNoExtensionUpdate = /* @__PURE__ */ message({
	en: 'Extensions cannot be updated here.',
	de: 'Erweiterungen können hier nicht aktualisiert werden.',
	fr: 'Les extensions ne peuvent pas être mises à jour ici.',
	nl: 'Extensies kunnen hier niet worden bijgewerkt.',
	da: 'Udvidelser kan ikke opdateres her.',
	et: 'Laiendusi ei saa siin uuendada.'
});

export const tStatementUnavailable = /* @__PURE__ */ message({
	en: '“{leader}” statements are not available in the console.',
	de: '„{leader}“-Anweisungen sind in der Konsole nicht verfügbar.',
	fr: 'Les instructions « {leader} » ne sont pas disponibles dans la console.',
	nl: '‘{leader}’-opdrachten zijn niet beschikbaar in de console.',
	da: '“{leader}”-sætninger er ikke tilgængelige i konsollen.',
	et: 'Lauseid „{leader}“ konsoolis kasutada ei saa.'
});

export const tPragmaUnavailable = /* @__PURE__ */ message({
	en: 'PRAGMA {name} is not available in the console; read-only pragmas such as table_info are.',
	de: 'PRAGMA {name} ist in der Konsole nicht verfügbar; nur lesende Pragmas wie table_info sind es.',
	fr: 'PRAGMA {name} n’est pas disponible dans la console ; les pragmas en lecture seule comme table_info le sont.',
	nl: 'PRAGMA {name} is niet beschikbaar in de console; alleen-lezen pragma’s zoals table_info wel.',
	da: 'PRAGMA {name} er ikke tilgængelig i konsollen; skrivebeskyttede pragmaer som table_info er.',
	et: 'PRAGMA {name} pole konsoolis saadaval; lugevad pragmad, näiteks table_info, on saadaval.'
});

export const tShippedRefused = /* @__PURE__ */ message({
	en: '{op} on “{table}” was refused: the shipped tables cannot be changed. Make your own copy first, e.g. CREATE TABLE my_{table} AS SELECT * FROM {table}.',
	de: '{op} auf „{table}“ wurde abgelehnt: Die mitgelieferten Tabellen können nicht geändert werden. Legen Sie zuerst eine eigene Kopie an, z. B. CREATE TABLE my_{table} AS SELECT * FROM {table}.',
	fr: '{op} sur « {table} » a été refusé : les tables fournies ne peuvent pas être modifiées. Faites d’abord votre propre copie, par ex. CREATE TABLE my_{table} AS SELECT * FROM {table}.',
	nl: '{op} op ‘{table}’ is geweigerd: de meegeleverde tabellen kunnen niet worden gewijzigd. Maak eerst uw eigen kopie, bijv. CREATE TABLE my_{table} AS SELECT * FROM {table}.',
	da: '{op} på “{table}” blev afvist: de medfølgende tabeller kan ikke ændres. Lav først din egen kopi, fx CREATE TABLE my_{table} AS SELECT * FROM {table}.',
	et: '{op} tabelil „{table}“ lükati tagasi: kaasasolevaid tabeleid ei saa muuta. Tehke kõigepealt oma koopia, nt CREATE TABLE my_{table} AS SELECT * FROM {table}.'
});

export const tNoStatement = /* @__PURE__ */ message({
	en: 'There is no statement to run.',
	de: 'Es gibt keine Anweisung zum Ausführen.',
	fr: 'Il n’y a aucune instruction à exécuter.',
	nl: 'Er is geen opdracht om uit te voeren.',
	da: 'Der er ingen sætning at køre.',
	et: 'Käivitatavat lauset pole.'
});

export const tQueryCancelled = /* @__PURE__ */ message({
	en: 'The query was cancelled.',
	de: 'Die Abfrage wurde abgebrochen.',
	fr: 'La requête a été annulée.',
	nl: 'De query is geannuleerd.',
	da: 'Forespørgslen blev annulleret.',
	et: 'Päring katkestati.'
});

export const tFileNotKept = /* @__PURE__ */ message({
	en: '{file} could not be kept in this browser ({reason}); it stays loaded until you leave the page.',
	de: '{file} konnte nicht in diesem Browser gespeichert werden ({reason}); die Datei bleibt geladen, bis Sie die Seite verlassen.',
	fr: '{file} n’a pas pu être gardé dans ce navigateur ({reason}) ; il reste chargé jusqu’à ce que vous quittiez la page.',
	nl: '{file} kon niet in deze browser worden bewaard ({reason}); het blijft geladen tot u de pagina verlaat.',
	da: '{file} kunne ikke gemmes i denne browser ({reason}); den forbliver indlæst, indtil du forlader siden.',
	et: 'Faili {file} ei saanud selles brauseris hoida ({reason}); see jääb laadituks, kuni lahkute lehelt.'
});

export const tFileKindRefused = /* @__PURE__ */ message({
	en: '{file}: only CSV, Parquet and XLSX files can be added.',
	de: '{file}: Nur CSV-, Parquet- und XLSX-Dateien können hinzugefügt werden.',
	fr: '{file} : seuls les fichiers CSV, Parquet et XLSX peuvent être ajoutés.',
	nl: '{file}: alleen CSV-, Parquet- en XLSX-bestanden kunnen worden toegevoegd.',
	da: '{file}: kun CSV-, Parquet- og XLSX-filer kan tilføjes.',
	et: '{file}: lisada saab ainult CSV-, Parquet- ja XLSX-faile.'
});

export const tNoSheet = /* @__PURE__ */ message({
	en: 'The workbook has no sheet.',
	de: 'Die Arbeitsmappe hat kein Blatt.',
	fr: 'Le classeur n’a aucune feuille.',
	nl: 'De werkmap heeft geen blad.',
	da: 'Projektmappen har intet ark.',
	et: 'Töövihikus pole ühtki lehte.'
});

export const tRemoteNoColumn = /* @__PURE__ */ message({
	en: 'The file has no column {missing}. Its columns: {names}.',
	de: 'Die Datei hat keine Spalte {missing}. Ihre Spalten: {names}.',
	fr: 'Le fichier n’a pas de colonne {missing}. Ses colonnes : {names}.',
	nl: 'Het bestand heeft geen kolom {missing}. De kolommen: {names}.',
	da: 'Filen har ingen kolonne {missing}. Dens kolonner: {names}.',
	et: 'Failis pole veergu {missing}. Selle veerud: {names}.'
});

export const tHttpFor = /* @__PURE__ */ message({
	en: 'HTTP {status} for {url}',
	de: 'HTTP {status} für {url}',
	fr: 'HTTP {status} pour {url}',
	nl: 'HTTP {status} voor {url}',
	da: 'HTTP {status} for {url}',
	et: 'HTTP {status}: {url}'
});

export const tQueryTimedOut = /* @__PURE__ */ message({
	en: 'The query took longer than {seconds} s and was cancelled.',
	de: 'Die Abfrage dauerte länger als {seconds} s und wurde abgebrochen.',
	fr: 'La requête a pris plus de {seconds} s et a été annulée.',
	nl: 'De query duurde langer dan {seconds} s en is geannuleerd.',
	da: 'Forespørgslen tog mere end {seconds} s og blev annulleret.',
	et: 'Päring kestis üle {seconds} s ja katkestati.'
});

export const tNotParquet = /* @__PURE__ */ message({
	en: 'the file is not valid Parquet ({detail})',
	de: 'die Datei ist kein gültiges Parquet ({detail})',
	fr: 'le fichier n’est pas un Parquet valide ({detail})',
	nl: 'het bestand is geen geldig Parquet ({detail})',
	da: 'filen er ikke gyldig Parquet ({detail})',
	et: 'fail ei ole korrektne Parquet ({detail})'
});

export const tCouldNotFetch = /* @__PURE__ */ message({
	en: 'could not reach {url} ({reason})',
	de: '{url} war nicht erreichbar ({reason})',
	fr: 'impossible d’atteindre {url} ({reason})',
	nl: '{url} was niet bereikbaar ({reason})',
	da: '{url} kunne ikke nås ({reason})',
	et: 'aadressi {url} ei õnnestunud kätte saada ({reason})'
});

export const tFileNoColumn = /* @__PURE__ */ message({
	en: '{file} has no column {missing}',
	de: '{file} hat keine Spalte {missing}',
	fr: '{file} n’a pas de colonne {missing}',
	nl: '{file} heeft geen kolom {missing}',
	da: '{file} har ingen kolonne {missing}',
	et: 'failis {file} pole veergu {missing}'
});

export const tNoPngCanvas = /* @__PURE__ */ message({
	en: 'This browser cannot draw a PNG.',
	de: 'Dieser Browser kann kein PNG zeichnen.',
	fr: 'Ce navigateur ne peut pas dessiner de PNG.',
	nl: 'Deze browser kan geen PNG tekenen.',
	da: 'Denne browser kan ikke tegne en PNG.',
	et: 'See brauser ei suuda PNG-pilti joonistada.'
});

export const tPngFailed = /* @__PURE__ */ message({
	en: 'The PNG could not be encoded.',
	de: 'Das PNG konnte nicht kodiert werden.',
	fr: 'Le PNG n’a pas pu être encodé.',
	nl: 'De PNG kon niet worden gecodeerd.',
	da: 'PNG-filen kunne ikke kodes.',
	et: 'PNG-faili ei õnnestunud kodeerida.'
});

// The SQL console: the quick chart's description

export const tBarChart = /* @__PURE__ */ message({
	en: 'Bar chart',
	de: 'Balkendiagramm',
	fr: 'Diagramme en barres',
	nl: 'Staafdiagram',
	da: 'Søjlediagram',
	et: 'Tulpdiagramm'
});

export const tLineChart = /* @__PURE__ */ message({
	en: 'Line chart',
	de: 'Liniendiagramm',
	fr: 'Graphique linéaire',
	nl: 'Lijndiagram',
	da: 'Kurvediagram',
	et: 'Joondiagramm'
});

export const tDotChart = /* @__PURE__ */ message({
	en: 'Dot chart',
	de: 'Punktdiagramm',
	fr: 'Nuage de points',
	nl: 'Puntdiagram',
	da: 'Punktdiagram',
	et: 'Punktdiagramm'
});

export const tQuickDescribe = /* @__PURE__ */ message({
	en: '{kind} of {y} by {x}, {rows} rows.',
	de: '{kind} von {y} nach {x}, {rows} Zeilen.',
	fr: '{kind} de {y} par {x}, {rows} lignes.',
	nl: '{kind} van {y} per {x}, {rows} rijen.',
	da: '{kind} over {y} efter {x}, {rows} rækker.',
	et: '{kind}: {y} {x} järgi, {rows} rida.'
});

export const tQuickDescribeColour = /* @__PURE__ */ message({
	en: '{kind} of {y} by {x}, coloured by {colour}, {rows} rows.',
	de: '{kind} von {y} nach {x}, gefärbt nach {colour}, {rows} Zeilen.',
	fr: '{kind} de {y} par {x}, coloré par {colour}, {rows} lignes.',
	nl: '{kind} van {y} per {x}, gekleurd naar {colour}, {rows} rijen.',
	da: '{kind} over {y} efter {x}, farvet efter {colour}, {rows} rækker.',
	et: '{kind}: {y} {x} järgi, värvitud {colour} järgi, {rows} rida.'
});

export const tQuickRange = /* @__PURE__ */ message({
	en: '{y} runs from {min} to {max}.',
	de: '{y} reicht von {min} bis {max}.',
	fr: '{y} va de {min} à {max}.',
	nl: '{y} loopt van {min} tot {max}.',
	da: '{y} går fra {min} til {max}.',
	et: '{y} on vahemikus {min} kuni {max}.'
});

// The SQL console: the example questions

export const tExampleOnceOnly = /* @__PURE__ */ message({
	en: 'Which countries improved most in the UN index after a once-only law?',
	de: 'Welche Länder haben sich im UN-Index nach einem Once-Only-Gesetz am stärksten verbessert?',
	fr: 'Quels pays ont le plus progressé dans l’indice de l’ONU après une loi « dites-le-nous une fois » ?',
	nl: 'Welke landen gingen er in de VN-index het meest op vooruit na een wet op de eenmalige gegevensuitvraag?',
	da: 'Hvilke lande forbedrede sig mest i FN-indekset efter en lov om kun-én-gang?',
	et: 'Millised riigid paranesid ÜRO indeksis kõige rohkem pärast ühekordse küsimise põhimõtte seadust?'
});

export const tExampleFive = /* @__PURE__ */ message({
	en: 'The five case-study countries on the UN index, edition by edition',
	de: 'Die fünf Fallstudienländer im UN-Index, Ausgabe für Ausgabe',
	fr: 'Les cinq pays étudiés dans l’indice de l’ONU, édition par édition',
	nl: 'De vijf casuslanden in de VN-index, editie per editie',
	da: 'De fem case-lande i FN-indekset, udgave for udgave',
	et: 'Viis juhtumiuuringu riiki ÜRO indeksis, väljaanne väljaande kaupa'
});

export const tExampleTargets = /* @__PURE__ */ message({
	en: 'How far is each country from the Digital Decade 2030 targets?',
	de: 'Wie weit ist jedes Land von den Zielen der Digitalen Dekade 2030 entfernt?',
	fr: 'À quelle distance chaque pays est-il des objectifs de la Décennie numérique 2030 ?',
	nl: 'Hoe ver is elk land van de doelen van het Digitale Decennium 2030?',
	da: 'Hvor langt er hvert land fra målene for det digitale årti 2030?',
	et: 'Kui kaugel on iga riik digikümnendi 2030. aasta eesmärkidest?'
});

export const tExampleCoordination = /* @__PURE__ */ message({
	en: 'Coordination model of each strategy, and the UN index when it started',
	de: 'Koordinationsmodell jeder Strategie und der UN-Index zu ihrem Beginn',
	fr: 'Modèle de coordination de chaque stratégie, et l’indice de l’ONU à son lancement',
	nl: 'Coördinatiemodel van elke strategie, en de VN-index bij de start',
	da: 'Hver strategis koordinationsmodel og FN-indekset, da den startede',
	et: 'Iga strateegia koordineerimismudel ja ÜRO indeks selle alguses'
});

export const tExampleBinding = /* @__PURE__ */ message({
	en: 'Which features are legally binding, country by country?',
	de: 'Welche Merkmale sind rechtlich bindend, Land für Land?',
	fr: 'Quelles caractéristiques sont juridiquement contraignantes, pays par pays ?',
	nl: 'Welke kenmerken zijn juridisch bindend, land per land?',
	da: 'Hvilke egenskaber er juridisk bindende, land for land?',
	et: 'Millised tunnused on õiguslikult siduvad, riigiti?'
});

export const tExampleCoverage = /* @__PURE__ */ message({
	en: 'Which indicators cover the most countries?',
	de: 'Welche Indikatoren decken die meisten Länder ab?',
	fr: 'Quels indicateurs couvrent le plus de pays ?',
	nl: 'Welke indicatoren dekken de meeste landen?',
	da: 'Hvilke indikatorer dækker flest lande?',
	et: 'Millised näitajad katavad kõige rohkem riike?'
});
