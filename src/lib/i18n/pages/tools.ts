import { message } from '../message';

/*
 * The texts of the tools: /services, /sources, the SQL console, the chart frame every view shares,
 * link problems and data errors. Same rules as ../messages.ts (all six languages, `{name}`
 * placeholders, names after glossary.ts); every name starts with `t`. Drafted by the project, not
 * reviewed by native speakers (docs/i18n.md).
 */

// /services: the page

export const tServicesTitle = /* @__PURE__ */ message({
	en: 'Services by level of government — e-government in Europe',
	de: 'Dienste nach Verwaltungsebene – E-Government in Europa',
	fr: 'Services par niveau d’administration — administration en ligne en Europe',
	nl: 'Diensten per bestuurslaag — digitale overheid in Europa',
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

export const tEdition = /* @__PURE__ */ message({
	en: 'Edition',
	de: 'Ausgabe',
	fr: 'Édition',
	nl: 'Editie',
	da: 'Udgave',
	et: 'Väljaanne'
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

export const tLevelRegional = /* @__PURE__ */ message({
	en: 'regional',
	de: 'regional',
	fr: 'régional',
	nl: 'regionaal',
	da: 'regional',
	et: 'piirkondlik'
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

export const tClose = /* @__PURE__ */ message({
	en: 'Close',
	de: 'Schließen',
	fr: 'Fermer',
	nl: 'Sluiten',
	da: 'Luk',
	et: 'Sulge'
});

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
	et: '2021. ja 2022. aasta aruanne mõõtsid kumbki üht andmeaastat, 2023. ja 2024. aasta aruanne kaht; paaris- ja paaritud aastad mõõdavad eri elusündmusi, nii et elusündmusel on väärtus igal teisel aastal.'
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

export const tCountry = /* @__PURE__ */ message({
	en: 'Country',
	de: 'Land',
	fr: 'Pays',
	nl: 'Land',
	da: 'Land',
	et: 'Riik'
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
	fr: 'Part des services nationaux applicables que le benchmark attribue à l’administration centrale.',
	nl: 'Aandeel van de toepasselijke nationale diensten dat de benchmark aan de centrale overheid toeschrijft.',
	da: 'Andel af de relevante nationale tjenester, som benchmarket tilskriver den centrale forvaltning.',
	et: 'Nende kohalduvate riiklike teenuste osakaal, mille võrdlusuuring omistab keskvalitsusele.'
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
	da: 'Andel af de tjenester vurderet for brugere fra et andet europæisk land, som en sådan bruger kan gennemføre online (grænseoverskridende online-tilgængelighed 100).',
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
