import { message } from '../message';

/*
 * The texts of /strategies (with the codebook) and /analysis, in every language (docs/i18n.md).
 * Names of institutions follow glossary.ts. Drafted by the project, not reviewed by native speakers.
 */

/* Words shared with other areas: one text, defined in messages.ts or words.ts. */
export {
	wordClose as rClose,
	wordCode as rColCode,
	wordConfidence as rColConfidence,
	wordCountry as rColCountry,
	wordFeature as rColFeature,
	wordKind as rColKind,
	wordLeadBody as rColLeadBody,
	wordTitle as rColTitle,
	wordYears as rColYears,
	wordEditions as rEditions,
	wordEvidence as rEvidence,
	wordInForce as rInForce,
	wordRank as rMeasureRank,
	wordRegional as rRegional,
	wordTo as rTo,
	wordYear as rYear
} from '../words';

// The strategies page

export const rStrategiesTitle = /* @__PURE__ */ message({
	en: 'National e-government strategies, coded',
	de: 'Nationale E-Government-Strategien, kodiert',
	fr: 'Stratégies nationales d’administration en ligne, codées',
	nl: 'Nationale e-overheidsstrategieën, gecodeerd',
	da: 'Nationale strategier for digital forvaltning, kodet',
	et: 'Riiklikud e-riigi strateegiad, kodeeritud'
});

export const rStrategiesDescription = /* @__PURE__ */ message({
	en: 'The national e-government strategies of Belgium, Denmark, Estonia, Germany and the United Kingdom, coded feature by feature with evidence and sources, and a timeline of strategies and laws.',
	de: 'Die nationalen E-Government-Strategien Belgiens, Dänemarks, Estlands, Deutschlands und des Vereinigten Königreichs, Merkmal für Merkmal kodiert, mit Belegen und Quellen, und eine Zeitleiste der Strategien und Gesetze.',
	fr: 'Les stratégies nationales d’administration en ligne de la Belgique, du Danemark, de l’Estonie, de l’Allemagne et du Royaume-Uni, codées caractéristique par caractéristique avec preuves et sources, et une chronologie des stratégies et des lois.',
	nl: 'De nationale e-overheidsstrategieën van België, Denemarken, Estland, Duitsland en het Verenigd Koninkrijk, per kenmerk gecodeerd met bewijs en bronnen, en een tijdlijn van strategieën en wetten.',
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
	fr: 'Stratégie codée la plus récente à une année donnée…',
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
	nl: 'de meest recente gecodeerde strategie die uiterlijk in {year} is gestart',
	da: 'den seneste kodede strategi lanceret senest i {year}',
	et: 'viimast kodeeritud strateegiat, mis käivitati hiljemalt {year}. aastal'
});

export const rChoiceStrategy = /* @__PURE__ */ message({
	en: '{title} for its country and the most recent coded strategy for the others',
	de: '{title} für das eigene Land und die neueste kodierte Strategie für die anderen',
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
	et: 'Operatsionaliseeritud'
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
	nl: 'Eenloketportaal',
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
	et: '{name}, {title} ({year}): koordineerimine {model}, {binding} tunnust õiguslikult siduvad, {operational} operatsionaliseeritud, {inferred} koodi järeldatud'
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
	et: 'Iga rida näitab {choice}: koodid koos tõenditega'
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

export const rColStrategy = /* @__PURE__ */ message({
	en: 'Strategy',
	de: 'Strategie',
	fr: 'Stratégie',
	nl: 'Strategie',
	da: 'Strategi',
	et: 'Strateegia'
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

export const rOngoing = /* @__PURE__ */ message({
	en: 'ongoing',
	de: 'laufend',
	fr: 'en cours',
	nl: 'lopend',
	da: 'løbende',
	et: 'kestab'
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
	nl: 'Eenheid van codering: één strategie, akkoord, programma, wet of instelling, gecodeerd uit de eigen officiële tekst, niet uit wat het land later deed. {silence}: een kenmerk dat het document niet noemt, krijgt code 0, zonder citaat; er is geen ‘veronderstelde’ code. Elke andere code berust op een letterlijk citaat in de oorspronkelijke taal, met een Engelse vertaling en een vindplaats. Een code is {stated} als het citaat hem inhoudelijk zegt en {inferred} als het niveau het oordeel van de codeur is; een afgeleide code krijgt één zin uitleg, en afgeleide codes mogen hoogstens een vijfde van de codes ongelijk aan nul zijn. Het effect van een wet hoort bij de rij van die wet. De rechtsgrondslag heeft geen eigen kenmerk: het is de soort en rechtsgrondslag van de rij, en niveau 3 van elk kenmerk. De voorbeelden zijn illustraties, geen citaten.',
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

// The analysis: measures, levels and the verdict

export const rNotStated = /* @__PURE__ */ message({
	en: 'not stated',
	de: 'nicht genannt',
	fr: 'non précisé',
	nl: 'niet vermeld',
	da: 'ikke angivet',
	et: 'märkimata'
});

export const rMeasureRankLabel = /* @__PURE__ */ message({
	en: 'places gained in the {label} ranking',
	de: 'gewonnene Plätze in der Rangfolge {label}',
	fr: 'places gagnées au classement {label}',
	nl: 'gewonnen plaatsen in de ranglijst {label}',
	da: 'vundne pladser i ranglisten {label}',
	et: 'edetabelis {label} võidetud kohad'
});

export const rMeasureGapLabel = /* @__PURE__ */ message({
	en: 'change in the gap to the EU27 mean, {label}',
	de: 'Veränderung des Abstands zum EU27-Mittel, {label}',
	fr: 'variation de l’écart à la moyenne UE27, {label}',
	nl: 'verandering in het verschil met het EU27-gemiddelde, {label}',
	da: 'ændring i afstanden til EU27-gennemsnittet, {label}',
	et: 'erinevuse muutus EL27 keskmisest, {label}'
});

export const rMeasureScoreLabel = /* @__PURE__ */ message({
	en: 'change in {label}',
	de: 'Veränderung von {label}',
	fr: 'variation de {label}',
	nl: 'verandering in {label}',
	da: 'ændring i {label}',
	et: 'muutus: {label}'
});

export const rMeasureRelativeCaveat = /* @__PURE__ */ message({
	en: 'The {label} is relative within each edition (normalised over all countries assessed), so a change in score partly reflects other countries; rank or the gap to the EU27 mean suit it better.',
	de: '{label} ist innerhalb jeder Ausgabe relativ (über alle bewerteten Länder normiert), daher spiegelt eine Veränderung des Werts teils andere Länder wider; Rang oder Abstand zum EU27-Mittel passen besser.',
	fr: '{label} est relatif au sein de chaque édition (normalisé sur tous les pays évalués) : une variation du score reflète donc en partie les autres pays ; le rang ou l’écart à la moyenne UE27 conviennent mieux.',
	nl: '{label} is binnen elke editie relatief (genormaliseerd over alle beoordeelde landen), dus een verandering in score weerspiegelt deels andere landen; rang of het verschil met het EU27-gemiddelde past beter.',
	da: '{label} er relativ inden for hver udgave (normaliseret over alle vurderede lande), så en ændring i score afspejler delvis andre lande; placering eller afstanden til EU27-gennemsnittet passer bedre.',
	et: '{label} on iga väljaande sees suhteline (normitud kõigi hinnatud riikide peale), seega peegeldab skoori muutus osaliselt teisi riike; paremini sobivad koht või erinevus EL27 keskmisest.'
});

export const rMeasureRankCaveat = /* @__PURE__ */ message({
	en: 'Rank among all countries assessed in each edition (1 = best), counted here; places gained are positive.',
	de: 'Rang unter allen in der jeweiligen Ausgabe bewerteten Ländern (1 = bester), hier gezählt; gewonnene Plätze sind positiv.',
	fr: 'Rang parmi tous les pays évalués dans chaque édition (1 = meilleur), compté ici ; les places gagnées sont positives.',
	nl: 'Rang onder alle in elke editie beoordeelde landen (1 = beste), hier geteld; gewonnen plaatsen zijn positief.',
	da: 'Placering blandt alle lande vurderet i hver udgave (1 = bedst), optalt her; vundne pladser er positive.',
	et: 'Koht kõigi iga väljaande hinnatud riikide seas (1 = parim), siin loetud; võidetud kohad on positiivsed.'
});

export const rMeasureGapCaveat = /* @__PURE__ */ message({
	en: 'Gap = the value minus the mean of the EU27 members assessed in that edition; a rising gap is progress relative to the EU.',
	de: 'Abstand = der Wert minus das Mittel der in dieser Ausgabe bewerteten EU27-Mitglieder; ein steigender Abstand ist Fortschritt gegenüber der EU.',
	fr: 'Écart = la valeur moins la moyenne des membres de l’UE27 évalués dans cette édition ; un écart croissant est un progrès par rapport à l’UE.',
	nl: 'Verschil = de waarde min het gemiddelde van de in die editie beoordeelde EU27-lidstaten; een stijgend verschil is vooruitgang ten opzichte van de EU.',
	da: 'Afstand = værdien minus gennemsnittet af de EU27-medlemmer, der er vurderet i den udgave; en stigende afstand er fremskridt i forhold til EU.',
	et: 'Erinevus = väärtus miinus selles väljaandes hinnatud EL27 liikmete keskmine; kasvav erinevus on edasiminek EL-i suhtes.'
});

export const rAboutAsMuch = /* @__PURE__ */ message({
	en: 'about as much progress as',
	de: 'etwa so viel Fortschritt wie',
	fr: 'à peu près autant de progrès que',
	nl: 'ongeveer evenveel vooruitgang als',
	da: 'omtrent lige så meget fremskridt som',
	et: 'umbes sama palju edasiminekut kui'
});

export const rMoreProgress = /* @__PURE__ */ message({
	en: 'more progress than',
	de: 'mehr Fortschritt als',
	fr: 'plus de progrès que',
	nl: 'meer vooruitgang dan',
	da: 'mere fremskridt end',
	et: 'rohkem edasiminekut kui'
});

export const rLessProgress = /* @__PURE__ */ message({
	en: 'less progress than',
	de: 'weniger Fortschritt als',
	fr: 'moins de progrès que',
	nl: 'minder vooruitgang dan',
	da: 'mindre fremskridt end',
	et: 'vähem edasiminekut kui'
});

export const rVerdictTooFew = /* @__PURE__ */ message({
	en: 'Only {n} strategies in {countries} countries could be measured: too few to say anything.',
	de: 'Nur {n} Strategien in {countries} Ländern ließen sich messen: zu wenige für eine Aussage.',
	fr: 'Seules {n} stratégies dans {countries} pays ont pu être mesurées : trop peu pour conclure quoi que ce soit.',
	nl: 'Slechts {n} strategieën in {countries} landen konden worden gemeten: te weinig om iets te zeggen.',
	da: 'Kun {n} strategier i {countries} lande kunne måles: for få til at sige noget.',
	et: 'Mõõta sai ainult {n} strateegiat {countries} riigis: liiga vähe, et midagi öelda.'
});

export const rVerdictNoVariation = /* @__PURE__ */ message({
	en: "No country's measured strategies differ in this code, so comparing strategies within countries cannot tell anything; differences between countries are not evidence of an effect.",
	de: 'In keinem Land unterscheiden sich die gemessenen Strategien in diesem Code, daher kann ein Vergleich innerhalb der Länder nichts zeigen; Unterschiede zwischen Ländern belegen keine Wirkung.',
	fr: 'Dans aucun pays les stratégies mesurées ne diffèrent par ce code : comparer les stratégies au sein des pays ne peut rien montrer ; les différences entre pays ne prouvent pas un effet.',
	nl: 'In geen enkel land verschillen de gemeten strategieën in deze code, dus vergelijken binnen landen kan niets zeggen; verschillen tussen landen zijn geen bewijs van een effect.',
	da: 'I intet land adskiller de målte strategier sig i denne kode, så en sammenligning inden for landene kan intet vise; forskelle mellem lande er ikke belæg for en virkning.',
	et: 'Ühegi riigi mõõdetud strateegiad ei erine selle koodi poolest, seega ei saa riigisisene võrdlus midagi näidata; riikidevahelised erinevused ei tõenda mõju.'
});

export const rTesting = /* @__PURE__ */ message({
	en: 'Testing the codes against chance (10,000 shuffles within each country)…',
	de: 'Die Codes werden gegen den Zufall getestet (10.000 Vertauschungen innerhalb jedes Landes) …',
	fr: 'Test des codes contre le hasard (10 000 permutations au sein de chaque pays)…',
	nl: 'De codes worden tegen toeval getoetst (10.000 verwisselingen binnen elk land)…',
	da: 'Koderne testes mod tilfældighed (10.000 ombytninger inden for hvert land) …',
	et: 'Koode testitakse juhuse vastu (10 000 ümberpaigutust iga riigi sees)…'
});

export const rVerdictOneLevel = /* @__PURE__ */ message({
	en: 'All {n} measured strategies share one level of the code: nothing to compare.',
	de: 'Alle {n} gemessenen Strategien haben dieselbe Stufe des Codes: nichts zu vergleichen.',
	fr: 'Les {n} stratégies mesurées partagent toutes un même niveau du code : rien à comparer.',
	nl: 'Alle {n} gemeten strategieën hebben hetzelfde niveau van de code: niets te vergelijken.',
	da: 'Alle {n} målte strategier har samme niveau af koden: intet at sammenligne.',
	et: 'Kõigil {n} mõõdetud strateegial on koodi sama tase: pole midagi võrrelda.'
});

export const rVerdictDifference = /* @__PURE__ */ message({
	en: 'Strategies coded 2–3 were followed by {compared} those coded 0–1 ({value}',
	de: 'Auf Strategien mit Code 2–3 folgte {compared} auf die mit Code 0–1 ({value}',
	fr: 'Les stratégies codées 2–3 ont été suivies de {compared} celles codées 0–1 ({value}',
	nl: 'Op strategieën met code 2–3 volgde {compared} op die met code 0–1 ({value}',
	da: 'Strategier kodet 2–3 blev efterfulgt af {compared} dem kodet 0–1 ({value}',
	et: 'Koodiga 2–3 strateegiatele järgnes {compared} koodiga 0–1 strateegiatele ({value}'
});

export const rVerdictSpread = /* @__PURE__ */ message({
	en: 'The mean change differs between coordination models (between-group variance {value}',
	de: 'Die mittlere Veränderung unterscheidet sich zwischen den Koordinationsmodellen (Varianz zwischen den Gruppen {value}',
	fr: 'La variation moyenne diffère selon les modèles de coordination (variance intergroupe {value}',
	nl: 'De gemiddelde verandering verschilt tussen coördinatiemodellen (variantie tussen groepen {value}',
	da: 'Den gennemsnitlige ændring varierer mellem koordineringsmodellerne (varians mellem grupper {value}',
	et: 'Keskmine muutus erineb koordineerimismudelite vahel (rühmadevaheline dispersioon {value}'
});

export const rVerdictInterval = /* @__PURE__ */ message({
	en: ', 95% interval {low} to {high}',
	de: ', 95-%-Intervall {low} bis {high}',
	fr: ', intervalle à 95 % de {low} à {high}',
	nl: ', 95%-interval {low} tot {high}',
	da: ', 95 %-interval {low} til {high}',
	et: ', 95% vahemik {low} kuni {high}'
});

export const rVerdictClear = /* @__PURE__ */ message({
	en: '{what}{interval}; {p}, n = {n} in {countries} countries). An association within countries, not an effect of the strategies.',
	de: '{what}{interval}; {p}, n = {n} in {countries} Ländern). Ein Zusammenhang innerhalb der Länder, keine Wirkung der Strategien.',
	fr: '{what}{interval} ; {p}, n = {n} dans {countries} pays). Une association au sein des pays, pas un effet des stratégies.',
	nl: '{what}{interval}; {p}, n = {n} in {countries} landen). Een samenhang binnen landen, geen effect van de strategieën.',
	da: '{what}{interval}; {p}, n = {n} i {countries} lande). En sammenhæng inden for landene, ikke en virkning af strategierne.',
	et: '{what}{interval}; {p}, n = {n} {countries} riigis). Seos riikide sees, mitte strateegiate mõju.'
});

export const rVerdictUnclear = /* @__PURE__ */ message({
	en: 'The data cannot tell. {what}{interval}; {p}, n = {n} in {countries} countries): shuffling the codes within each country gives a result this large too often to tell it from chance.',
	de: 'Die Daten lassen keine Aussage zu. {what}{interval}; {p}, n = {n} in {countries} Ländern): Ein Mischen der Codes innerhalb jedes Landes ergibt ein so großes Ergebnis zu oft, um es vom Zufall zu unterscheiden.',
	fr: 'Les données ne permettent pas de conclure. {what}{interval} ; {p}, n = {n} dans {countries} pays) : un brassage des codes au sein de chaque pays donne trop souvent un résultat aussi grand pour le distinguer du hasard.',
	nl: 'De gegevens kunnen het niet zeggen. {what}{interval}; {p}, n = {n} in {countries} landen): het schudden van de codes binnen elk land geeft te vaak een even groot resultaat om het van toeval te onderscheiden.',
	da: 'Dataene kan ikke afgøre det. {what}{interval}; {p}, n = {n} i {countries} lande): en blanding af koderne inden for hvert land giver for ofte et lige så stort resultat til at skelne det fra tilfældighed.',
	et: 'Andmete põhjal ei saa öelda. {what}{interval}; {p}, n = {n} {countries} riigis): koodide segamine iga riigi sees annab nii suure tulemuse liiga sageli, et seda juhusest eristada.'
});

// The analysis: notes on strategies and countries

export const rNoEditionBefore = /* @__PURE__ */ message({
	en: 'No edition in the {years} years up to the launch ({launch}).',
	de: 'Keine Ausgabe in den {years} Jahren bis zum Start ({launch}).',
	fr: 'Aucune édition dans les {years} ans précédant le lancement ({launch}).',
	nl: 'Geen editie in de {years} jaar tot de start ({launch}).',
	da: 'Ingen udgave i de {years} år op til lanceringen ({launch}).',
	et: 'Käivitamisele ({launch}) eelnenud {years} aasta jooksul pole ühtki väljaannet.'
});

export const rNoEditionAfter = /* @__PURE__ */ message({
	en: 'No edition in the {years} years after the launch ({launch}).',
	de: 'Keine Ausgabe in den {years} Jahren nach dem Start ({launch}).',
	fr: 'Aucune édition dans les {years} ans suivant le lancement ({launch}).',
	nl: 'Geen editie in de {years} jaar na de start ({launch}).',
	da: 'Ingen udgave i de {years} år efter lanceringen ({launch}).',
	et: 'Käivitamisele ({launch}) järgnenud {years} aasta jooksul pole ühtki väljaannet.'
});

export const rNotAssessed = /* @__PURE__ */ message({
	en: 'Not assessed by this benchmark.',
	de: 'Von diesem Benchmark nicht bewertet.',
	fr: 'Non évalué par cet indice.',
	nl: 'Niet beoordeeld door deze benchmark.',
	da: 'Ikke vurderet af denne måling.',
	et: 'See võrdlusnäitaja seda ei hinda.'
});

export const rFirstEdition = /* @__PURE__ */ message({
	en: 'the first edition',
	de: 'erste Ausgabe',
	fr: 'première édition',
	nl: 'eerste editie',
	da: 'første udgave',
	et: 'esimene väljaanne'
});

export const rLatestEdition = /* @__PURE__ */ message({
	en: 'the latest edition',
	de: 'neueste Ausgabe',
	fr: 'dernière édition',
	nl: 'laatste editie',
	da: 'seneste udgave',
	et: 'viimane väljaanne'
});

export const rSpansBreak = /* @__PURE__ */ message({
	en: "Spans the benchmark's {years} change of method: the two values are not strictly comparable.",
	de: 'Umfasst die Methodenänderung des Benchmarks von {years}: Die beiden Werte sind nicht streng vergleichbar.',
	fr: 'Couvre le changement de méthode de l’indice en {years} : les deux valeurs ne sont pas strictement comparables.',
	nl: 'Omvat de methodewijziging van de benchmark in {years}: de twee waarden zijn niet strikt vergelijkbaar.',
	da: 'Spænder over målingens metodeændring i {years}: de to værdier er ikke strengt sammenlignelige.',
	et: 'Hõlmab võrdlusnäitaja metoodika muutust aastal {years}: kaks väärtust pole rangelt võrreldavad.'
});

export const rFewerThanTwo = /* @__PURE__ */ message({
	en: 'Fewer than two editions in {span}.',
	de: 'Weniger als zwei Ausgaben im Zeitraum {span}.',
	fr: 'Moins de deux éditions sur la période {span}.',
	nl: 'Minder dan twee edities in de periode {span}.',
	da: 'Færre end to udgaver i perioden {span}.',
	et: 'Perioodil {span} on vähem kui kaks väljaannet.'
});

// The analysis: caveats, source, empty states and descriptions

export const rSinceCaveatChange = /* @__PURE__ */ message({
	en: "Change = the value at the last edition up to the strategy's end year (the latest edition while it runs) minus the value at the first edition from its start year; with a fixed window, the same within the window. Only national strategies coded from their text count; institutions are left out.",
	de: 'Veränderung = der Wert der letzten Ausgabe bis zum Endjahr der Strategie (der neuesten, solange sie läuft) minus der Wert der ersten Ausgabe ab ihrem Startjahr; mit festem Zeitfenster dasselbe innerhalb des Fensters. Nur aus ihrem Text kodierte nationale Strategien zählen; Institutionen bleiben außen vor.',
	fr: 'Variation = la valeur à la dernière édition jusqu’à l’année de fin de la stratégie (la plus récente tant qu’elle court) moins la valeur à la première édition à partir de son année de début ; avec une fenêtre fixe, de même à l’intérieur de la fenêtre. Seules comptent les stratégies nationales codées à partir de leur texte ; les institutions sont exclues.',
	nl: 'Verandering = de waarde bij de laatste editie tot het eindjaar van de strategie (de nieuwste zolang die loopt) min de waarde bij de eerste editie vanaf het startjaar; met een vast venster hetzelfde binnen het venster. Alleen nationale strategieën die uit hun tekst zijn gecodeerd tellen; instellingen blijven buiten beschouwing.',
	da: 'Ændring = værdien i den sidste udgave til og med strategiens slutår (den seneste, mens den løber) minus værdien i den første udgave fra dens startår; med et fast vindue det samme inden for vinduet. Kun nationale strategier kodet ud fra deres tekst tæller; institutioner er udeladt.',
	et: 'Muutus = väärtus viimases väljaandes kuni strateegia lõpuaastani (kehtiva strateegia puhul viimases) miinus väärtus esimeses väljaandes alates selle algusaastast; fikseeritud ajavahemiku korral sama selle vahemiku piires. Arvesse lähevad ainult tekstist kodeeritud riiklikud strateegiad; asutused jäetakse välja.'
});

export const rSinceCaveatRank = /* @__PURE__ */ message({
	en: 'For a rank, a fall (negative change) is an improvement.',
	de: 'Bei einem Rang ist ein Rückgang (negative Veränderung) eine Verbesserung.',
	fr: 'Pour un rang, une baisse (variation négative) est une amélioration.',
	nl: 'Bij een rang is een daling (negatieve verandering) een verbetering.',
	da: 'For en placering er et fald (negativ ændring) en forbedring.',
	et: 'Koha puhul on langus (negatiivne muutus) paranemine.'
});

export const rEventCaveatLines = /* @__PURE__ */ message({
	en: 'Each line is one coded national strategy (n = {n} measured): the benchmark at each edition minus its value at the last edition at or before the launch. The thick lines are the median per level of the code, with how many strategies each point rests on. Associations within countries, not effects: strategies overlap and benchmarks change method.',
	de: 'Jede Linie ist eine kodierte nationale Strategie (n = {n} gemessen): der Benchmark in jeder Ausgabe minus sein Wert in der letzten Ausgabe bis zum Start. Die dicken Linien sind der Median je Stufe des Codes, mit der Zahl der Strategien, auf denen jeder Punkt beruht. Zusammenhänge innerhalb der Länder, keine Wirkungen: Strategien überlappen sich, und Benchmarks ändern ihre Methode.',
	fr: 'Chaque ligne est une stratégie nationale codée (n = {n} mesurées) : l’indice à chaque édition moins sa valeur à la dernière édition au plus tard au lancement. Les lignes épaisses sont la médiane par niveau du code, avec le nombre de stratégies sur lequel repose chaque point. Des associations au sein des pays, pas des effets : les stratégies se chevauchent et les indices changent de méthode.',
	nl: 'Elke lijn is één gecodeerde nationale strategie (n = {n} gemeten): de benchmark bij elke editie min de waarde bij de laatste editie vóór of in het startjaar. De dikke lijnen zijn de mediaan per niveau van de code, met het aantal strategieën waarop elk punt rust. Samenhang binnen landen, geen effecten: strategieën overlappen en benchmarks veranderen van methode.',
	da: 'Hver linje er én kodet national strategi (n = {n} målt): målingen i hver udgave minus dens værdi i den sidste udgave senest ved lanceringen. De tykke linjer er medianen pr. niveau af koden med antallet af strategier, hvert punkt bygger på. Sammenhænge inden for landene, ikke virkninger: strategier overlapper, og målingerne skifter metode.',
	et: 'Iga joon on üks kodeeritud riiklik strateegia (mõõdetud n = {n}): võrdlusnäitaja igas väljaandes miinus selle väärtus viimases väljaandes käivitamise ajal või enne seda. Jämedad jooned on mediaan koodi taseme kaupa koos strateegiate arvuga, millele iga punkt tugineb. Seosed riikide sees, mitte mõjud: strateegiad kattuvad ja võrdlusnäitajate metoodika muutub.'
});

export const rAnalysisSource = /* @__PURE__ */ message({
	en: "Sources: strategy coding from the dashboard's strategies dataset (strategy_features.parquet); {family} ({publisher}).",
	de: 'Quellen: Kodierung der Strategien aus dem Strategiedatensatz des Dashboards (strategy_features.parquet); {family} ({publisher}).',
	fr: 'Sources : codage des stratégies issu du jeu de données des stratégies du tableau de bord (strategy_features.parquet) ; {family} ({publisher}).',
	nl: 'Bronnen: codering van de strategieën uit de strategiedataset van het dashboard (strategy_features.parquet); {family} ({publisher}).',
	da: 'Kilder: kodning af strategierne fra dashboardets strategidatasæt (strategy_features.parquet); {family} ({publisher}).',
	et: 'Allikad: strateegiate kodeerimine töölaua strateegiate andmestikust (strategy_features.parquet); {family} ({publisher}).'
});

export const rEmptyNoCountry = /* @__PURE__ */ message({
	en: 'No country has a strategy coded on this feature, so there is nothing to compare with the {benchmark}.',
	de: 'Kein Land hat eine für dieses Merkmal kodierte Strategie, daher gibt es nichts mit {benchmark} zu vergleichen.',
	fr: 'Aucun pays n’a de stratégie codée sur cette caractéristique : il n’y a donc rien à comparer avec {benchmark}.',
	nl: 'Geen enkel land heeft een strategie die op dit kenmerk is gecodeerd, dus er valt niets te vergelijken met {benchmark}.',
	da: 'Intet land har en strategi kodet på denne egenskab, så der er intet at sammenligne med {benchmark}.',
	et: 'Ühelgi riigil pole selle tunnuse järgi kodeeritud strateegiat, seega pole midagi võrrelda näitajaga {benchmark}.'
});

export const rEmptyUnassessed = /* @__PURE__ */ message({
	en: 'None of the {n} countries with a coded strategy is assessed by the {benchmark}. Choose another benchmark.',
	de: 'Keines der {n} Länder mit kodierter Strategie wird von {benchmark} bewertet. Wählen Sie einen anderen Benchmark.',
	fr: 'Aucun des {n} pays ayant une stratégie codée n’est évalué par {benchmark}. Choisissez un autre indice.',
	nl: 'Geen van de {n} landen met een gecodeerde strategie wordt beoordeeld door {benchmark}. Kies een andere benchmark.',
	da: 'Ingen af de {n} lande med en kodet strategi vurderes af {benchmark}. Vælg en anden måling.',
	et: 'Ühtki {n} kodeeritud strateegiaga riigist ei hinda {benchmark}. Valige teine võrdlusnäitaja.'
});

export const rFixWiden = /* @__PURE__ */ message({
	en: 'Widen the window or choose another benchmark.',
	de: 'Erweitern Sie das Zeitfenster oder wählen Sie einen anderen Benchmark.',
	fr: 'Élargissez la fenêtre ou choisissez un autre indice.',
	nl: 'Verbreed het venster of kies een andere benchmark.',
	da: 'Udvid vinduet, eller vælg en anden måling.',
	et: 'Laiendage ajavahemikku või valige teine võrdlusnäitaja.'
});

export const rFixWindow = /* @__PURE__ */ message({
	en: 'Choose a fixed window (e.g. 2014 to 2024) or another benchmark.',
	de: 'Wählen Sie ein festes Zeitfenster (z. B. 2014 bis 2024) oder einen anderen Benchmark.',
	fr: 'Choisissez une fenêtre fixe (par ex. de 2014 à 2024) ou un autre indice.',
	nl: 'Kies een vast venster (bv. 2014 tot 2024) of een andere benchmark.',
	da: 'Vælg et fast vindue (f.eks. 2014 til 2024) eller en anden måling.',
	et: 'Valige fikseeritud ajavahemik (nt 2014 kuni 2024) või teine võrdlusnäitaja.'
});

export const rEmptyAlso = /* @__PURE__ */ message({
	en: '({n} more not assessed by it)',
	de: '(weitere {n} werden von ihm nicht bewertet)',
	fr: '({n} autres ne sont pas évalués par lui)',
	nl: '(nog {n} worden er niet door beoordeeld)',
	da: '({n} mere vurderes ikke af den)',
	et: '(veel {n} riiki see ei hinda)'
});

export const rEmptyNoChange = /* @__PURE__ */ message({
	en: "For none of the {rest} countries assessed by the {benchmark}{also} does the period span two of its editions, so no change can be measured. {fix} The table gives each country's reason.",
	de: 'Für keines der {rest} von {benchmark} bewerteten Länder{also} umfasst der Zeitraum zwei seiner Ausgaben, daher lässt sich keine Veränderung messen. {fix} Die Tabelle nennt für jedes Land den Grund.',
	fr: 'Pour aucun des {rest} pays évalués par {benchmark}{also} la période ne couvre deux de ses éditions : aucune variation ne peut être mesurée. {fix} Le tableau donne la raison pour chaque pays.',
	nl: 'Voor geen van de {rest} landen die door {benchmark} worden beoordeeld{also} omvat de periode twee van de edities, dus er is geen verandering te meten. {fix} De tabel geeft per land de reden.',
	da: 'For ingen af de {rest} lande, der vurderes af {benchmark}{also}, spænder perioden over to af dens udgaver, så ingen ændring kan måles. {fix} Tabellen giver hvert lands grund.',
	et: 'Ühegi {rest} riigi puhul, mida {benchmark} hindab{also}, ei hõlma periood kahte selle väljaannet, seega muutust mõõta ei saa. {fix} Tabel annab iga riigi põhjuse.'
});

export const rDescribeGroup = /* @__PURE__ */ message({
	en: 'code {code}: median {median} (n = {n})',
	de: 'Code {code}: Median {median} (n = {n})',
	fr: 'code {code} : médiane {median} (n = {n})',
	nl: 'code {code}: mediaan {median} (n = {n})',
	da: 'kode {code}: median {median} (n = {n})',
	et: 'kood {code}: mediaan {median} (n = {n})'
});

export const rDescribeWhat = /* @__PURE__ */ message({
	en: "{feature}: {measure} from the last edition at or before each strategy's launch to the last edition within the window after it",
	de: '{feature}: {measure} von der letzten Ausgabe vor oder im Startjahr jeder Strategie bis zur letzten Ausgabe im Zeitfenster danach',
	fr: '{feature} : {measure} de la dernière édition au plus tard au lancement de chaque stratégie à la dernière édition dans la fenêtre qui suit',
	nl: '{feature}: {measure} van de laatste editie vóór of bij de start van elke strategie tot de laatste editie binnen het venster erna',
	da: '{feature}: {measure} fra den sidste udgave senest ved hver strategis lancering til den sidste udgave inden for vinduet efter den',
	et: '{feature}: {measure} alates viimasest väljaandest iga strateegia käivitamise ajal või enne seda kuni viimase väljaandeni järgneva ajavahemiku sees'
});

export const rEventTitle = /* @__PURE__ */ message({
	en: "{feature}: {measure} around each strategy's launch",
	de: '{feature}: {measure} rund um den Start jeder Strategie',
	fr: '{feature} : {measure} autour du lancement de chaque stratégie',
	nl: '{feature}: {measure} rond de start van elke strategie',
	da: '{feature}: {measure} omkring hver strategis lancering',
	et: '{feature}: {measure} iga strateegia käivitamise ümber'
});

export const rYearsSinceLaunch = /* @__PURE__ */ message({
	en: 'Years since launch →',
	de: 'Jahre seit dem Start →',
	fr: 'Années depuis le lancement →',
	nl: 'Jaren sinds de start →',
	da: 'År siden lanceringen →',
	et: 'Aastaid käivitamisest →'
});

// The analysis page and its controls

export const rAnalysisTitle = /* @__PURE__ */ message({
	en: 'Strategy features and progress',
	de: 'Strategiemerkmale und Fortschritt',
	fr: 'Caractéristiques des stratégies et progrès',
	nl: 'Strategiekenmerken en vooruitgang',
	da: 'Strategiegenskaber og fremskridt',
	et: 'Strateegiate tunnused ja edasiminek'
});

export const rAnalysisDescription = /* @__PURE__ */ message({
	en: "Does a strategy feature go with progress on the e-government benchmarks? Every coded strategy's benchmark path around its launch, with a blocked permutation test and a bootstrap interval.",
	de: 'Geht ein Strategiemerkmal mit Fortschritt in den E-Government-Benchmarks einher? Der Benchmark-Verlauf jeder kodierten Strategie rund um ihren Start, mit einem blockweisen Permutationstest und einem Bootstrap-Intervall.',
	fr: 'Une caractéristique de stratégie va-t-elle de pair avec des progrès dans les indices d’administration en ligne ? La trajectoire de chaque stratégie codée autour de son lancement, avec un test de permutation par blocs et un intervalle bootstrap.',
	nl: 'Gaat een strategiekenmerk samen met vooruitgang op de e-overheidsbenchmarks? Het benchmarkverloop van elke gecodeerde strategie rond de start, met een permutatietoets met blokken per land en een bootstrapinterval.',
	da: 'Hænger en strategiegenskab sammen med fremskridt på målingerne af digital forvaltning? Hver kodet strategis forløb i målingen omkring lanceringen med en blokvis permutationstest og et bootstrap-interval.',
	et: 'Kas strateegia tunnus käib kokku edasiminekuga e-riigi võrdlusnäitajates? Iga kodeeritud strateegia võrdlusnäitaja kulg selle käivitamise ümber, plokipõhise permutatsioonitesti ja bootstrap-vahemikuga.'
});

export const rDataError = /* @__PURE__ */ message({
	en: 'The chart shows the data as built.',
	de: 'Das Diagramm zeigt die Daten zum Stand der Erstellung.',
	fr: 'Le graphique montre les données de la compilation.',
	nl: 'De grafiek toont de gegevens zoals gebouwd.',
	da: 'Diagrammet viser dataene, som de blev bygget.',
	et: 'Joonis näitab koostamisaegseid andmeid.'
});

export const rEventSubtitle = /* @__PURE__ */ message({
	en: 'Every coded national strategy, {before} years before to {after} after its launch{laws}; median per code level.',
	de: 'Jede kodierte nationale Strategie, {before} Jahre vor bis {after} nach ihrem Start{laws}; Median je Codestufe.',
	fr: 'Chaque stratégie nationale codée, de {before} ans avant à {after} après son lancement{laws} ; médiane par niveau de code.',
	nl: 'Elke gecodeerde nationale strategie, van {before} jaar vóór tot {after} na de start{laws}; mediaan per codeniveau.',
	da: 'Hver kodet national strategi, fra {before} år før til {after} efter lanceringen{laws}; median pr. kodeniveau.',
	et: 'Iga kodeeritud riiklik strateegia, {before} aastat enne kuni {after} pärast käivitamist{laws}; mediaan koodi taseme kaupa.'
});

export const rLawsIncluded = /* @__PURE__ */ message({
	en: ', laws included',
	de: ', Gesetze eingeschlossen',
	fr: ', lois comprises',
	nl: ', wetten inbegrepen',
	da: ', love medregnet',
	et: ', seadused kaasa arvatud'
});

export const rEventCaption = /* @__PURE__ */ message({
	en: 'The strategies behind the paths: {feature} with its evidence, and {measure}',
	de: 'Die Strategien hinter den Verläufen: {feature} mit Beleg und {measure}',
	fr: 'Les stratégies derrière les trajectoires : {feature} avec sa preuve, et {measure}',
	nl: 'De strategieën achter de lijnen: {feature} met bewijs, en {measure}',
	da: 'Strategierne bag forløbene: {feature} med belæg og {measure}',
	et: 'Joonte taga olevad strateegiad: {feature} koos tõendiga ja {measure}'
});

export const rMeasureScore = /* @__PURE__ */ message({
	en: 'score',
	de: 'Wert',
	fr: 'score',
	nl: 'score',
	da: 'score',
	et: 'skoor'
});

export const rMeasureGap = /* @__PURE__ */ message({
	en: 'gap to EU27 mean',
	de: 'Abstand zum EU27-Mittel',
	fr: 'écart à la moyenne UE27',
	nl: 'verschil met EU27-gemiddelde',
	da: 'afstand til EU27-gennemsnit',
	et: 'erinevus EL27 keskmisest'
});

export const rStrategyFeature = /* @__PURE__ */ message({
	en: 'Strategy feature',
	de: 'Strategiemerkmal',
	fr: 'Caractéristique de stratégie',
	nl: 'Strategiekenmerk',
	da: 'Strategiegenskab',
	et: 'Strateegia tunnus'
});

export const rBenchmark = /* @__PURE__ */ message({
	en: 'Benchmark',
	de: 'Benchmark',
	fr: 'Indice',
	nl: 'Benchmark',
	da: 'Måling',
	et: 'Võrdlusnäitaja'
});

export const rMeasuredAs = /* @__PURE__ */ message({
	en: 'Measured as',
	de: 'Gemessen als',
	fr: 'Mesuré en',
	nl: 'Gemeten als',
	da: 'Målt som',
	et: 'Mõõdetud kui'
});

export const rSuits = /* @__PURE__ */ message({
	en: '(suits this benchmark)',
	de: '(passt zu diesem Benchmark)',
	fr: '(adapté à cet indice)',
	nl: '(past bij deze benchmark)',
	da: '(passer til denne måling)',
	et: '(sobib sellele võrdlusnäitajale)'
});

export const rYearsAround = /* @__PURE__ */ message({
	en: 'Years around launch',
	de: 'Jahre um den Start',
	fr: 'Années autour du lancement',
	nl: 'Jaren rond de start',
	da: 'År omkring lanceringen',
	et: 'Aastad käivitamise ümber'
});

export const rBefore = /* @__PURE__ */ message({
	en: 'before',
	de: 'davor',
	fr: 'avant',
	nl: 'ervoor',
	da: 'før',
	et: 'enne'
});

export const rAfter = /* @__PURE__ */ message({
	en: 'after',
	de: 'danach',
	fr: 'après',
	nl: 'erna',
	da: 'efter',
	et: 'pärast'
});

export const rLawsCount = /* @__PURE__ */ message({
	en: 'laws count as events too',
	de: 'Gesetze zählen auch als Ereignisse',
	fr: 'les lois comptent aussi comme événements',
	nl: 'wetten tellen ook als gebeurtenissen',
	da: 'love tæller også som hændelser',
	et: 'ka seadused loetakse sündmusteks'
});

// The analysis tables

export const rExact = /* @__PURE__ */ message({
	en: 'exact, {n} arrangements',
	de: 'exakt, {n} Anordnungen',
	fr: 'exact, {n} arrangements',
	nl: 'exact, {n} rangschikkingen',
	da: 'eksakt, {n} opstillinger',
	et: 'täpne, {n} paigutust'
});

export const rPermutations = /* @__PURE__ */ message({
	en: '{n} permutations',
	de: '{n} Permutationen',
	fr: '{n} permutations',
	nl: '{n} permutaties',
	da: '{n} permutationer',
	et: '{n} permutatsiooni'
});

export const rRange = /* @__PURE__ */ message({
	en: '{low} to {high}',
	de: '{low} bis {high}',
	fr: '{low} à {high}',
	nl: '{low} tot {high}',
	da: '{low} til {high}',
	et: '{low} kuni {high}'
});

export const rEffectCaption = /* @__PURE__ */ message({
	en: "Change after launch by level of the code (n strategies; the colours are the chart's)",
	de: 'Veränderung nach dem Start je Stufe des Codes (n Strategien; die Farben sind die des Diagramms)',
	fr: 'Variation après le lancement par niveau du code (n stratégies ; les couleurs sont celles du graphique)',
	nl: 'Verandering na de start per niveau van de code (n strategieën; de kleuren zijn die van de grafiek)',
	da: 'Ændring efter lanceringen pr. niveau af koden (n strategier; farverne er diagrammets)',
	et: 'Muutus pärast käivitamist koodi taseme kaupa (n strateegiat; värvid on joonise omad)'
});

export const rMedian = /* @__PURE__ */ message({
	en: 'Median',
	de: 'Median',
	fr: 'Médiane',
	nl: 'Mediaan',
	da: 'Median',
	et: 'Mediaan'
});

export const rMean = /* @__PURE__ */ message({
	en: 'Mean',
	de: 'Mittelwert',
	fr: 'Moyenne',
	nl: 'Gemiddelde',
	da: 'Gennemsnit',
	et: 'Keskmine'
});

export const rNoneMeasured = /* @__PURE__ */ message({
	en: 'No strategy could be measured.',
	de: 'Keine Strategie ließ sich messen.',
	fr: 'Aucune stratégie n’a pu être mesurée.',
	nl: 'Geen enkele strategie kon worden gemeten.',
	da: 'Ingen strategi kunne måles.',
	et: 'Ühtki strateegiat ei saanud mõõta.'
});

export const rHighMinusLow = /* @__PURE__ */ message({
	en: 'Codes 2–3 minus 0–1 (mean change)',
	de: 'Codes 2–3 minus 0–1 (mittlere Veränderung)',
	fr: 'Codes 2–3 moins 0–1 (variation moyenne)',
	nl: 'Codes 2–3 min 0–1 (gemiddelde verandering)',
	da: 'Koder 2–3 minus 0–1 (gennemsnitlig ændring)',
	et: 'Koodid 2–3 miinus 0–1 (keskmine muutus)'
});

export const rDifferenceLine = /* @__PURE__ */ message({
	en: '{value}; 95% interval {interval}; p {p}',
	de: '{value}; 95-%-Intervall {interval}; p {p}',
	fr: '{value} ; intervalle à 95 % {interval} ; p {p}',
	nl: '{value}; 95%-interval {interval}; p {p}',
	da: '{value}; 95 %-interval {interval}; p {p}',
	et: '{value}; 95% vahemik {interval}; p {p}'
});

export const rRho = /* @__PURE__ */ message({
	en: "Spearman's ρ, code and change",
	de: 'Spearmans ρ, Code und Veränderung',
	fr: 'ρ de Spearman, code et variation',
	nl: 'Spearmans ρ, code en verandering',
	da: 'Spearmans ρ, kode og ændring',
	et: 'Spearmani ρ, kood ja muutus'
});

export const rSpreadLabel = /* @__PURE__ */ message({
	en: 'Between-model variance of the change',
	de: 'Varianz der Veränderung zwischen den Modellen',
	fr: 'Variance intermodèle de la variation',
	nl: 'Variantie van de verandering tussen modellen',
	da: 'Varians af ændringen mellem modellerne',
	et: 'Muutuse mudelitevaheline dispersioon'
});

export const rMeasured = /* @__PURE__ */ message({
	en: 'Measured',
	de: 'Gemessen',
	fr: 'Mesuré',
	nl: 'Gemeten',
	da: 'Målt',
	et: 'Mõõdetud'
});

export const rMeasuredLine = /* @__PURE__ */ message({
	en: 'n = {n} strategies in {countries} countries; {varying} of them with different codes across their strategies',
	de: 'n = {n} Strategien in {countries} Ländern; {varying} davon mit unterschiedlichen Codes über ihre Strategien',
	fr: 'n = {n} stratégies dans {countries} pays ; {varying} d’entre eux avec des codes différents selon leurs stratégies',
	nl: 'n = {n} strategieën in {countries} landen; {varying} daarvan met verschillende codes over hun strategieën',
	da: 'n = {n} strategier i {countries} lande; {varying} af dem med forskellige koder på tværs af deres strategier',
	et: 'n = {n} strateegiat {countries} riigis; neist {varying} riigil on strateegiatel erinevad koodid'
});

export const rCodeAndEvidence = /* @__PURE__ */ message({
	en: 'Code and evidence',
	de: 'Code und Beleg',
	fr: 'Code et preuve',
	nl: 'Code en bewijs',
	da: 'Kode og belæg',
	et: 'Kood ja tõend'
});

export const rColBefore = /* @__PURE__ */ message({
	en: 'Before',
	de: 'Davor',
	fr: 'Avant',
	nl: 'Ervoor',
	da: 'Før',
	et: 'Enne'
});

export const rColAfter = /* @__PURE__ */ message({
	en: 'After',
	de: 'Danach',
	fr: 'Après',
	nl: 'Erna',
	da: 'Efter',
	et: 'Pärast'
});

export const rColChange = /* @__PURE__ */ message({
	en: 'Change',
	de: 'Veränderung',
	fr: 'Variation',
	nl: 'Verandering',
	da: 'Ændring',
	et: 'Muutus'
});

export const rCrossesBreak = /* @__PURE__ */ message({
	en: "Crosses the benchmark's change of method: not strictly comparable.",
	de: 'Überschreitet die Methodenänderung des Benchmarks: nicht streng vergleichbar.',
	fr: 'Franchit le changement de méthode de l’indice : pas strictement comparable.',
	nl: 'Overschrijdt de methodewijziging van de benchmark: niet strikt vergelijkbaar.',
	da: 'Krydser målingens metodeændring: ikke strengt sammenlignelig.',
	et: 'Ületab võrdlusnäitaja metoodika muutuse: pole rangelt võrreldav.'
});

export const rNotMentioned = /* @__PURE__ */ message({
	en: 'Not mentioned in the text.',
	de: 'Im Text nicht erwähnt.',
	fr: 'Non mentionné dans le texte.',
	nl: 'Niet genoemd in de tekst.',
	da: 'Ikke nævnt i teksten.',
	et: 'Tekstis ei mainita.'
});

export const rNoneCoded = /* @__PURE__ */ message({
	en: 'No strategy is coded on this feature.',
	de: 'Keine Strategie ist für dieses Merkmal kodiert.',
	fr: 'Aucune stratégie n’est codée sur cette caractéristique.',
	nl: 'Geen enkele strategie is op dit kenmerk gecodeerd.',
	da: 'Ingen strategi er kodet på denne egenskab.',
	et: 'Ükski strateegia pole selle tunnuse järgi kodeeritud.'
});

export const rCountryAndStrategy = /* @__PURE__ */ message({
	en: 'Country and strategy',
	de: 'Land und Strategie',
	fr: 'Pays et stratégie',
	nl: 'Land en strategie',
	da: 'Land og strategi',
	et: 'Riik ja strateegia'
});

export const rCodingTitle = /* @__PURE__ */ message({
	en: 'coding {confidence}',
	de: 'Kodierung {confidence}',
	fr: 'codage {confidence}',
	nl: 'codering {confidence}',
	da: 'kodning {confidence}',
	et: 'kodeerimine {confidence}'
});

export const rInferredKey = /* @__PURE__ */ message({
	en: 'code inferred by the coder rather than stated by the source.',
	de: 'Code von der Kodierung erschlossen, nicht von der Quelle genannt.',
	fr: 'code déduit par le codeur plutôt qu’énoncé par la source.',
	nl: 'code afgeleid door de codeur in plaats van vermeld door de bron.',
	da: 'kode udledt af koderen frem for angivet af kilden.',
	et: 'kood on kodeerija järeldatud, mitte allika väljendatud.'
});

// How the analysis is computed

export const rMethodsSummary = /* @__PURE__ */ message({
	en: 'How this is computed, and what it cannot show',
	de: 'Wie das berechnet wird und was es nicht zeigen kann',
	fr: 'Comment c’est calculé, et ce que cela ne peut pas montrer',
	nl: 'Hoe dit wordt berekend, en wat het niet kan laten zien',
	da: 'Hvordan det beregnes, og hvad det ikke kan vise',
	et: 'Kuidas see arvutatakse ja mida see näidata ei saa'
});

export const rMethodsComparedHead = /* @__PURE__ */ message({
	en: 'What is compared.',
	de: 'Was verglichen wird.',
	fr: 'Ce qui est comparé.',
	nl: 'Wat wordt vergeleken.',
	da: 'Hvad der sammenlignes.',
	et: 'Mida võrreldakse.'
});

export const rMethodsCompared = /* @__PURE__ */ message({
	en: "Every national strategy, agreement or programme coded from its own text is an event at its launch year (laws too, if chosen). For each, the benchmark's value at every edition in the window is set against its value at the last edition at or before the launch; the change by the last edition within the window after the launch is the strategy's outcome. The code is the one the strategy was given from its text (see the strategies page for the quotation behind each code). Regional strategies and those whose text could not be found are left out.",
	de: 'Jede aus ihrem eigenen Text kodierte nationale Strategie, Vereinbarung oder jedes Programm ist ein Ereignis in ihrem Startjahr (auf Wunsch auch Gesetze). Für jedes wird der Wert des Benchmarks in jeder Ausgabe im Zeitfenster seinem Wert in der letzten Ausgabe bis zum Start gegenübergestellt; die Veränderung bis zur letzten Ausgabe im Zeitfenster nach dem Start ist das Ergebnis der Strategie. Der Code ist der, den die Strategie aus ihrem Text erhielt (das Zitat hinter jedem Code steht auf der Strategieseite). Regionale Strategien und solche, deren Text nicht gefunden wurde, bleiben außen vor.',
	fr: 'Chaque stratégie, accord ou programme national codé à partir de son propre texte est un événement à son année de lancement (les lois aussi, si on le choisit). Pour chacun, la valeur de l’indice à chaque édition de la fenêtre est comparée à sa valeur à la dernière édition au plus tard au lancement ; la variation jusqu’à la dernière édition de la fenêtre après le lancement est le résultat de la stratégie. Le code est celui que la stratégie a reçu d’après son texte (voir la page des stratégies pour la citation derrière chaque code). Les stratégies régionales et celles dont le texte est introuvable sont exclues.',
	nl: 'Elke nationale strategie, elk akkoord of programma dat uit de eigen tekst is gecodeerd, is een gebeurtenis in het startjaar (desgewenst ook wetten). Voor elk wordt de waarde van de benchmark bij elke editie in het venster afgezet tegen de waarde bij de laatste editie vóór of in het startjaar; de verandering tot de laatste editie binnen het venster na de start is de uitkomst van de strategie. De code is die welke de strategie op basis van haar tekst kreeg (zie de strategiepagina voor het citaat achter elke code). Regionale strategieën en strategieën waarvan de tekst niet is gevonden, blijven buiten beschouwing.',
	da: 'Hver national strategi, aftale eller hvert program, der er kodet ud fra sin egen tekst, er en hændelse i sit lanceringsår (også love, hvis det vælges). For hver sættes målingens værdi i hver udgave i vinduet op mod dens værdi i den sidste udgave senest ved lanceringen; ændringen til den sidste udgave inden for vinduet efter lanceringen er strategiens udfald. Koden er den, strategien fik ud fra sin tekst (se strategisiden for citatet bag hver kode). Regionale strategier og strategier, hvis tekst ikke kunne findes, er udeladt.',
	et: 'Iga oma tekstist kodeeritud riiklik strateegia, kokkulepe või programm on sündmus oma käivitamisaastal (soovi korral ka seadused). Igaühe puhul võrreldakse võrdlusnäitaja väärtust igas ajavahemiku väljaandes selle väärtusega viimases väljaandes käivitamise ajal või enne seda; muutus kuni viimase väljaandeni ajavahemikus pärast käivitamist on strateegia tulemus. Kood on see, mille strateegia sai oma teksti põhjal (iga koodi taga olevat tsitaati vt strateegiate lehelt). Piirkondlikud strateegiad ja need, mille teksti ei leitud, jäetakse välja.'
});

export const rMethodsEffectHead = /* @__PURE__ */ message({
	en: 'The effect.',
	de: 'Die Wirkung.',
	fr: 'L’effet.',
	nl: 'Het effect.',
	da: 'Virkningen.',
	et: 'Mõju.'
});

export const rMethodsEffect = /* @__PURE__ */ message({
	en: "For the ordinal features (0–3), the mean outcome of strategies coded 2 or 3 (operationalised or legally binding) minus that of strategies coded 0 or 1, and Spearman's rank correlation between code and outcome. The coordination model (C/N/D, or 0 where the text does not say who steers) has no order, so it gets group comparisons only: the change per model and how far the models' means spread.",
	de: 'Für die ordinalen Merkmale (0–3) das mittlere Ergebnis der Strategien mit Code 2 oder 3 (operationalisiert oder rechtsverbindlich) minus das der Strategien mit Code 0 oder 1, sowie Spearmans Rangkorrelation zwischen Code und Ergebnis. Das Koordinationsmodell (C/N/D oder 0, wenn der Text nicht sagt, wer steuert) hat keine Ordnung und erhält daher nur Gruppenvergleiche: die Veränderung je Modell und wie weit die Mittelwerte der Modelle streuen.',
	fr: 'Pour les caractéristiques ordinales (0–3), le résultat moyen des stratégies codées 2 ou 3 (opérationnalisées ou juridiquement contraignantes) moins celui des stratégies codées 0 ou 1, et la corrélation de rang de Spearman entre code et résultat. Le modèle de coordination (C/N/D, ou 0 quand le texte ne dit pas qui pilote) n’a pas d’ordre : il n’a donc que des comparaisons de groupes, la variation par modèle et la dispersion des moyennes des modèles.',
	nl: 'Voor de ordinale kenmerken (0–3) de gemiddelde uitkomst van strategieën met code 2 of 3 (geoperationaliseerd of juridisch bindend) min die van strategieën met code 0 of 1, en Spearmans rangcorrelatie tussen code en uitkomst. Het coördinatiemodel (C/N/D, of 0 als de tekst niet zegt wie stuurt) heeft geen volgorde en krijgt dus alleen groepsvergelijkingen: de verandering per model en hoe ver de gemiddelden van de modellen uiteenliggen.',
	da: 'For de ordinale egenskaber (0–3) det gennemsnitlige udfald for strategier kodet 2 eller 3 (operationaliseret eller juridisk bindende) minus udfaldet for strategier kodet 0 eller 1 samt Spearmans rangkorrelation mellem kode og udfald. Koordineringsmodellen (C/N/D, eller 0 hvor teksten ikke siger, hvem der styrer) har ingen rækkefølge og får derfor kun gruppesammenligninger: ændringen pr. model og hvor meget modellernes gennemsnit spreder sig.',
	et: 'Järjestustunnuste (0–3) puhul koodiga 2 või 3 (operatsionaliseeritud või õiguslikult siduv) strateegiate keskmine tulemus miinus koodiga 0 või 1 strateegiate oma ning Spearmani astakkorrelatsioon koodi ja tulemuse vahel. Koordineerimismudelil (C/N/D või 0, kui tekst ei ütle, kes juhib) pole järjestust, seega saab see ainult rühmavõrdlusi: muutus mudeli kaupa ja kui palju mudelite keskmised hajuvad.'
});

export const rMethodsPermutationHead = /* @__PURE__ */ message({
	en: 'Why permutation, and why blocked by country.',
	de: 'Warum Permutation, und warum blockweise nach Land.',
	fr: 'Pourquoi la permutation, et pourquoi par blocs de pays.',
	nl: 'Waarom permutatie, en waarom in blokken per land.',
	da: 'Hvorfor permutation, og hvorfor blokvis efter land.',
	et: 'Miks permutatsioon ja miks riikide kaupa plokkidena.'
});

export const rMethodsPermutation = /* @__PURE__ */ message({
	en: "With a few dozen strategies from five to ten countries, no distribution can be assumed. The test shuffles the codes among the strategies of the same country ({permutations} seeded shuffles, or every arrangement when there are fewer), because one country's strategies share its administration, its starting point and its benchmark path: a difference between countries is not evidence about strategies. A country whose strategies all carry the same code therefore adds nothing to the test. The interval resamples whole countries ({draws} seeded draws, percentile 95%), so it is wide when few countries carry the effect.",
	de: 'Bei einigen Dutzend Strategien aus fünf bis zehn Ländern lässt sich keine Verteilung annehmen. Der Test mischt die Codes unter den Strategien desselben Landes ({permutations} Mischungen mit festem Startwert, oder jede Anordnung, wenn es weniger sind), denn die Strategien eines Landes teilen seine Verwaltung, seinen Ausgangspunkt und seinen Benchmark-Verlauf: Ein Unterschied zwischen Ländern belegt nichts über Strategien. Ein Land, dessen Strategien alle denselben Code tragen, trägt daher nichts zum Test bei. Das Intervall zieht ganze Länder neu ({draws} Ziehungen mit festem Startwert, Perzentil 95 %), daher ist es breit, wenn wenige Länder die Wirkung tragen.',
	fr: 'Avec quelques dizaines de stratégies de cinq à dix pays, aucune distribution ne peut être supposée. Le test brasse les codes entre les stratégies d’un même pays ({permutations} brassages à graine fixe, ou tous les arrangements s’il y en a moins), car les stratégies d’un pays partagent son administration, son point de départ et la trajectoire de son indice : une différence entre pays ne prouve rien sur les stratégies. Un pays dont toutes les stratégies portent le même code n’apporte donc rien au test. L’intervalle rééchantillonne des pays entiers ({draws} tirages à graine fixe, intervalle percentile à 95 %) : il est donc large quand peu de pays portent l’effet.',
	nl: 'Met enkele tientallen strategieën uit vijf tot tien landen kan geen verdeling worden aangenomen. De toets schudt de codes tussen de strategieën van hetzelfde land ({permutations} schuddingen met vaste startwaarde, of elke rangschikking als dat er minder zijn), omdat de strategieën van een land zijn bestuur, zijn beginpunt en zijn benchmarkverloop delen: een verschil tussen landen zegt niets over strategieën. Een land waarvan alle strategieën dezelfde code hebben, voegt dus niets toe aan de toets. Het interval trekt hele landen opnieuw ({draws} trekkingen met vaste startwaarde, percentiel 95%), dus het is breed als weinig landen het effect dragen.',
	da: 'Med nogle få dusin strategier fra fem til ti lande kan ingen fordeling antages. Testen blander koderne mellem strategierne i samme land ({permutations} blandinger med fast startværdi, eller hver opstilling, når der er færre), fordi et lands strategier deler dets forvaltning, dets udgangspunkt og dets forløb i målingen: en forskel mellem lande er ikke belæg for noget om strategier. Et land, hvis strategier alle har samme kode, bidrager derfor ikke til testen. Intervallet gentrækker hele lande ({draws} trækninger med fast startværdi, 95 %-percentilinterval), så det er bredt, når få lande bærer virkningen.',
	et: 'Mõnekümne strateegiaga viiest kuni kümnest riigist ei saa ühtki jaotust eeldada. Test segab koode sama riigi strateegiate vahel ({permutations} fikseeritud seemnega segamist või iga paigutus, kui neid on vähem), sest ühe riigi strateegiatel on ühine haldus, lähtepunkt ja võrdlusnäitaja kulg: riikidevaheline erinevus ei tõenda midagi strateegiate kohta. Riik, mille kõigil strateegiatel on sama kood, ei lisa seega testile midagi. Vahemik võtab uuesti valimisse terveid riike ({draws} fikseeritud seemnega valimit, 95% protsentiilvahemik), seega on see lai, kui mõju kannavad vähesed riigid.'
});

export const rMethodsLimitsHead = /* @__PURE__ */ message({
	en: 'What this design cannot establish.',
	de: 'Was dieser Aufbau nicht belegen kann.',
	fr: 'Ce que ce dispositif ne peut pas établir.',
	nl: 'Wat deze opzet niet kan aantonen.',
	da: 'Hvad dette design ikke kan fastslå.',
	et: 'Mida see ülesehitus tõendada ei saa.'
});

export const rMethodsLimits = /* @__PURE__ */ message({
	en: 'No causal claim: a strategy is adopted for reasons that also move the benchmark, strategies overlap (a law and a strategy launched in the same years share one path), and benchmarks change method (marked where a path crosses a break). The UN index is relative within each edition, so its rank (the default) or the gap to the EU27 mean suit it better than the raw score. Read a clear result as a pattern worth a closer look, and an unclear one as the data being unable to tell, not as evidence of no effect.',
	de: 'Keine kausale Aussage: Eine Strategie wird aus Gründen beschlossen, die auch den Benchmark bewegen, Strategien überlappen sich (ein Gesetz und eine Strategie, die in denselben Jahren starten, teilen einen Verlauf), und Benchmarks ändern ihre Methode (markiert, wo ein Verlauf einen Bruch überschreitet). Der UN-Index ist innerhalb jeder Ausgabe relativ, daher passen sein Rang (die Voreinstellung) oder der Abstand zum EU27-Mittel besser als der Rohwert. Lesen Sie ein klares Ergebnis als Muster, das einen genaueren Blick lohnt, und ein unklares als Daten, die keine Aussage erlauben, nicht als Beleg für keine Wirkung.',
	fr: 'Aucune affirmation causale : une stratégie est adoptée pour des raisons qui font aussi bouger l’indice, les stratégies se chevauchent (une loi et une stratégie lancées les mêmes années partagent une trajectoire) et les indices changent de méthode (signalé là où une trajectoire franchit une rupture). L’indice de l’ONU est relatif au sein de chaque édition : son rang (par défaut) ou l’écart à la moyenne UE27 lui conviennent mieux que le score brut. Lisez un résultat net comme une tendance qui mérite un examen plus attentif, et un résultat flou comme des données qui ne permettent pas de conclure, non comme la preuve d’une absence d’effet.',
	nl: 'Geen causale claim: een strategie wordt aangenomen om redenen die ook de benchmark bewegen, strategieën overlappen (een wet en een strategie die in dezelfde jaren starten, delen één verloop) en benchmarks veranderen van methode (gemarkeerd waar een verloop een breuk overschrijdt). De VN-index is binnen elke editie relatief, dus de rang (de standaard) of het verschil met het EU27-gemiddelde past beter dan de ruwe score. Lees een duidelijk resultaat als een patroon dat nader onderzoek waard is, en een onduidelijk resultaat als gegevens die het niet kunnen zeggen, niet als bewijs van geen effect.',
	da: 'Ingen kausal påstand: en strategi vedtages af grunde, der også flytter målingen, strategier overlapper (en lov og en strategi lanceret i de samme år deler ét forløb), og målingerne skifter metode (markeret, hvor et forløb krydser et brud). FN-indekset er relativt inden for hver udgave, så dets placering (standarden) eller afstanden til EU27-gennemsnittet passer bedre end den rå score. Læs et klart resultat som et mønster, der er værd at se nærmere på, og et uklart som data, der ikke kan afgøre det, ikke som belæg for ingen virkning.',
	et: 'Põhjuslikku väidet ei tehta: strateegia võetakse vastu põhjustel, mis liigutavad ka võrdlusnäitajat, strateegiad kattuvad (samadel aastatel käivitatud seadusel ja strateegial on üks kulg) ja võrdlusnäitajate metoodika muutub (märgitud, kus kulg ületab katkestuse). ÜRO indeks on iga väljaande sees suhteline, seega sobivad sellele toorskoorist paremini koht (vaikimisi) või erinevus EL27 keskmisest. Lugege selget tulemust kui mustrit, mis väärib lähemat vaatlust, ja ebaselget kui andmeid, mis ei võimalda öelda, mitte kui tõendit mõju puudumisest.'
});

// Each country since its strategy

export const rGapToMean = /* @__PURE__ */ message({
	en: 'gap to the EU27 mean',
	de: 'Abstand zum EU27-Mittel',
	fr: 'écart à la moyenne UE27',
	nl: 'verschil met het EU27-gemiddelde',
	da: 'afstand til EU27-gennemsnittet',
	et: 'erinevus EL27 keskmisest'
});

export const rSinceHeading = /* @__PURE__ */ message({
	en: 'Each country since its strategy',
	de: 'Jedes Land seit seiner Strategie',
	fr: 'Chaque pays depuis sa stratégie',
	nl: 'Elk land sinds zijn strategie',
	da: 'Hvert land siden sin strategi',
	et: 'Iga riik pärast oma strateegiat'
});

export const rSinceLedeFirst = /* @__PURE__ */ message({
	en: 'Where each country stands since its first strategy coded on {feature}: the {benchmark} ({what}) at the editions that strategy spans. Every country is listed; where no change can be measured, the table says why.',
	de: 'Wo jedes Land seit seiner ersten für {feature} kodierten Strategie steht: {benchmark} ({what}) in den Ausgaben, die diese Strategie umfasst. Jedes Land ist aufgeführt; wo sich keine Veränderung messen lässt, sagt die Tabelle, warum.',
	fr: 'Où en est chaque pays depuis sa première stratégie codée sur {feature} : {benchmark} ({what}) aux éditions que couvre cette stratégie. Tous les pays sont listés ; là où aucune variation ne peut être mesurée, le tableau dit pourquoi.',
	nl: 'Waar elk land staat sinds zijn eerste strategie die op {feature} is gecodeerd: {benchmark} ({what}) bij de edities die die strategie omvat. Elk land staat erin; waar geen verandering te meten is, zegt de tabel waarom.',
	da: 'Hvor hvert land står siden sin første strategi kodet på {feature}: {benchmark} ({what}) i de udgaver, strategien spænder over. Alle lande er med; hvor ingen ændring kan måles, siger tabellen hvorfor.',
	et: 'Kus iga riik on pärast oma esimest tunnuse {feature} järgi kodeeritud strateegiat: {benchmark} ({what}) väljaannetes, mida see strateegia hõlmab. Kõik riigid on loetletud; kus muutust mõõta ei saa, ütleb tabel, miks.'
});

export const rSinceLedeRecent = /* @__PURE__ */ message({
	en: 'Where each country stands since its most recent strategy coded on {feature}: the {benchmark} ({what}) at the editions that strategy spans. Every country is listed; where no change can be measured, the table says why.',
	de: 'Wo jedes Land seit seiner neuesten für {feature} kodierten Strategie steht: {benchmark} ({what}) in den Ausgaben, die diese Strategie umfasst. Jedes Land ist aufgeführt; wo sich keine Veränderung messen lässt, sagt die Tabelle, warum.',
	fr: 'Où en est chaque pays depuis sa stratégie la plus récente codée sur {feature} : {benchmark} ({what}) aux éditions que couvre cette stratégie. Tous les pays sont listés ; là où aucune variation ne peut être mesurée, le tableau dit pourquoi.',
	nl: 'Waar elk land staat sinds zijn meest recente strategie die op {feature} is gecodeerd: {benchmark} ({what}) bij de edities die die strategie omvat. Elk land staat erin; waar geen verandering te meten is, zegt de tabel waarom.',
	da: 'Hvor hvert land står siden sin seneste strategi kodet på {feature}: {benchmark} ({what}) i de udgaver, strategien spænder over. Alle lande er med; hvor ingen ændring kan måles, siger tabellen hvorfor.',
	et: 'Kus iga riik on pärast oma viimast tunnuse {feature} järgi kodeeritud strateegiat: {benchmark} ({what}) väljaannetes, mida see strateegia hõlmab. Kõik riigid on loetletud; kus muutust mõõta ei saa, ütleb tabel, miks.'
});

export const rSinceCaption = /* @__PURE__ */ message({
	en: '{feature}: code and change in {benchmark}, by country',
	de: '{feature}: Code und Veränderung von {benchmark}, nach Land',
	fr: '{feature} : code et variation de {benchmark}, par pays',
	nl: '{feature}: code en verandering in {benchmark}, per land',
	da: '{feature}: kode og ændring i {benchmark}, efter land',
	et: '{feature}: kood ja muutus näitajas {benchmark} riigiti'
});

export const rEachCountrys = /* @__PURE__ */ message({
	en: "Each country's",
	de: 'Je Land die',
	fr: 'Pour chaque pays, sa',
	nl: 'Van elk land de',
	da: 'Hvert lands',
	et: 'Iga riigi'
});

export const rMostRecentStrategy = /* @__PURE__ */ message({
	en: 'most recent strategy',
	de: 'neueste Strategie',
	fr: 'stratégie la plus récente',
	nl: 'meest recente strategie',
	da: 'seneste strategi',
	et: 'viimane strateegia'
});

export const rFirstStrategy = /* @__PURE__ */ message({
	en: 'first strategy',
	de: 'erste Strategie',
	fr: 'première stratégie',
	nl: 'eerste strategie',
	da: 'første strategi',
	et: 'esimene strateegia'
});

export const rRecentHint = /* @__PURE__ */ message({
	en: "Strategies, laws and agreements count if they are coded on the feature chosen, so another feature can pick another one. The most recent is the last launched by the benchmark's latest edition (or the window's end), so that there is a change to measure; a fixed window compares every country over the same years.",
	de: 'Strategien, Gesetze und Vereinbarungen zählen, wenn sie für das gewählte Merkmal kodiert sind; ein anderes Merkmal kann also eine andere wählen. Die neueste ist die letzte, die bis zur neuesten Ausgabe des Benchmarks (oder bis zum Ende des Zeitfensters) gestartet wurde, damit es eine Veränderung zu messen gibt; ein festes Zeitfenster vergleicht alle Länder über dieselben Jahre.',
	fr: 'Les stratégies, lois et accords comptent s’ils sont codés sur la caractéristique choisie : une autre caractéristique peut donc en retenir une autre. La plus récente est la dernière lancée au plus tard à la dernière édition de l’indice (ou à la fin de la fenêtre), afin qu’il y ait une variation à mesurer ; une fenêtre fixe compare tous les pays sur les mêmes années.',
	nl: 'Strategieën, wetten en akkoorden tellen als ze op het gekozen kenmerk zijn gecodeerd, dus een ander kenmerk kan een andere kiezen. De meest recente is de laatste die is gestart vóór de nieuwste editie van de benchmark (of het einde van het venster), zodat er een verandering te meten is; een vast venster vergelijkt alle landen over dezelfde jaren.',
	da: 'Strategier, love og aftaler tæller, hvis de er kodet på den valgte egenskab, så en anden egenskab kan vælge en anden. Den seneste er den sidste, der er lanceret senest ved målingens nyeste udgave (eller vinduets slutning), så der er en ændring at måle; et fast vindue sammenligner alle lande over de samme år.',
	et: 'Strateegiad, seadused ja kokkulepped lähevad arvesse, kui need on valitud tunnuse järgi kodeeritud, seega võib teine tunnus valida teise. Viimane on see, mis käivitati viimasena hiljemalt võrdlusnäitaja uusima väljaande ajaks (või ajavahemiku lõpuks), et oleks muutust, mida mõõta; fikseeritud ajavahemik võrdleb kõiki riike samadel aastatel.'
});

export const rChangeMeasured = /* @__PURE__ */ message({
	en: 'Change measured',
	de: 'Gemessene Veränderung',
	fr: 'Variation mesurée',
	nl: 'Gemeten verandering',
	da: 'Målt ændring',
	et: 'Mõõdetud muutus'
});

export const rFixedWindow = /* @__PURE__ */ message({
	en: "over a fixed window, not each strategy's period",
	de: 'über ein festes Zeitfenster, nicht den Zeitraum jeder Strategie',
	fr: 'sur une fenêtre fixe, pas sur la période de chaque stratégie',
	nl: 'over een vast venster, niet de periode van elke strategie',
	da: 'over et fast vindue, ikke hver strategis periode',
	et: 'fikseeritud ajavahemikus, mitte iga strateegia perioodil'
});

export const rFrom = /* @__PURE__ */ message({
	en: 'from',
	de: 'von',
	fr: 'de',
	nl: 'van',
	da: 'fra',
	et: 'alates'
});

// Service delivery beside the strategies

export const rServicesHeading = /* @__PURE__ */ message({
	en: 'Service delivery beside the strategies',
	de: 'Leistungserbringung neben den Strategien',
	fr: 'Prestation des services à côté des stratégies',
	nl: 'Dienstverlening naast de strategieën',
	da: 'Levering af tjenester ved siden af strategierne',
	et: 'Teenuste osutamine strateegiate kõrval'
});

export const rServicesIntro = /* @__PURE__ */ message({
	en: 'For each country with coded strategies: its coordination model (C centralised, N networked, D decentralised, as on the chart above) and its once-only and interoperability codes, from its most recent coded instrument, beside measures of how its services are delivered in the newest eGovernment Benchmark report that covers it (pooled over the life events; definitions on {link}). A handful of countries: read it as a description, not a test.',
	de: 'Für jedes Land mit kodierten Strategien: sein Koordinationsmodell (C zentralisiert, N vernetzt, D dezentralisiert, wie im Diagramm oben) und seine Codes für Once-Only und Interoperabilität aus seinem neuesten kodierten Instrument, neben Kennzahlen dazu, wie seine Dienste im neuesten eGovernment-Benchmark-Bericht erbracht werden, der es abdeckt (über die Lebenslagen zusammengefasst; Definitionen auf {link}). Eine Handvoll Länder: als Beschreibung lesen, nicht als Test.',
	fr: 'Pour chaque pays ayant des stratégies codées : son modèle de coordination (C centralisé, N en réseau, D décentralisé, comme sur le graphique ci-dessus) et ses codes « dites-le-nous une fois » et interopérabilité, tirés de son instrument codé le plus récent, à côté de mesures de la prestation de ses services dans le dernier rapport eGovernment Benchmark qui le couvre (regroupées sur les événements de vie ; définitions sur {link}). Une poignée de pays : à lire comme une description, pas comme un test.',
	nl: 'Voor elk land met gecodeerde strategieën: het coördinatiemodel (C gecentraliseerd, N netwerkgericht, D gedecentraliseerd, zoals in de grafiek hierboven) en de codes voor eenmalige uitvraag en interoperabiliteit uit het meest recente gecodeerde instrument, naast maten voor de levering van de diensten in het nieuwste eGovernment Benchmark-rapport dat het land dekt (samengenomen over de levensgebeurtenissen; definities op {link}). Een handvol landen: lees het als beschrijving, niet als toets.',
	da: 'For hvert land med kodede strategier: dets koordineringsmodel (C centraliseret, N netværksbaseret, D decentraliseret, som i diagrammet ovenfor) og dets koder for kun én gang og interoperabilitet fra dets seneste kodede instrument, ved siden af mål for, hvordan dets tjenester leveres i den nyeste eGovernment Benchmark-rapport, der dækker det (samlet over livsbegivenhederne; definitioner på {link}). En håndfuld lande: læs det som en beskrivelse, ikke en test.',
	et: 'Iga kodeeritud strateegiatega riigi kohta: selle koordineerimismudel (C tsentraliseeritud, N võrgustikupõhine, D detsentraliseeritud, nagu ülaltoodud joonisel) ning ühekordse küsimise ja koosvõime koodid selle viimasest kodeeritud dokumendist, kõrvuti näitajatega, kuidas selle teenuseid osutatakse uusimas seda hõlmavas eGovernment Benchmarki aruandes (elusündmuste peale kokku; määratlused: {link}). Käputäis riike: lugege seda kirjeldusena, mitte testina.'
});

export const rServicesLink = /* @__PURE__ */ message({
	en: 'the services page',
	de: 'der Seite zu den Diensten',
	fr: 'la page des services',
	nl: 'de dienstenpagina',
	da: 'tjenestesiden',
	et: 'teenuste leht'
});

export const rLoadServices = /* @__PURE__ */ message({
	en: 'Load the service-level measures',
	de: 'Die Kennzahlen der Dienste laden',
	fr: 'Charger les mesures par service',
	nl: 'De maten per dienst laden',
	da: 'Indlæs målene for tjenesterne',
	et: 'Laadi teenusetaseme näitajad'
});

export const rServicesError = /* @__PURE__ */ message({
	en: 'The service data could not be loaded: {error}',
	de: 'Die Daten der Dienste konnten nicht geladen werden: {error}',
	fr: 'Les données des services n’ont pas pu être chargées : {error}',
	nl: 'De dienstgegevens konden niet worden geladen: {error}',
	da: 'Tjenestedataene kunne ikke indlæses: {error}',
	et: 'Teenuste andmeid ei õnnestunud laadida: {error}'
});

export const rLoadingServices = /* @__PURE__ */ message({
	en: 'Loading the service data…',
	de: 'Die Daten der Dienste werden geladen…',
	fr: 'Chargement des données des services…',
	nl: 'De dienstgegevens worden geladen…',
	da: 'Indlæser tjenestedataene…',
	et: 'Teenuste andmete laadimine…'
});

export const rReport = /* @__PURE__ */ message({
	en: 'Report',
	de: 'Bericht',
	fr: 'Rapport',
	nl: 'Rapport',
	da: 'Rapport',
	et: 'Aruanne'
});

// Strategy launches marked on the benchmark lines (strategy-marks.ts)

export const rNoLaunches = /* @__PURE__ */ message({
	en: 'No strategy or law of these countries is in the data.',
	de: 'Keine Strategie und kein Gesetz dieser Länder ist in den Daten.',
	fr: 'Aucune stratégie ni loi de ces pays ne figure dans les données.',
	nl: 'Geen strategie of wet van deze landen staat in de gegevens.',
	da: 'Ingen strategi eller lov fra disse lande er i dataene.',
	et: 'Nende riikide ühtki strateegiat ega seadust andmetes pole.'
});

export const rLaunchesMarked = /* @__PURE__ */ message({
	en: 'Marked: {n} strategy launches and laws on the lines{outside}.',
	de: 'Markiert: {n} Strategiestarts und Gesetze auf den Linien{outside}.',
	fr: 'Marqués : {n} lancements de stratégies et lois sur les lignes{outside}.',
	nl: 'Gemarkeerd: {n} strategiestarts en wetten op de lijnen{outside}.',
	da: 'Markeret: {n} strategilanceringer og love på linjerne{outside}.',
	et: 'Märgitud: joontel {n} strateegia käivitamist ja seadust{outside}.'
});

export const rLaunchesOutside = /* @__PURE__ */ message({
	en: '; {n} fall outside the years shown',
	de: '; {n} liegen außerhalb der gezeigten Jahre',
	fr: '; {n} tombent hors des années affichées',
	nl: '; {n} vallen buiten de getoonde jaren',
	da: '; {n} falder uden for de viste år',
	et: '; {n} jääb näidatud aastatest välja'
});

export const rLaunchesAria = /* @__PURE__ */ message({
	en: 'strategy launches',
	de: 'Strategiestarts',
	fr: 'lancements de stratégies',
	nl: 'strategiestarts',
	da: 'strategilanceringer',
	et: 'strateegiate käivitamised'
});

// The codebook's subgroups (features.parquet), keyed by the data's value

export const rSubgroupModel = /* @__PURE__ */ message({
	en: 'model',
	de: 'Modell',
	fr: 'modèle',
	nl: 'model',
	da: 'model',
	et: 'mudel'
});

export const rSubgroupVertical = /* @__PURE__ */ message({
	en: 'vertical',
	de: 'vertikal',
	fr: 'verticale',
	nl: 'verticaal',
	da: 'vertikal',
	et: 'vertikaalne'
});

export const rSubgroupHorizontal = /* @__PURE__ */ message({
	en: 'horizontal',
	de: 'horizontal',
	fr: 'horizontale',
	nl: 'horizontaal',
	da: 'horisontal',
	et: 'horisontaalne'
});

export const rSubgroupBudget = /* @__PURE__ */ message({
	en: 'budget',
	de: 'Budget',
	fr: 'budget',
	nl: 'budget',
	da: 'budget',
	et: 'eelarve'
});

export const rSubgroupMonitoring = /* @__PURE__ */ message({
	en: 'monitoring',
	de: 'Monitoring',
	fr: 'suivi',
	nl: 'monitoring',
	da: 'overvågning',
	et: 'seire'
});

// The verdict when too few strategies could be measured, singular forms

export const rVerdictTooFewOne = /* @__PURE__ */ message({
	en: 'Only 1 strategy in 1 country could be measured: too few to say anything.',
	de: 'Nur 1 Strategie in 1 Land ließ sich messen: zu wenige für eine Aussage.',
	fr: 'Seule 1 stratégie dans 1 pays a pu être mesurée : trop peu pour conclure quoi que ce soit.',
	nl: 'Slechts 1 strategie in 1 land kon worden gemeten: te weinig om iets te zeggen.',
	da: 'Kun 1 strategi i 1 land kunne måles: for få til at sige noget.',
	et: 'Mõõta sai ainult 1 strateegiat 1 riigis: liiga vähe, et midagi öelda.'
});

export const rVerdictTooFewOneCountry = /* @__PURE__ */ message({
	en: 'Only {n} strategies in 1 country could be measured: too few to say anything.',
	de: 'Nur {n} Strategien in 1 Land ließen sich messen: zu wenige für eine Aussage.',
	fr: 'Seules {n} stratégies dans 1 pays ont pu être mesurées : trop peu pour conclure quoi que ce soit.',
	nl: 'Slechts {n} strategieën in 1 land konden worden gemeten: te weinig om iets te zeggen.',
	da: 'Kun {n} strategier i 1 land kunne måles: for få til at sige noget.',
	et: 'Mõõta sai ainult {n} strateegiat 1 riigis: liiga vähe, et midagi öelda.'
});
