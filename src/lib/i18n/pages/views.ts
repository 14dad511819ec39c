import { message } from '../message';

/*
 * The texts of the overview, /explore and the country profiles, in every language, one export per
 * message (prefix `v`). Same rules as ../messages.ts: names of institutions follow glossary.ts;
 * drafted by the project, not yet reviewed by native speakers (docs/i18n.md).
 */

/* Words shared with other areas: one text, defined in messages.ts or words.ts. */
export { navCountries as vCountries } from '../messages';
export {
	wordChart as vChart,
	wordTable as vChartTable,
	wordCode as vColCode,
	wordConfidence as vColConfidence,
	wordEvidence as vColEvidence,
	wordFeature as vColFeature,
	wordKind as vColKind,
	wordLeadBody as vColLeadBody,
	wordTitle as vColTitle,
	wordColumn as vColumn,
	wordCountry as vCountry,
	wordEdition as vEdition,
	wordIndicator as vIndicator,
	wordInForce as vInForce,
	wordSourcesTitle as vSourcesLink,
	wordTo as vTo,
	wordRank as vUnitRank,
	wordYear as vYear,
	wordYears as vYears
} from '../words';

// Shared by the views

export const vValue = /* @__PURE__ */ message({
	en: 'Value',
	de: 'Wert',
	fr: 'Valeur',
	nl: 'Waarde',
	da: 'Værdi',
	et: 'Väärtus'
});

export const vRank = /* @__PURE__ */ message({
	en: 'Rank',
	de: 'Rang',
	fr: 'Rang',
	nl: 'Rang',
	da: 'Placering',
	et: 'Koht'
});

export const vFlag = /* @__PURE__ */ message({
	en: 'Flag',
	de: 'Kennzeichen',
	fr: 'Annotation',
	nl: 'Vlag',
	da: 'Markering',
	et: 'Märge'
});

export const vIndicators = /* @__PURE__ */ message({
	en: 'Indicators',
	de: 'Indikatoren',
	fr: 'Indicateurs',
	nl: 'Indicatoren',
	da: 'Indikatorer',
	et: 'Näitajad'
});

export const vEu27Average = /* @__PURE__ */ message({
	en: 'EU27 average',
	de: 'EU27-Durchschnitt',
	fr: 'Moyenne UE27',
	nl: 'EU27-gemiddelde',
	da: 'EU27-gennemsnit',
	et: 'EL27 keskmine'
});

export const vShow = /* @__PURE__ */ message({
	en: 'Show',
	de: 'Anzeigen',
	fr: 'Afficher',
	nl: 'Tonen',
	da: 'Vis',
	et: 'Näita'
});

export const vNone = /* @__PURE__ */ message({
	en: 'none',
	de: 'keine',
	fr: 'aucun',
	nl: 'geen',
	da: 'ingen',
	et: 'puudub'
});

export const vAllCountries = /* @__PURE__ */ message({
	en: 'All countries',
	de: 'Alle Länder',
	fr: 'Tous les pays',
	nl: 'Alle landen',
	da: 'Alle lande',
	et: 'Kõik riigid'
});

export const vDataAsBuilt = /* @__PURE__ */ message({
	en: 'The chart shows the data as built.',
	de: 'Das Diagramm zeigt die Daten zum Stand der Erstellung.',
	fr: 'Le graphique montre les données de la compilation.',
	nl: 'De grafiek toont de gegevens zoals gebouwd.',
	da: 'Diagrammet viser dataene som bygget.',
	et: 'Joonis näitab koostamisaegseid andmeid.'
});

export const vEu27Rule = /* @__PURE__ */ message({
	en: 'EU27 average: as published where the source publishes one, otherwise the mean of the member states assessed.',
	de: 'EU27-Durchschnitt: wie veröffentlicht, wo die Quelle einen veröffentlicht, sonst das Mittel der bewerteten Mitgliedstaaten.',
	fr: 'Moyenne UE27 : telle que publiée lorsque la source en publie une, sinon la moyenne des États membres évalués.',
	nl: 'EU27-gemiddelde: zoals gepubliceerd waar de bron er een publiceert, anders het gemiddelde van de beoordeelde lidstaten.',
	da: 'EU27-gennemsnit: som offentliggjort, hvor kilden offentliggør et, ellers middelværdien af de vurderede medlemsstater.',
	et: 'EL27 keskmine: avaldatud kujul, kui allikas selle avaldab, muidu hinnatud liikmesriikide keskmine.'
});

/** The rule as a sentence of its own. */
export const vEu27RuleShort = /* @__PURE__ */ message({
	en: 'EU27 average as published where the source publishes one, otherwise the mean of the member states assessed.',
	de: 'EU27-Durchschnitt wie veröffentlicht, wo die Quelle einen veröffentlicht, sonst das Mittel der bewerteten Mitgliedstaaten.',
	fr: 'Moyenne UE27 telle que publiée lorsque la source en publie une, sinon la moyenne des États membres évalués.',
	nl: 'EU27-gemiddelde zoals gepubliceerd waar de bron er een publiceert, anders het gemiddelde van de beoordeelde lidstaten.',
	da: 'EU27-gennemsnit som offentliggjort, hvor kilden offentliggør et, ellers middelværdien af de vurderede medlemsstater.',
	et: 'EL27 keskmine avaldatud kujul, kui allikas selle avaldab, muidu hinnatud liikmesriikide keskmine.'
});

export const vRankRule = /* @__PURE__ */ message({
	en: 'rank among all countries assessed in the edition (1 = best), or the source’s own where it publishes one: the UN survey’s for the EGDI, and the OECD’s for the Digital Government Index, which ranks its 33 members only',
	de: 'Rang unter allen in der Ausgabe bewerteten Ländern (1 = bester), oder der eigene der Quelle, wo sie einen veröffentlicht: der der UN-Erhebung für den EGDI und der der OECD für den Digital Government Index, der nur ihre 33 Mitglieder einstuft',
	fr: 'rang parmi tous les pays évalués dans l’édition (1 = meilleur), ou celui de la source lorsqu’elle en publie un : celui de l’enquête de l’ONU pour l’EGDI, et celui de l’OCDE pour le Digital Government Index, qui ne classe que ses 33 membres',
	nl: 'rang onder alle in de editie beoordeelde landen (1 = beste), of die van de bron zelf waar zij er een publiceert: die van de VN-enquête voor de EGDI en die van de OECD voor de Digital Government Index, die alleen haar 33 leden rangschikt',
	da: 'placering blandt alle lande vurderet i udgaven (1 = bedst), eller kildens egen, hvor den offentliggør en: FN-undersøgelsens for EGDI og OECD’s for Digital Government Index, som kun rangerer sine 33 medlemmer',
	et: 'koht kõigi väljaandes hinnatud riikide seas (1 = parim) või allika enda oma, kui see avaldab: ÜRO uuringu oma EGDI puhul ja OECD oma Digital Government Indexi puhul, mis järjestab ainult oma 33 liiget'
});

export const vMarksKey = /* @__PURE__ */ message({
	en: 'Marked on the lines: strategies and joint agreements (rings) and laws (diamonds), in their year of launch.',
	de: 'Auf den Linien markiert: Strategien und gemeinsame Vereinbarungen (Ringe) und Gesetze (Rauten), im Jahr ihres Starts.',
	fr: 'Marqués sur les lignes : stratégies et accords communs (anneaux) et lois (losanges), l’année de leur lancement.',
	nl: 'Gemarkeerd op de lijnen: strategieën en gezamenlijke akkoorden (ringen) en wetten (ruiten), in hun startjaar.',
	da: 'Markeret på linjerne: strategier og fælles aftaler (ringe) og love (ruder) i det år, de blev lanceret.',
	et: 'Joontel märgitud: strateegiad ja ühiskokkulepped (rõngad) ning seadused (rombid) nende käivitamise aastal.'
});

// The overview (/)

export const vHomeTitle = /* @__PURE__ */ message({
	en: 'E-government strategies and progress in Europe',
	de: 'E-Government-Strategien und Fortschritte in Europa',
	fr: 'Stratégies et progrès de l’administration en ligne en Europe',
	nl: 'E-overheidsstrategieën en voortgang in Europa',
	da: 'Strategier og fremskridt for digital forvaltning i Europa',
	et: 'E-riigi strateegiad ja edusammud Euroopas'
});

export const vHomeDescription = /* @__PURE__ */ message({
	en: 'Belgium, Denmark, Estonia, Germany and the United Kingdom on the UN, EU and OECD e-government benchmarks.',
	de: 'Belgien, Dänemark, Estland, Deutschland und das Vereinigte Königreich in den E-Government-Benchmarks von UN, EU und OECD.',
	fr: 'La Belgique, le Danemark, l’Estonie, l’Allemagne et le Royaume-Uni dans les indices d’administration en ligne de l’ONU, de l’UE et de l’OCDE.',
	nl: 'België, Denemarken, Estland, Duitsland en het Verenigd Koninkrijk in de e-overheidsbenchmarks van de VN, de EU en de OECD.',
	da: 'Belgien, Danmark, Estland, Tyskland og Det Forenede Kongerige i FN’s, EU’s og OECD’s målinger af digital forvaltning.',
	et: 'Belgia, Taani, Eesti, Saksamaa ja Ühendkuningriik ÜRO, ELi ja OECD e-riigi võrdlusnäitajates.'
});

export const vHomeHeading = /* @__PURE__ */ message({
	en: 'Where do the five stand?',
	de: 'Wo stehen die fünf?',
	fr: 'Où en sont les cinq ?',
	nl: 'Waar staan de vijf?',
	da: 'Hvor står de fem?',
	et: 'Kus on need viis?'
});

export const vHomeExplore = /* @__PURE__ */ message({
	en: 'Any benchmark, any country',
	de: 'Jeder Benchmark, jedes Land',
	fr: 'Tout indice, tout pays',
	nl: 'Elke benchmark, elk land',
	da: 'Enhver måling, ethvert land',
	et: 'Iga võrdlusnäitaja, iga riik'
});

export const vScore = /* @__PURE__ */ message({
	en: 'Score',
	de: 'Wert',
	fr: 'Score',
	nl: 'Score',
	da: 'Score',
	et: 'Skoor'
});

export const vMarkStrategies = /* @__PURE__ */ message({
	en: 'Mark strategies',
	de: 'Strategien markieren',
	fr: 'Marquer les stratégies',
	nl: 'Strategieën markeren',
	da: 'Marker strategier',
	et: 'Märgi strateegiad'
});

export const vNoCountryChosen = /* @__PURE__ */ message({
	en: 'No country chosen: the chart shows the EU27 average alone. Add a country above.',
	de: 'Kein Land gewählt: Das Diagramm zeigt nur den EU27-Durchschnitt. Fügen Sie oben ein Land hinzu.',
	fr: 'Aucun pays choisi : le graphique montre la moyenne UE27 seule. Ajoutez un pays ci-dessus.',
	nl: 'Geen land gekozen: de grafiek toont alleen het EU27-gemiddelde. Voeg hierboven een land toe.',
	da: 'Intet land valgt: diagrammet viser kun EU27-gennemsnittet. Tilføj et land ovenfor.',
	et: 'Riiki pole valitud: joonis näitab ainult EL27 keskmist. Lisage riik ülal.'
});

export const vMarksMissing = /* @__PURE__ */ message({
	en: 'The strategy marks are missing: {error}',
	de: 'Die Strategiemarkierungen fehlen: {error}',
	fr: 'Les marques des stratégies manquent : {error}',
	nl: 'De strategiemarkeringen ontbreken: {error}',
	da: 'Strategimarkeringerne mangler: {error}',
	et: 'Strateegiate märgid puuduvad: {error}'
});

export const vMarksUnloaded = /* @__PURE__ */ message({
	en: 'No strategies are marked: their data (strategies.parquet) could not be loaded.',
	de: 'Keine Strategien markiert: Die Strategiedaten (strategies.parquet) konnten nicht geladen werden.',
	fr: 'Aucune stratégie n’est marquée : leurs données (strategies.parquet) n’ont pas pu être chargées.',
	nl: 'Geen strategieën gemarkeerd: hun gegevens (strategies.parquet) konden niet worden geladen.',
	da: 'Ingen strategier er markeret: deres data (strategies.parquet) kunne ikke indlæses.',
	et: 'Strateegiaid pole märgitud: nende andmeid (strategies.parquet) ei õnnestunud laadida.'
});

export const vMarksPoint = /* @__PURE__ */ message({
	en: '{key} Point at one, or focus it with the keyboard, for its name.',
	de: '{key} Zeigen Sie auf eine Markierung oder fokussieren Sie sie per Tastatur, um ihren Namen zu sehen.',
	fr: '{key} Pointez-en une, ou sélectionnez-la au clavier, pour voir son nom.',
	nl: '{key} Wijs een markering aan of plaats de focus erop met het toetsenbord om de naam te zien.',
	da: '{key} Peg på en, eller giv den fokus med tastaturet, for at se navnet.',
	et: '{key} Nime nägemiseks osutage märgile või valige see klaviatuuriga.'
});

export const vRankOn = /* @__PURE__ */ message({
	en: 'Rank on the {label}',
	de: 'Rang: {label}',
	fr: 'Rang : {label}',
	nl: 'Rang: {label}',
	da: 'Placering: {label}',
	et: 'Koht: {label}'
});

export const vByCountryEdition = /* @__PURE__ */ message({
	en: '{label} by country and edition',
	de: '{label} nach Land und Ausgabe',
	fr: '{label} par pays et édition',
	nl: '{label} per land en editie',
	da: '{label} efter land og udgave',
	et: '{label} riigi ja väljaande kaupa'
});

export const vByCountryYear = /* @__PURE__ */ message({
	en: '{label} by country and year',
	de: '{label} nach Land und Jahr',
	fr: '{label} par pays et année',
	nl: '{label} per land en jaar',
	da: '{label} efter land og år',
	et: '{label} riigi ja aasta kaupa'
});

export const vRankByCountryYear = /* @__PURE__ */ message({
	en: '{label} (rank) by country and year',
	de: '{label} (Rang) nach Land und Jahr',
	fr: '{label} (rang) par pays et année',
	nl: '{label} (rang) per land en jaar',
	da: '{label} (placering) efter land og år',
	et: '{label} (koht) riigi ja aasta kaupa'
});

export const vSourceOf = /* @__PURE__ */ message({
	en: 'Source: {family} ({publisher}).',
	de: 'Quelle: {family} ({publisher}).',
	fr: 'Source : {family} ({publisher}).',
	nl: 'Bron: {family} ({publisher}).',
	da: 'Kilde: {family} ({publisher}).',
	et: 'Allikas: {family} ({publisher}).'
});

// The overview's table and small multiples

export const vOverviewTableTitle = /* @__PURE__ */ message({
	en: 'Latest values on the headline benchmarks',
	de: 'Neueste Werte der wichtigsten Benchmarks',
	fr: 'Dernières valeurs des principaux indices',
	nl: 'Laatste waarden op de belangrijkste benchmarks',
	da: 'Seneste værdier på de vigtigste målinger',
	et: 'Peamiste võrdlusnäitajate viimased väärtused'
});

export const vOverviewCaption = /* @__PURE__ */ message({
	en: "The five countries on the headline benchmarks: latest edition's value and rank, with the EU27 average",
	de: 'Die fünf Länder in den wichtigsten Benchmarks: Wert und Rang der neuesten Ausgabe, mit dem EU27-Durchschnitt',
	fr: 'Les cinq pays dans les principaux indices : valeur et rang de la dernière édition, avec la moyenne UE27',
	nl: 'De vijf landen op de belangrijkste benchmarks: waarde en rang van de laatste editie, met het EU27-gemiddelde',
	da: 'De fem lande på de vigtigste målinger: seneste udgaves værdi og placering med EU27-gennemsnittet',
	et: 'Viis riiki peamistes võrdlusnäitajates: viimase väljaande väärtus ja koht koos EL27 keskmisega'
});

export const vOverviewCaptionTarget = /* @__PURE__ */ message({
	en: "The five countries on the headline benchmarks: latest edition's value and rank, with the EU27 average and the distance to the 2030 target",
	de: 'Die fünf Länder in den wichtigsten Benchmarks: Wert und Rang der neuesten Ausgabe, mit dem EU27-Durchschnitt und dem Abstand zum Ziel für 2030',
	fr: 'Les cinq pays dans les principaux indices : valeur et rang de la dernière édition, avec la moyenne UE27 et l’écart à l’objectif 2030',
	nl: 'De vijf landen op de belangrijkste benchmarks: waarde en rang van de laatste editie, met het EU27-gemiddelde en de afstand tot het doel voor 2030',
	da: 'De fem lande på de vigtigste målinger: seneste udgaves værdi og placering med EU27-gennemsnittet og afstanden til 2030-målet',
	et: 'Viis riiki peamistes võrdlusnäitajates: viimase väljaande väärtus ja koht koos EL27 keskmise ja kaugusega 2030. aasta eesmärgist'
});

export const vDataPeriod = /* @__PURE__ */ message({
	en: '(data {period})',
	de: '(Daten {period})',
	fr: '(données {period})',
	nl: '(gegevens {period})',
	da: '(data {period})',
	et: '(andmed {period})'
});

export const vTarget2030 = /* @__PURE__ */ message({
	en: '2030 target: {target}',
	de: 'Ziel 2030: {target}',
	fr: 'objectif 2030 : {target}',
	nl: 'doel 2030: {target}',
	da: '2030-mål: {target}',
	et: '2030. aasta eesmärk: {target}'
});

export const vNoneSet = /* @__PURE__ */ message({
	en: 'none set',
	de: 'keins festgelegt',
	fr: 'aucun fixé',
	nl: 'niet vastgesteld',
	da: 'intet fastsat',
	et: 'pole seatud'
});

export const vToTarget = /* @__PURE__ */ message({
	en: 'To target',
	de: 'Bis zum Ziel',
	fr: 'Écart à l’objectif',
	nl: 'Tot het doel',
	da: 'Til målet',
	et: 'Eesmärgini'
});

export const vSourcesAndNotes = /* @__PURE__ */ message({
	en: 'Sources and notes',
	de: 'Quellen und Hinweise',
	fr: 'Sources et notes',
	nl: 'Bronnen en opmerkingen',
	da: 'Kilder og noter',
	et: 'Allikad ja märkused'
});

export const vNoTargetAll = /* @__PURE__ */ message({
	en: 'None of these benchmarks has a 2030 target: the Digital Decade’s targets apply to narrower indicators (see Explore, gap to target).',
	de: 'Keiner dieser Benchmarks hat ein Ziel für 2030: Die Ziele der Digitalen Dekade gelten für engere Indikatoren (siehe Erkunden, Abstand zum Ziel).',
	fr: 'Aucun de ces indices n’a d’objectif 2030 : les objectifs de la Décennie numérique portent sur des indicateurs plus étroits (voir Explorer, écart à l’objectif).',
	nl: 'Geen van deze benchmarks heeft een doel voor 2030: de doelen van het Digitale Decennium gelden voor smallere indicatoren (zie Verkennen, afstand tot doel).',
	da: 'Ingen af disse målinger har et 2030-mål: Det digitale årtis mål gælder snævrere indikatorer (se Udforsk, afstand til mål).',
	et: 'Ühelgi neist võrdlusnäitajatest pole 2030. aasta eesmärki: digikümnendi eesmärgid kehtivad kitsamatele näitajatele (vt Uuri, kaugus eesmärgist).'
});

export const vNoTargetFor = /* @__PURE__ */ message({
	en: 'No 2030 target is set for {list}.',
	de: 'Für {list} ist kein Ziel für 2030 festgelegt.',
	fr: 'Aucun objectif 2030 n’est fixé pour {list}.',
	nl: 'Voor {list} is geen doel voor 2030 vastgesteld.',
	da: 'Der er ikke fastsat et 2030-mål for {list}.',
	et: '{list} jaoks pole 2030. aasta eesmärki seatud.'
});

export const vSourcesList = /* @__PURE__ */ message({
	en: 'Sources: {list}.',
	de: 'Quellen: {list}.',
	fr: 'Sources : {list}.',
	nl: 'Bronnen: {list}.',
	da: 'Kilder: {list}.',
	et: 'Allikad: {list}.'
});

export const vTrendsTitle = /* @__PURE__ */ message({
	en: 'Trends on the headline benchmarks',
	de: 'Entwicklung in den wichtigsten Benchmarks',
	fr: 'Évolution dans les principaux indices',
	nl: 'Trends op de belangrijkste benchmarks',
	da: 'Udvikling på de vigtigste målinger',
	et: 'Peamiste võrdlusnäitajate suundumused'
});

export const vPanelSource = /* @__PURE__ */ message({
	en: 'Source: {publisher}, {family}, editions {years}.',
	de: 'Quelle: {publisher}, {family}, Ausgaben {years}.',
	fr: 'Source : {publisher}, {family}, éditions {years}.',
	nl: 'Bron: {publisher}, {family}, edities {years}.',
	da: 'Kilde: {publisher}, {family}, udgaver {years}.',
	et: 'Allikas: {publisher}, {family}, väljaanded {years}.'
});

export const vPanelCaption = /* @__PURE__ */ message({
	en: '{label} ({unit}), the five and the EU27 average, {years}',
	de: '{label} ({unit}), die fünf und der EU27-Durchschnitt, {years}',
	fr: '{label} ({unit}), les cinq et la moyenne UE27, {years}',
	nl: '{label} ({unit}), de vijf en het EU27-gemiddelde, {years}',
	da: '{label} ({unit}), de fem og EU27-gennemsnittet, {years}',
	et: '{label} ({unit}), need viis ja EL27 keskmine, {years}'
});

// Controls

export const vChangeChart = /* @__PURE__ */ message({
	en: 'Change chart',
	de: 'Diagramm ändern',
	fr: 'Modifier le graphique',
	nl: 'Grafiek aanpassen',
	da: 'Skift diagram',
	et: 'Muuda joonist'
});

export const vRemoveItem = /* @__PURE__ */ message({
	en: 'Remove {name}',
	de: '{name} entfernen',
	fr: 'Retirer {name}',
	nl: '{name} verwijderen',
	da: 'Fjern {name}',
	et: 'Eemalda {name}'
});

export const vRemoved = /* @__PURE__ */ message({
	en: '{name} removed.',
	de: '{name} entfernt.',
	fr: '{name} retiré.',
	nl: '{name} verwijderd.',
	da: '{name} fjernet.',
	et: '{name} eemaldatud.'
});

export const vAddCountry = /* @__PURE__ */ message({
	en: 'Add a country',
	de: 'Land hinzufügen',
	fr: 'Ajouter un pays',
	nl: 'Land toevoegen',
	da: 'Tilføj et land',
	et: 'Lisa riik'
});

export const vAddCountryOption = /* @__PURE__ */ message({
	en: 'Add a country…',
	de: 'Land hinzufügen…',
	fr: 'Ajouter un pays…',
	nl: 'Land toevoegen…',
	da: 'Tilføj et land…',
	et: 'Lisa riik…'
});

export const vEngineLoading = /* @__PURE__ */ message({
	en: 'Loading the query engine…',
	de: 'Abfrage-Engine wird geladen…',
	fr: 'Chargement du moteur de requêtes…',
	nl: 'De query-engine wordt geladen…',
	da: 'Forespørgselsmotoren indlæses…',
	et: 'Päringumootori laadimine…'
});

export const vEngineLater = /* @__PURE__ */ message({
	en: 'Changes you make now apply when it is ready.',
	de: 'Änderungen, die Sie jetzt vornehmen, gelten, sobald sie bereit ist.',
	fr: 'Les changements faits maintenant s’appliqueront quand il sera prêt.',
	nl: 'Wijzigingen die u nu maakt, gelden zodra hij klaar is.',
	da: 'Ændringer, du laver nu, træder i kraft, når den er klar.',
	et: 'Praegu tehtud muudatused rakenduvad, kui see on valmis.'
});

export const vChosenIndicators = /* @__PURE__ */ message({
	en: 'Chosen indicators',
	de: 'Gewählte Indikatoren',
	fr: 'Indicateurs choisis',
	nl: 'Gekozen indicatoren',
	da: 'Valgte indikatorer',
	et: 'Valitud näitajad'
});

export const vFilterIndicators = /* @__PURE__ */ message({
	en: 'Filter indicators',
	de: 'Indikatoren filtern',
	fr: 'Filtrer les indicateurs',
	nl: 'Indicatoren filteren',
	da: 'Filtrer indikatorer',
	et: 'Filtreeri näitajaid'
});

export const vFilterPlaceholder = /* @__PURE__ */ message({
	en: 'Filter: egdi, eid, open data…',
	de: 'Filter: egdi, eid, open data…',
	fr: 'Filtre : egdi, eid, open data…',
	nl: 'Filter: egdi, eid, open data…',
	da: 'Filter: egdi, eid, open data…',
	et: 'Filter: egdi, eid, open data…'
});

export const vIndicatorKeys = /* @__PURE__ */ message({
	en: 'One Tab stop: arrow keys move between the indicators, Space ticks or unticks one.',
	de: 'Ein einziger Tabstopp: Die Pfeiltasten wechseln zwischen den Indikatoren, die Leertaste hakt einen an oder ab.',
	fr: 'Un seul arrêt de tabulation : les flèches passent d’un indicateur à l’autre, Espace en coche ou décoche un.',
	nl: 'Eén tabstop: pijltoetsen gaan tussen de indicatoren, spatie vinkt er een aan of uit.',
	da: 'Ét tabulatorstop: piletasterne flytter mellem indikatorerne, mellemrum sætter eller fjerner et flueben.',
	et: 'Üks tabulaatoripeatus: nooleklahvid liiguvad näitajate vahel, tühik märgib või eemaldab märke.'
});

export const vIndicatorsBySource = /* @__PURE__ */ message({
	en: 'Indicators by source',
	de: 'Indikatoren nach Quelle',
	fr: 'Indicateurs par source',
	nl: 'Indicatoren per bron',
	da: 'Indikatorer efter kilde',
	et: 'Näitajad allikate kaupa'
});

export const vNoIndicatorMatch = /* @__PURE__ */ message({
	en: 'No indicator matches “{filter}”.',
	de: 'Kein Indikator passt zu „{filter}“.',
	fr: 'Aucun indicateur ne correspond à « {filter} ».',
	nl: 'Geen indicator komt overeen met ‘{filter}’.',
	da: 'Ingen indikator matcher »{filter}«.',
	et: 'Ükski näitaja ei vasta otsingule „{filter}“.'
});

export const vCountryGroup = /* @__PURE__ */ message({
	en: 'Country group',
	de: 'Ländergruppe',
	fr: 'Groupe de pays',
	nl: 'Landengroep',
	da: 'Landegruppe',
	et: 'Riikide rühm'
});

export const vEveryAssessed = /* @__PURE__ */ message({
	en: 'Every country the source assessed ({count} with data).',
	de: 'Jedes von der Quelle bewertete Land ({count} mit Daten).',
	fr: 'Tous les pays évalués par la source ({count} avec des données).',
	nl: 'Elk door de bron beoordeeld land ({count} met gegevens).',
	da: 'Alle lande, kilden har vurderet ({count} med data).',
	et: 'Kõik allika hinnatud riigid ({count} andmetega).'
});

export const vGroupNone = /* @__PURE__ */ message({
	en: 'None',
	de: 'Keine',
	fr: 'Aucun',
	nl: 'Geen',
	da: 'Ingen',
	et: 'Puudub'
});

export const vGroupFive = /* @__PURE__ */ message({
	en: 'The five',
	de: 'Die fünf',
	fr: 'Les cinq',
	nl: 'De vijf',
	da: 'De fem',
	et: 'Viis'
});

export const vGroupTen = /* @__PURE__ */ message({
	en: "The programme's ten",
	de: 'Die zehn des Programms',
	fr: 'Les dix du programme',
	nl: 'De tien van het programma',
	da: 'Programmets ti',
	et: 'Programmi kümme'
});

export const vGroupEight = /* @__PURE__ */ message({
	en: 'The meta-analysis eight',
	de: 'Die acht der Metaanalyse',
	fr: 'Les huit de la méta-analyse',
	nl: 'De acht van de meta-analyse',
	da: 'Metaanalysens otte',
	et: 'Metaanalüüsi kaheksa'
});

export const vGroupEu27 = /* @__PURE__ */ message({
	en: 'EU27',
	de: 'EU27',
	fr: 'UE27',
	nl: 'EU27',
	da: 'EU27',
	et: 'EL27'
});

export const vGroupAll = /* @__PURE__ */ message({
	en: 'All',
	de: 'Alle',
	fr: 'Tous',
	nl: 'Alle',
	da: 'Alle',
	et: 'Kõik'
});

export const vInColour = /* @__PURE__ */ message({
	en: 'In colour: {names}',
	de: 'Farbig: {names}',
	fr: 'En couleur : {names}',
	nl: 'In kleur: {names}',
	da: 'I farve: {names}',
	et: 'Värviliselt: {names}'
});

export const vFocusHint = /* @__PURE__ */ message({
	en: 'With more than {count} countries, these are coloured and named; the rest are grey.',
	de: 'Bei mehr als {count} Ländern sind diese farbig und benannt; die übrigen grau.',
	fr: 'Au-delà de {count} pays, ceux-ci sont en couleur et nommés ; les autres sont gris.',
	nl: 'Bij meer dan {count} landen zijn deze gekleurd en benoemd; de rest is grijs.',
	da: 'Med mere end {count} lande er disse farvede og navngivne; resten er grå.',
	et: 'Üle {count} riigi korral on need värvilised ja nimetatud; ülejäänud on hallid.'
});

export const vCountriesInColour = /* @__PURE__ */ message({
	en: 'Countries in colour',
	de: 'Farbige Länder',
	fr: 'Pays en couleur',
	nl: 'Landen in kleur',
	da: 'Lande i farve',
	et: 'Värvilised riigid'
});

export const vFrom = /* @__PURE__ */ message({
	en: 'From',
	de: 'Von',
	fr: 'De',
	nl: 'Van',
	da: 'Fra',
	et: 'Alates'
});

export const vFirstEdition = /* @__PURE__ */ message({
	en: 'first edition',
	de: 'erste Ausgabe',
	fr: 'première édition',
	nl: 'eerste editie',
	da: 'første udgave',
	et: 'esimene väljaanne'
});

export const vLatest = /* @__PURE__ */ message({
	en: 'latest',
	de: 'neueste',
	fr: 'dernière',
	nl: 'laatste',
	da: 'seneste',
	et: 'viimane'
});

export const vArrowKeys = /* @__PURE__ */ message({
	en: 'Use the arrow keys to read the values of each line',
	de: 'Mit den Pfeiltasten die Werte jeder Linie lesen',
	fr: 'Utilisez les flèches pour lire les valeurs de chaque ligne',
	nl: 'Gebruik de pijltoetsen om de waarden van elke lijn te lezen',
	da: 'Brug piletasterne til at læse hver linjes værdier',
	et: 'Kasutage nooleklahve iga joone väärtuste lugemiseks'
});

// /explore

export const vExploreTitle = /* @__PURE__ */ message({
	en: 'Explore the e-government benchmarks',
	de: 'E-Government-Benchmarks erkunden',
	fr: 'Explorer les indices d’administration en ligne',
	nl: 'De e-overheidsbenchmarks verkennen',
	da: 'Udforsk målingerne af digital forvaltning',
	et: 'Uuri e-riigi võrdlusnäitajaid'
});

export const vExploreDescription = /* @__PURE__ */ message({
	en: 'Any e-government indicator, any countries and years: raw values, ranks, z-scores, index to the EU27 average and gap to target.',
	de: 'Jeder E-Government-Indikator, beliebige Länder und Jahre: Rohwerte, Ränge, z-Werte, Index zum EU27-Durchschnitt und Abstand zum Ziel.',
	fr: 'Tout indicateur d’administration en ligne, tous pays et années : valeurs brutes, rangs, scores z, indice par rapport à la moyenne UE27 et écart à l’objectif.',
	nl: 'Elke e-overheidsindicator, alle landen en jaren: ruwe waarden, rangen, z-scores, index ten opzichte van het EU27-gemiddelde en afstand tot doel.',
	da: 'Enhver indikator for digital forvaltning, alle lande og år: rå værdier, placeringer, z-scorer, indeks mod EU27-gennemsnittet og afstand til mål.',
	et: 'Iga e-riigi näitaja, kõik riigid ja aastad: algväärtused, kohad, z-skoorid, indeks EL27 keskmise suhtes ja kaugus eesmärgist.'
});

export const vExploreHeading = /* @__PURE__ */ message({
	en: 'Explore the benchmarks',
	de: 'Benchmarks erkunden',
	fr: 'Explorer les indices',
	nl: 'De benchmarks verkennen',
	da: 'Udforsk målingerne',
	et: 'Uuri võrdlusnäitajaid'
});

export const vChartSettings = /* @__PURE__ */ message({
	en: 'Chart settings',
	de: 'Diagrammeinstellungen',
	fr: 'Réglages du graphique',
	nl: 'Grafiekinstellingen',
	da: 'Diagramindstillinger',
	et: 'Joonise seaded'
});

export const vNoValueChosen = /* @__PURE__ */ message({
	en: 'No value for the countries and years chosen.',
	de: 'Kein Wert für die gewählten Länder und Jahre.',
	fr: 'Aucune valeur pour les pays et années choisis.',
	nl: 'Geen waarde voor de gekozen landen en jaren.',
	da: 'Ingen værdi for de valgte lande og år.',
	et: 'Valitud riikide ja aastate kohta väärtus puudub.'
});

export const vReferenceLines = /* @__PURE__ */ message({
	en: 'Reference lines',
	de: 'Referenzlinien',
	fr: 'Lignes de référence',
	nl: 'Referentielijnen',
	da: 'Referencelinjer',
	et: 'Võrdlusjooned'
});

export const vChartLine = /* @__PURE__ */ message({
	en: 'Line',
	de: 'Linie',
	fr: 'Courbes',
	nl: 'Lijn',
	da: 'Linje',
	et: 'Joon'
});

export const vChartBar = /* @__PURE__ */ message({
	en: 'Bar (one year)',
	de: 'Balken (ein Jahr)',
	fr: 'Barres (une année)',
	nl: 'Staaf (één jaar)',
	da: 'Søjle (ét år)',
	et: 'Tulp (üks aasta)'
});

export const vChartSlope = /* @__PURE__ */ message({
	en: 'Slope (two years)',
	de: 'Steigung (zwei Jahre)',
	fr: 'Pente (deux années)',
	nl: 'Helling (twee jaar)',
	da: 'Hældning (to år)',
	et: 'Kalle (kaks aastat)'
});

export const vChartDots = /* @__PURE__ */ message({
	en: 'Dot plot of ranks',
	de: 'Punktdiagramm der Ränge',
	fr: 'Nuage de points des rangs',
	nl: 'Stippengrafiek van rangen',
	da: 'Punktdiagram over placeringer',
	et: 'Kohtade punktdiagramm'
});

export const vNormRaw = /* @__PURE__ */ message({
	en: 'Raw values',
	de: 'Rohwerte',
	fr: 'Valeurs brutes',
	nl: 'Ruwe waarden',
	da: 'Rå værdier',
	et: 'Algväärtused'
});

export const vNormZscore = /* @__PURE__ */ message({
	en: 'z-score',
	de: 'z-Wert',
	fr: 'score z',
	nl: 'z-score',
	da: 'z-score',
	et: 'z-skoor'
});

export const vNormIndex = /* @__PURE__ */ message({
	en: 'Index (EU27 = 100)',
	de: 'Index (EU27 = 100)',
	fr: 'Indice (UE27 = 100)',
	nl: 'Index (EU27 = 100)',
	da: 'Indeks (EU27 = 100)',
	et: 'Indeks (EL27 = 100)'
});

export const vNormGap = /* @__PURE__ */ message({
	en: 'Gap to target',
	de: 'Abstand zum Ziel',
	fr: 'Écart à l’objectif',
	nl: 'Afstand tot doel',
	da: 'Afstand til mål',
	et: 'Kaugus eesmärgist'
});

export const vRefTargets = /* @__PURE__ */ message({
	en: 'Targets',
	de: 'Ziele',
	fr: 'Objectifs',
	nl: 'Doelen',
	da: 'Mål',
	et: 'Eesmärgid'
});

export const vSlopeNeedsTwo = /* @__PURE__ */ message({
	en: 'A slope needs two years: widen the year range.',
	de: 'Eine Steigung braucht zwei Jahre: Erweitern Sie den Zeitraum.',
	fr: 'Une pente demande deux années : élargissez la période.',
	nl: 'Een helling heeft twee jaar nodig: verbreed de periode.',
	da: 'En hældning kræver to år: udvid perioden.',
	et: 'Kalle vajab kahte aastat: laiendage ajavahemikku.'
});

export const vDotsRanks = /* @__PURE__ */ message({
	en: 'The dot plot always shows ranks.',
	de: 'Das Punktdiagramm zeigt immer Ränge.',
	fr: 'Le nuage de points montre toujours des rangs.',
	nl: 'De stippengrafiek toont altijd rangen.',
	da: 'Punktdiagrammet viser altid placeringer.',
	et: 'Punktdiagramm näitab alati kohti.'
});

export const vNoTargetMapped = /* @__PURE__ */ message({
	en: 'No policy target is mapped to the indicators chosen.',
	de: 'Den gewählten Indikatoren ist kein politisches Ziel zugeordnet.',
	fr: 'Aucun objectif politique n’est associé aux indicateurs choisis.',
	nl: 'Aan de gekozen indicatoren is geen beleidsdoel gekoppeld.',
	da: 'Intet politisk mål er knyttet til de valgte indikatorer.',
	et: 'Valitud näitajatega pole seotud ühtki poliitikaeesmärki.'
});

export const vNoTargetMappedTo = /* @__PURE__ */ message({
	en: 'No policy target is mapped to {names}.',
	de: '{names} ist kein politisches Ziel zugeordnet.',
	fr: 'Aucun objectif politique n’est associé à {names}.',
	nl: 'Aan {names} is geen beleidsdoel gekoppeld.',
	da: 'Intet politisk mål er knyttet til {names}.',
	et: 'Näitajatega {names} pole seotud ühtki poliitikaeesmärki.'
});

export const vIndicatorUnit = /* @__PURE__ */ message({
	en: 'Indicator (unit)',
	de: 'Indikator (Einheit)',
	fr: 'Indicateur (unité)',
	nl: 'Indicator (eenheid)',
	da: 'Indikator (enhed)',
	et: 'Näitaja (ühik)'
});

export const vRawValue = /* @__PURE__ */ message({
	en: 'Raw value',
	de: 'Rohwert',
	fr: 'Valeur brute',
	nl: 'Ruwe waarde',
	da: 'Rå værdi',
	et: 'Algväärtus'
});

export const vCountriesAssessed = /* @__PURE__ */ message({
	en: 'Countries assessed (EU27: averaged)',
	de: 'Bewertete Länder (EU27: gemittelt)',
	fr: 'Pays évalués (UE27 : moyennés)',
	nl: 'Beoordeelde landen (EU27: gemiddeld)',
	da: 'Vurderede lande (EU27: gennemsnit)',
	et: 'Hinnatud riigid (EL27: keskmistatud)'
});

// Your own data on /explore

export const vYourTable = /* @__PURE__ */ message({
	en: 'Your table',
	de: 'Ihre Tabelle',
	fr: 'Votre table',
	nl: 'Uw tabel',
	da: 'Din tabel',
	et: 'Teie tabel'
});

export const vYourData = /* @__PURE__ */ message({
	en: 'Your data: {value}',
	de: 'Ihre Daten: {value}',
	fr: 'Vos données : {value}',
	nl: 'Uw gegevens: {value}',
	da: 'Dine data: {value}',
	et: 'Teie andmed: {value}'
});

export const vYourDataBy = /* @__PURE__ */ message({
	en: 'Your data: {value} by country and year',
	de: 'Ihre Daten: {value} nach Land und Jahr',
	fr: 'Vos données : {value} par pays et année',
	nl: 'Uw gegevens: {value} per land en jaar',
	da: 'Dine data: {value} efter land og år',
	et: 'Teie andmed: {value} riigi ja aasta kaupa'
});

export const vYourDataFrom = /* @__PURE__ */ message({
	en: 'From your table {table}, for the countries chosen above',
	de: 'Aus Ihrer Tabelle {table}, für die oben gewählten Länder',
	fr: 'De votre table {table}, pour les pays choisis ci-dessus',
	nl: 'Uit uw tabel {table}, voor de hierboven gekozen landen',
	da: 'Fra din tabel {table} for de lande, der er valgt ovenfor',
	et: 'Teie tabelist {table}, ülal valitud riikide kohta'
});

export const vYourDataCaveat = /* @__PURE__ */ message({
	en: 'User data: loaded from your own file in this browser, not from the dashboard’s sources; it was never uploaded.',
	de: 'Eigene Daten: in diesem Browser aus Ihrer eigenen Datei geladen, nicht aus den Quellen des Dashboards; sie wurden nie hochgeladen.',
	fr: 'Données de l’utilisateur : chargées depuis votre propre fichier dans ce navigateur, pas depuis les sources du tableau de bord ; elles n’ont jamais été envoyées.',
	nl: 'Eigen gegevens: in deze browser uit uw eigen bestand geladen, niet uit de bronnen van het dashboard; ze zijn nooit geüpload.',
	da: 'Brugerdata: indlæst fra din egen fil i denne browser, ikke fra dashboardets kilder; de blev aldrig uploadet.',
	et: 'Kasutaja andmed: laaditud teie enda failist selles brauseris, mitte töölaua allikatest; neid ei laaditud kunagi üles.'
});

export const vYourDataSource = /* @__PURE__ */ message({
	en: 'Source: your table {table} (see the SQL console).',
	de: 'Quelle: Ihre Tabelle {table} (siehe SQL-Konsole).',
	fr: 'Source : votre table {table} (voir la console SQL).',
	nl: 'Bron: uw tabel {table} (zie de SQL-console).',
	da: 'Kilde: din tabel {table} (se SQL-konsollen).',
	et: 'Allikas: teie tabel {table} (vt SQL-konsooli).'
});

export const vYourDataDescription = /* @__PURE__ */ message({
	en: 'Your data: {value} from your table {table}, by country and year ({count} values).',
	de: 'Ihre Daten: {value} aus Ihrer Tabelle {table}, nach Land und Jahr ({count} Werte).',
	fr: 'Vos données : {value} de votre table {table}, par pays et année ({count} valeurs).',
	nl: 'Uw gegevens: {value} uit uw tabel {table}, per land en jaar ({count} waarden).',
	da: 'Dine data: {value} fra din tabel {table} efter land og år ({count} værdier).',
	et: 'Teie andmed: {value} teie tabelist {table}, riigi ja aasta kaupa ({count} väärtust).'
});

export const vYourDataAxis = /* @__PURE__ */ message({
	en: '{value} (your data)',
	de: '{value} (Ihre Daten)',
	fr: '{value} (vos données)',
	nl: '{value} (uw gegevens)',
	da: '{value} (dine data)',
	et: '{value} (teie andmed)'
});

export const vYourDataHint = /* @__PURE__ */ message({
	en: 'Your own data can be charted here too: add a file with a country and a year column in the {console}.',
	de: 'Auch Ihre eigenen Daten lassen sich hier darstellen: Fügen Sie in der {console} eine Datei mit einer Länder- und einer Jahresspalte hinzu.',
	fr: 'Vos propres données peuvent aussi être tracées ici : ajoutez un fichier avec une colonne pays et une colonne année dans la {console}.',
	nl: 'Ook uw eigen gegevens kunnen hier in een grafiek worden weergegeven: voeg in de {console} een bestand toe met een land- en een jaarkolom.',
	da: 'Dine egne data kan også vises her: tilføj en fil med en lande- og en årskolonne i {console}.',
	et: 'Siin saab joonistada ka teie enda andmeid: lisage {console} fail, milles on riigi ja aasta veerg.'
});

export const vSqlConsole = /* @__PURE__ */ message({
	en: 'SQL console',
	de: 'SQL-Konsole',
	fr: 'console SQL',
	nl: 'SQL-console',
	da: 'SQL-konsollen',
	et: 'SQL-konsoolis'
});

// /country

export const vProfilesTitle = /* @__PURE__ */ message({
	en: 'Country profiles',
	de: 'Länderprofile',
	fr: 'Profils de pays',
	nl: 'Landenprofielen',
	da: 'Landeprofiler',
	et: 'Riikide profiilid'
});

export const vProfilesDescription = /* @__PURE__ */ message({
	en: 'E-government profiles of every country in the benchmarks.',
	de: 'E-Government-Profile aller Länder in den Benchmarks.',
	fr: 'Profils d’administration en ligne de tous les pays des indices.',
	nl: 'E-overheidsprofielen van alle landen in de benchmarks.',
	da: 'Profiler for digital forvaltning for alle lande i målingerne.',
	et: 'Kõigi võrdlusnäitajates hinnatud riikide e-riigi profiilid.'
});

export const vProfilesIntro = /* @__PURE__ */ message({
	en: "Each profile shows a country's latest value, rank and trend on every benchmark that assesses it; the research programme's countries also show their strategies and how they are coded.",
	de: 'Jedes Profil zeigt den neuesten Wert, den Rang und die Entwicklung eines Landes in jedem Benchmark, der es bewertet; die Länder des Forschungsprogramms zeigen zudem ihre Strategien und deren Kodierung.',
	fr: 'Chaque profil montre la dernière valeur, le rang et l’évolution d’un pays dans chaque indice qui l’évalue ; les pays du programme de recherche montrent aussi leurs stratégies et leur codage.',
	nl: 'Elk profiel toont de laatste waarde, rang en trend van een land op elke benchmark die het beoordeelt; de landen van het onderzoeksprogramma tonen ook hun strategieën en hoe die gecodeerd zijn.',
	da: 'Hver profil viser et lands seneste værdi, placering og udvikling på hver måling, der vurderer det; forskningsprogrammets lande viser også deres strategier, og hvordan de er kodet.',
	et: 'Iga profiil näitab riigi viimast väärtust, kohta ja suundumust igas seda hindavas võrdlusnäitajas; uurimisprogrammi riikide puhul ka nende strateegiaid ja nende kodeerimist.'
});

export const vProgrammeCountries = /* @__PURE__ */ message({
	en: "The research programme's {count} countries",
	de: 'Die {count} Länder des Forschungsprogramms',
	fr: 'Les {count} pays du programme de recherche',
	nl: 'De {count} landen van het onderzoeksprogramma',
	da: 'Forskningsprogrammets {count} lande',
	et: 'Uurimisprogrammi {count} riiki'
});

export const vProgrammeGroups = /* @__PURE__ */ message({
	en: "The five case studies, with the other countries of the programme's ten and of the strategy meta-analysis's eight.",
	de: 'Die fünf Fallstudien, mit den übrigen Ländern der zehn des Programms und der acht der Strategie-Metaanalyse.',
	fr: 'Les cinq études de cas, avec les autres pays des dix du programme et des huit de la méta-analyse des stratégies.',
	nl: 'De vijf casestudies, met de andere landen van de tien van het programma en de acht van de meta-analyse van strategieën.',
	da: 'De fem casestudier med de øvrige lande blandt programmets ti og strategi-metaanalysens otte.',
	et: 'Viis juhtumiuuringut koos programmi kümne ja strateegiate metaanalüüsi kaheksa ülejäänud riigiga.'
});

export const vAllCount = /* @__PURE__ */ message({
	en: 'All {count} countries',
	de: 'Alle {count} Länder',
	fr: 'Les {count} pays',
	nl: 'Alle {count} landen',
	da: 'Alle {count} lande',
	et: 'Kõik {count} riiki'
});

export const vProfileTitle = /* @__PURE__ */ message({
	en: '{name}: e-government profile',
	de: '{name}: E-Government-Profil',
	fr: '{name} : profil d’administration en ligne',
	nl: '{name}: e-overheidsprofiel',
	da: '{name}: profil for digital forvaltning',
	et: '{name}: e-riigi profiil'
});

export const vProfileDescription = /* @__PURE__ */ message({
	en: '{name} on the UN, EU and OECD e-government benchmarks: latest values, ranks and trends.',
	de: '{name} in den E-Government-Benchmarks von UN, EU und OECD: neueste Werte, Ränge und Entwicklungen.',
	fr: '{name} dans les indices d’administration en ligne de l’ONU, de l’UE et de l’OCDE : dernières valeurs, rangs et évolutions.',
	nl: '{name} in de e-overheidsbenchmarks van de VN, de EU en de OECD: laatste waarden, rangen en trends.',
	da: '{name} i FN’s, EU’s og OECD’s målinger af digital forvaltning: seneste værdier, placeringer og udvikling.',
	et: '{name} ÜRO, ELi ja OECD e-riigi võrdlusnäitajates: viimased väärtused, kohad ja suundumused.'
});

export const vGroupOfFive = /* @__PURE__ */ message({
	en: 'one of the five case-study countries',
	de: 'eines der fünf Fallstudienländer',
	fr: 'l’un des cinq pays d’étude de cas',
	nl: 'een van de vijf casestudielanden',
	da: 'et af de fem casestudielande',
	et: 'üks viiest juhtumiuuringu riigist'
});

export const vGroupOfTen = /* @__PURE__ */ message({
	en: "one of the research programme's ten",
	de: 'eines der zehn des Forschungsprogramms',
	fr: 'l’un des dix du programme de recherche',
	nl: 'een van de tien van het onderzoeksprogramma',
	da: 'et af forskningsprogrammets ti',
	et: 'üks uurimisprogrammi kümnest'
});

export const vGroupOfEight = /* @__PURE__ */ message({
	en: 'one of the eight of the strategy meta-analysis',
	de: 'eines der acht der Strategie-Metaanalyse',
	fr: 'l’un des huit de la méta-analyse des stratégies',
	nl: 'een van de acht van de meta-analyse van strategieën',
	da: 'et af de otte i strategi-metaanalysen',
	et: 'üks strateegiate metaanalüüsi kaheksast'
});

export const vEuMember = /* @__PURE__ */ message({
	en: 'EU member state',
	de: 'EU-Mitgliedstaat',
	fr: 'État membre de l’UE',
	nl: 'EU-lidstaat',
	da: 'EU-medlemsstat',
	et: 'ELi liikmesriik'
});

export const vTradition = /* @__PURE__ */ message({
	en: 'Administrative tradition',
	de: 'Verwaltungstradition',
	fr: 'Tradition administrative',
	nl: 'Bestuurstraditie',
	da: 'Forvaltningstradition',
	et: 'Haldustraditsioon'
});

export const vStateStructure = /* @__PURE__ */ message({
	en: 'State structure',
	de: 'Staatsaufbau',
	fr: 'Structure de l’État',
	nl: 'Staatsstructuur',
	da: 'Statsstruktur',
	et: 'Riigikorraldus'
});

export const vStructureNote = /* @__PURE__ */ message({
	en: '(the usual comparative classification, not checked against a cited source)',
	de: '(die übliche vergleichende Einordnung, nicht an einer zitierten Quelle geprüft)',
	fr: '(la classification comparative usuelle, non vérifiée sur une source citée)',
	nl: '(de gebruikelijke vergelijkende indeling, niet getoetst aan een geciteerde bron)',
	da: '(den sædvanlige komparative klassifikation, ikke kontrolleret mod en citeret kilde)',
	et: '(tavapärane võrdlev liigitus, tsiteeritud allikaga kontrollimata)'
});

export const vGroups = /* @__PURE__ */ message({
	en: 'Groups',
	de: 'Gruppen',
	fr: 'Groupes',
	nl: 'Groepen',
	da: 'Grupper',
	et: 'Rühmad'
});

export const vEveryIndicator = /* @__PURE__ */ message({
	en: 'Every indicator',
	de: 'Alle Indikatoren',
	fr: 'Tous les indicateurs',
	nl: 'Alle indicatoren',
	da: 'Alle indikatorer',
	et: 'Kõik näitajad'
});

export const vEveryIndicatorNote = /* @__PURE__ */ message({
	en: 'Latest edition of each indicator; {rule}; the trend line runs from the first edition to the latest, up meaning better.',
	de: 'Neueste Ausgabe jedes Indikators; {rule}; die Trendlinie reicht von der ersten bis zur neuesten Ausgabe, nach oben heißt besser.',
	fr: 'Dernière édition de chaque indicateur ; {rule} ; la ligne de tendance va de la première édition à la dernière, vers le haut signifiant mieux.',
	nl: 'Laatste editie van elke indicator; {rule}; de trendlijn loopt van de eerste tot de laatste editie, omhoog betekent beter.',
	da: 'Seneste udgave af hver indikator; {rule}; tendenslinjen går fra første til seneste udgave, opad betyder bedre.',
	et: 'Iga näitaja viimane väljaanne; {rule}; suundumusjoon kulgeb esimesest väljaandest viimaseni, üles tähendab paremat.'
});

export const vAnotherCountry = /* @__PURE__ */ message({
	en: 'Another country',
	de: 'Anderes Land',
	fr: 'Autre pays',
	nl: 'Ander land',
	da: 'Et andet land',
	et: 'Muu riik'
});

export const vProgrammeCountriesGroup = /* @__PURE__ */ message({
	en: "The research programme's countries",
	de: 'Die Länder des Forschungsprogramms',
	fr: 'Les pays du programme de recherche',
	nl: 'De landen van het onderzoeksprogramma',
	da: 'Forskningsprogrammets lande',
	et: 'Uurimisprogrammi riigid'
});

export const vHeadlinesTitle = /* @__PURE__ */ message({
	en: '{name} on the headline benchmarks',
	de: '{name} in den wichtigsten Benchmarks',
	fr: '{name} dans les principaux indices',
	nl: '{name} op de belangrijkste benchmarks',
	da: '{name} på de vigtigste målinger',
	et: '{name} peamistes võrdlusnäitajates'
});

export const vHeadlinesSubtitle = /* @__PURE__ */ message({
	en: '{name} (solid) against the EU27 average (dashed), every edition',
	de: '{name} (durchgezogen) gegenüber dem EU27-Durchschnitt (gestrichelt), alle Ausgaben',
	fr: '{name} (trait plein) face à la moyenne UE27 (tirets), toutes les éditions',
	nl: '{name} (doorgetrokken) tegenover het EU27-gemiddelde (gestreept), elke editie',
	da: '{name} (fuldt optrukket) mod EU27-gennemsnittet (stiplet), alle udgaver',
	et: '{name} (pidevjoon) võrreldes EL27 keskmisega (katkendjoon), kõik väljaanded'
});

export const vHeadlinesNone = /* @__PURE__ */ message({
	en: '{name} has no benchmark with more than one edition.',
	de: '{name} hat keinen Benchmark mit mehr als einer Ausgabe.',
	fr: '{name} n’a aucun indice avec plus d’une édition.',
	nl: '{name} heeft geen benchmark met meer dan één editie.',
	da: '{name} har ingen måling med mere end én udgave.',
	et: '{name} kohta pole ühtegi enam kui ühe väljaandega võrdlusnäitajat.'
});

export const vHeadlinesCaption = /* @__PURE__ */ message({
	en: '{name} on the headline benchmarks, every edition',
	de: '{name} in den wichtigsten Benchmarks, alle Ausgaben',
	fr: '{name} dans les principaux indices, toutes les éditions',
	nl: '{name} op de belangrijkste benchmarks, elke editie',
	da: '{name} på de vigtigste målinger, alle udgaver',
	et: '{name} peamistes võrdlusnäitajates, kõik väljaanded'
});

export const vCountriesRanked = /* @__PURE__ */ message({
	en: 'Countries ranked',
	de: 'Eingestufte Länder',
	fr: 'Pays classés',
	nl: 'Gerangschikte landen',
	da: 'Rangerede lande',
	et: 'Järjestatud riike'
});

export const vFamilyCaption = /* @__PURE__ */ message({
	en: '{name} on the {family}: latest values, ranks and trends',
	de: '{name} im {family}: neueste Werte, Ränge und Entwicklungen',
	fr: '{name} dans {family} : dernières valeurs, rangs et évolutions',
	nl: '{name} in {family}: laatste waarden, rangen en trends',
	da: '{name} i {family}: seneste værdier, placeringer og udvikling',
	et: '{name} – {family}: viimased väärtused, kohad ja suundumused'
});

export const vLatestValue = /* @__PURE__ */ message({
	en: 'Latest',
	de: 'Neuester',
	fr: 'Dernière',
	nl: 'Laatste',
	da: 'Seneste',
	et: 'Viimane'
});

export const vTrend = /* @__PURE__ */ message({
	en: 'Trend',
	de: 'Entwicklung',
	fr: 'Tendance',
	nl: 'Trend',
	da: 'Udvikling',
	et: 'Suundumus'
});

export const vFlagIs = /* @__PURE__ */ message({
	en: 'Flag: {flag}',
	de: 'Kennzeichen: {flag}',
	fr: 'Annotation : {flag}',
	nl: 'Vlag: {flag}',
	da: 'Markering: {flag}',
	et: 'Märge: {flag}'
});

export const vRankOf = /* @__PURE__ */ message({
	en: '{rank} of {n}',
	de: '{rank} von {n}',
	fr: '{rank} sur {n}',
	nl: '{rank} van {n}',
	da: '{rank} af {n}',
	et: '{rank}/{n}'
});

export const vTrendText = /* @__PURE__ */ message({
	en: '{first} in {firstYear} → {value} in {year}',
	de: '{first} ({firstYear}) → {value} ({year})',
	fr: '{first} en {firstYear} → {value} en {year}',
	nl: '{first} in {firstYear} → {value} in {year}',
	da: '{first} i {firstYear} → {value} i {year}',
	et: '{first} ({firstYear}) → {value} ({year})'
});

export const vOneEdition = /* @__PURE__ */ message({
	en: 'one edition',
	de: 'eine Ausgabe',
	fr: 'une édition',
	nl: 'één editie',
	da: 'én udgave',
	et: 'üks väljaanne'
});

export const vAboutNumbers = /* @__PURE__ */ message({
	en: 'About these numbers',
	de: 'Zu diesen Zahlen',
	fr: 'À propos de ces chiffres',
	nl: 'Over deze cijfers',
	da: 'Om disse tal',
	et: 'Nende arvude kohta'
});

// A country's strategies

export const vStrategiesTitle = /* @__PURE__ */ message({
	en: "{name}'s strategies, laws and programmes",
	de: 'Strategien, Gesetze und Programme: {name}',
	fr: 'Stratégies, lois et programmes : {name}',
	nl: 'Strategieën, wetten en programma’s: {name}',
	da: 'Strategier, love og programmer: {name}',
	et: 'Strateegiad, seadused ja programmid: {name}'
});

export const vStrategiesSubtitle = /* @__PURE__ */ message({
	en: "From start to end; open-ended ones are still in force. ● coded on the codebook's features.",
	de: 'Vom Beginn bis zum Ende; unbefristete gelten noch. ● nach den Merkmalen des Codebuchs kodiert.',
	fr: 'Du début à la fin ; celles sans fin sont toujours en vigueur. ● codée selon les caractéristiques du livre de codes.',
	nl: 'Van begin tot eind; die zonder einde zijn nog van kracht. ● gecodeerd op de kenmerken van het codeboek.',
	da: 'Fra start til slut; tidsubegrænsede gælder stadig. ● kodet efter kodebogens egenskaber.',
	et: 'Algusest lõpuni; tähtajatud kehtivad endiselt. ● kodeeritud koodiraamatu tunnuste järgi.'
});

export const vStrategiesSource = /* @__PURE__ */ message({
	en: "Source: the dashboard's strategies dataset (strategies.parquet), compiled from the documents linked in each entry.",
	de: 'Quelle: der Strategiedatensatz des Dashboards (strategies.parquet), zusammengestellt aus den in jedem Eintrag verlinkten Dokumenten.',
	fr: 'Source : le jeu de données des stratégies du tableau de bord (strategies.parquet), établi à partir des documents liés dans chaque entrée.',
	nl: 'Bron: de strategiedataset van het dashboard (strategies.parquet), samengesteld uit de documenten die bij elke vermelding gelinkt zijn.',
	da: 'Kilde: dashboardets strategidatasæt (strategies.parquet), samlet fra de dokumenter, der er linket i hver post.',
	et: 'Allikas: töölaua strateegiate andmestik (strategies.parquet), koostatud igas kirjes viidatud dokumentide põhjal.'
});

export const vStrategiesTimeline = /* @__PURE__ */ message({
	en: "Timeline of {name}'s strategies",
	de: 'Zeitleiste der Strategien: {name}',
	fr: 'Chronologie des stratégies : {name}',
	nl: 'Tijdlijn van de strategieën: {name}',
	da: 'Tidslinje over strategierne: {name}',
	et: 'Strateegiate ajajoon: {name}'
});

export const vColStart = /* @__PURE__ */ message({
	en: 'Start',
	de: 'Beginn',
	fr: 'Début',
	nl: 'Begin',
	da: 'Start',
	et: 'Algus'
});

export const vColEnd = /* @__PURE__ */ message({
	en: 'End',
	de: 'Ende',
	fr: 'Fin',
	nl: 'Einde',
	da: 'Slut',
	et: 'Lõpp'
});

export const vColFeaturesCoded = /* @__PURE__ */ message({
	en: 'Features coded',
	de: 'Kodierte Merkmale',
	fr: 'Caractéristiques codées',
	nl: 'Gecodeerde kenmerken',
	da: 'Kodede egenskaber',
	et: 'Kodeeritud tunnused'
});

export const vHowCoded = /* @__PURE__ */ message({
	en: 'How the strategies are coded',
	de: 'Wie die Strategien kodiert sind',
	fr: 'Comment les stratégies sont codées',
	nl: 'Hoe de strategieën gecodeerd zijn',
	da: 'Hvordan strategierne er kodet',
	et: 'Kuidas strateegiad on kodeeritud'
});

export const vFeatureCoded = /* @__PURE__ */ message({
	en: 'feature coded',
	de: 'Merkmal kodiert',
	fr: 'caractéristique codée',
	nl: 'kenmerk gecodeerd',
	da: 'egenskab kodet',
	et: 'tunnus kodeeritud'
});

export const vFeaturesCoded = /* @__PURE__ */ message({
	en: 'features coded',
	de: 'Merkmale kodiert',
	fr: 'caractéristiques codées',
	nl: 'kenmerken gecodeerd',
	da: 'egenskaber kodet',
	et: 'tunnust kodeeritud'
});

export const vNotMentioned = /* @__PURE__ */ message({
	en: 'Not mentioned (silence is 0).',
	de: 'Nicht erwähnt (Schweigen ist 0).',
	fr: 'Non mentionné (le silence vaut 0).',
	nl: 'Niet genoemd (zwijgen is 0).',
	da: 'Ikke nævnt (tavshed er 0).',
	et: 'Pole mainitud (vaikimine on 0).'
});

export const vInEnglish = /* @__PURE__ */ message({
	en: 'English: {text}',
	de: 'Englisch: {text}',
	fr: 'En anglais : {text}',
	nl: 'Engels: {text}',
	da: 'Engelsk: {text}',
	et: 'Inglise keeles: {text}'
});

export const vSourceLink = /* @__PURE__ */ message({
	en: 'source',
	de: 'Quelle',
	fr: 'source',
	nl: 'bron',
	da: 'kilde',
	et: 'allikas'
});

export const vNoneCoded = /* @__PURE__ */ message({
	en: "None of {name}'s strategies is coded yet.",
	de: 'Noch keine Strategie von {name} ist kodiert.',
	fr: 'Aucune stratégie de ce pays ({name}) n’est encore codée.',
	nl: 'Nog geen enkele strategie van {name} is gecodeerd.',
	da: 'Ingen af strategierne for {name} er kodet endnu.',
	et: 'Ühtegi riigi {name} strateegiat pole veel kodeeritud.'
});

// What the year on a chart's axis means (catalog/year-meaning.ts)

export const vYearMeans = /* @__PURE__ */ message({
	en: 'What the year means: {parts}.',
	de: 'Was das Jahr bedeutet: {parts}.',
	fr: 'Ce que signifie l’année : {parts}.',
	nl: 'Wat het jaar betekent: {parts}.',
	da: 'Hvad året betyder: {parts}.',
	et: 'Mida aasta tähendab: {parts}.'
});

export const vYearUnEgdi = /* @__PURE__ */ message({
	en: 'the survey edition (published that year)',
	de: 'die Ausgabe der Erhebung (in dem Jahr veröffentlicht)',
	fr: 'l’édition de l’enquête (publiée cette année-là)',
	nl: 'de editie van de enquête (dat jaar gepubliceerd)',
	da: 'undersøgelsens udgave (offentliggjort det år)',
	et: 'uuringu väljaanne (avaldatud sel aastal)'
});

export const vYearEuEgov = /* @__PURE__ */ message({
	en: 'the later of the two data years a biennial average covers (2023 averages 2022 and 2023, published in the 2024 report)',
	de: 'das spätere der beiden Datenjahre, die ein Zweijahresmittel abdeckt (2023 mittelt 2022 und 2023, veröffentlicht im Bericht 2024)',
	fr: 'la plus récente des deux années de données d’une moyenne biennale (2023 fait la moyenne de 2022 et 2023, publiée dans le rapport 2024)',
	nl: 'het laatste van de twee gegevensjaren waarover een tweejarig gemiddelde loopt (2023 is het gemiddelde van 2022 en 2023, gepubliceerd in het rapport van 2024)',
	da: 'det seneste af de to dataår, et toårigt gennemsnit dækker (2023 er gennemsnittet af 2022 og 2023, offentliggjort i rapporten for 2024)',
	et: 'kaheaastase keskmise hilisem andmeaasta (2023 on 2022. ja 2023. aasta keskmine, avaldatud 2024. aasta aruandes)'
});

export const vYearEuEgovYearly = /* @__PURE__ */ message({
	en: 'the year of data collection (2023 data is in the 2024 report)',
	de: 'das Jahr der Datenerhebung (Daten von 2023 stehen im Bericht 2024)',
	fr: 'l’année de collecte des données (les données 2023 sont dans le rapport 2024)',
	nl: 'het jaar van gegevensverzameling (gegevens van 2023 staan in het rapport van 2024)',
	da: 'året for dataindsamlingen (data for 2023 er i rapporten for 2024)',
	et: 'andmete kogumise aasta (2023. aasta andmed on 2024. aasta aruandes)'
});

export const vYearDesi = /* @__PURE__ */ message({
	en: 'the DESI edition (data mostly of the year before)',
	de: 'die DESI-Ausgabe (Daten meist aus dem Vorjahr)',
	fr: 'l’édition du DESI (données surtout de l’année précédente)',
	nl: 'de DESI-editie (gegevens meestal van het jaar ervoor)',
	da: 'DESI-udgaven (data mest fra året før)',
	et: 'DESI väljaanne (andmed enamasti eelmisest aastast)'
});

export const vYearOecdDgi = /* @__PURE__ */ message({
	en: 'the index edition (data 2020–2022)',
	de: 'die Ausgabe des Index (Daten 2020–2022)',
	fr: 'l’édition de l’indice (données 2020–2022)',
	nl: 'de editie van de index (gegevens 2020–2022)',
	da: 'indeksets udgave (data 2020–2022)',
	et: 'indeksi väljaanne (andmed 2020–2022)'
});

export const vYearOecdOurdata = /* @__PURE__ */ message({
	en: 'the index edition (data 2022)',
	de: 'die Ausgabe des Index (Daten 2022)',
	fr: 'l’édition de l’indice (données 2022)',
	nl: 'de editie van de index (gegevens 2022)',
	da: 'indeksets udgave (data 2022)',
	et: 'indeksi väljaanne (andmed 2022)'
});

export const vYearEuOdm = /* @__PURE__ */ message({
	en: 'the report edition',
	de: 'die Ausgabe des Berichts',
	fr: 'l’édition du rapport',
	nl: 'de editie van het rapport',
	da: 'rapportens udgave',
	et: 'aruande väljaanne'
});

// Why each group of countries exists (catalog/group-notes.ts)

export const vWhyNone = /* @__PURE__ */ message({
	en: 'Only the countries you add one by one.',
	de: 'Nur die Länder, die Sie einzeln hinzufügen.',
	fr: 'Seulement les pays que vous ajoutez un par un.',
	nl: 'Alleen de landen die u een voor een toevoegt.',
	da: 'Kun de lande, du tilføjer et ad gangen.',
	et: 'Ainult riigid, mille lisate ükshaaval.'
});

export const vWhyFive = /* @__PURE__ */ message({
	en: 'The research programme’s five case-study countries (TROPICO work package 6), one per administrative tradition.',
	de: 'Die fünf Fallstudienländer des Forschungsprogramms (TROPICO-Arbeitspaket 6), eines je Verwaltungstradition.',
	fr: 'Les cinq pays d’étude de cas du programme de recherche (lot de travail 6 de TROPICO), un par tradition administrative.',
	nl: 'De vijf casestudielanden van het onderzoeksprogramma (TROPICO-werkpakket 6), één per bestuurstraditie.',
	da: 'Forskningsprogrammets fem casestudielande (TROPICO-arbejdspakke 6), ét pr. forvaltningstradition.',
	et: 'Uurimisprogrammi viis juhtumiuuringu riiki (TROPICO 6. tööpakett), üks iga haldustraditsiooni kohta.'
});

export const vWhyTen = /* @__PURE__ */ message({
	en: 'The ten countries of the TROPICO research programme: the five case studies and five more from the same traditions.',
	de: 'Die zehn Länder des Forschungsprogramms TROPICO: die fünf Fallstudien und fünf weitere aus denselben Traditionen.',
	fr: 'Les dix pays du programme de recherche TROPICO : les cinq études de cas et cinq autres des mêmes traditions.',
	nl: 'De tien landen van het onderzoeksprogramma TROPICO: de vijf casestudies en vijf andere uit dezelfde tradities.',
	da: 'De ti lande i forskningsprogrammet TROPICO: de fem casestudier og fem mere fra de samme traditioner.',
	et: 'Uurimisprogrammi TROPICO kümme riiki: viis juhtumiuuringut ja veel viis samadest traditsioonidest.'
});

export const vWhyEight = /* @__PURE__ */ message({
	en: 'The eight countries whose national strategies the programme’s meta-analysis (2019) coded.',
	de: 'Die acht Länder, deren nationale Strategien die Metaanalyse des Programms (2019) kodiert hat.',
	fr: 'Les huit pays dont la méta-analyse du programme (2019) a codé les stratégies nationales.',
	nl: 'De acht landen waarvan de meta-analyse van het programma (2019) de nationale strategieën codeerde.',
	da: 'De otte lande, hvis nationale strategier programmets metaanalyse (2019) kodede.',
	et: 'Kaheksa riiki, kelle riiklikud strateegiad programmi metaanalüüs (2019) kodeeris.'
});

export const vWhyEu27 = /* @__PURE__ */ message({
	en: 'The member states of the European Union since 2020, without the United Kingdom.',
	de: 'Die Mitgliedstaaten der Europäischen Union seit 2020, ohne das Vereinigte Königreich.',
	fr: 'Les États membres de l’Union européenne depuis 2020, sans le Royaume-Uni.',
	nl: 'De lidstaten van de Europese Unie sinds 2020, zonder het Verenigd Koninkrijk.',
	da: 'Den Europæiske Unions medlemsstater siden 2020, uden Det Forenede Kongerige.',
	et: 'Euroopa Liidu liikmesriigid alates 2020. aastast, ilma Ühendkuningriigita.'
});

export const vWhyAll = /* @__PURE__ */ message({
	en: 'Every country the source assessed.',
	de: 'Jedes von der Quelle bewertete Land.',
	fr: 'Tous les pays évalués par la source.',
	nl: 'Elk door de bron beoordeeld land.',
	da: 'Alle lande, kilden har vurderet.',
	et: 'Kõik allika hinnatud riigid.'
});

export const vCountryCount = /* @__PURE__ */ message({
	en: '{count} countries',
	de: '{count} Länder',
	fr: '{count} pays',
	nl: '{count} landen',
	da: '{count} lande',
	et: '{count} riiki'
});

// The explorer's frame: title, subtitle, notes and source (charts/explore-frame.ts)

export const vNIndicators = /* @__PURE__ */ message({
	en: '{count} indicators: {list}',
	de: '{count} Indikatoren: {list}',
	fr: '{count} indicateurs : {list}',
	nl: '{count} indicatoren: {list}',
	da: '{count} indikatorer: {list}',
	et: '{count} näitajat: {list}'
});

export const vYearsAnd = /* @__PURE__ */ message({
	en: "{years} and {last} (each indicator's latest)",
	de: '{years} und {last} (jeweils die neueste des Indikators)',
	fr: '{years} et {last} (la dernière de chaque indicateur)',
	nl: '{years} en {last} (de laatste van elke indicator)',
	da: '{years} og {last} (hver indikators seneste)',
	et: '{years} ja {last} (iga näitaja viimane)'
});

export const vYearsTo = /* @__PURE__ */ message({
	en: '{first} to {last}',
	de: '{first} bis {last}',
	fr: '{first} à {last}',
	nl: '{first} tot {last}',
	da: '{first} til {last}',
	et: '{first} kuni {last}'
});

export const vNameRaw = /* @__PURE__ */ message({
	en: 'raw values',
	de: 'Rohwerte',
	fr: 'valeurs brutes',
	nl: 'ruwe waarden',
	da: 'rå værdier',
	et: 'algväärtused'
});

export const vNameRank = /* @__PURE__ */ message({
	en: 'rank among countries assessed',
	de: 'Rang unter den bewerteten Ländern',
	fr: 'rang parmi les pays évalués',
	nl: 'rang onder de beoordeelde landen',
	da: 'placering blandt de vurderede lande',
	et: 'koht hinnatud riikide seas'
});

export const vNameZscore = /* @__PURE__ */ message({
	en: 'z-score across countries assessed',
	de: 'z-Wert über die bewerteten Länder',
	fr: 'score z sur les pays évalués',
	nl: 'z-score over de beoordeelde landen',
	da: 'z-score på tværs af de vurderede lande',
	et: 'z-skoor hinnatud riikide lõikes'
});

export const vNameIndex = /* @__PURE__ */ message({
	en: 'index, EU27 average = 100',
	de: 'Index, EU27-Durchschnitt = 100',
	fr: 'indice, moyenne UE27 = 100',
	nl: 'index, EU27-gemiddelde = 100',
	da: 'indeks, EU27-gennemsnit = 100',
	et: 'indeks, EL27 keskmine = 100'
});

export const vNameGap = /* @__PURE__ */ message({
	en: 'gap to target',
	de: 'Abstand zum Ziel',
	fr: 'écart à l’objectif',
	nl: 'afstand tot doel',
	da: 'afstand til mål',
	et: 'kaugus eesmärgist'
});

export const vNoteRank = /* @__PURE__ */ message({
	en: 'Rank: position among all countries the source assessed that year (1 = best; ties share the better rank). EU27: mean rank of the member states assessed. Where a source publishes its own ranks over fewer countries (the OECD ranks its members, not the partner countries it also scores), these can differ from them; the overview and the country profiles show the published ones.',
	de: 'Rang: Position unter allen Ländern, die die Quelle in dem Jahr bewertet hat (1 = bester; Gleichstände teilen den besseren Rang). EU27: mittlerer Rang der bewerteten Mitgliedstaaten. Wo eine Quelle eigene Ränge über weniger Länder veröffentlicht (die OECD stuft ihre Mitglieder ein, nicht die Partnerländer, die sie ebenfalls bewertet), können diese abweichen; die Übersicht und die Länderprofile zeigen die veröffentlichten.',
	fr: 'Rang : position parmi tous les pays évalués par la source cette année-là (1 = meilleur ; les ex æquo partagent le meilleur rang). UE27 : rang moyen des États membres évalués. Lorsqu’une source publie ses propres rangs sur moins de pays (l’OCDE classe ses membres, pas les pays partenaires qu’elle note aussi), ils peuvent différer ; la vue d’ensemble et les profils de pays montrent les rangs publiés.',
	nl: 'Rang: positie onder alle landen die de bron dat jaar beoordeelde (1 = beste; gelijke waarden delen de betere rang). EU27: gemiddelde rang van de beoordeelde lidstaten. Waar een bron eigen rangen over minder landen publiceert (de OECD rangschikt haar leden, niet de partnerlanden die ze ook een score geeft), kunnen die afwijken; het overzicht en de landenprofielen tonen de gepubliceerde.',
	da: 'Placering: position blandt alle lande, kilden vurderede det år (1 = bedst; ligestillede deler den bedre placering). EU27: gennemsnitlig placering for de vurderede medlemsstater. Hvor en kilde offentliggør egne placeringer over færre lande (OECD rangerer sine medlemmer, ikke de partnerlande, den også scorer), kan de afvige; overblikket og landeprofilerne viser de offentliggjorte.',
	et: 'Koht: positsioon kõigi allika sel aastal hinnatud riikide seas (1 = parim; võrdsed jagavad paremat kohta). EL27: hinnatud liikmesriikide keskmine koht. Kui allikas avaldab oma kohad väiksema riikide arvu kohta (OECD järjestab oma liikmeid, mitte partnerriike, keda ta samuti hindab), võivad need erineda; ülevaade ja riikide profiilid näitavad avaldatud kohti.'
});

export const vNoteZscore = /* @__PURE__ */ message({
	en: 'z-score: (value − mean) ÷ standard deviation across all countries the source assessed that year (sample standard deviation); 0 is the average country.',
	de: 'z-Wert: (Wert − Mittelwert) ÷ Standardabweichung über alle Länder, die die Quelle in dem Jahr bewertet hat (Stichprobenstandardabweichung); 0 ist das durchschnittliche Land.',
	fr: 'score z : (valeur − moyenne) ÷ écart type sur tous les pays évalués par la source cette année-là (écart type de l’échantillon) ; 0 est le pays moyen.',
	nl: 'z-score: (waarde − gemiddelde) ÷ standaardafwijking over alle landen die de bron dat jaar beoordeelde (steekproefstandaardafwijking); 0 is het gemiddelde land.',
	da: 'z-score: (værdi − middelværdi) ÷ standardafvigelse på tværs af alle lande, kilden vurderede det år (stikprøvestandardafvigelse); 0 er det gennemsnitlige land.',
	et: 'z-skoor: (väärtus − keskmine) ÷ standardhälve kõigi allika sel aastal hinnatud riikide lõikes (valimi standardhälve); 0 on keskmine riik.'
});

export const vNoteIndex = /* @__PURE__ */ message({
	en: 'Index: value ÷ EU27 average of the same year × 100. The EU27 average is the one the source publishes where it publishes one, otherwise the mean of the member states assessed.',
	de: 'Index: Wert ÷ EU27-Durchschnitt desselben Jahres × 100. Der EU27-Durchschnitt ist der von der Quelle veröffentlichte, wo sie einen veröffentlicht, sonst das Mittel der bewerteten Mitgliedstaaten.',
	fr: 'Indice : valeur ÷ moyenne UE27 de la même année × 100. La moyenne UE27 est celle publiée par la source lorsqu’elle en publie une, sinon la moyenne des États membres évalués.',
	nl: 'Index: waarde ÷ EU27-gemiddelde van hetzelfde jaar × 100. Het EU27-gemiddelde is dat van de bron waar zij er een publiceert, anders het gemiddelde van de beoordeelde lidstaten.',
	da: 'Indeks: værdi ÷ EU27-gennemsnit for samme år × 100. EU27-gennemsnittet er kildens, hvor den offentliggør et, ellers middelværdien af de vurderede medlemsstater.',
	et: 'Indeks: väärtus ÷ sama aasta EL27 keskmine × 100. EL27 keskmine on allika avaldatud, kui see avaldab, muidu hinnatud liikmesriikide keskmine.'
});

export const vNoteGap = /* @__PURE__ */ message({
	en: 'Gap to target: target − value, in the indicator’s unit; 0 or below means the target is met.',
	de: 'Abstand zum Ziel: Ziel − Wert, in der Einheit des Indikators; 0 oder weniger heißt, das Ziel ist erreicht.',
	fr: 'Écart à l’objectif : objectif − valeur, dans l’unité de l’indicateur ; 0 ou moins signifie que l’objectif est atteint.',
	nl: 'Afstand tot doel: doel − waarde, in de eenheid van de indicator; 0 of minder betekent dat het doel is gehaald.',
	da: 'Afstand til mål: mål − værdi i indikatorens enhed; 0 eller derunder betyder, at målet er nået.',
	et: 'Kaugus eesmärgist: eesmärk − väärtus näitaja ühikus; 0 või vähem tähendab, et eesmärk on täidetud.'
});

export const vBreakSlope = /* @__PURE__ */ message({
	en: 'Dotted lines cross a series break in {label} ({years}): the method changed; values before and after are not comparable.',
	de: 'Gepunktete Linien queren einen Reihenbruch in {label} ({years}): Die Methode hat sich geändert; Werte davor und danach sind nicht vergleichbar.',
	fr: 'Les lignes pointillées traversent une rupture de série dans {label} ({years}) : la méthode a changé ; les valeurs avant et après ne sont pas comparables.',
	nl: 'Gestippelde lijnen kruisen een reeksbreuk in {label} ({years}): de methode veranderde; waarden ervoor en erna zijn niet vergelijkbaar.',
	da: 'Prikkede linjer krydser et databrud i {label} ({years}): metoden blev ændret; værdier før og efter er ikke sammenlignelige.',
	et: 'Punktiirjooned ületavad aegrea katkestuse näitajas {label} ({years}): meetod muutus; väärtused enne ja pärast pole võrreldavad.'
});

export const vBreakLine = /* @__PURE__ */ message({
	en: '○ Series break in {label}, {years}: the method changed; values before and after are not comparable.',
	de: '○ Reihenbruch in {label}, {years}: Die Methode hat sich geändert; Werte davor und danach sind nicht vergleichbar.',
	fr: '○ Rupture de série dans {label}, {years} : la méthode a changé ; les valeurs avant et après ne sont pas comparables.',
	nl: '○ Reeksbreuk in {label}, {years}: de methode veranderde; waarden ervoor en erna zijn niet vergelijkbaar.',
	da: '○ Databrud i {label}, {years}: metoden blev ændret; værdier før og efter er ikke sammenlignelige.',
	et: '○ Aegrea katkestus näitajas {label}, {years}: meetod muutus; väärtused enne ja pärast pole võrreldavad.'
});

export const vTargetNote = /* @__PURE__ */ message({
	en: 'Target: {label} ({url}).',
	de: 'Ziel: {label} ({url}).',
	fr: 'Objectif : {label} ({url}).',
	nl: 'Doel: {label} ({url}).',
	da: 'Mål: {label} ({url}).',
	et: 'Eesmärk: {label} ({url}).'
});

export const vTargetExpired = /* @__PURE__ */ message({
	en: 'It was due in {year}, before the first edition drawn ({first}): read it as a reference level, not a deadline.',
	de: 'Es war für {year} gesetzt, vor der ersten gezeichneten Ausgabe ({first}): Lesen Sie es als Vergleichsniveau, nicht als Frist.',
	fr: 'Il était fixé pour {year}, avant la première édition tracée ({first}) : lisez-le comme un niveau de référence, pas une échéance.',
	nl: 'Het gold voor {year}, vóór de eerste getekende editie ({first}): lees het als referentieniveau, niet als deadline.',
	da: 'Det skulle nås i {year}, før den første viste udgave ({first}): læs det som et referenceniveau, ikke en frist.',
	et: 'Selle tähtaeg oli {year}, enne esimest joonistatud väljaannet ({first}): lugege seda võrdlustasemena, mitte tähtajana.'
});

export const vTargetLineOnly = /* @__PURE__ */ message({
	en: 'The target line is drawn only with raw values and the gap to target.',
	de: 'Die Ziellinie wird nur bei Rohwerten und beim Abstand zum Ziel gezeichnet.',
	fr: 'La ligne d’objectif n’est tracée qu’avec les valeurs brutes et l’écart à l’objectif.',
	nl: 'De doellijn wordt alleen getekend bij ruwe waarden en de afstand tot doel.',
	da: 'Mållinjen vises kun med rå værdier og afstand til mål.',
	et: 'Eesmärgijoon joonistatakse ainult algväärtuste ja eesmärgist kauguse korral.'
});

export const vSourceFamilies = /* @__PURE__ */ message({
	en: 'Source: {families}.',
	de: 'Quelle: {families}.',
	fr: 'Source : {families}.',
	nl: 'Bron: {families}.',
	da: 'Kilde: {families}.',
	et: 'Allikas: {families}.'
});

// The explorer's panels and the countries they leave out (charts/explore-charts.ts)

export const vNoRankChosen = /* @__PURE__ */ message({
	en: '{label}: no rank for the countries and years chosen.',
	de: '{label}: kein Rang für die gewählten Länder und Jahre.',
	fr: '{label} : aucun rang pour les pays et années choisis.',
	nl: '{label}: geen rang voor de gekozen landen en jaren.',
	da: '{label}: ingen placering for de valgte lande og år.',
	et: '{label}: valitud riikide ja aastate kohta koht puudub.'
});

export const vNoValueFor = /* @__PURE__ */ message({
	en: '{label}: no value for the countries and years chosen.',
	de: '{label}: kein Wert für die gewählten Länder und Jahre.',
	fr: '{label} : aucune valeur pour les pays et années choisis.',
	nl: '{label}: geen waarde voor de gekozen landen en jaren.',
	da: '{label}: ingen værdi for de valgte lande og år.',
	et: '{label}: valitud riikide ja aastate kohta väärtus puudub.'
});

export const vOnlyOneEdition = /* @__PURE__ */ message({
	en: '{label}: only the {year} edition in the range; a slope needs two.',
	de: '{label}: nur die Ausgabe {year} im Zeitraum; eine Steigung braucht zwei.',
	fr: '{label} : seule l’édition {year} dans la période ; une pente en demande deux.',
	nl: '{label}: alleen de editie {year} in de periode; een helling heeft er twee nodig.',
	da: '{label}: kun udgaven {year} i perioden; en hældning kræver to.',
	et: '{label}: vahemikus on ainult {year}. aasta väljaanne; kalle vajab kahte.'
});

export const vInYear = /* @__PURE__ */ message({
	en: 'in {year}',
	de: 'in {year}',
	fr: 'en {year}',
	nl: 'in {year}',
	da: 'i {year}',
	et: 'aastal {year}'
});

export const vInYearOr = /* @__PURE__ */ message({
	en: 'in {a} or {b}',
	de: 'in {a} oder {b}',
	fr: 'en {a} ou {b}',
	nl: 'in {a} of {b}',
	da: 'i {a} eller {b}',
	et: 'aastal {a} või {b}'
});

export const vInYearsChosen = /* @__PURE__ */ message({
	en: 'in the years chosen',
	de: 'in den gewählten Jahren',
	fr: 'dans les années choisies',
	nl: 'in de gekozen jaren',
	da: 'i de valgte år',
	et: 'valitud aastatel'
});

export const vAndMore = /* @__PURE__ */ message({
	en: '{names} and {count} more',
	de: '{names} und {count} weitere',
	fr: '{names} et {count} autres',
	nl: '{names} en {count} andere',
	da: '{names} og {count} flere',
	et: '{names} ja veel {count}'
});

export const vUndrawnOne = /* @__PURE__ */ message({
	en: '{label}: no value {when} for {names}, so it is not drawn.',
	de: '{label}: kein Wert {when} für {names}, daher nicht gezeichnet.',
	fr: '{label} : aucune valeur {when} pour {names}, donc non tracé.',
	nl: '{label}: geen waarde {when} voor {names}, dus niet getekend.',
	da: '{label}: ingen værdi {when} for {names}, så det vises ikke.',
	et: '{label}: {names} kohta pole väärtust ({when}), seega seda ei joonistata.'
});

export const vUndrawnMany = /* @__PURE__ */ message({
	en: '{label}: no value {when} for {names}, so they are not drawn.',
	de: '{label}: kein Wert {when} für {names}, daher nicht gezeichnet.',
	fr: '{label} : aucune valeur {when} pour {names}, donc non tracés.',
	nl: '{label}: geen waarde {when} voor {names}, dus niet getekend.',
	da: '{label}: ingen værdi {when} for {names}, så de vises ikke.',
	et: '{label}: {names} kohta pole väärtust ({when}), seega neid ei joonistata.'
});

// The countries chosen, in a subtitle (charts/explore-view.ts)

export const vPhraseFive = /* @__PURE__ */ message({
	en: 'the five',
	de: 'die fünf',
	fr: 'les cinq',
	nl: 'de vijf',
	da: 'de fem',
	et: 'need viis'
});

export const vPhraseTen = /* @__PURE__ */ message({
	en: "the programme's ten",
	de: 'die zehn des Programms',
	fr: 'les dix du programme',
	nl: 'de tien van het programma',
	da: 'programmets ti',
	et: 'programmi kümme'
});

export const vPhraseEight = /* @__PURE__ */ message({
	en: 'the meta-analysis eight',
	de: 'die acht der Metaanalyse',
	fr: 'les huit de la méta-analyse',
	nl: 'de acht van de meta-analyse',
	da: 'metaanalysens otte',
	et: 'metaanalüüsi kaheksa'
});

export const vPhraseEu27 = /* @__PURE__ */ message({
	en: 'the EU27 member states',
	de: 'die EU27-Mitgliedstaaten',
	fr: 'les États membres de l’UE27',
	nl: 'de EU27-lidstaten',
	da: 'EU27-medlemsstaterne',
	et: 'EL27 liikmesriigid'
});

export const vPhraseAll = /* @__PURE__ */ message({
	en: 'all countries assessed',
	de: 'alle bewerteten Länder',
	fr: 'tous les pays évalués',
	nl: 'alle beoordeelde landen',
	da: 'alle vurderede lande',
	et: 'kõik hinnatud riigid'
});

export const vPhraseMore = /* @__PURE__ */ message({
	en: '{count} more',
	de: '{count} weitere',
	fr: '{count} autres',
	nl: '{count} andere',
	da: '{count} flere',
	et: 'veel {count}'
});

export const vAnd = /* @__PURE__ */ message({
	en: '{a} and {b}',
	de: '{a} und {b}',
	fr: '{a} et {b}',
	nl: '{a} en {b}',
	da: '{a} og {b}',
	et: '{a} ja {b}'
});

export const vNoCountry = /* @__PURE__ */ message({
	en: 'No country chosen',
	de: 'Kein Land gewählt',
	fr: 'Aucun pays choisi',
	nl: 'Geen land gekozen',
	da: 'Intet land valgt',
	et: 'Riiki pole valitud'
});

// The explorer's charts: axes, labels, tips and descriptions (charts/explore-*.ts)

export const vAxisRank = /* @__PURE__ */ message({
	en: 'Rank on {label} among countries assessed (1 = best)',
	de: 'Rang bei {label} unter den bewerteten Ländern (1 = bester)',
	fr: 'Rang pour {label} parmi les pays évalués (1 = meilleur)',
	nl: 'Rang op {label} onder de beoordeelde landen (1 = beste)',
	da: 'Placering på {label} blandt de vurderede lande (1 = bedst)',
	et: 'Koht näitajas {label} hinnatud riikide seas (1 = parim)'
});

export const vAxisZscore = /* @__PURE__ */ message({
	en: '{label}, z-score (standard deviations from the mean of countries assessed)',
	de: '{label}, z-Wert (Standardabweichungen vom Mittel der bewerteten Länder)',
	fr: '{label}, score z (écarts types à la moyenne des pays évalués)',
	nl: '{label}, z-score (standaardafwijkingen van het gemiddelde van de beoordeelde landen)',
	da: '{label}, z-score (standardafvigelser fra middelværdien af de vurderede lande)',
	et: '{label}, z-skoor (standardhälvet hinnatud riikide keskmisest)'
});

export const vAxisIndex = /* @__PURE__ */ message({
	en: '{label}, index (EU27 average = 100)',
	de: '{label}, Index (EU27-Durchschnitt = 100)',
	fr: '{label}, indice (moyenne UE27 = 100)',
	nl: '{label}, index (EU27-gemiddelde = 100)',
	da: '{label}, indeks (EU27-gennemsnit = 100)',
	et: '{label}, indeks (EL27 keskmine = 100)'
});

export const vAxisGap = /* @__PURE__ */ message({
	en: '{label}, gap to target (target − value, {unit})',
	de: '{label}, Abstand zum Ziel (Ziel − Wert, {unit})',
	fr: '{label}, écart à l’objectif (objectif − valeur, {unit})',
	nl: '{label}, afstand tot doel (doel − waarde, {unit})',
	da: '{label}, afstand til mål (mål − værdi, {unit})',
	et: '{label}, kaugus eesmärgist (eesmärk − väärtus, {unit})'
});

export const vUnitIndex = /* @__PURE__ */ message({
	en: 'index, EU27 = 100',
	de: 'Index, EU27 = 100',
	fr: 'indice, UE27 = 100',
	nl: 'index, EU27 = 100',
	da: 'indeks, EU27 = 100',
	et: 'indeks, EL27 = 100'
});

export const vUnitGap = /* @__PURE__ */ message({
	en: 'to target, {unit}',
	de: 'bis zum Ziel, {unit}',
	fr: 'écart à l’objectif, {unit}',
	nl: 'tot het doel, {unit}',
	da: 'til målet, {unit}',
	et: 'eesmärgini, {unit}'
});

export const vEditionYear = /* @__PURE__ */ message({
	en: 'Edition (year)',
	de: 'Ausgabe (Jahr)',
	fr: 'Édition (année)',
	nl: 'Editie (jaar)',
	da: 'Udgave (år)',
	et: 'Väljaanne (aasta)'
});

export const vNewSeries = /* @__PURE__ */ message({
	en: 'New series (method change)',
	de: 'Neue Reihe (Methodenwechsel)',
	fr: 'Nouvelle série (changement de méthode)',
	nl: 'Nieuwe reeks (methodewijziging)',
	da: 'Ny serie (metodeskift)',
	et: 'Uus aegrida (meetodi muutus)'
});

export const vSeriesBreak = /* @__PURE__ */ message({
	en: '(series break)',
	de: '(Reihenbruch)',
	fr: '(rupture de série)',
	nl: '(reeksbreuk)',
	da: '(databrud)',
	et: '(aegrea katkestus)'
});

export const vBreak = /* @__PURE__ */ message({
	en: '(break)',
	de: '(Bruch)',
	fr: '(rupture)',
	nl: '(breuk)',
	da: '(brud)',
	et: '(katkestus)'
});

export const vEu27AverageValue = /* @__PURE__ */ message({
	en: 'EU27 average {value}',
	de: 'EU27-Durchschnitt {value}',
	fr: 'Moyenne UE27 {value}',
	nl: 'EU27-gemiddelde {value}',
	da: 'EU27-gennemsnit {value}',
	et: 'EL27 keskmine {value}'
});

export const vEu27MeanRank = /* @__PURE__ */ message({
	en: 'EU27 (mean rank)',
	de: 'EU27 (mittlerer Rang)',
	fr: 'UE27 (rang moyen)',
	nl: 'EU27 (gemiddelde rang)',
	da: 'EU27 (gennemsnitlig placering)',
	et: 'EL27 (keskmine koht)'
});

export const vMeanRank = /* @__PURE__ */ message({
	en: 'mean {value}',
	de: 'Mittel {value}',
	fr: 'moyenne {value}',
	nl: 'gemiddeld {value}',
	da: 'gennemsnit {value}',
	et: 'keskmine {value}'
});

export const vDotsDescription = /* @__PURE__ */ message({
	en: '{label}: rank among countries assessed (1 = best). {list}',
	de: '{label}: Rang unter den bewerteten Ländern (1 = bester). {list}',
	fr: '{label} : rang parmi les pays évalués (1 = meilleur). {list}',
	nl: '{label}: rang onder de beoordeelde landen (1 = beste). {list}',
	da: '{label}: placering blandt de vurderede lande (1 = bedst). {list}',
	et: '{label}: koht hinnatud riikide seas (1 = parim). {list}'
});

export const vNoRankList = /* @__PURE__ */ message({
	en: 'no rank: {names}',
	de: 'kein Rang: {names}',
	fr: 'sans rang : {names}',
	nl: 'geen rang: {names}',
	da: 'ingen placering: {names}',
	et: 'koht puudub: {names}'
});

export const vDotsLabel = /* @__PURE__ */ message({
	en: '{label}: rank among countries assessed',
	de: '{label}: Rang unter den bewerteten Ländern',
	fr: '{label} : rang parmi les pays évalués',
	nl: '{label}: rang onder de beoordeelde landen',
	da: '{label}: placering blandt de vurderede lande',
	et: '{label}: koht hinnatud riikide seas'
});

export const vDotsAxis = /* @__PURE__ */ message({
	en: 'Rank among the {count} countries assessed in {year} (1 = best)',
	de: 'Rang unter den {count} im Jahr {year} bewerteten Ländern (1 = bester)',
	fr: 'Rang parmi les {count} pays évalués en {year} (1 = meilleur)',
	nl: 'Rang onder de {count} in {year} beoordeelde landen (1 = beste)',
	da: 'Placering blandt de {count} lande vurderet i {year} (1 = bedst)',
	et: 'Koht {year}. aastal hinnatud {count} riigi seas (1 = parim)'
});

export const vNoRankIn = /* @__PURE__ */ message({
	en: 'no rank in {year}',
	de: 'kein Rang {year}',
	fr: 'sans rang en {year}',
	nl: 'geen rang in {year}',
	da: 'ingen placering i {year}',
	et: 'koht puudub ({year})'
});

export const vRankOfN = /* @__PURE__ */ message({
	en: '{rank} of {n}',
	de: '{rank} von {n}',
	fr: '{rank} sur {n}',
	nl: '{rank} van {n}',
	da: '{rank} af {n}',
	et: '{rank} {n}-st'
});

export const vTwoYears = /* @__PURE__ */ message({
	en: '{label}, {a} and {b}',
	de: '{label}, {a} und {b}',
	fr: '{label}, {a} et {b}',
	nl: '{label}, {a} en {b}',
	da: '{label}, {a} og {b}',
	et: '{label}, {a} ja {b}'
});

export const vTargetReached = /* @__PURE__ */ message({
	en: 'Target reached ({year} target)',
	de: 'Ziel erreicht (Ziel {year})',
	fr: 'Objectif atteint (objectif {year})',
	nl: 'Doel bereikt (doel {year})',
	da: 'Mål nået ({year}-mål)',
	et: 'Eesmärk täidetud ({year}. aasta eesmärk)'
});

export const vTargetLevel = /* @__PURE__ */ message({
	en: 'Target {year}: {value}',
	de: 'Ziel {year}: {value}',
	fr: 'Objectif {year} : {value}',
	nl: 'Doel {year}: {value}',
	da: 'Mål {year}: {value}',
	et: 'Eesmärk {year}: {value}'
});

export const vDescNone = /* @__PURE__ */ message({
	en: '{what}: no value for the countries and years chosen.',
	de: '{what}: kein Wert für die gewählten Länder und Jahre.',
	fr: '{what} : aucune valeur pour les pays et années choisis.',
	nl: '{what}: geen waarde voor de gekozen landen en jaren.',
	da: '{what}: ingen værdi for de valgte lande og år.',
	et: '{what}: valitud riikide ja aastate kohta väärtus puudub.'
});

export const vDescLine = /* @__PURE__ */ message({
	en: '{what}, {first}–{last}; in {last}: {list}{eu}.',
	de: '{what}, {first}–{last}; {last}: {list}{eu}.',
	fr: '{what}, {first}–{last} ; en {last} : {list}{eu}.',
	nl: '{what}, {first}–{last}; in {last}: {list}{eu}.',
	da: '{what}, {first}–{last}; i {last}: {list}{eu}.',
	et: '{what}, {first}–{last}; {last}: {list}{eu}.'
});

export const vDescBarNone = /* @__PURE__ */ message({
	en: '{what}: no value for the countries chosen in {year}.',
	de: '{what}: kein Wert für die gewählten Länder im Jahr {year}.',
	fr: '{what} : aucune valeur pour les pays choisis en {year}.',
	nl: '{what}: geen waarde voor de gekozen landen in {year}.',
	da: '{what}: ingen værdi for de valgte lande i {year}.',
	et: '{what}: valitud riikide kohta pole {year}. aastal väärtust.'
});

export const vDescBar = /* @__PURE__ */ message({
	en: '{what} in {year}: {list}{eu}.',
	de: '{what} im Jahr {year}: {list}{eu}.',
	fr: '{what} en {year} : {list}{eu}.',
	nl: '{what} in {year}: {list}{eu}.',
	da: '{what} i {year}: {list}{eu}.',
	et: '{what} aastal {year}: {list}{eu}.'
});

export const vDescSlopeNone = /* @__PURE__ */ message({
	en: '{what}: no country chosen has a value in both {a} and {b}.',
	de: '{what}: Kein gewähltes Land hat sowohl {a} als auch {b} einen Wert.',
	fr: '{what} : aucun pays choisi n’a de valeur à la fois en {a} et en {b}.',
	nl: '{what}: geen gekozen land heeft een waarde in zowel {a} als {b}.',
	da: '{what}: intet valgt land har en værdi i både {a} og {b}.',
	et: '{what}: ühelgi valitud riigil pole väärtust nii {a}. kui ka {b}. aastal.'
});

export const vDescSlope = /* @__PURE__ */ message({
	en: '{what}, {a} to {b}: {list}.',
	de: '{what}, {a} bis {b}: {list}.',
	fr: '{what}, {a} à {b} : {list}.',
	nl: '{what}, {a} tot {b}: {list}.',
	da: '{what}, {a} til {b}: {list}.',
	et: '{what}, {a} kuni {b}: {list}.'
});

// The overview's chart (charts/home-chart.ts, charts/line-chart.ts)

export const vRankOnShort = /* @__PURE__ */ message({
	en: 'Rank on {label}',
	de: 'Rang bei {label}',
	fr: 'Rang pour {label}',
	nl: 'Rang op {label}',
	da: 'Placering på {label}',
	et: 'Koht näitajas {label}'
});

export const vRankOnBest = /* @__PURE__ */ message({
	en: 'Rank on {label} (1 = best)',
	de: 'Rang bei {label} (1 = bester)',
	fr: 'Rang pour {label} (1 = meilleur)',
	nl: 'Rang op {label} (1 = beste)',
	da: 'Placering på {label} (1 = bedst)',
	et: 'Koht näitajas {label} (1 = parim)'
});

export const vRankBest = /* @__PURE__ */ message({
	en: 'Rank (1 = best)',
	de: 'Rang (1 = bester)',
	fr: 'Rang (1 = meilleur)',
	nl: 'Rang (1 = beste)',
	da: 'Placering (1 = bedst)',
	et: 'Koht (1 = parim)'
});

export const vNoValueCountries = /* @__PURE__ */ message({
	en: '{label}: no value for the countries chosen.',
	de: '{label}: kein Wert für die gewählten Länder.',
	fr: '{label} : aucune valeur pour les pays choisis.',
	nl: '{label}: geen waarde voor de gekozen landen.',
	da: '{label}: ingen værdi for de valgte lande.',
	et: '{label}: valitud riikide kohta väärtus puudub.'
});

export const vDescHome = /* @__PURE__ */ message({
	en: '{what}, {span}; in {year}: {list}.',
	de: '{what}, {span}; {year}: {list}.',
	fr: '{what}, {span} ; en {year} : {list}.',
	nl: '{what}, {span}; in {year}: {list}.',
	da: '{what}, {span}; i {year}: {list}.',
	et: '{what}, {span}; {year}: {list}.'
});

// A country profile's texts built at build time (charts/country-headline.ts, routes/country)

export const vSourcesRanks = /* @__PURE__ */ message({
	en: 'Sources: {parts}. Ranks: {rule};',
	de: 'Quellen: {parts}. Ränge: {rule};',
	fr: 'Sources : {parts}. Rangs : {rule} ;',
	nl: 'Bronnen: {parts}. Rangen: {rule};',
	da: 'Kilder: {parts}. Placeringer: {rule};',
	et: 'Allikad: {parts}. Kohad: {rule};'
});

export const vNoValueForName = /* @__PURE__ */ message({
	en: '{label}: no value for {name}.',
	de: '{label}: kein Wert für {name}.',
	fr: '{label} : aucune valeur pour {name}.',
	nl: '{label}: geen waarde voor {name}.',
	da: '{label}: ingen værdi for {name}.',
	et: '{label}: riigi {name} kohta väärtus puudub.'
});

export const vEu27AverageIn = /* @__PURE__ */ message({
	en: '(EU27 average {value})',
	de: '(EU27-Durchschnitt {value})',
	fr: '(moyenne UE27 {value})',
	nl: '(EU27-gemiddelde {value})',
	da: '(EU27-gennemsnit {value})',
	et: '(EL27 keskmine {value})'
});

export const vNotRanked = /* @__PURE__ */ message({
	en: 'not ranked',
	de: 'ohne Rang',
	fr: 'non classé',
	nl: 'niet gerangschikt',
	da: 'ikke placeret',
	et: 'kohta pole'
});

export const vRankNOf = /* @__PURE__ */ message({
	en: 'rank {rank} of {n}',
	de: 'Rang {rank} von {n}',
	fr: 'rang {rank} sur {n}',
	nl: 'rang {rank} van {n}',
	da: 'placering {rank} af {n}',
	et: 'koht {rank}/{n}'
});

export const vDescHeadline = /* @__PURE__ */ message({
	en: '{name}, {label} ({unit}): {first} in {firstYear}, {last} in {lastYear}{eu}; {rank}.',
	de: '{name}, {label} ({unit}): {first} im Jahr {firstYear}, {last} im Jahr {lastYear}{eu}; {rank}.',
	fr: '{name}, {label} ({unit}) : {first} en {firstYear}, {last} en {lastYear}{eu} ; {rank}.',
	nl: '{name}, {label} ({unit}): {first} in {firstYear}, {last} in {lastYear}{eu}; {rank}.',
	da: '{name}, {label} ({unit}): {first} i {firstYear}, {last} i {lastYear}{eu}; {rank}.',
	et: '{name}, {label} ({unit}): {first} aastal {firstYear}, {last} aastal {lastYear}{eu}; {rank}.'
});

export const vHeadlineFor = /* @__PURE__ */ message({
	en: '{label} for {name}',
	de: '{label} für {name}',
	fr: '{label} pour {name}',
	nl: '{label} voor {name}',
	da: '{label} for {name}',
	et: '{label}: {name}'
});

// Status lines and previews

export const vOtherChartChanged = /* @__PURE__ */ message({
	en: '{first} (1 other chart also changed.)',
	de: '{first} (1 weiteres Diagramm hat sich ebenfalls geändert.)',
	fr: '{first} (1 autre graphique a aussi changé.)',
	nl: '{first} (1 andere grafiek is ook gewijzigd.)',
	da: '{first} (1 andet diagram blev også ændret.)',
	et: '{first} (Muutus ka 1 teine joonis.)'
});

export const vOtherChartsChanged = /* @__PURE__ */ message({
	en: '{first} ({count} other charts also changed.)',
	de: '{first} ({count} weitere Diagramme haben sich ebenfalls geändert.)',
	fr: '{first} ({count} autres graphiques ont aussi changé.)',
	nl: '{first} ({count} andere grafieken zijn ook gewijzigd.)',
	da: '{first} ({count} andre diagrammer blev også ændret.)',
	et: '{first} (Muutus ka {count} teist joonist.)'
});

export const vChartPreview = /* @__PURE__ */ message({
	en: 'Chart: {title}',
	de: 'Diagramm: {title}',
	fr: 'Graphique : {title}',
	nl: 'Grafiek: {title}',
	da: 'Diagram: {title}',
	et: 'Joonis: {title}'
});

// Readings: how a country's rank moved (data/country-summary.ts, charts/overview-reading.ts)

export const vBenchEgdi = /* @__PURE__ */ message({
	en: 'the UN e-government index',
	de: 'E-Government-Index der UN',
	fr: 'indice d’administration en ligne de l’ONU',
	nl: 'e-overheidsindex van de VN',
	da: 'FN’s indeks for digital forvaltning',
	et: 'ÜRO e-riigi indeks'
});

export const vBenchEgov = /* @__PURE__ */ message({
	en: 'the EU eGovernment Benchmark',
	de: 'EU eGovernment Benchmark',
	fr: 'eGovernment Benchmark de l’UE',
	nl: 'EU eGovernment Benchmark',
	da: 'EU’s eGovernment Benchmark',
	et: 'ELi eGovernment Benchmark'
});

export const vBenchDgi = /* @__PURE__ */ message({
	en: 'the OECD Digital Government Index',
	de: 'OECD Digital Government Index',
	fr: 'Digital Government Index de l’OCDE',
	nl: 'OECD Digital Government Index',
	da: 'OECD Digital Government Index',
	et: 'OECD Digital Government Index'
});

export const vRankedOnce = /* @__PURE__ */ message({
	en: '{name} ranked {rank} of {n} in {benchmark} in {year}.',
	de: '{name} belegte den {rank} Platz unter {n} ({benchmark}, {year}).',
	fr: '{name} était {rank} sur {n} ({benchmark}, {year}).',
	nl: '{name} stond op de {rank} plaats van {n} ({benchmark}, {year}).',
	da: '{name} lå på {rank} plads af {n} ({benchmark}, {year}).',
	et: '{name} oli {rank} kohal {n}-st ({benchmark}, {year}).'
});

export const vRankedSame = /* @__PURE__ */ message({
	en: '{name} was {rank} in {benchmark} in both {start} and {end}{across}{turn}.',
	de: '{name} belegte {start} wie {end} den {rank} Platz ({benchmark}){across}{turn}.',
	fr: '{name} était {rank} en {start} comme en {end} ({benchmark}){across}{turn}.',
	nl: '{name} stond zowel in {start} als in {end} op de {rank} plaats ({benchmark}){across}{turn}.',
	da: '{name} lå på {rank} plads både i {start} og {end} ({benchmark}){across}{turn}.',
	et: '{name} oli nii {start}. kui ka {end}. aastal {rank} kohal ({benchmark}){across}{turn}.'
});

export const vRankRose = /* @__PURE__ */ message({
	en: '{name} rose from {from} to {to} in {benchmark} between {start} and {end}{across}{turn}.',
	de: '{name} stieg vom {from} auf den {to} Platz ({benchmark}, {start}–{end}){across}{turn}.',
	fr: '{name} a progressé du {from} au {to} rang ({benchmark}, {start}–{end}){across}{turn}.',
	nl: '{name} steeg van de {from} naar de {to} plaats ({benchmark}, {start}–{end}){across}{turn}.',
	da: '{name} steg fra {from} til {to} plads ({benchmark}, {start}–{end}){across}{turn}.',
	et: '{name} tõusis {from} kohalt {to} kohale ({benchmark}, {start}–{end}){across}{turn}.'
});

export const vRankFell = /* @__PURE__ */ message({
	en: '{name} fell from {from} to {to} in {benchmark} between {start} and {end}{across}{turn}.',
	de: '{name} fiel vom {from} auf den {to} Platz ({benchmark}, {start}–{end}){across}{turn}.',
	fr: '{name} a reculé du {from} au {to} rang ({benchmark}, {start}–{end}){across}{turn}.',
	nl: '{name} daalde van de {from} naar de {to} plaats ({benchmark}, {start}–{end}){across}{turn}.',
	da: '{name} faldt fra {from} til {to} plads ({benchmark}, {start}–{end}){across}{turn}.',
	et: '{name} langes {from} kohalt {to} kohale ({benchmark}, {start}–{end}){across}{turn}.'
});

export const vAcrossChange = /* @__PURE__ */ message({
	en: ', across its {list} change of method',
	de: ', über den Methodenwechsel {list} hinweg',
	fr: ', à travers le changement de méthode de {list}',
	nl: ', over de methodewijziging van {list} heen',
	da: ', hen over metodeskiftet i {list}',
	et: ', mis hõlmab meetodi muutust aastal {list}'
});

export const vAcrossChanges = /* @__PURE__ */ message({
	en: ', across its {list} changes of method',
	de: ', über die Methodenwechsel {list} hinweg',
	fr: ', à travers les changements de méthode de {list}',
	nl: ', over de methodewijzigingen van {list} heen',
	da: ', hen over metodeskiftene i {list}',
	et: ', mis hõlmab meetodi muutusi aastatel {list}'
});

export const vLowPoint = /* @__PURE__ */ message({
	en: ', with a low point of {rank} in {year}',
	de: ', mit einem Tiefpunkt auf dem {rank} Platz ({year})',
	fr: ', avec un point bas au {rank} rang en {year}',
	nl: ', met een dieptepunt op de {rank} plaats in {year}',
	da: ', med et lavpunkt på {rank} plads i {year}',
	et: ', madalaim {rank} koht aastal {year}'
});

export const vHighPoint = /* @__PURE__ */ message({
	en: ', with a high point of {rank} in {year}',
	de: ', mit einem Höchststand auf dem {rank} Platz ({year})',
	fr: ', avec un point haut au {rank} rang en {year}',
	nl: ', met een hoogtepunt op de {rank} plaats in {year}',
	da: ', med et højdepunkt på {rank} plads i {year}',
	et: ', kõrgeim {rank} koht aastal {year}'
});

export const vNoneOfFive = /* @__PURE__ */ message({
	en: 'None of the five is assessed in {benchmark}.',
	de: 'Keines der fünf Länder wird bewertet ({benchmark}).',
	fr: 'Aucun des cinq n’est évalué ({benchmark}).',
	nl: 'Geen van de vijf wordt beoordeeld ({benchmark}).',
	da: 'Ingen af de fem er vurderet ({benchmark}).',
	et: 'Ühtegi viiest pole hinnatud ({benchmark}).'
});

export const vSharedBest = /* @__PURE__ */ message({
	en: '{names} shared the best rank of the five in {year} ({of}).',
	de: '{names} teilten sich {year} den besten Rang der fünf ({of}).',
	fr: '{names} partageaient le meilleur rang des cinq en {year} ({of}).',
	nl: '{names} deelden in {year} de beste rang van de vijf ({of}).',
	da: '{names} delte den bedste placering blandt de fem i {year} ({of}).',
	et: '{names} jagasid {year}. aastal viie seas parimat kohta ({of}).'
});

export const vSharedBestIn = /* @__PURE__ */ message({
	en: '{names} shared the best rank of the five in {benchmark} in {year} ({of}).',
	de: '{names} teilten sich {year} den besten Rang der fünf ({benchmark}; {of}).',
	fr: '{names} partageaient le meilleur rang des cinq en {year} ({benchmark} ; {of}).',
	nl: '{names} deelden in {year} de beste rang van de vijf ({benchmark}; {of}).',
	da: '{names} delte den bedste placering blandt de fem i {year} ({benchmark}; {of}).',
	et: '{names} jagasid {year}. aastal viie seas parimat kohta ({benchmark}; {of}).'
});

export const vRankedHighest = /* @__PURE__ */ message({
	en: '{name} ranked highest of the five in {year} ({of}).',
	de: '{name} lag {year} unter den fünf vorn ({of}).',
	fr: '{name} était le mieux classé des cinq en {year} ({of}).',
	nl: '{name} stond in {year} het hoogst van de vijf ({of}).',
	da: '{name} lå højest af de fem i {year} ({of}).',
	et: '{name} oli {year}. aastal viiest kõrgeimal kohal ({of}).'
});

export const vRankedHighestIn = /* @__PURE__ */ message({
	en: '{name} ranked highest of the five in {benchmark} in {year} ({of}).',
	de: '{name} lag {year} unter den fünf vorn ({benchmark}; {of}).',
	fr: '{name} était le mieux classé des cinq en {year} ({benchmark} ; {of}).',
	nl: '{name} stond in {year} het hoogst van de vijf ({benchmark}; {of}).',
	da: '{name} lå højest af de fem i {year} ({benchmark}; {of}).',
	et: '{name} oli {year}. aastal viiest kõrgeimal kohal ({benchmark}; {of}).'
});

export const vWasNotAssessed = /* @__PURE__ */ message({
	en: '{names} was not assessed.',
	de: '{names} wurde nicht bewertet.',
	fr: '{names} n’a pas été évalué.',
	nl: '{names} werd niet beoordeeld.',
	da: '{names} blev ikke vurderet.',
	et: '{names} ei olnud hinnatud.'
});

export const vWereNotAssessed = /* @__PURE__ */ message({
	en: '{names} were not assessed.',
	de: '{names} wurden nicht bewertet.',
	fr: '{names} n’ont pas été évalués.',
	nl: '{names} werden niet beoordeeld.',
	da: '{names} blev ikke vurderet.',
	et: '{names} ei olnud hinnatud.'
});

// The overview's table cells (data/overview-table.ts)

export const vToGo = /* @__PURE__ */ message({
	en: '{value} to go',
	de: 'noch {value}',
	fr: 'encore {value}',
	nl: 'nog {value}',
	da: '{value} mangler',
	et: 'veel {value}'
});

export const vTargetReachedCell = /* @__PURE__ */ message({
	en: 'target reached',
	de: 'Ziel erreicht',
	fr: 'objectif atteint',
	nl: 'doel bereikt',
	da: 'mål nået',
	et: 'eesmärk täidetud'
});

export const vNotAssessed = /* @__PURE__ */ message({
	en: 'not assessed',
	de: 'nicht bewertet',
	fr: 'non évalué',
	nl: 'niet beoordeeld',
	da: 'ikke vurderet',
	et: 'hindamata'
});

export const vMeanOf = /* @__PURE__ */ message({
	en: '(mean of {n})',
	de: '(Mittel aus {n})',
	fr: '(moyenne de {n})',
	nl: '(gemiddelde van {n})',
	da: '(gennemsnit af {n})',
	et: '({n} keskmine)'
});

export const vTargetBy = /* @__PURE__ */ message({
	en: '{value} by {year}',
	de: '{value} bis {year}',
	fr: '{value} d’ici {year}',
	nl: '{value} in {year}',
	da: '{value} i {year}',
	et: '{value} aastaks {year}'
});

export const vOlderNote = /* @__PURE__ */ message({
	en: '{name}: {label}, latest edition {year}{flag}, when the EU27 average was {eu27}',
	de: '{name}: {label}, neueste Ausgabe {year}{flag}, als der EU27-Durchschnitt {eu27} betrug',
	fr: '{name} : {label}, dernière édition {year}{flag}, quand la moyenne UE27 était de {eu27}',
	nl: '{name}: {label}, laatste editie {year}{flag}, toen het EU27-gemiddelde {eu27} was',
	da: '{name}: {label}, seneste udgave {year}{flag}, da EU27-gennemsnittet var {eu27}',
	et: '{name}: {label}, viimane väljaanne {year}{flag}, mil EL27 keskmine oli {eu27}'
});

export const vAfterBreak = /* @__PURE__ */ message({
	en: '(after a series break)',
	de: '(nach einem Reihenbruch)',
	fr: '(après une rupture de série)',
	nl: '(na een reeksbreuk)',
	da: '(efter et databrud)',
	et: '(pärast aegrea katkestust)'
});

export const vMeanRankValue = /* @__PURE__ */ message({
	en: '{value} (mean rank)',
	de: '{value} (mittlerer Rang)',
	fr: '{value} (rang moyen)',
	nl: '{value} (gemiddelde rang)',
	da: '{value} (gennemsnitlig placering)',
	et: '{value} (keskmine koht)'
});

/** The rule after a semicolon, in a sentence already begun. */
export const vEu27RuleClause = /* @__PURE__ */ message({
	en: 'EU27 average as published where the source publishes one, otherwise the mean of the member states assessed.',
	de: 'EU27-Durchschnitt wie veröffentlicht, wo die Quelle einen veröffentlicht, sonst das Mittel der bewerteten Mitgliedstaaten.',
	fr: 'moyenne UE27 telle que publiée lorsque la source en publie une, sinon la moyenne des États membres évalués.',
	nl: 'EU27-gemiddelde zoals gepubliceerd waar de bron er een publiceert, anders het gemiddelde van de beoordeelde lidstaten.',
	da: 'EU27-gennemsnit som offentliggjort, hvor kilden offentliggør et, ellers middelværdien af de vurderede medlemsstater.',
	et: 'EL27 keskmine avaldatud kujul, kui allikas selle avaldab, muidu hinnatud liikmesriikide keskmine.'
});

// The country profile's strategy timeline, drawn at build time

export const vTimelineLabel = /* @__PURE__ */ message({
	en: "Timeline of {name}'s e-government strategies",
	de: 'Zeitleiste der E-Government-Strategien: {name}',
	fr: 'Chronologie des stratégies d’administration en ligne : {name}',
	nl: 'Tijdlijn van de e-overheidsstrategieën: {name}',
	da: 'Tidslinje over strategierne for digital forvaltning: {name}',
	et: 'E-riigi strateegiate ajajoon: {name}'
});

export const vTimelineNone = /* @__PURE__ */ message({
	en: '{name}: no strategy on record.',
	de: '{name}: keine Strategie erfasst.',
	fr: '{name} : aucune stratégie enregistrée.',
	nl: '{name}: geen strategie geregistreerd.',
	da: '{name}: ingen strategi registreret.',
	et: '{name}: ühtki strateegiat pole kirjas.'
});

export const vTimelineDescription = /* @__PURE__ */ message({
	en: '{name}: {n} strategies, laws, programmes and institutions, {coded} of them coded: {list}.',
	de: '{name}: {n} Strategien, Gesetze, Programme und Institutionen, davon {coded} kodiert: {list}.',
	fr: '{name} : {n} stratégies, lois, programmes et institutions, dont {coded} codés : {list}.',
	nl: '{name}: {n} strategieën, wetten, programma’s en instellingen, waarvan {coded} gecodeerd: {list}.',
	da: '{name}: {n} strategier, love, programmer og institutioner, heraf {coded} kodet: {list}.',
	et: '{name}: {n} strateegiat, seadust, programmi ja asutust, neist {coded} kodeeritud: {list}.'
});
