import { message } from '../message';

/*
 * The texts of /strategies (with the codebook) and /analysis, in every language (docs/i18n.md).
 * Names of institutions follow glossary.ts. Drafted by the project, not reviewed by native speakers.
 */

// The strategies page

export const rStrategiesTitle = /* @__PURE__ */ message({
	en: 'National e-government strategies, coded',
	de: 'Nationale E-Government-Strategien, kodiert',
	fr: 'Stratégies nationales d’administration numérique, codées',
	nl: 'Nationale strategieën voor de digitale overheid, gecodeerd',
	da: 'Nationale strategier for digital forvaltning, kodet',
	et: 'Riiklikud e-riigi strateegiad, kodeeritud'
});

export const rStrategiesDescription = /* @__PURE__ */ message({
	en: 'The national e-government strategies of Belgium, Denmark, Estonia, Germany and the United Kingdom, coded feature by feature with evidence and sources, and a timeline of strategies and laws.',
	de: 'Die nationalen E-Government-Strategien Belgiens, Dänemarks, Estlands, Deutschlands und des Vereinigten Königreichs, Merkmal für Merkmal kodiert, mit Belegen und Quellen, und eine Zeitleiste der Strategien und Gesetze.',
	fr: 'Les stratégies nationales d’administration numérique de la Belgique, du Danemark, de l’Estonie, de l’Allemagne et du Royaume-Uni, codées caractéristique par caractéristique avec preuves et sources, et une chronologie des stratégies et des lois.',
	nl: 'De nationale strategieën voor de digitale overheid van België, Denemarken, Estland, Duitsland en het Verenigd Koninkrijk, per kenmerk gecodeerd met bewijs en bronnen, en een tijdlijn van strategieën en wetten.',
	da: 'De nationale strategier for digital forvaltning i Belgien, Danmark, Estland, Tyskland og Storbritannien, kodet egenskab for egenskab med belæg og kilder, og en tidslinje over strategier og love.',
	et: 'Belgia, Taani, Eesti, Saksamaa ja Ühendkuningriigi riiklikud e-riigi strateegiad, kodeeritud tunnus tunnuse haaval koos tõendite ja allikatega, ning strateegiate ja seaduste ajajoon.'
});

export const rStrategiesHeading = /* @__PURE__ */ message({
	en: 'How the strategies were designed',
	de: 'Wie die Strategien angelegt sind',
	fr: 'Comment les stratégies ont été conçues',
	nl: 'Hoe de strategieën zijn opgezet',
	da: 'Hvordan strategierne er udformet',
	et: 'Kuidas strateegiad on üles ehitatud'
});

export const rStrategiesIntro = /* @__PURE__ */ message({
	en: "Each national strategy, law or programme is coded from its official text on thirteen features of design, coordination and implementation: every code with a verbatim quotation, where it is in the document, and whether the quotation states the level or the coder inferred it. Choose which strategy each country's row shows; select a cell to read why it has its code.",
	de: 'Jede nationale Strategie, jedes Gesetz und Programm ist aus seinem amtlichen Text nach dreizehn Merkmalen der Gestaltung, Koordination und Umsetzung kodiert: jeder Code mit einem wörtlichen Zitat, seiner Fundstelle im Dokument und der Angabe, ob das Zitat die Stufe nennt oder die Kodierung sie erschlossen hat. Wählen Sie, welche Strategie die Zeile jedes Landes zeigt; wählen Sie eine Zelle, um die Begründung ihres Codes zu lesen.',
	fr: 'Chaque stratégie, loi ou programme national est codé à partir de son texte officiel selon treize caractéristiques de conception, de coordination et de mise en œuvre : chaque code avec une citation textuelle, son emplacement dans le document, et l’indication si la citation énonce le niveau ou si le codeur l’a déduit. Choisissez la stratégie affichée sur la ligne de chaque pays ; sélectionnez une cellule pour lire la justification de son code.',
	nl: 'Elke nationale strategie, wet of elk programma is op basis van de officiële tekst gecodeerd op dertien kenmerken van ontwerp, coördinatie en uitvoering: elke code met een letterlijk citaat, de vindplaats in het document en of het citaat het niveau noemt of de codeur het heeft afgeleid. Kies welke strategie de rij van elk land toont; selecteer een cel om te lezen waarom die zijn code heeft.',
	da: 'Hver national strategi, lov eller program er kodet ud fra sin officielle tekst på tretten egenskaber ved udformning, koordinering og gennemførelse: hver kode med et ordret citat, hvor det står i dokumentet, og om citatet angiver niveauet, eller koderen har udledt det. Vælg hvilken strategi hvert lands række viser; vælg en celle for at læse, hvorfor den har sin kode.',
	et: 'Iga riiklik strateegia, seadus või programm on kodeeritud ametliku teksti põhjal kolmeteistkümne kavandamise, koordineerimise ja elluviimise tunnuse järgi: iga kood koos sõnasõnalise tsitaadi, selle asukohaga dokumendis ja märkega, kas tsitaat nimetab taseme või kodeerija järeldas selle. Valige, millist strateegiat iga riigi rida näitab; valige lahter, et lugeda, miks sellel on see kood.'
});

export const rCodebookSummary = /* @__PURE__ */ message({
	en: 'Codebook: features by group, decision rules and examples',
	de: 'Codebuch: Merkmale nach Gruppen, Entscheidungsregeln und Beispiele',
	fr: 'Livre de codes : caractéristiques par groupe, règles de décision et exemples',
	nl: 'Codeboek: kenmerken per groep, beslisregels en voorbeelden',
	da: 'Kodebog: egenskaber efter gruppe, beslutningsregler og eksempler',
	et: 'Koodiraamat: tunnused rühmade kaupa, otsustusreeglid ja näited'
});

export const rSourcesLink = /* @__PURE__ */ message({
	en: 'Sources, licences and the codebook',
	de: 'Quellen, Lizenzen und das Codebuch',
	fr: 'Sources, licences et livre de codes',
	nl: 'Bronnen, licenties en het codeboek',
	da: 'Kilder, licenser og kodebogen',
	et: 'Allikad, litsentsid ja koodiraamat'
});

// The strategy picker and the choice in words

export const rPickerLabel = /* @__PURE__ */ message({
	en: 'Strategy shown for each country',
	de: 'Gezeigte Strategie je Land',
	fr: 'Stratégie affichée pour chaque pays',
	nl: 'Getoonde strategie per land',
	da: 'Strategi vist for hvert land',
	et: 'Igale riigile näidatav strateegia'
});

export const rPickLatest = /* @__PURE__ */ message({
	en: 'Most recent coded strategy',
	de: 'Neueste kodierte Strategie',
	fr: 'Stratégie codée la plus récente',
	nl: 'Meest recente gecodeerde strategie',
	da: 'Seneste kodede strategi',
	et: 'Viimane kodeeritud strateegia'
});

export const rPickFirst = /* @__PURE__ */ message({
	en: 'First coded strategy',
	de: 'Erste kodierte Strategie',
	fr: 'Première stratégie codée',
	nl: 'Eerste gecodeerde strategie',
	da: 'Første kodede strategi',
	et: 'Esimene kodeeritud strateegia'
});

export const rPickYear = /* @__PURE__ */ message({
	en: 'Most recent coded by a given year…',
	de: 'Neueste kodierte bis zu einem Jahr…',
	fr: 'La plus récente codée à une année donnée…',
	nl: 'Meest recente gecodeerde tot een bepaald jaar…',
	da: 'Seneste kodede inden et givet år…',
	et: 'Viimane kodeeritud antud aastaks…'
});

export const rPartlyCoded = /* @__PURE__ */ message({
	en: ', {coded} of {total} features coded',
	de: ', {coded} von {total} Merkmalen kodiert',
	fr: ', {coded} caractéristiques codées sur {total}',
	nl: ', {coded} van {total} kenmerken gecodeerd',
	da: ', {coded} af {total} egenskaber kodet',
	et: ', kodeeritud {coded} tunnust {total}-st'
});

export const rYear = /* @__PURE__ */ message({
	en: 'Year',
	de: 'Jahr',
	fr: 'Année',
	nl: 'Jaar',
	da: 'År',
	et: 'Aasta'
});

export const rChoiceFirst = /* @__PURE__ */ message({
	en: 'the first coded strategy',
	de: 'die erste kodierte Strategie',
	fr: 'la première stratégie codée',
	nl: 'de eerste gecodeerde strategie',
	da: 'den første kodede strategi',
	et: 'esimest kodeeritud strateegiat'
});

export const rChoiceLatest = /* @__PURE__ */ message({
	en: 'the most recent coded strategy',
	de: 'die neueste kodierte Strategie',
	fr: 'la stratégie codée la plus récente',
	nl: 'de meest recente gecodeerde strategie',
	da: 'den seneste kodede strategi',
	et: 'viimast kodeeritud strateegiat'
});

export const rChoiceYear = /* @__PURE__ */ message({
	en: 'the most recent coded strategy launched by {year}',
	de: 'die neueste bis {year} gestartete kodierte Strategie',
	fr: 'la stratégie codée la plus récente lancée au plus tard en {year}',
	nl: 'de meest recente gecodeerde strategie gestart uiterlijk in {year}',
	da: 'den seneste kodede strategi lanceret senest i {year}',
	et: 'viimast kodeeritud strateegiat, mis käivitati hiljemalt {year}'
});

export const rChoiceStrategy = /* @__PURE__ */ message({
	en: '{title} for its country and the most recent coded strategy for the others',
	de: '{title} für sein Land und die neueste kodierte Strategie für die anderen',
	fr: '{title} pour son pays et la stratégie codée la plus récente pour les autres',
	nl: '{title} voor het eigen land en de meest recente gecodeerde strategie voor de andere',
	da: '{title} for sit land og den seneste kodede strategi for de andre',
	et: '{title} oma riigi jaoks ja teistele viimast kodeeritud strateegiat'
});

// The codes

export const rCode0 = /* @__PURE__ */ message({
	en: 'Absent',
	de: 'Fehlt',
	fr: 'Absent',
	nl: 'Afwezig',
	da: 'Fraværende',
	et: 'Puudub'
});

export const rCode1 = /* @__PURE__ */ message({
	en: 'Stated aim',
	de: 'Erklärtes Ziel',
	fr: 'Objectif déclaré',
	nl: 'Verklaard doel',
	da: 'Erklæret mål',
	et: 'Väljendatud eesmärk'
});

export const rCode2 = /* @__PURE__ */ message({
	en: 'Operationalised',
	de: 'Operationalisiert',
	fr: 'Opérationnalisé',
	nl: 'Geoperationaliseerd',
	da: 'Operationaliseret',
	et: 'Rakendatud'
});

export const rCode3 = /* @__PURE__ */ message({
	en: 'Legally binding',
	de: 'Rechtsverbindlich',
	fr: 'Juridiquement contraignant',
	nl: 'Juridisch bindend',
	da: 'Juridisk bindende',
	et: 'Õiguslikult siduv'
});

export const rCodeC = /* @__PURE__ */ message({
	en: 'Centralised',
	de: 'Zentralisiert',
	fr: 'Centralisé',
	nl: 'Gecentraliseerd',
	da: 'Centraliseret',
	et: 'Tsentraliseeritud'
});

export const rCodeN = /* @__PURE__ */ message({
	en: 'Networked',
	de: 'Vernetzt',
	fr: 'En réseau',
	nl: 'Netwerkgericht',
	da: 'Netværksbaseret',
	et: 'Võrgustikupõhine'
});

export const rCodeD = /* @__PURE__ */ message({
	en: 'Decentralised',
	de: 'Dezentralisiert',
	fr: 'Décentralisé',
	nl: 'Gedecentraliseerd',
	da: 'Decentraliseret',
	et: 'Detsentraliseeritud'
});

export const rNotCoded = /* @__PURE__ */ message({
	en: 'Not coded',
	de: 'Nicht kodiert',
	fr: 'Non codé',
	nl: 'Niet gecodeerd',
	da: 'Ikke kodet',
	et: 'Kodeerimata'
});

export const rNotCodedLower = /* @__PURE__ */ message({
	en: 'not coded',
	de: 'nicht kodiert',
	fr: 'non codé',
	nl: 'niet gecodeerd',
	da: 'ikke kodet',
	et: 'kodeerimata'
});

export const rInferred = /* @__PURE__ */ message({
	en: 'inferred',
	de: 'erschlossen',
	fr: 'déduit',
	nl: 'afgeleid',
	da: 'udledt',
	et: 'järeldatud'
});

export const rStated = /* @__PURE__ */ message({
	en: 'stated',
	de: 'genannt',
	fr: 'énoncé',
	nl: 'vermeld',
	da: 'angivet',
	et: 'väljendatud'
});

export const rNoCodedStrategy = /* @__PURE__ */ message({
	en: 'no coded strategy',
	de: 'keine kodierte Strategie',
	fr: 'aucune stratégie codée',
	nl: 'geen gecodeerde strategie',
	da: 'ingen kodet strategi',
	et: 'kodeeritud strateegia puudub'
});

// The features (labels from features.parquet, keyed by feature id; English from the data)

export const rFeatureCoordinationModel = /* @__PURE__ */ message({
	en: 'Coordination model',
	de: 'Koordinationsmodell',
	fr: 'Modèle de coordination',
	nl: 'Coördinatiemodel',
	da: 'Koordineringsmodel',
	et: 'Koordineerimismudel'
});

export const rFeatureVerticalCollaboration = /* @__PURE__ */ message({
	en: 'Vertical collaboration',
	de: 'Vertikale Zusammenarbeit',
	fr: 'Collaboration verticale',
	nl: 'Verticale samenwerking',
	da: 'Vertikalt samarbejde',
	et: 'Vertikaalne koostöö'
});

export const rFeatureHorizontalCollaboration = /* @__PURE__ */ message({
	en: 'Horizontal collaboration',
	de: 'Horizontale Zusammenarbeit',
	fr: 'Collaboration horizontale',
	nl: 'Horizontale samenwerking',
	da: 'Horisontalt samarbejde',
	et: 'Horisontaalne koostöö'
});

export const rFeatureOnceOnly = /* @__PURE__ */ message({
	en: 'Once-only principle',
	de: 'Once-Only-Prinzip',
	fr: 'Principe « dites-le-nous une fois »',
	nl: 'Eenmalige gegevensuitvraag',
	da: 'Kun én gang-princippet',
	et: 'Ühekordse küsimise põhimõte'
});

export const rFeatureDigitalByDefault = /* @__PURE__ */ message({
	en: 'Digital by default',
	de: 'Digital als Standard',
	fr: 'Numérique par défaut',
	nl: 'Standaard digitaal',
	da: 'Digital som standard',
	et: 'Vaikimisi digitaalne'
});

export const rFeatureUserCentricity = /* @__PURE__ */ message({
	en: 'User-centricity and life events',
	de: 'Nutzerorientierung und Lebenslagen',
	fr: 'Centrage sur l’usager et événements de vie',
	nl: 'Gebruikersgerichtheid en levensgebeurtenissen',
	da: 'Brugercentrering og livsbegivenheder',
	et: 'Kasutajakesksus ja elusündmused'
});

export const rFeatureInteroperability = /* @__PURE__ */ message({
	en: 'Interoperability framework',
	de: 'Interoperabilitätsrahmen',
	fr: 'Cadre d’interopérabilité',
	nl: 'Interoperabiliteitskader',
	da: 'Interoperabilitetsramme',
	et: 'Koosvõime raamistik'
});

export const rFeatureEid = /* @__PURE__ */ message({
	en: 'Electronic identification (eID)',
	de: 'Elektronische Identifizierung (eID)',
	fr: 'Identification électronique (eID)',
	nl: 'Elektronische identificatie (eID)',
	da: 'Elektronisk identifikation (eID)',
	et: 'Elektrooniline identimine (eID)'
});

export const rFeatureOpenData = /* @__PURE__ */ message({
	en: 'Open data',
	de: 'Offene Daten',
	fr: 'Données ouvertes',
	nl: 'Open data',
	da: 'Åbne data',
	et: 'Avaandmed'
});

export const rFeatureCrossBorder = /* @__PURE__ */ message({
	en: 'Cross-border services',
	de: 'Grenzüberschreitende Dienste',
	fr: 'Services transfrontaliers',
	nl: 'Grensoverschrijdende diensten',
	da: 'Grænseoverskridende tjenester',
	et: 'Piiriülesed teenused'
});

export const rFeatureOneStopPortal = /* @__PURE__ */ message({
	en: 'One-stop portal',
	de: 'Zentrales Portal',
	fr: 'Guichet unique',
	nl: 'Eén-loketportaal',
	da: 'Samlet portal',
	et: 'Ühtne portaal'
});

export const rFeatureMonitoring = /* @__PURE__ */ message({
	en: 'Monitoring and KPIs',
	de: 'Monitoring und Kennzahlen',
	fr: 'Suivi et indicateurs clés',
	nl: 'Monitoring en kpi’s',
	da: 'Overvågning og nøgletal',
	et: 'Seire ja tulemusnäitajad'
});

export const rFeatureBudget = /* @__PURE__ */ message({
	en: 'Dedicated budget',
	de: 'Eigenes Budget',
	fr: 'Budget dédié',
	nl: 'Eigen budget',
	da: 'Øremærket budget',
	et: 'Sihtotstarbeline eelarve'
});

export const rFeatureAll = /* @__PURE__ */ message({
	en: 'All features',
	de: 'Alle Merkmale',
	fr: 'Toutes les caractéristiques',
	nl: 'Alle kenmerken',
	da: 'Alle egenskaber',
	et: 'Kõik tunnused'
});

// Kinds of rows (strategies.parquet), keyed by the data's value

export const rKindStrategy = /* @__PURE__ */ message({
	en: 'strategy',
	de: 'Strategie',
	fr: 'stratégie',
	nl: 'strategie',
	da: 'strategi',
	et: 'strateegia'
});

export const rKindLaw = /* @__PURE__ */ message({
	en: 'law',
	de: 'Gesetz',
	fr: 'loi',
	nl: 'wet',
	da: 'lov',
	et: 'seadus'
});

export const rKindProgramme = /* @__PURE__ */ message({
	en: 'programme',
	de: 'Programm',
	fr: 'programme',
	nl: 'programma',
	da: 'program',
	et: 'programm'
});

export const rKindAgreement = /* @__PURE__ */ message({
	en: 'agreement',
	de: 'Vereinbarung',
	fr: 'accord',
	nl: 'akkoord',
	da: 'aftale',
	et: 'kokkulepe'
});

export const rKindInstitution = /* @__PURE__ */ message({
	en: 'institution',
	de: 'Institution',
	fr: 'institution',
	nl: 'instelling',
	da: 'institution',
	et: 'asutus'
});

// The matrix

export const rMatrixDescribeRow = /* @__PURE__ */ message({
	en: '{name}, {title} ({year}): coordination {model}, {binding} features legally binding, {operational} operationalised, {inferred} codes inferred',
	de: '{name}, {title} ({year}): Koordination {model}, {binding} Merkmale rechtsverbindlich, {operational} operationalisiert, {inferred} Codes erschlossen',
	fr: '{name}, {title} ({year}) : coordination {model}, {binding} caractéristiques juridiquement contraignantes, {operational} opérationnalisées, {inferred} codes déduits',
	nl: '{name}, {title} ({year}): coördinatie {model}, {binding} kenmerken juridisch bindend, {operational} geoperationaliseerd, {inferred} codes afgeleid',
	da: '{name}, {title} ({year}): koordinering {model}, {binding} egenskaber juridisk bindende, {operational} operationaliseret, {inferred} koder udledt',
	et: '{name}, {title} ({year}): koordineerimine {model}, {binding} tunnust õiguslikult siduvad, {operational} rakendatud, {inferred} koodi järeldatud'
});

export const rMatrixDescribe = /* @__PURE__ */ message({
	en: 'Coded features; each row shows {choice}. {parts}.',
	de: 'Kodierte Merkmale; jede Zeile zeigt {choice}. {parts}.',
	fr: 'Caractéristiques codées ; chaque ligne montre {choice}. {parts}.',
	nl: 'Gecodeerde kenmerken; elke rij toont {choice}. {parts}.',
	da: 'Kodede egenskaber; hver række viser {choice}. {parts}.',
	et: 'Kodeeritud tunnused; iga rida näitab {choice}. {parts}.'
});

export const rMatrixLabel = /* @__PURE__ */ message({
	en: 'Coded strategy features by country',
	de: 'Kodierte Strategiemerkmale nach Land',
	fr: 'Caractéristiques codées des stratégies par pays',
	nl: 'Gecodeerde strategiekenmerken per land',
	da: 'Kodede strategiegenskaber efter land',
	et: 'Strateegiate kodeeritud tunnused riigiti'
});

export const rMatrixTitle = /* @__PURE__ */ message({
	en: 'Strategy features by country',
	de: 'Strategiemerkmale nach Land',
	fr: 'Caractéristiques des stratégies par pays',
	nl: 'Strategiekenmerken per land',
	da: 'Strategiegenskaber efter land',
	et: 'Strateegiate tunnused riigiti'
});

export const rMatrixSubtitle = /* @__PURE__ */ message({
	en: 'Each row shows {choice}. Select a cell for its evidence and source.',
	de: 'Jede Zeile zeigt {choice}. Wählen Sie eine Zelle für Beleg und Quelle.',
	fr: 'Chaque ligne montre {choice}. Sélectionnez une cellule pour sa preuve et sa source.',
	nl: 'Elke rij toont {choice}. Selecteer een cel voor het bewijs en de bron.',
	da: 'Hver række viser {choice}. Vælg en celle for belæg og kilde.',
	et: 'Iga rida näitab {choice}. Valige lahter, et näha tõendit ja allikat.'
});

export const rMatrixCaveatCodes = /* @__PURE__ */ message({
	en: 'Codes describe what each instrument says or establishes, not what the country achieved. A code marked * is the coder’s judgement (inferred), the others are stated by the cited source.',
	de: 'Die Codes beschreiben, was ein Instrument sagt oder festlegt, nicht was das Land erreicht hat. Ein mit * markierter Code ist das Urteil der Kodierung (erschlossen), die anderen nennt die zitierte Quelle.',
	fr: 'Les codes décrivent ce que chaque instrument dit ou établit, pas ce que le pays a accompli. Un code marqué * relève du jugement du codeur (déduit) ; les autres sont énoncés par la source citée.',
	nl: 'Codes beschrijven wat elk instrument zegt of vastlegt, niet wat het land heeft bereikt. Een code met * is het oordeel van de codeur (afgeleid); de andere worden door de geciteerde bron vermeld.',
	da: 'Koderne beskriver, hvad hvert instrument siger eller fastlægger, ikke hvad landet opnåede. En kode med * er koderens vurdering (udledt); de øvrige angives af den citerede kilde.',
	et: 'Koodid kirjeldavad, mida iga dokument ütleb või kehtestab, mitte seda, mida riik saavutas. Tärniga * koodi on hinnanud kodeerija (järeldatud), ülejäänud väljendab tsiteeritud allikas.'
});

export const rMatrixCaveatCoded = /* @__PURE__ */ message({
	en: '“Coded” strategies are those coded on every feature; a strategy chosen by name may be partly coded.',
	de: '„Kodierte“ Strategien sind für jedes Merkmal kodiert; eine namentlich gewählte Strategie kann teilweise kodiert sein.',
	fr: 'Les stratégies « codées » le sont sur toutes les caractéristiques ; une stratégie choisie par son nom peut n’être codée qu’en partie.',
	nl: '‘Gecodeerde’ strategieën zijn op elk kenmerk gecodeerd; een strategie die op naam is gekozen, kan deels gecodeerd zijn.',
	da: '„Kodede“ strategier er kodet på alle egenskaber; en strategi valgt ved navn kan være delvist kodet.',
	et: '„Kodeeritud“ strateegiad on kodeeritud kõigi tunnuste järgi; nime järgi valitud strateegia võib olla osaliselt kodeeritud.'
});

export const rMatrixSource = /* @__PURE__ */ message({
	en: 'Source: coded for this dashboard from the strategies and the sources cited with each code; codebook below and on the sources page.',
	de: 'Quelle: für dieses Dashboard aus den Strategien und den bei jedem Code zitierten Quellen kodiert; Codebuch unten und auf der Quellenseite.',
	fr: 'Source : codé pour ce tableau de bord à partir des stratégies et des sources citées avec chaque code ; livre de codes ci-dessous et sur la page des sources.',
	nl: 'Bron: voor dit dashboard gecodeerd uit de strategieën en de bij elke code geciteerde bronnen; codeboek hieronder en op de bronnenpagina.',
	da: 'Kilde: kodet til dette dashboard ud fra strategierne og de kilder, der citeres ved hver kode; kodebog nedenfor og på kildesiden.',
	et: 'Allikas: kodeeritud selle töölaua jaoks strateegiatest ja iga koodi juures tsiteeritud allikatest; koodiraamat allpool ja allikate lehel.'
});

export const rMatrixCaption = /* @__PURE__ */ message({
	en: 'Codes of {choice}, with evidence',
	de: 'Codes für {choice}, mit Belegen',
	fr: 'Codes de {choice}, avec preuves',
	nl: 'Codes van {choice}, met bewijs',
	da: 'Koder for {choice}, med belæg',
	et: 'Koodid: {choice}, koos tõenditega'
});

export const rMatrixLoading = /* @__PURE__ */ message({
	en: 'Loading the codes for this choice…',
	de: 'Die Codes für diese Auswahl werden geladen…',
	fr: 'Chargement des codes pour ce choix…',
	nl: 'De codes voor deze keuze worden geladen…',
	da: 'Indlæser koderne for dette valg…',
	et: 'Selle valiku koodide laadimine…'
});

export const rMatrixError = /* @__PURE__ */ message({
	en: 'The matrix shows the default choice.',
	de: 'Die Matrix zeigt die Standardauswahl.',
	fr: 'La matrice montre le choix par défaut.',
	nl: 'De matrix toont de standaardkeuze.',
	da: 'Matrixen viser standardvalget.',
	et: 'Maatriks näitab vaikevalikut.'
});

export const rColCountry = /* @__PURE__ */ message({
	en: 'Country',
	de: 'Land',
	fr: 'Pays',
	nl: 'Land',
	da: 'Land',
	et: 'Riik'
});

export const rColStrategy = /* @__PURE__ */ message({
	en: 'Strategy',
	de: 'Strategie',
	fr: 'Stratégie',
	nl: 'Strategie',
	da: 'Strategi',
	et: 'Strateegia'
});

export const rColFeature = /* @__PURE__ */ message({
	en: 'Feature',
	de: 'Merkmal',
	fr: 'Caractéristique',
	nl: 'Kenmerk',
	da: 'Egenskab',
	et: 'Tunnus'
});

export const rColCode = /* @__PURE__ */ message({
	en: 'Code',
	de: 'Code',
	fr: 'Code',
	nl: 'Code',
	da: 'Kode',
	et: 'Kood'
});

export const rColConfidence = /* @__PURE__ */ message({
	en: 'Confidence',
	de: 'Sicherheit',
	fr: 'Fiabilité',
	nl: 'Zekerheid',
	da: 'Sikkerhed',
	et: 'Kindlus'
});

export const rColQuotation = /* @__PURE__ */ message({
	en: 'Quotation',
	de: 'Zitat',
	fr: 'Citation',
	nl: 'Citaat',
	da: 'Citat',
	et: 'Tsitaat'
});

export const rColInEnglish = /* @__PURE__ */ message({
	en: 'In English',
	de: 'Auf Englisch',
	fr: 'En anglais',
	nl: 'In het Engels',
	da: 'På engelsk',
	et: 'Inglise keeles'
});

export const rColWhere = /* @__PURE__ */ message({
	en: 'Where',
	de: 'Fundstelle',
	fr: 'Emplacement',
	nl: 'Vindplaats',
	da: 'Hvor',
	et: 'Asukoht'
});

export const rColSource = /* @__PURE__ */ message({
	en: 'Source',
	de: 'Quelle',
	fr: 'Source',
	nl: 'Bron',
	da: 'Kilde',
	et: 'Allikas'
});

export const rLegendFeatures = /* @__PURE__ */ message({
	en: 'Features',
	de: 'Merkmale',
	fr: 'Caractéristiques',
	nl: 'Kenmerken',
	da: 'Egenskaber',
	et: 'Tunnused'
});

export const rLegendInferred = /* @__PURE__ */ message({
	en: 'inferred by the coder (dashed); otherwise stated by the source',
	de: 'von der Kodierung erschlossen (gestrichelt); sonst von der Quelle genannt',
	fr: 'déduit par le codeur (en pointillé) ; sinon énoncé par la source',
	nl: 'afgeleid door de codeur (gestippeld); anders vermeld door de bron',
	da: 'udledt af koderen (stiplet); ellers angivet af kilden',
	et: 'kodeerija järeldatud (katkendjoon); muidu väljendab allikas'
});

// The timeline

export const rInForce = /* @__PURE__ */ message({
	en: 'in force',
	de: 'in Kraft',
	fr: 'en vigueur',
	nl: 'van kracht',
	da: 'i kraft',
	et: 'kehtib'
});

export const rOngoing = /* @__PURE__ */ message({
	en: 'ongoing',
	de: 'laufend',
	fr: 'en cours',
	nl: 'lopend',
	da: 'løbende',
	et: 'kestab'
});

export const rRegional = /* @__PURE__ */ message({
	en: 'regional',
	de: 'regional',
	fr: 'régional',
	nl: 'regionaal',
	da: 'regional',
	et: 'piirkondlik'
});

export const rTextUnavailableLower = /* @__PURE__ */ message({
	en: 'text unavailable',
	de: 'Text nicht verfügbar',
	fr: 'texte indisponible',
	nl: 'tekst niet beschikbaar',
	da: 'tekst utilgængelig',
	et: 'tekst pole kättesaadav'
});

export const rNoStrategies = /* @__PURE__ */ message({
	en: 'No strategies in the data.',
	de: 'Keine Strategien in den Daten.',
	fr: 'Aucune stratégie dans les données.',
	nl: 'Geen strategieën in de gegevens.',
	da: 'Ingen strategier i dataene.',
	et: 'Andmetes pole strateegiaid.'
});

export const rTimelineMissing = /* @__PURE__ */ message({
	en: '{n} whose text is unavailable (outlined)',
	de: '{n} ohne verfügbaren Text (umrandet)',
	fr: '{n} dont le texte est indisponible (contour seul)',
	nl: '{n} waarvan de tekst niet beschikbaar is (omlijnd)',
	da: '{n} hvis tekst er utilgængelig (omrids)',
	et: '{n}, mille tekst pole kättesaadav (piirjoonega)'
});

export const rTimelineRegional = /* @__PURE__ */ message({
	en: '{n} regional (marked R)',
	de: '{n} regional (mit R markiert)',
	fr: '{n} régionales (marquées R)',
	nl: '{n} regionaal (gemarkeerd met R)',
	da: '{n} regionale (markeret R)',
	et: '{n} piirkondlikku (tähisega R)'
});

export const rTimelineDescribe = /* @__PURE__ */ message({
	en: '{n} strategies, laws, programmes, agreements and institutions of {countries} countries, {first}–{present}, {laws} of them laws; {most} has the most ({count})',
	de: '{n} Strategien, Gesetze, Programme, Vereinbarungen und Institutionen aus {countries} Ländern, {first}–{present}, davon {laws} Gesetze; {most} hat die meisten ({count})',
	fr: '{n} stratégies, lois, programmes, accords et institutions de {countries} pays, {first}–{present}, dont {laws} lois ; {most} en compte le plus ({count})',
	nl: '{n} strategieën, wetten, programma’s, akkoorden en instellingen van {countries} landen, {first}–{present}, waarvan {laws} wetten; {most} heeft er de meeste ({count})',
	da: '{n} strategier, love, programmer, aftaler og institutioner fra {countries} lande, {first}–{present}, heraf {laws} love; {most} har flest ({count})',
	et: '{n} strateegiat, seadust, programmi, kokkulepet ja asutust {countries} riigist, {first}–{present}, neist {laws} seadust; kõige rohkem on riigil {most} ({count})'
});

export const rTimelineAria = /* @__PURE__ */ message({
	en: 'Timeline of strategies, laws, programmes, agreements and institutions',
	de: 'Zeitleiste der Strategien, Gesetze, Programme, Vereinbarungen und Institutionen',
	fr: 'Chronologie des stratégies, lois, programmes, accords et institutions',
	nl: 'Tijdlijn van strategieën, wetten, programma’s, akkoorden en instellingen',
	da: 'Tidslinje over strategier, love, programmer, aftaler og institutioner',
	et: 'Strateegiate, seaduste, programmide, kokkulepete ja asutuste ajajoon'
});

export const rTimelineTitle = /* @__PURE__ */ message({
	en: 'Strategies, laws, programmes, agreements and institutions, {first}–{last}',
	de: 'Strategien, Gesetze, Programme, Vereinbarungen und Institutionen, {first}–{last}',
	fr: 'Stratégies, lois, programmes, accords et institutions, {first}–{last}',
	nl: 'Strategieën, wetten, programma’s, akkoorden en instellingen, {first}–{last}',
	da: 'Strategier, love, programmer, aftaler og institutioner, {first}–{last}',
	et: 'Strateegiad, seadused, programmid, kokkulepped ja asutused, {first}–{last}'
});

export const rTimelineSubtitle = /* @__PURE__ */ message({
	en: 'Bars run from the first to the last year; items still in force run to this year. Diamonds are laws. Outlined: the official text could not be found, so the row is not coded. R: a regional strategy. Select one for its summary and official document.',
	de: 'Balken reichen vom ersten bis zum letzten Jahr; noch geltende Einträge reichen bis zu diesem Jahr. Rauten sind Gesetze. Umrandet: Der amtliche Text wurde nicht gefunden, daher ist die Zeile nicht kodiert. R: eine regionale Strategie. Wählen Sie einen Eintrag für Zusammenfassung und amtliches Dokument.',
	fr: 'Les barres vont de la première à la dernière année ; les éléments encore en vigueur vont jusqu’à cette année. Les losanges sont des lois. Contour seul : le texte officiel est introuvable, la ligne n’est donc pas codée. R : une stratégie régionale. Sélectionnez un élément pour son résumé et son document officiel.',
	nl: 'Balken lopen van het eerste tot het laatste jaar; wat nog van kracht is, loopt tot dit jaar. Ruiten zijn wetten. Omlijnd: de officiële tekst is niet gevonden, dus de rij is niet gecodeerd. R: een regionale strategie. Selecteer er een voor de samenvatting en het officiële document.',
	da: 'Søjlerne går fra første til sidste år; det, der stadig gælder, går til i år. Ruder er love. Omrids: den officielle tekst kunne ikke findes, så rækken er ikke kodet. R: en regional strategi. Vælg en for resumé og officielt dokument.',
	et: 'Tulbad ulatuvad esimesest viimase aastani; veel kehtivad ulatuvad tänavuse aastani. Rombid on seadused. Piirjoonega: ametlikku teksti ei leitud, seega rida pole kodeeritud. R: piirkondlik strateegia. Valige üks, et näha kokkuvõtet ja ametlikku dokumenti.'
});

export const rTimelineCaveatFive = /* @__PURE__ */ message({
	en: 'Only the five case-study countries are in the matrix; the others are shown on the timeline, with their codes (if any) in the table and details.',
	de: 'Nur die fünf Fallstudienländer stehen in der Matrix; die anderen zeigt die Zeitleiste, mit ihren Codes (falls vorhanden) in Tabelle und Details.',
	fr: 'Seuls les cinq pays étudiés figurent dans la matrice ; les autres apparaissent sur la chronologie, avec leurs codes (le cas échéant) dans le tableau et les détails.',
	nl: 'Alleen de vijf casuslanden staan in de matrix; de andere staan op de tijdlijn, met hun codes (indien aanwezig) in de tabel en de details.',
	da: 'Kun de fem casestudielande er i matrixen; de øvrige vises på tidslinjen med deres koder (hvis nogen) i tabellen og detaljerne.',
	et: 'Maatriksis on ainult viis juhtumiuuringu riiki; teised on ajajoonel, nende koodid (kui on) tabelis ja üksikasjades.'
});

export const rTimelineCaveatRegional = /* @__PURE__ */ message({
	en: 'Regional strategies (R) are shown here but left out of the matrix and of the analysis, which compare national strategies.',
	de: 'Regionale Strategien (R) stehen hier, fehlen aber in der Matrix und in der Analyse, die nationale Strategien vergleichen.',
	fr: 'Les stratégies régionales (R) figurent ici mais sont exclues de la matrice et de l’analyse, qui comparent des stratégies nationales.',
	nl: 'Regionale strategieën (R) staan hier, maar niet in de matrix en de analyse, die nationale strategieën vergelijken.',
	da: 'Regionale strategier (R) vises her, men er udeladt af matrixen og analysen, som sammenligner nationale strategier.',
	et: 'Piirkondlikud strateegiad (R) on siin näha, kuid maatriksist ja analüüsist, mis võrdlevad riiklikke strateegiaid, välja jäetud.'
});

export const rTimelineSource = /* @__PURE__ */ message({
	en: 'Source: each row’s official document (publisher, title, date and address in its details); coded for this dashboard.',
	de: 'Quelle: das amtliche Dokument jeder Zeile (Herausgeber, Titel, Datum und Adresse in ihren Details); für dieses Dashboard kodiert.',
	fr: 'Source : le document officiel de chaque ligne (éditeur, titre, date et adresse dans ses détails) ; codé pour ce tableau de bord.',
	nl: 'Bron: het officiële document van elke rij (uitgever, titel, datum en adres in de details); gecodeerd voor dit dashboard.',
	da: 'Kilde: hver rækkes officielle dokument (udgiver, titel, dato og adresse i detaljerne); kodet til dette dashboard.',
	et: 'Allikas: iga rea ametlik dokument (väljaandja, pealkiri, kuupäev ja aadress üksikasjades); kodeeritud selle töölaua jaoks.'
});

export const rTimelineLabel = /* @__PURE__ */ message({
	en: 'Timeline of strategies by country',
	de: 'Zeitleiste der Strategien nach Land',
	fr: 'Chronologie des stratégies par pays',
	nl: 'Tijdlijn van strategieën per land',
	da: 'Tidslinje over strategier efter land',
	et: 'Strateegiate ajajoon riigiti'
});

export const rTimelineCaption = /* @__PURE__ */ message({
	en: 'Strategies, laws, programmes, agreements and institutions',
	de: 'Strategien, Gesetze, Programme, Vereinbarungen und Institutionen',
	fr: 'Stratégies, lois, programmes, accords et institutions',
	nl: 'Strategieën, wetten, programma’s, akkoorden en instellingen',
	da: 'Strategier, love, programmer, aftaler og institutioner',
	et: 'Strateegiad, seadused, programmid, kokkulepped ja asutused'
});

export const rTimelineCaptionByCountry = /* @__PURE__ */ message({
	en: 'Strategies, laws, programmes, agreements and institutions by country',
	de: 'Strategien, Gesetze, Programme, Vereinbarungen und Institutionen nach Land',
	fr: 'Stratégies, lois, programmes, accords et institutions par pays',
	nl: 'Strategieën, wetten, programma’s, akkoorden en instellingen per land',
	da: 'Strategier, love, programmer, aftaler og institutioner efter land',
	et: 'Strateegiad, seadused, programmid, kokkulepped ja asutused riigiti'
});

export const rColTitle = /* @__PURE__ */ message({
	en: 'Title',
	de: 'Titel',
	fr: 'Titre',
	nl: 'Titel',
	da: 'Titel',
	et: 'Pealkiri'
});

export const rColKind = /* @__PURE__ */ message({
	en: 'Kind',
	de: 'Art',
	fr: 'Type',
	nl: 'Soort',
	da: 'Type',
	et: 'Liik'
});

export const rColYears = /* @__PURE__ */ message({
	en: 'Years',
	de: 'Jahre',
	fr: 'Années',
	nl: 'Jaren',
	da: 'År',
	et: 'Aastad'
});

export const rColStatus = /* @__PURE__ */ message({
	en: 'Status',
	de: 'Status',
	fr: 'Statut',
	nl: 'Status',
	da: 'Status',
	et: 'Olek'
});

export const rCodedLower = /* @__PURE__ */ message({
	en: 'coded',
	de: 'kodiert',
	fr: 'codé',
	nl: 'gecodeerd',
	da: 'kodet',
	et: 'kodeeritud'
});

export const rColLeadBody = /* @__PURE__ */ message({
	en: 'Lead body',
	de: 'Federführende Stelle',
	fr: 'Organisme pilote',
	nl: 'Leidende instantie',
	da: 'Ansvarlig myndighed',
	et: 'Juhtasutus'
});

export const rColSummary = /* @__PURE__ */ message({
	en: 'Summary',
	de: 'Zusammenfassung',
	fr: 'Résumé',
	nl: 'Samenvatting',
	da: 'Resumé',
	et: 'Kokkuvõte'
});

export const rColCodedFeatures = /* @__PURE__ */ message({
	en: 'Coded features',
	de: 'Kodierte Merkmale',
	fr: 'Caractéristiques codées',
	nl: 'Gecodeerde kenmerken',
	da: 'Kodede egenskaber',
	et: 'Kodeeritud tunnused'
});

// The strategy and evidence panels

export const rRegionalLeftOut = /* @__PURE__ */ message({
	en: '(regional: left out of national comparisons)',
	de: '(regional: nicht in nationalen Vergleichen)',
	fr: '(régionale : exclue des comparaisons nationales)',
	nl: '(regionaal: buiten nationale vergelijkingen gelaten)',
	da: '(regional: udeladt af nationale sammenligninger)',
	et: '(piirkondlik: riiklikest võrdlustest välja jäetud)'
});

export const rLegalBasis = /* @__PURE__ */ message({
	en: 'Legal basis',
	de: 'Rechtsgrundlage',
	fr: 'Base juridique',
	nl: 'Rechtsgrondslag',
	da: 'Retsgrundlag',
	et: 'Õiguslik alus'
});

export const rCoding = /* @__PURE__ */ message({
	en: 'Coding',
	de: 'Kodierung',
	fr: 'Codage',
	nl: 'Codering',
	da: 'Kodning',
	et: 'Kodeerimine'
});

export const rUnavailableNotCoded = /* @__PURE__ */ message({
	en: 'text unavailable: not coded',
	de: 'Text nicht verfügbar: nicht kodiert',
	fr: 'texte indisponible : non codé',
	nl: 'tekst niet beschikbaar: niet gecodeerd',
	da: 'tekst utilgængelig: ikke kodet',
	et: 'tekst pole kättesaadav: kodeerimata'
});

export const rCodingCounts = /* @__PURE__ */ message({
	en: '{coded} features coded, {nonzero} non-zero, {inferred} inferred',
	de: '{coded} Merkmale kodiert, {nonzero} ungleich null, {inferred} erschlossen',
	fr: '{coded} caractéristiques codées, {nonzero} non nulles, {inferred} déduites',
	nl: '{coded} kenmerken gecodeerd, {nonzero} niet nul, {inferred} afgeleid',
	da: '{coded} egenskaber kodet, {nonzero} forskellige fra nul, {inferred} udledt',
	et: '{coded} tunnust kodeeritud, {nonzero} nullist erinevat, {inferred} järeldatud'
});

export const rTextUnavailable = /* @__PURE__ */ message({
	en: 'Text unavailable',
	de: 'Text nicht verfügbar',
	fr: 'Texte indisponible',
	nl: 'Tekst niet beschikbaar',
	da: 'Tekst utilgængelig',
	et: 'Tekst pole kättesaadav'
});

export const rNote = /* @__PURE__ */ message({
	en: 'Note',
	de: 'Hinweis',
	fr: 'Remarque',
	nl: 'Opmerking',
	da: 'Bemærkning',
	et: 'Märkus'
});

export const rShowCodes = /* @__PURE__ */ message({
	en: 'Show its codes in the matrix',
	de: 'Codes in der Matrix zeigen',
	fr: 'Afficher ses codes dans la matrice',
	nl: 'Codes in de matrix tonen',
	da: 'Vis koderne i matrixen',
	et: 'Näita selle koode maatriksis'
});

export const rClose = /* @__PURE__ */ message({
	en: 'Close',
	de: 'Schließen',
	fr: 'Fermer',
	nl: 'Sluiten',
	da: 'Luk',
	et: 'Sulge'
});

export const rEvidence = /* @__PURE__ */ message({
	en: 'Evidence',
	de: 'Beleg',
	fr: 'Preuve',
	nl: 'Bewijs',
	da: 'Belæg',
	et: 'Tõend'
});

export const rInferredByCoder = /* @__PURE__ */ message({
	en: 'inferred by the coder',
	de: 'von der Kodierung erschlossen',
	fr: 'déduit par le codeur',
	nl: 'afgeleid door de codeur',
	da: 'udledt af koderen',
	et: 'kodeerija järeldatud'
});

export const rStatedInDocument = /* @__PURE__ */ message({
	en: 'stated in the document',
	de: 'im Dokument genannt',
	fr: 'énoncé dans le document',
	nl: 'vermeld in het document',
	da: 'angivet i dokumentet',
	et: 'dokumendis väljendatud'
});

export const rEnglishTag = /* @__PURE__ */ message({
	en: 'English:',
	de: 'Englisch:',
	fr: 'En anglais :',
	nl: 'Engels:',
	da: 'Engelsk:',
	et: 'Inglise keeles:'
});

export const rPageQuoted = /* @__PURE__ */ message({
	en: 'page quoted',
	de: 'zitierte Seite',
	fr: 'page citée',
	nl: 'geciteerde pagina',
	da: 'citeret side',
	et: 'tsiteeritud lehekülg'
});

export const rWhyThisLevel = /* @__PURE__ */ message({
	en: 'Why this level:',
	de: 'Warum diese Stufe:',
	fr: 'Pourquoi ce niveau :',
	nl: 'Waarom dit niveau:',
	da: 'Hvorfor dette niveau:',
	et: 'Miks see tase:'
});

export const rSilent = /* @__PURE__ */ message({
	en: 'The document does not mention this feature (silence is 0).',
	de: 'Das Dokument erwähnt dieses Merkmal nicht (Schweigen ist 0).',
	fr: 'Le document ne mentionne pas cette caractéristique (le silence vaut 0).',
	nl: 'Het document noemt dit kenmerk niet (zwijgen is 0).',
	da: 'Dokumentet nævner ikke denne egenskab (tavshed er 0).',
	et: 'Dokument seda tunnust ei maini (vaikimine on 0).'
});

export const rNoCodeForFeature = /* @__PURE__ */ message({
	en: 'This strategy has no code for this feature.',
	de: 'Diese Strategie hat für dieses Merkmal keinen Code.',
	fr: 'Cette stratégie n’a pas de code pour cette caractéristique.',
	nl: 'Deze strategie heeft geen code voor dit kenmerk.',
	da: 'Denne strategi har ingen kode for denne egenskab.',
	et: 'Sellel strateegial pole selle tunnuse koodi.'
});

export const rLoadingCodes = /* @__PURE__ */ message({
	en: 'Loading the codes…',
	de: 'Die Codes werden geladen…',
	fr: 'Chargement des codes…',
	nl: 'De codes worden geladen…',
	da: 'Indlæser koderne…',
	et: 'Koodide laadimine…'
});

export const rNoMatch = /* @__PURE__ */ message({
	en: 'No coded strategy of this country matches the choice.',
	de: 'Keine kodierte Strategie dieses Landes passt zur Auswahl.',
	fr: 'Aucune stratégie codée de ce pays ne correspond au choix.',
	nl: 'Geen gecodeerde strategie van dit land past bij de keuze.',
	da: 'Ingen kodet strategi fra dette land passer til valget.',
	et: 'Ükski selle riigi kodeeritud strateegia ei vasta valikule.'
});

export const rAboutStrategy = /* @__PURE__ */ message({
	en: 'About this strategy',
	de: 'Über diese Strategie',
	fr: 'À propos de cette stratégie',
	nl: 'Over deze strategie',
	da: 'Om denne strategi',
	et: 'Selle strateegia kohta'
});

export const rOfficialDocument = /* @__PURE__ */ message({
	en: 'Official document:',
	de: 'Amtliches Dokument:',
	fr: 'Document officiel :',
	nl: 'Officieel document:',
	da: 'Officielt dokument:',
	et: 'Ametlik dokument:'
});

export const rUntitled = /* @__PURE__ */ message({
	en: 'untitled',
	de: 'ohne Titel',
	fr: 'sans titre',
	nl: 'zonder titel',
	da: 'uden titel',
	et: 'pealkirjata'
});

export const rSecondarySources = /* @__PURE__ */ message({
	en: 'Secondary sources:',
	de: 'Sekundärquellen:',
	fr: 'Sources secondaires :',
	nl: 'Secundaire bronnen:',
	da: 'Sekundære kilder:',
	et: 'Teisesed allikad:'
});

// The agreement table

export const rAgreementNone = /* @__PURE__ */ message({
	en: 'No second coding yet: the table fills in when it arrives.',
	de: 'Noch keine Zweitkodierung: Die Tabelle füllt sich, sobald sie vorliegt.',
	fr: 'Pas encore de second codage : le tableau se remplira à son arrivée.',
	nl: 'Nog geen tweede codering: de tabel vult zich zodra die er is.',
	da: 'Endnu ingen anden kodning: tabellen udfyldes, når den kommer.',
	et: 'Teist kodeerimist veel pole: tabel täitub, kui see saabub.'
});

export const rAgreementNoneAwaited = /* @__PURE__ */ message({
	en: 'No second coding yet (awaited for {countries}): the table fills in when it arrives.',
	de: 'Noch keine Zweitkodierung (erwartet für {countries}): Die Tabelle füllt sich, sobald sie vorliegt.',
	fr: 'Pas encore de second codage (attendu pour {countries}) : le tableau se remplira à son arrivée.',
	nl: 'Nog geen tweede codering (verwacht voor {countries}): de tabel vult zich zodra die er is.',
	da: 'Endnu ingen anden kodning (ventes for {countries}): tabellen udfyldes, når den kommer.',
	et: 'Teist kodeerimist veel pole (oodatakse: {countries}): tabel täitub, kui see saabub.'
});

export const rAgreementPartly = /* @__PURE__ */ message({
	en: 'No second coding yet for {waiting}; the figures cover {covered}.',
	de: 'Noch keine Zweitkodierung für {waiting}; die Zahlen umfassen {covered}.',
	fr: 'Pas encore de second codage pour {waiting} ; les chiffres couvrent {covered}.',
	nl: 'Nog geen tweede codering voor {waiting}; de cijfers gelden voor {covered}.',
	da: 'Endnu ingen anden kodning for {waiting}; tallene dækker {covered}.',
	et: 'Teist kodeerimist veel pole: {waiting}; arvud hõlmavad: {covered}.'
});

export const rAgreementHeading = /* @__PURE__ */ message({
	en: 'How far two independent codings agree',
	de: 'Wie weit zwei unabhängige Kodierungen übereinstimmen',
	fr: 'Dans quelle mesure deux codages indépendants concordent',
	nl: 'Hoe ver twee onafhankelijke coderingen overeenkomen',
	da: 'Hvor meget to uafhængige kodninger stemmer overens',
	et: 'Kui palju kaks sõltumatut kodeerimist kokku langevad'
});

export const rAgreementIntro = /* @__PURE__ */ message({
	en: "A second coder coded every coded strategy again from the codebook and the saved texts alone, without seeing the first codes. Each disagreement was resolved with a recorded reason ({table} in the data package); the matrix shows the final codes. Kappa is Cohen's, unweighted; the weighted kappa (quadratic weights) counts a near miss on the 0–3 scale as less of a disagreement.",
	de: 'Eine zweite Person hat jede kodierte Strategie allein anhand des Codebuchs und der gespeicherten Texte erneut kodiert, ohne die ersten Codes zu sehen. Jede Abweichung wurde mit festgehaltener Begründung aufgelöst ({table} im Datenpaket); die Matrix zeigt die endgültigen Codes. Kappa ist Cohens Kappa, ungewichtet; das gewichtete Kappa (quadratische Gewichte) wertet eine knappe Abweichung auf der Skala 0–3 als geringere Uneinigkeit.',
	fr: 'Un second codeur a recodé chaque stratégie codée à partir du seul livre de codes et des textes enregistrés, sans voir les premiers codes. Chaque désaccord a été résolu avec une raison consignée ({table} dans le paquet de données) ; la matrice montre les codes définitifs. Le kappa est celui de Cohen, non pondéré ; le kappa pondéré (poids quadratiques) compte un écart proche sur l’échelle 0–3 comme un moindre désaccord.',
	nl: 'Een tweede codeur heeft elke gecodeerde strategie opnieuw gecodeerd op basis van alleen het codeboek en de opgeslagen teksten, zonder de eerste codes te zien. Elk verschil is opgelost met een vastgelegde reden ({table} in het datapakket); de matrix toont de definitieve codes. Kappa is die van Cohen, ongewogen; de gewogen kappa (kwadratische gewichten) telt een kleine misser op de schaal 0–3 als minder onenigheid.',
	da: 'En anden koder kodede hver kodet strategi igen ud fra kodebogen og de gemte tekster alene uden at se de første koder. Hver uenighed blev løst med en registreret begrundelse ({table} i datapakken); matrixen viser de endelige koder. Kappa er Cohens, uvægtet; den vægtede kappa (kvadratiske vægte) regner en nær-ved-forskel på skalaen 0–3 som mindre uenighed.',
	et: 'Teine kodeerija kodeeris iga kodeeritud strateegia uuesti üksnes koodiraamatu ja salvestatud tekstide põhjal, nägemata esimesi koode. Iga lahknevus lahendati kirja pandud põhjendusega ({table} andmepaketis); maatriks näitab lõplikke koode. Kappa on Coheni kaalumata kappa; kaalutud kappa (ruutkaalud) loeb skaalal 0–3 väikese erinevuse väiksemaks lahknevuseks.'
});

export const rAgreementCaption = /* @__PURE__ */ message({
	en: "Agreement per feature: codes coded twice (n), share agreed and Cohen's kappa",
	de: 'Übereinstimmung je Merkmal: doppelt kodierte Codes (n), Anteil der Übereinstimmung und Cohens Kappa',
	fr: 'Concordance par caractéristique : codes codés deux fois (n), part concordante et kappa de Cohen',
	nl: 'Overeenstemming per kenmerk: tweemaal gecodeerde codes (n), aandeel overeenstemming en Cohens kappa',
	da: 'Overensstemmelse pr. egenskab: dobbeltkodede koder (n), andel enighed og Cohens kappa',
	et: 'Kokkulangevus tunnuse kaupa: kaks korda kodeeritud koodid (n), kokkulangevuse osakaal ja Coheni kappa'
});

export const rAgreementPercent = /* @__PURE__ */ message({
	en: '% agreement',
	de: '% Übereinstimmung',
	fr: '% de concordance',
	nl: '% overeenstemming',
	da: '% enighed',
	et: '% kokkulangevus'
});

export const rKappa = /* @__PURE__ */ message({
	en: 'Kappa',
	de: 'Kappa',
	fr: 'Kappa',
	nl: 'Kappa',
	da: 'Kappa',
	et: 'Kappa'
});

export const rWeightedKappa = /* @__PURE__ */ message({
	en: 'Weighted kappa',
	de: 'Gewichtetes Kappa',
	fr: 'Kappa pondéré',
	nl: 'Gewogen kappa',
	da: 'Vægtet kappa',
	et: 'Kaalutud kappa'
});

// The codebook

export const rCodebookIntro = /* @__PURE__ */ message({
	en: "Unit of coding: one strategy, agreement, programme, law or institution, coded from its own official text, not from what the country did later. {silence}: a feature the document does not mention is coded 0, with no quotation; there is no \"assumed\" code. Every other code rests on a verbatim quotation in the original language, with an English translation and a locator. A code is {stated} when the quotation says it in substance and {inferred} when the level is the coder's judgement; an inferred code adds one sentence of reasoning, and inferred codes may be at most a fifth of the non-zero codes. A law's effect belongs to the law's own row. Legal basis has no feature of its own: it is the row's kind and legal basis, and level 3 of every feature. The examples are illustrations, not quotations.",
	de: 'Kodiereinheit: eine Strategie, Vereinbarung, ein Programm, Gesetz oder eine Institution, kodiert aus dem eigenen amtlichen Text, nicht danach, was das Land später tat. {silence}: Ein Merkmal, das das Dokument nicht erwähnt, wird mit 0 kodiert, ohne Zitat; einen „angenommenen“ Code gibt es nicht. Jeder andere Code stützt sich auf ein wörtliches Zitat in der Originalsprache, mit englischer Übersetzung und Fundstelle. Ein Code ist {stated}, wenn das Zitat ihn der Sache nach sagt, und {inferred}, wenn die Stufe das Urteil der Kodierung ist; ein erschlossener Code nennt seine Begründung in einem Satz, und erschlossene Codes dürfen höchstens ein Fünftel der Codes ungleich null sein. Die Wirkung eines Gesetzes gehört in die Zeile des Gesetzes. Die Rechtsgrundlage hat kein eigenes Merkmal: Sie ist Art und Rechtsgrundlage der Zeile und Stufe 3 jedes Merkmals. Die Beispiele sind Veranschaulichungen, keine Zitate.',
	fr: 'Unité de codage : une stratégie, un accord, un programme, une loi ou une institution, codé à partir de son propre texte officiel, et non de ce que le pays a fait ensuite. {silence} : une caractéristique que le document ne mentionne pas est codée 0, sans citation ; il n’y a pas de code « présumé ». Tout autre code repose sur une citation textuelle dans la langue d’origine, avec une traduction anglaise et un emplacement. Un code est {stated} quand la citation le dit en substance et {inferred} quand le niveau relève du jugement du codeur ; un code déduit ajoute une phrase de justification, et les codes déduits ne peuvent dépasser un cinquième des codes non nuls. L’effet d’une loi appartient à la ligne de la loi. La base juridique n’a pas de caractéristique propre : c’est le type et la base juridique de la ligne, et le niveau 3 de chaque caractéristique. Les exemples sont des illustrations, pas des citations.',
	nl: 'Eenheid van codering: één strategie, akkoord, programma, wet of instelling, gecodeerd uit de eigen officiële tekst, niet uit wat het land later deed. {silence}: een kenmerk dat het document niet noemt, krijgt code 0, zonder citaat; er is geen ‘verondersteld’ code. Elke andere code berust op een letterlijk citaat in de oorspronkelijke taal, met een Engelse vertaling en een vindplaats. Een code is {stated} als het citaat hem inhoudelijk zegt en {inferred} als het niveau het oordeel van de codeur is; een afgeleide code krijgt één zin uitleg, en afgeleide codes mogen hoogstens een vijfde van de codes ongelijk aan nul zijn. Het effect van een wet hoort bij de rij van die wet. De rechtsgrondslag heeft geen eigen kenmerk: het is de soort en rechtsgrondslag van de rij, en niveau 3 van elk kenmerk. De voorbeelden zijn illustraties, geen citaten.',
	da: 'Kodningsenhed: én strategi, aftale, ét program, én lov eller institution, kodet ud fra sin egen officielle tekst, ikke ud fra hvad landet senere gjorde. {silence}: en egenskab, som dokumentet ikke nævner, kodes 0 uden citat; der findes ingen „formodet“ kode. Enhver anden kode bygger på et ordret citat på originalsproget med en engelsk oversættelse og en henvisning. En kode er {stated}, når citatet siger det i substansen, og {inferred}, når niveauet er koderens vurdering; en udledt kode får én sætning begrundelse, og udledte koder må højst udgøre en femtedel af koderne forskellige fra nul. En lovs virkning hører til lovens egen række. Retsgrundlaget har ingen egen egenskab: det er rækkens type og retsgrundlag og niveau 3 for hver egenskab. Eksemplerne er illustrationer, ikke citater.',
	et: 'Kodeerimisühik: üks strateegia, kokkulepe, programm, seadus või asutus, kodeeritud selle enda ametlikust tekstist, mitte sellest, mida riik hiljem tegi. {silence}: tunnus, mida dokument ei maini, saab koodi 0 ilma tsitaadita; „eeldatud“ koodi ei ole. Iga teine kood tugineb sõnasõnalisele tsitaadile originaalkeeles koos ingliskeelse tõlke ja asukohaga. Kood on {stated}, kui tsitaat ütleb seda sisuliselt, ja {inferred}, kui tase on kodeerija hinnang; järeldatud koodile lisatakse üks põhjendav lause ning järeldatud koode võib olla kõige rohkem viiendik nullist erinevatest koodidest. Seaduse mõju kuulub seaduse enda ritta. Õiguslikul alusel pole oma tunnust: see on rea liik ja õiguslik alus ning iga tunnuse tase 3. Näited on illustratsioonid, mitte tsitaadid.'
});

export const rSilenceIsZero = /* @__PURE__ */ message({
	en: 'Silence is 0',
	de: 'Schweigen ist 0',
	fr: 'Le silence vaut 0',
	nl: 'Zwijgen is 0',
	da: 'Tavshed er 0',
	et: 'Vaikimine on 0'
});

export const rDecisionRule = /* @__PURE__ */ message({
	en: 'Decision rule',
	de: 'Entscheidungsregel',
	fr: 'Règle de décision',
	nl: 'Beslisregel',
	da: 'Beslutningsregel',
	et: 'Otsustusreegel'
});

export const rExample = /* @__PURE__ */ message({
	en: 'Example',
	de: 'Beispiel',
	fr: 'Exemple',
	nl: 'Voorbeeld',
	da: 'Eksempel',
	et: 'Näide'
});

export const rDoesNotCount = /* @__PURE__ */ message({
	en: 'Does not count.',
	de: 'Zählt nicht.',
	fr: 'Ne compte pas.',
	nl: 'Telt niet.',
	da: 'Tæller ikke.',
	et: 'Ei loe.'
});

export const rGroupDesign = /* @__PURE__ */ message({
	en: 'Design',
	de: 'Gestaltung',
	fr: 'Conception',
	nl: 'Ontwerp',
	da: 'Udformning',
	et: 'Kavandamine'
});

export const rGroupDesignAbout = /* @__PURE__ */ message({
	en: 'what the strategy sets out to build',
	de: 'was die Strategie aufbauen will',
	fr: 'ce que la stratégie entend construire',
	nl: 'wat de strategie wil opbouwen',
	da: 'hvad strategien vil opbygge',
	et: 'mida strateegia kavatseb luua'
});

export const rGroupCoordination = /* @__PURE__ */ message({
	en: 'Coordination',
	de: 'Koordination',
	fr: 'Coordination',
	nl: 'Coördinatie',
	da: 'Koordinering',
	et: 'Koordineerimine'
});

export const rGroupCoordinationAbout = /* @__PURE__ */ message({
	en: 'the coordination model; vertical (across levels of government) and horizontal (across ministries and agencies) collaboration',
	de: 'das Koordinationsmodell; vertikale (über Verwaltungsebenen hinweg) und horizontale (über Ministerien und Behörden hinweg) Zusammenarbeit',
	fr: 'le modèle de coordination ; collaboration verticale (entre niveaux de pouvoir) et horizontale (entre ministères et agences)',
	nl: 'het coördinatiemodel; verticale (tussen bestuurslagen) en horizontale (tussen ministeries en agentschappen) samenwerking',
	da: 'koordineringsmodellen; vertikalt (på tværs af forvaltningsniveauer) og horisontalt (på tværs af ministerier og styrelser) samarbejde',
	et: 'koordineerimismudel; vertikaalne (valitsemistasandite vaheline) ja horisontaalne (ministeeriumide ja ametite vaheline) koostöö'
});

export const rGroupImplementation = /* @__PURE__ */ message({
	en: 'Implementation',
	de: 'Umsetzung',
	fr: 'Mise en œuvre',
	nl: 'Uitvoering',
	da: 'Gennemførelse',
	et: 'Elluviimine'
});

export const rGroupImplementationAbout = /* @__PURE__ */ message({
	en: 'budget and monitoring; legal basis is the row’s kind and legal basis, and level 3 of every feature',
	de: 'Budget und Monitoring; die Rechtsgrundlage ist Art und Rechtsgrundlage der Zeile und Stufe 3 jedes Merkmals',
	fr: 'budget et suivi ; la base juridique est le type et la base juridique de la ligne, et le niveau 3 de chaque caractéristique',
	nl: 'budget en monitoring; de rechtsgrondslag is de soort en rechtsgrondslag van de rij, en niveau 3 van elk kenmerk',
	da: 'budget og overvågning; retsgrundlaget er rækkens type og retsgrundlag og niveau 3 for hver egenskab',
	et: 'eelarve ja seire; õiguslik alus on rea liik ja õiguslik alus ning iga tunnuse tase 3'
});

export const rGroupOther = /* @__PURE__ */ message({
	en: 'Other',
	de: 'Sonstige',
	fr: 'Autres',
	nl: 'Overige',
	da: 'Øvrige',
	et: 'Muud'
});
