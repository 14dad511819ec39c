import { message } from '../message';

/*
 * The codebook's own text (features.parquet, feature_levels.parquet) in every language, keyed by
 * feature id and code: definitions, what does not count, decision rules and examples. English is
 * the data's; src/lib/data/codebook-text.ts shows a translation only while the data's English is
 * still this one. Drafted by the project, not reviewed by native speakers (docs/i18n.md).
 */

export const rCbCoordinationModelDefinition = /* @__PURE__ */ message({
	en: 'How the instrument organises the steering of digital government across ministries and levels of government: from a single lead body with hierarchical authority, through negotiated joint governance, to autonomy of the individual organisations.',
	de: 'Wie das Instrument die Steuerung der Verwaltungsdigitalisierung über Ministerien und Verwaltungsebenen organisiert: von einer federführenden Stelle mit hierarchischer Befugnis über ausgehandelte gemeinsame Steuerung bis zur Autonomie der einzelnen Organisationen.',
	fr: 'La manière dont l’instrument organise le pilotage de l’administration numérique entre ministères et niveaux de pouvoir : d’un organisme pilote unique doté d’une autorité hiérarchique à l’autonomie de chaque organisation, en passant par une gouvernance conjointe négociée.',
	nl: 'Hoe het instrument de sturing van de digitale overheid over ministeries en bestuurslagen organiseert: van één leidende instantie met hiërarchisch gezag, via onderhandelde gezamenlijke sturing, tot autonomie van de afzonderlijke organisaties.',
	da: 'Hvordan instrumentet organiserer styringen af den digitale forvaltning på tværs af ministerier og forvaltningsniveauer: fra én ansvarlig myndighed med hierarkisk autoritet over forhandlet fælles styring til de enkelte organisationers autonomi.',
	et: 'Kuidas dokument korraldab digiriigi juhtimist ministeeriumide ja valitsemistasandite vahel: ühest hierarhilise võimuga juhtasutusest läbiräägitud ühise juhtimiseni ja üksikute organisatsioonide autonoomiani.'
});

export const rCbCoordinationModelNotCounted = /* @__PURE__ */ message({
	en: 'Who wrote or published the document is not its coordination model. Where two modes are present, code the one that decides disputes, and quote it. Regional bodies steering their own regional strategy do not make a national strategy decentralised.',
	de: 'Wer das Dokument verfasst oder veröffentlicht hat, ist nicht sein Koordinationsmodell. Sind zwei Formen vorhanden, wird die kodiert, die über Streitfälle entscheidet, und zitiert. Regionale Stellen, die ihre eigene regionale Strategie steuern, machen eine nationale Strategie nicht dezentral.',
	fr: 'L’auteur ou l’éditeur du document n’est pas son modèle de coordination. Si deux modes coexistent, coder celui qui tranche les différends, et le citer. Des organismes régionaux pilotant leur propre stratégie régionale ne rendent pas une stratégie nationale décentralisée.',
	nl: 'Wie het document schreef of publiceerde, is niet het coördinatiemodel. Zijn er twee vormen, codeer dan de vorm die bij geschillen beslist, en citeer die. Regionale instanties die hun eigen regionale strategie sturen, maken een nationale strategie niet gedecentraliseerd.',
	da: 'Hvem der skrev eller udgav dokumentet, er ikke dets koordineringsmodel. Er to former til stede, kodes den, der afgør uenigheder, og den citeres. Regionale organer, der styrer deres egen regionale strategi, gør ikke en national strategi decentraliseret.',
	et: 'See, kes dokumendi kirjutas või avaldas, ei ole selle koordineerimismudel. Kui esineb kaks vormi, kodeeritakse see, mis lahendab vaidlusi, ja seda tsiteeritakse. Oma piirkondlikku strateegiat juhtivad piirkondlikud asutused ei muuda riiklikku strateegiat detsentraliseerituks.'
});

export const rCbCrossBorderDefinition = /* @__PURE__ */ message({
	en: 'Digital services usable by people and businesses from other countries, and cooperation with other states on shared infrastructure (for example EU Single Digital Gateway, eIDAS recognition, joint development of data exchange).',
	de: 'Digitale Dienste, die Menschen und Unternehmen aus anderen Ländern nutzen können, und Zusammenarbeit mit anderen Staaten bei gemeinsamer Infrastruktur (zum Beispiel EU Single Digital Gateway, eIDAS-Anerkennung, gemeinsame Entwicklung des Datenaustauschs).',
	fr: 'Des services numériques utilisables par les personnes et les entreprises d’autres pays, et la coopération avec d’autres États sur des infrastructures communes (par exemple le portail numérique unique de l’UE, la reconnaissance eIDAS, le développement conjoint de l’échange de données).',
	nl: 'Digitale diensten die mensen en bedrijven uit andere landen kunnen gebruiken, en samenwerking met andere staten aan gedeelde infrastructuur (bijvoorbeeld de EU Single Digital Gateway, eIDAS-erkenning, gezamenlijke ontwikkeling van gegevensuitwisseling).',
	da: 'Digitale tjenester, som borgere og virksomheder fra andre lande kan bruge, og samarbejde med andre stater om fælles infrastruktur (for eksempel EU’s fælles digitale portal, eIDAS-anerkendelse, fælles udvikling af dataudveksling).',
	et: 'Digitaalsed teenused, mida saavad kasutada teiste riikide inimesed ja ettevõtted, ning koostöö teiste riikidega ühise taristu vallas (näiteks ELi ühtne digivärav, eIDASe tunnustamine, andmevahetuse ühine arendamine).'
});

export const rCbCrossBorderNotCounted = /* @__PURE__ */ message({
	en: 'Benchmark rankings, learning from other countries or export promotion are not cross-border services.',
	de: 'Benchmark-Ranglisten, Lernen von anderen Ländern oder Exportförderung sind keine grenzüberschreitenden Dienste.',
	fr: 'Les classements internationaux, l’apprentissage auprès d’autres pays ou la promotion des exportations ne sont pas des services transfrontaliers.',
	nl: 'Benchmarkranglijsten, leren van andere landen of exportbevordering zijn geen grensoverschrijdende diensten.',
	da: 'Benchmark-ranglister, læring fra andre lande eller eksportfremme er ikke grænseoverskridende tjenester.',
	et: 'Võrdlusedetabelid, teistelt riikidelt õppimine või ekspordi edendamine ei ole piiriülesed teenused.'
});

export const rCbDedicatedBudgetDefinition = /* @__PURE__ */ message({
	en: 'Money earmarked for carrying out the instrument, beyond the ordinary budgets of the bodies involved.',
	de: 'Für die Umsetzung des Instruments zweckgebundenes Geld über die regulären Budgets der beteiligten Stellen hinaus.',
	fr: 'De l’argent affecté à la mise en œuvre de l’instrument, au-delà des budgets ordinaires des organismes concernés.',
	nl: 'Geld dat is geoormerkt voor de uitvoering van het instrument, bovenop de gewone budgetten van de betrokken instanties.',
	da: 'Penge øremærket til at gennemføre instrumentet ud over de involverede organers almindelige budgetter.',
	et: 'Dokumendi elluviimiseks sihtotstarbeliselt eraldatud raha lisaks asjaomaste asutuste tavapärastele eelarvetele.'
});

export const rCbDedicatedBudgetNotCounted = /* @__PURE__ */ message({
	en: 'Expected savings or benefits are not a budget; the total ICT spending of government is not either.',
	de: 'Erwartete Einsparungen oder Nutzen sind kein Budget; die gesamten IKT-Ausgaben des Staates auch nicht.',
	fr: 'Les économies ou bénéfices attendus ne sont pas un budget ; les dépenses informatiques totales de l’État non plus.',
	nl: 'Verwachte besparingen of baten zijn geen budget; de totale ICT-uitgaven van de overheid evenmin.',
	da: 'Forventede besparelser eller gevinster er ikke et budget; det offentliges samlede IKT-udgifter heller ikke.',
	et: 'Oodatav kokkuhoid või kasu ei ole eelarve; ka valitsuse IKT kogukulud mitte.'
});

export const rCbDigitalByDefaultDefinition = /* @__PURE__ */ message({
	en: 'The digital channel is the normal way to deal with government: services are designed to be used online first, with assisted or non-digital routes kept for those who need them.',
	de: 'Der digitale Kanal ist der normale Weg zur Verwaltung: Dienste sind zuerst für die Online-Nutzung gestaltet, mit unterstützten oder nichtdigitalen Wegen für jene, die sie brauchen.',
	fr: 'Le canal numérique est la voie normale pour s’adresser à l’administration : les services sont conçus d’abord pour un usage en ligne, avec des voies assistées ou non numériques pour ceux qui en ont besoin.',
	nl: 'Het digitale kanaal is de normale weg naar de overheid: diensten zijn in de eerste plaats voor online gebruik ontworpen, met ondersteunde of niet-digitale routes voor wie die nodig heeft.',
	da: 'Den digitale kanal er den normale måde at have med det offentlige at gøre: tjenester er designet til først at blive brugt online, med assisterede eller ikke-digitale veje for dem, der har brug for dem.',
	et: 'Digitaalne kanal on tavaline viis riigiga suhelda: teenused on kavandatud eelkõige veebis kasutamiseks ning abistatud või mittedigitaalsed teed jäävad neile, kes neid vajavad.'
});

export const rCbDigitalByDefaultNotCounted = /* @__PURE__ */ message({
	en: 'Putting forms online or building a portal is not digital by default unless digital is made the normal or required channel.',
	de: 'Formulare ins Netz zu stellen oder ein Portal zu bauen ist nicht „digital als Standard“, solange digital nicht zum normalen oder vorgeschriebenen Kanal wird.',
	fr: 'Mettre des formulaires en ligne ou créer un portail n’est pas « numérique par défaut », à moins que le numérique ne devienne le canal normal ou obligatoire.',
	nl: 'Formulieren online zetten of een portaal bouwen is niet ‘standaard digitaal’, tenzij digitaal het normale of verplichte kanaal wordt.',
	da: 'At lægge blanketter på nettet eller bygge en portal er ikke „digital som standard“, medmindre digital gøres til den normale eller påkrævede kanal.',
	et: 'Vormide veebi panemine või portaali ehitamine ei ole „vaikimisi digitaalne“, kui digitaalsest ei tehta tavalist või kohustuslikku kanalit.'
});

export const rCbEidDefinition = /* @__PURE__ */ message({
	en: 'A government-recognised means for people and businesses to identify themselves and sign online: eID cards, national login schemes, mobile or wallet identities.',
	de: 'Ein staatlich anerkanntes Mittel, mit dem sich Menschen und Unternehmen online ausweisen und unterschreiben: eID-Karten, nationale Anmeldeverfahren, mobile oder Wallet-Identitäten.',
	fr: 'Un moyen reconnu par l’État permettant aux personnes et aux entreprises de s’identifier et de signer en ligne : cartes eID, dispositifs nationaux de connexion, identités mobiles ou en portefeuille.',
	nl: 'Een door de overheid erkend middel waarmee mensen en bedrijven zich online identificeren en ondertekenen: eID-kaarten, nationale inlogsystemen, mobiele of wallet-identiteiten.',
	da: 'Et offentligt anerkendt middel, hvormed borgere og virksomheder kan identificere sig og underskrive online: eID-kort, nationale login-løsninger, mobile identiteter eller wallet-identiteter.',
	et: 'Riigi tunnustatud vahend, millega inimesed ja ettevõtted end veebis tuvastavad ja allkirjastavad: ID-kaardid, riiklikud sisselogimislahendused, mobiil- või rahakotiidentiteedid.'
});

export const rCbEidNotCounted = /* @__PURE__ */ message({
	en: "Passwords for one agency's site, or security in general, are not an eID.",
	de: 'Passwörter für die Website einer Behörde oder Sicherheit im Allgemeinen sind keine eID.',
	fr: 'Des mots de passe pour le site d’un organisme, ou la sécurité en général, ne sont pas une eID.',
	nl: 'Wachtwoorden voor de website van één instantie, of beveiliging in het algemeen, zijn geen eID.',
	da: 'Adgangskoder til én myndigheds websted eller sikkerhed i almindelighed er ikke en eID.',
	et: 'Ühe asutuse veebisaidi paroolid või turvalisus üldiselt ei ole eID.'
});

export const rCbHorizontalCollaborationDefinition = /* @__PURE__ */ message({
	en: 'Collaboration across ministries and agencies at the same level: cross-ministry boards, a government CIO or digital office, shared services and joint programmes.',
	de: 'Zusammenarbeit über Ministerien und Behörden derselben Ebene hinweg: ressortübergreifende Gremien, ein CIO oder Digitalbüro der Regierung, gemeinsame Dienste und gemeinsame Programme.',
	fr: 'La collaboration entre ministères et agences d’un même niveau : conseils interministériels, un DSI ou un bureau numérique du gouvernement, services partagés et programmes conjoints.',
	nl: 'Samenwerking tussen ministeries en agentschappen op hetzelfde niveau: interdepartementale raden, een CIO of digitaal bureau van de overheid, gedeelde diensten en gezamenlijke programma’s.',
	da: 'Samarbejde på tværs af ministerier og styrelser på samme niveau: tværministerielle udvalg, en CIO eller et digitaliseringskontor i regeringen, fælles tjenester og fælles programmer.',
	et: 'Koostöö sama tasandi ministeeriumide ja ametite vahel: ministeeriumidevahelised nõukogud, valitsuse infojuht või digibüroo, jagatud teenused ja ühisprogrammid.'
});

export const rCbHorizontalCollaborationNotCounted = /* @__PURE__ */ message({
	en: 'A ministry coordinating its own agencies is not cross-government collaboration; neither is a list of the ministries that contributed to the text.',
	de: 'Ein Ministerium, das seine eigenen Behörden koordiniert, ist keine ressortübergreifende Zusammenarbeit; eine Liste der Ministerien, die zum Text beigetragen haben, auch nicht.',
	fr: 'Un ministère qui coordonne ses propres agences n’est pas une collaboration interministérielle ; une liste des ministères ayant contribué au texte non plus.',
	nl: 'Een ministerie dat zijn eigen agentschappen coördineert, is geen overheidsbrede samenwerking; een lijst van ministeries die aan de tekst hebben bijgedragen evenmin.',
	da: 'Et ministerium, der koordinerer sine egne styrelser, er ikke tværgående samarbejde; det er en liste over de ministerier, der har bidraget til teksten, heller ikke.',
	et: 'Ministeerium, mis koordineerib oma ameteid, ei ole valitsuseülene koostöö; ka teksti koostamisel osalenud ministeeriumide loetelu mitte.'
});

export const rCbInteroperabilityFrameworkDefinition = /* @__PURE__ */ message({
	en: 'Common technical, semantic and organisational standards and infrastructure that let public information systems exchange data: interoperability frameworks, data-exchange layers, service buses, common data standards.',
	de: 'Gemeinsame technische, semantische und organisatorische Standards und Infrastruktur, mit denen öffentliche Informationssysteme Daten austauschen: Interoperabilitätsrahmen, Datenaustauschschichten, Servicebusse, gemeinsame Datenstandards.',
	fr: 'Des normes et infrastructures techniques, sémantiques et organisationnelles communes qui permettent aux systèmes d’information publics d’échanger des données : cadres d’interopérabilité, couches d’échange de données, bus de services, normes de données communes.',
	nl: 'Gemeenschappelijke technische, semantische en organisatorische standaarden en infrastructuur waarmee publieke informatiesystemen gegevens uitwisselen: interoperabiliteitskaders, gegevensuitwisselingslagen, servicebussen, gemeenschappelijke gegevensstandaarden.',
	da: 'Fælles tekniske, semantiske og organisatoriske standarder og infrastruktur, der lader offentlige informationssystemer udveksle data: interoperabilitetsrammer, dataudvekslingslag, servicebusser, fælles datastandarder.',
	et: 'Ühised tehnilised, semantilised ja korralduslikud standardid ning taristu, mis võimaldavad avalikel infosüsteemidel andmeid vahetada: koosvõime raamistikud, andmevahetuskihid, teenusesiinid, ühised andmestandardid.'
});

export const rCbInteroperabilityFrameworkNotCounted = /* @__PURE__ */ message({
	en: 'Buying common IT, or a single website, is not interoperability unless systems exchange data through common standards.',
	de: 'Gemeinsame IT einzukaufen oder eine einzelne Website ist keine Interoperabilität, solange Systeme nicht über gemeinsame Standards Daten austauschen.',
	fr: 'Acheter une informatique commune, ou un site web unique, n’est pas de l’interopérabilité tant que les systèmes n’échangent pas de données selon des normes communes.',
	nl: 'Gemeenschappelijke IT inkopen, of één website, is geen interoperabiliteit zolang systemen geen gegevens uitwisselen via gemeenschappelijke standaarden.',
	da: 'At indkøbe fælles IT eller ét websted er ikke interoperabilitet, medmindre systemer udveksler data efter fælles standarder.',
	et: 'Ühise IT ostmine või üksainus veebisait ei ole koosvõime, kui süsteemid ei vaheta andmeid ühiste standardite alusel.'
});

export const rCbMonitoringKpisDefinition = /* @__PURE__ */ message({
	en: 'Arrangements to measure progress and hold implementers to account: indicators, targets, progress reports, evaluations and dashboards.',
	de: 'Vorkehrungen, um Fortschritt zu messen und die Umsetzenden zur Rechenschaft zu ziehen: Indikatoren, Ziele, Fortschrittsberichte, Evaluationen und Dashboards.',
	fr: 'Des dispositifs pour mesurer les progrès et rendre compte de la mise en œuvre : indicateurs, cibles, rapports d’avancement, évaluations et tableaux de bord.',
	nl: 'Regelingen om voortgang te meten en uitvoerders aanspreekbaar te maken: indicatoren, doelen, voortgangsrapportages, evaluaties en dashboards.',
	da: 'Ordninger til at måle fremskridt og holde dem, der gennemfører, ansvarlige: indikatorer, mål, statusrapporter, evalueringer og dashboards.',
	et: 'Korraldus edenemise mõõtmiseks ja elluviijate aruandekohustuseks: näitajad, sihid, eduaruanded, hindamised ja töölauad.'
});

export const rCbMonitoringKpisNotCounted = /* @__PURE__ */ message({
	en: 'International benchmarks cited as context, or a target without any follow-up, do not count as monitoring (a target alone is at most 1 here; it may count under another feature).',
	de: 'Internationale Benchmarks als Kontext oder ein Ziel ohne jede Nachverfolgung zählen nicht als Monitoring (ein Ziel allein ist hier höchstens 1; es kann bei einem anderen Merkmal zählen).',
	fr: 'Des classements internationaux cités en contexte, ou une cible sans aucun suivi, ne comptent pas comme suivi (une cible seule vaut au plus 1 ici ; elle peut compter pour une autre caractéristique).',
	nl: 'Internationale benchmarks die als context worden genoemd, of een doel zonder enige opvolging, tellen niet als monitoring (een doel alleen is hier hoogstens 1; het kan bij een ander kenmerk tellen).',
	da: 'Internationale benchmarks nævnt som baggrund eller et mål uden nogen opfølgning tæller ikke som overvågning (et mål alene er her højst 1; det kan tælle under en anden egenskab).',
	et: 'Taustaks viidatud rahvusvahelised võrdlused või ilma järelkontrollita siht ei loe seireks (siht üksi on siin kõige rohkem 1; see võib arvesse minna teise tunnuse all).'
});

export const rCbOnceOnlyDefinition = /* @__PURE__ */ message({
	en: 'Citizens and businesses supply a given piece of information to the administration only once; public bodies reuse data they already hold, typically through base registries and unique identifiers.',
	de: 'Bürgerinnen, Bürger und Unternehmen liefern eine bestimmte Information der Verwaltung nur einmal; Behörden nutzen Daten, die sie bereits haben, erneut, typischerweise über Basisregister und eindeutige Kennungen.',
	fr: 'Les citoyens et les entreprises ne fournissent une information donnée à l’administration qu’une seule fois ; les organismes publics réutilisent les données qu’ils détiennent déjà, généralement via des sources authentiques et des identifiants uniques.',
	nl: 'Burgers en bedrijven leveren een bepaald gegeven maar één keer aan de overheid; overheidsinstanties hergebruiken gegevens die ze al hebben, doorgaans via basisregistraties en unieke identificatoren.',
	da: 'Borgere og virksomheder giver kun en given oplysning til det offentlige én gang; offentlige myndigheder genbruger data, de allerede har, typisk via grunddataregistre og entydige identifikatorer.',
	et: 'Kodanikud ja ettevõtted esitavad haldusele teatud teabe ainult üks kord; avalikud asutused kasutavad juba olemasolevaid andmeid uuesti, tavaliselt põhiregistrite ja unikaalsete tunnuste kaudu.'
});

export const rCbOnceOnlyNotCounted = /* @__PURE__ */ message({
	en: 'Data protection, open data or a single login alone are not once-only; "less paperwork" with no word on reusing data is not either.',
	de: 'Datenschutz, offene Daten oder eine einheitliche Anmeldung allein sind nicht Once-Only; „weniger Papierkram“ ohne ein Wort zur Wiederverwendung von Daten auch nicht.',
	fr: 'La protection des données, les données ouvertes ou une connexion unique ne sont pas à elles seules le principe « dites-le-nous une fois » ; « moins de paperasse » sans un mot sur la réutilisation des données non plus.',
	nl: 'Gegevensbescherming, open data of één login alleen zijn geen eenmalige uitvraag; ‘minder papierwerk’ zonder een woord over hergebruik van gegevens evenmin.',
	da: 'Databeskyttelse, åbne data eller ét login alene er ikke kun én gang; „mindre papirarbejde“ uden et ord om genbrug af data heller ikke.',
	et: 'Andmekaitse, avaandmed või ühtne sisselogimine üksi ei ole ühekordse küsimise põhimõte; ka „vähem paberitööd“ ilma sõnata andmete taaskasutusest mitte.'
});

export const rCbOneStopPortalDefinition = /* @__PURE__ */ message({
	en: 'A single entry point (web portal, app or account) through which users reach the services of many public bodies.',
	de: 'Ein zentraler Zugang (Webportal, App oder Konto), über den Nutzerinnen und Nutzer die Dienste vieler öffentlicher Stellen erreichen.',
	fr: 'Un point d’entrée unique (portail web, application ou compte) par lequel les usagers accèdent aux services de nombreux organismes publics.',
	nl: 'Eén toegangspunt (webportaal, app of account) waarlangs gebruikers de diensten van veel overheidsinstanties bereiken.',
	da: 'Ét samlet indgangssted (webportal, app eller konto), hvorigennem brugerne når mange offentlige myndigheders tjenester.',
	et: 'Ühtne sisenemispunkt (veebiportaal, rakendus või konto), mille kaudu kasutajad jõuavad paljude avalike asutuste teenusteni.'
});

export const rCbOneStopPortalNotCounted = /* @__PURE__ */ message({
	en: "Each agency's own website, or a government information site without services, is not a one-stop portal.",
	de: 'Die eigene Website jeder Behörde oder eine Informationsseite der Regierung ohne Dienste ist kein zentrales Portal.',
	fr: 'Le site propre de chaque organisme, ou un site d’information gouvernemental sans services, n’est pas un guichet unique.',
	nl: 'De eigen website van elke instantie, of een overheidsinformatiesite zonder diensten, is geen eenloketportaal.',
	da: 'Hver myndigheds eget websted eller et offentligt informationssite uden tjenester er ikke en samlet portal.',
	et: 'Iga asutuse oma veebisait või teenusteta valitsuse infosait ei ole ühtne portaal.'
});

export const rCbOpenDataDefinition = /* @__PURE__ */ message({
	en: 'Publication of public-sector data in open, machine-readable formats for reuse by anyone.',
	de: 'Veröffentlichung von Daten des öffentlichen Sektors in offenen, maschinenlesbaren Formaten zur Weiterverwendung durch alle.',
	fr: 'La publication des données du secteur public dans des formats ouverts et lisibles par machine, réutilisables par tous.',
	nl: 'Publicatie van overheidsgegevens in open, machineleesbare formaten voor hergebruik door iedereen.',
	da: 'Offentliggørelse af data fra den offentlige sektor i åbne, maskinlæsbare formater til genbrug for alle.',
	et: 'Avaliku sektori andmete avaldamine avatud, masinloetavates vormingutes, et igaüks saaks neid taaskasutada.'
});

export const rCbOpenDataNotCounted = /* @__PURE__ */ message({
	en: 'Freedom of information on request, transparency of decisions, or data sharing between authorities is not open data.',
	de: 'Informationsfreiheit auf Antrag, Transparenz von Entscheidungen oder Datenaustausch zwischen Behörden sind keine offenen Daten.',
	fr: 'L’accès à l’information sur demande, la transparence des décisions ou le partage de données entre autorités ne sont pas des données ouvertes.',
	nl: 'Openbaarheid op verzoek, transparantie van besluiten of gegevensdeling tussen overheden is geen open data.',
	da: 'Aktindsigt på anmodning, åbenhed om beslutninger eller datadeling mellem myndigheder er ikke åbne data.',
	et: 'Teabe väljastamine taotluse peale, otsuste läbipaistvus või andmete jagamine asutuste vahel ei ole avaandmed.'
});

export const rCbUserCentricityDefinition = /* @__PURE__ */ message({
	en: 'Services organised around the needs and situations of users (life events, business events, proactive services) rather than around the structure of the administration; includes user research and service design.',
	de: 'Dienste, die an den Bedürfnissen und Lebenslagen der Nutzerinnen und Nutzer ausgerichtet sind (Lebenslagen, Unternehmenslagen, proaktive Dienste) statt an der Struktur der Verwaltung; umfasst Nutzerforschung und Servicedesign.',
	fr: 'Des services organisés autour des besoins et des situations des usagers (événements de vie, événements d’entreprise, services proactifs) plutôt qu’autour de la structure de l’administration ; y compris la recherche utilisateur et le design de services.',
	nl: 'Diensten georganiseerd rond de behoeften en situaties van gebruikers (levensgebeurtenissen, ondernemingsgebeurtenissen, proactieve diensten) in plaats van rond de structuur van de overheid; inclusief gebruikersonderzoek en serviceontwerp.',
	da: 'Tjenester organiseret efter brugernes behov og situationer (livsbegivenheder, virksomhedsbegivenheder, proaktive tjenester) frem for efter forvaltningens struktur; omfatter brugerundersøgelser og servicedesign.',
	et: 'Teenused, mis on korraldatud kasutajate vajaduste ja olukordade ümber (elusündmused, ettevõtlussündmused, proaktiivsed teenused), mitte halduse struktuuri järgi; hõlmab kasutajauuringuid ja teenusedisaini.'
});

export const rCbUserCentricityNotCounted = /* @__PURE__ */ message({
	en: 'Satisfaction with government in general, or "modern administration", is not user-centricity; accessibility alone belongs to it only where it is tied to users\' needs.',
	de: 'Zufriedenheit mit der Regierung im Allgemeinen oder „moderne Verwaltung“ ist keine Nutzerorientierung; Barrierefreiheit allein gehört nur dazu, wo sie an die Bedürfnisse der Nutzerinnen und Nutzer geknüpft ist.',
	fr: 'La satisfaction à l’égard du gouvernement en général, ou l’« administration moderne », n’est pas le centrage sur l’usager ; l’accessibilité seule n’en relève que si elle est liée aux besoins des usagers.',
	nl: 'Tevredenheid met de overheid in het algemeen, of ‘moderne overheid’, is geen gebruikersgerichtheid; toegankelijkheid alleen hoort erbij als die aan de behoeften van gebruikers is gekoppeld.',
	da: 'Tilfredshed med det offentlige i almindelighed eller „moderne forvaltning“ er ikke brugercentrering; tilgængelighed alene hører kun til, hvor den er knyttet til brugernes behov.',
	et: 'Rahulolu valitsusega üldiselt või „kaasaegne haldus“ ei ole kasutajakesksus; ligipääsetavus üksi kuulub selle alla ainult siis, kui see on seotud kasutajate vajadustega.'
});

export const rCbVerticalCollaborationDefinition = /* @__PURE__ */ message({
	en: 'Collaboration between levels of government (national, regional or federated, local) in designing, funding or delivering digital services.',
	de: 'Zusammenarbeit zwischen Verwaltungsebenen (national, regional oder föderal, kommunal) bei Gestaltung, Finanzierung oder Bereitstellung digitaler Dienste.',
	fr: 'La collaboration entre niveaux de pouvoir (national, régional ou fédéré, local) pour concevoir, financer ou fournir des services numériques.',
	nl: 'Samenwerking tussen bestuurslagen (nationaal, regionaal of deelstatelijk, lokaal) bij het ontwerpen, financieren of leveren van digitale diensten.',
	da: 'Samarbejde mellem forvaltningsniveauer (nationalt, regionalt eller delstatsligt, lokalt) om at udforme, finansiere eller levere digitale tjenester.',
	et: 'Koostöö valitsemistasandite (riiklik, piirkondlik või liidumaa, kohalik) vahel digitaalsete teenuste kavandamisel, rahastamisel või osutamisel.'
});

export const rCbVerticalCollaborationNotCounted = /* @__PURE__ */ message({
	en: 'A list of the levels that exist, or consultation of municipalities on a draft, is not collaboration. Cooperation between ministries of one level is horizontal collaboration.',
	de: 'Eine Aufzählung der bestehenden Ebenen oder die Anhörung von Kommunen zu einem Entwurf ist keine Zusammenarbeit. Zusammenarbeit zwischen Ministerien einer Ebene ist horizontale Zusammenarbeit.',
	fr: 'Une liste des niveaux existants, ou la consultation des communes sur un projet, n’est pas une collaboration. La coopération entre ministères d’un même niveau est une collaboration horizontale.',
	nl: 'Een opsomming van de bestaande lagen, of het raadplegen van gemeenten over een ontwerp, is geen samenwerking. Samenwerking tussen ministeries van één laag is horizontale samenwerking.',
	da: 'En liste over de eksisterende niveauer eller høring af kommuner om et udkast er ikke samarbejde. Samarbejde mellem ministerier på ét niveau er horisontalt samarbejde.',
	et: 'Olemasolevate tasandite loetelu või omavalitsustega eelnõu üle konsulteerimine ei ole koostöö. Ühe tasandi ministeeriumide koostöö on horisontaalne koostöö.'
});

export const rCbCoordinationModelRule0 = /* @__PURE__ */ message({
	en: 'The document says nothing about who steers it or how (typical of a law on a single register or document).',
	de: 'Das Dokument sagt nichts darüber, wer es steuert oder wie (typisch für ein Gesetz über ein einzelnes Register oder Dokument).',
	fr: 'Le document ne dit rien de qui le pilote ni comment (typique d’une loi sur un registre ou un document unique).',
	nl: 'Het document zegt niets over wie het stuurt of hoe (typisch voor een wet over één register of document).',
	da: 'Dokumentet siger intet om, hvem der styrer det, eller hvordan (typisk for en lov om ét register eller dokument).',
	et: 'Dokument ei ütle midagi selle kohta, kes seda juhib või kuidas (tüüpiline ühe registri või dokumendi seadusele).'
});

export const rCbCoordinationModelRuleC = /* @__PURE__ */ message({
	en: 'One central body (a ministry, agency or office at the centre) owns the instrument and has a mandate, veto or spending control over other bodies, or the power to impose common solutions.',
	de: 'Eine zentrale Stelle (ein Ministerium, eine Behörde oder ein Amt im Zentrum) verantwortet das Instrument und hat ein Mandat, ein Vetorecht oder Ausgabenkontrolle über andere Stellen oder die Befugnis, gemeinsame Lösungen vorzuschreiben.',
	fr: 'Un organisme central (ministère, agence ou service au centre) porte l’instrument et dispose d’un mandat, d’un droit de veto ou d’un contrôle des dépenses sur les autres organismes, ou du pouvoir d’imposer des solutions communes.',
	nl: 'Eén centrale instantie (een ministerie, agentschap of dienst in het centrum) is eigenaar van het instrument en heeft een mandaat, veto of budgetcontrole over andere instanties, of de bevoegdheid gemeenschappelijke oplossingen op te leggen.',
	da: 'Ét centralt organ (et ministerium, en styrelse eller et kontor i centrum) ejer instrumentet og har mandat, vetoret eller udgiftskontrol over andre organer eller magt til at påbyde fælles løsninger.',
	et: 'Üks keskne asutus (ministeerium, amet või keskne büroo) on dokumendi omanik ning tal on volitus, vetoõigus või kulude kontroll teiste asutuste üle või õigus kehtestada ühiseid lahendusi.'
});

export const rCbCoordinationModelRuleD = /* @__PURE__ */ message({
	en: 'The instrument leaves delivery to each ministry or level, with only advice, funding or voluntary standards from the centre.',
	de: 'Das Instrument überlässt die Umsetzung jedem Ministerium oder jeder Ebene, mit nur Beratung, Finanzierung oder freiwilligen Standards aus dem Zentrum.',
	fr: 'L’instrument laisse la mise en œuvre à chaque ministère ou niveau, avec seulement des conseils, des financements ou des normes volontaires venant du centre.',
	nl: 'Het instrument laat de uitvoering over aan elk ministerie of elke laag, met alleen advies, financiering of vrijwillige standaarden vanuit het centrum.',
	da: 'Instrumentet overlader gennemførelsen til hvert ministerium eller niveau med kun rådgivning, finansiering eller frivillige standarder fra centrum.',
	et: 'Dokument jätab elluviimise igale ministeeriumile või tasandile, keskuselt tulevad vaid nõuanded, rahastus või vabatahtlikud standardid.'
});

export const rCbCoordinationModelRuleN = /* @__PURE__ */ message({
	en: 'The instrument was adopted as, or is steered through, an agreement or a joint body of several levels or ministries (e.g. central government with the municipal and regional associations, or a federal-state council).',
	de: 'Das Instrument wurde als Vereinbarung oder über ein gemeinsames Gremium mehrerer Ebenen oder Ministerien beschlossen oder wird so gesteuert (z. B. Zentralregierung mit den kommunalen und regionalen Verbänden oder ein Bund-Länder-Gremium).',
	fr: 'L’instrument a été adopté comme un accord, ou est piloté par un accord ou un organe conjoint de plusieurs niveaux ou ministères (par ex. le gouvernement central avec les associations de communes et de régions, ou un conseil fédéral-fédéré).',
	nl: 'Het instrument is aangenomen als, of wordt gestuurd via, een akkoord of een gezamenlijk orgaan van meerdere lagen of ministeries (bv. de centrale overheid met de koepels van gemeenten en regio’s, of een federaal-deelstatelijke raad).',
	da: 'Instrumentet blev vedtaget som, eller styres gennem, en aftale eller et fælles organ for flere niveauer eller ministerier (f.eks. staten med kommunernes og regionernes organisationer eller et føderalt-delstatsligt råd).',
	et: 'Dokument võeti vastu kokkuleppena või seda juhitakse mitme tasandi või ministeeriumi kokkuleppe või ühisorgani kaudu (nt keskvalitsus koos omavalitsus- ja regiooniliitudega või liidu ja liidumaade nõukogu).'
});

export const rCbCrossBorderRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on other countries.',
	de: 'Das Dokument schweigt zu anderen Ländern.',
	fr: 'Le document est muet sur les autres pays.',
	nl: 'Het document zwijgt over andere landen.',
	da: 'Dokumentet tier om andre lande.',
	et: 'Dokument ei räägi teistest riikidest.'
});

export const rCbCrossBorderRule1 = /* @__PURE__ */ message({
	en: 'Cross-border services or international cooperation are an aim.',
	de: 'Grenzüberschreitende Dienste oder internationale Zusammenarbeit sind ein Ziel.',
	fr: 'Les services transfrontaliers ou la coopération internationale sont un objectif.',
	nl: 'Grensoverschrijdende diensten of internationale samenwerking zijn een doel.',
	da: 'Grænseoverskridende tjenester eller internationalt samarbejde er et mål.',
	et: 'Piiriülesed teenused või rahvusvaheline koostöö on eesmärk.'
});

export const rCbCrossBorderRule2 = /* @__PURE__ */ message({
	en: 'It names projects, joint bodies or deadlines for cross-border services or recognition of foreign eIDs.',
	de: 'Es nennt Projekte, gemeinsame Gremien oder Fristen für grenzüberschreitende Dienste oder die Anerkennung ausländischer eIDs.',
	fr: 'Il nomme des projets, des organes conjoints ou des échéances pour des services transfrontaliers ou la reconnaissance d’eID étrangères.',
	nl: 'Het noemt projecten, gezamenlijke organen of termijnen voor grensoverschrijdende diensten of erkenning van buitenlandse eID’s.',
	da: 'Det nævner projekter, fælles organer eller frister for grænseoverskridende tjenester eller anerkendelse af udenlandske eID’er.',
	et: 'See nimetab projekte, ühisorganeid või tähtaegu piiriüleste teenuste või välismaiste eID-de tunnustamise jaoks.'
});

export const rCbCrossBorderRule3 = /* @__PURE__ */ message({
	en: 'It implements a binding cross-border obligation in national law.',
	de: 'Es setzt eine verbindliche grenzüberschreitende Pflicht in nationales Recht um.',
	fr: 'Il transpose une obligation transfrontalière contraignante en droit national.',
	nl: 'Het zet een bindende grensoverschrijdende verplichting om in nationaal recht.',
	da: 'Det gennemfører en bindende grænseoverskridende forpligtelse i national ret.',
	et: 'See võtab siduva piiriülese kohustuse üle riigisisesesse õigusesse.'
});

export const rCbDedicatedBudgetRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on money, or explicitly unfunded.',
	de: 'Das Dokument schweigt zum Geld oder ist ausdrücklich ohne Finanzierung.',
	fr: 'Le document est muet sur l’argent, ou explicitement non financé.',
	nl: 'Het document zwijgt over geld, of is uitdrukkelijk niet gefinancierd.',
	da: 'Dokumentet tier om penge eller er udtrykkeligt ufinansieret.',
	et: 'Dokument ei räägi rahast või on selgesõnaliselt rahastamata.'
});

export const rCbDedicatedBudgetRule1 = /* @__PURE__ */ message({
	en: 'It states that funding will be found.',
	de: 'Es sagt, dass eine Finanzierung gefunden wird.',
	fr: 'Il indique qu’un financement sera trouvé.',
	nl: 'Het stelt dat er financiering zal worden gevonden.',
	da: 'Det siger, at finansiering vil blive fundet.',
	et: 'See ütleb, et rahastus leitakse.'
});

export const rCbDedicatedBudgetRule2 = /* @__PURE__ */ message({
	en: 'It names an amount, a fund or a co-financing agreement.',
	de: 'Es nennt einen Betrag, einen Fonds oder eine Kofinanzierungsvereinbarung.',
	fr: 'Il mentionne un montant, un fonds ou un accord de cofinancement.',
	nl: 'Het noemt een bedrag, een fonds of een cofinancieringsafspraak.',
	da: 'Det nævner et beløb, en fond eller en medfinansieringsaftale.',
	et: 'See nimetab summa, fondi või kaasrahastamise kokkuleppe.'
});

export const rCbDedicatedBudgetRule3 = /* @__PURE__ */ message({
	en: 'The amount or the financing duty is fixed in law (for example a statute or state treaty).',
	de: 'Der Betrag oder die Finanzierungspflicht ist rechtlich festgelegt (zum Beispiel in einem Gesetz oder Staatsvertrag).',
	fr: 'Le montant ou l’obligation de financement est fixé par la loi (par exemple une loi ou un traité entre l’État et les entités fédérées).',
	nl: 'Het bedrag of de financieringsplicht is wettelijk vastgelegd (bijvoorbeeld in een wet of verdrag tussen overheden).',
	da: 'Beløbet eller finansieringspligten er fastlagt ved lov (for eksempel en lov eller en statstraktat mellem forbundsstaten og delstaterne).',
	et: 'Summa või rahastamiskohustus on seadusega kehtestatud (näiteks seaduses või liidu ja liidumaade vahelises riigilepingus).'
});

export const rCbDigitalByDefaultRule0 = /* @__PURE__ */ message({
	en: 'The document is silent, or online is only an optional extra channel.',
	de: 'Das Dokument schweigt, oder online ist nur ein zusätzlicher optionaler Kanal.',
	fr: 'Le document est muet, ou le canal en ligne n’est qu’une option supplémentaire.',
	nl: 'Het document zwijgt, of online is slechts een optioneel extra kanaal.',
	da: 'Dokumentet tier, eller online er kun en valgfri ekstra kanal.',
	et: 'Dokument vaikib või veeb on ainult valikuline lisakanal.'
});

export const rCbDigitalByDefaultRule1 = /* @__PURE__ */ message({
	en: 'Digital first or digital by default is a stated principle.',
	de: 'Digital zuerst oder digital als Standard ist ein erklärter Grundsatz.',
	fr: 'Le numérique d’abord ou le numérique par défaut est un principe déclaré.',
	nl: 'Digitaal eerst of standaard digitaal is een verklaard principe.',
	da: 'Digital først eller digital som standard er et erklæret princip.',
	et: 'Digitaalne esmalt või vaikimisi digitaalne on väljendatud põhimõte.'
});

export const rCbDigitalByDefaultRule2 = /* @__PURE__ */ message({
	en: 'There is a target share of digital transactions, a date by which services or communication go digital, or a service standard that enforces it.',
	de: 'Es gibt einen Zielanteil digitaler Vorgänge, ein Datum, bis zu dem Dienste oder Kommunikation digital werden, oder einen Dienststandard, der dies durchsetzt.',
	fr: 'Il existe une part cible de transactions numériques, une date à laquelle services ou communications passent au numérique, ou une norme de service qui l’impose.',
	nl: 'Er is een streefaandeel digitale transacties, een datum waarop diensten of communicatie digitaal worden, of een servicestandaard die dat afdwingt.',
	da: 'Der er en målsat andel af digitale transaktioner, en dato hvor tjenester eller kommunikation bliver digitale, eller en servicestandard, der håndhæver det.',
	et: 'On seatud digitaalsete toimingute sihtosakaal, kuupäev, mil teenused või suhtlus muutuvad digitaalseks, või teenusestandard, mis seda nõuab.'
});

export const rCbDigitalByDefaultRule3 = /* @__PURE__ */ message({
	en: 'Law makes digital communication or self-service mandatory for citizens or businesses (with exemptions).',
	de: 'Ein Gesetz macht digitale Kommunikation oder Selbstbedienung für Bürgerinnen, Bürger oder Unternehmen verpflichtend (mit Ausnahmen).',
	fr: 'La loi rend obligatoires la communication numérique ou le libre-service pour les citoyens ou les entreprises (avec des exemptions).',
	nl: 'De wet maakt digitale communicatie of selfservice verplicht voor burgers of bedrijven (met uitzonderingen).',
	da: 'Lovgivning gør digital kommunikation eller selvbetjening obligatorisk for borgere eller virksomheder (med undtagelser).',
	et: 'Seadus muudab digitaalse suhtluse või iseteeninduse kodanikele või ettevõtetele kohustuslikuks (eranditega).'
});

export const rCbEidRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on electronic identification.',
	de: 'Das Dokument schweigt zur elektronischen Identifizierung.',
	fr: 'Le document est muet sur l’identification électronique.',
	nl: 'Het document zwijgt over elektronische identificatie.',
	da: 'Dokumentet tier om elektronisk identifikation.',
	et: 'Dokument ei räägi elektroonilisest identimisest.'
});

export const rCbEidRule1 = /* @__PURE__ */ message({
	en: 'A national eID is an aim.',
	de: 'Eine nationale eID ist ein Ziel.',
	fr: 'Une eID nationale est un objectif.',
	nl: 'Een nationale eID is een doel.',
	da: 'En national eID er et mål.',
	et: 'Riiklik eID on eesmärk.'
});

export const rCbEidRule2 = /* @__PURE__ */ message({
	en: 'It introduces or funds a named eID scheme or sets a take-up target.',
	de: 'Es führt ein benanntes eID-Verfahren ein oder finanziert es oder setzt ein Nutzungsziel.',
	fr: 'Il introduit ou finance un dispositif eID nommé, ou fixe un objectif d’adoption.',
	nl: 'Het voert een benoemd eID-stelsel in of financiert het, of stelt een streefcijfer voor het gebruik vast.',
	da: 'Det indfører eller finansierer en navngiven eID-løsning eller sætter et mål for udbredelse.',
	et: 'See võtab kasutusele või rahastab nimetatud eID-lahenduse või seab kasutuselevõtu sihi.'
});

export const rCbEidRule3 = /* @__PURE__ */ message({
	en: 'A law establishes the eID (or its use for public services) as an official, legally valid means of identification or signature.',
	de: 'Ein Gesetz legt die eID (oder ihre Nutzung für öffentliche Dienste) als amtliches, rechtsgültiges Mittel der Identifizierung oder Unterschrift fest.',
	fr: 'Une loi établit l’eID (ou son usage pour les services publics) comme moyen officiel et juridiquement valable d’identification ou de signature.',
	nl: 'Een wet stelt de eID (of het gebruik ervan voor overheidsdiensten) vast als officieel, rechtsgeldig middel van identificatie of ondertekening.',
	da: 'En lov fastsætter eID’en (eller dens brug til offentlige tjenester) som et officielt, juridisk gyldigt middel til identifikation eller underskrift.',
	et: 'Seadus kehtestab eID (või selle kasutamise avalikes teenustes) ametliku, õiguslikult kehtiva isikutuvastus- või allkirjavahendina.'
});

export const rCbHorizontalCollaborationRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on working across ministries or agencies.',
	de: 'Das Dokument schweigt zur Zusammenarbeit über Ministerien oder Behörden hinweg.',
	fr: 'Le document est muet sur le travail entre ministères ou agences.',
	nl: 'Het document zwijgt over samenwerking tussen ministeries of agentschappen.',
	da: 'Dokumentet tier om samarbejde på tværs af ministerier eller styrelser.',
	et: 'Dokument ei räägi ministeeriumide või ametite ülesest koostööst.'
});

export const rCbHorizontalCollaborationRule1 = /* @__PURE__ */ message({
	en: 'It asks ministries and agencies to work together.',
	de: 'Es fordert Ministerien und Behörden zur Zusammenarbeit auf.',
	fr: 'Il demande aux ministères et agences de travailler ensemble.',
	nl: 'Het vraagt ministeries en agentschappen samen te werken.',
	da: 'Det beder ministerier og styrelser om at arbejde sammen.',
	et: 'See palub ministeeriumidel ja ametitel koostööd teha.'
});

export const rCbHorizontalCollaborationRule2 = /* @__PURE__ */ message({
	en: 'It names a cross-government body, CIO office, board or shared-service arrangement with a task.',
	de: 'Es benennt ein ressortübergreifendes Gremium, ein CIO-Büro, einen Rat oder eine Regelung für gemeinsame Dienste mit einer Aufgabe.',
	fr: 'Il désigne un organe interministériel, un bureau du DSI, un conseil ou un dispositif de services partagés avec une mission.',
	nl: 'Het benoemt een overheidsbreed orgaan, CIO-bureau, raad of regeling voor gedeelde diensten met een taak.',
	da: 'Det udpeger et tværgående organ, et CIO-kontor, et udvalg eller en ordning for fælles tjenester med en opgave.',
	et: 'See nimetab ülesandega valitsuseülese organi, infojuhi büroo, nõukogu või jagatud teenuste korralduse.'
});

export const rCbHorizontalCollaborationRule3 = /* @__PURE__ */ message({
	en: 'Law or regulation obliges ministries to use shared solutions or to submit to a common body.',
	de: 'Gesetz oder Verordnung verpflichtet Ministerien, gemeinsame Lösungen zu nutzen oder sich einem gemeinsamen Gremium zu unterwerfen.',
	fr: 'Une loi ou un règlement oblige les ministères à utiliser des solutions partagées ou à se soumettre à un organe commun.',
	nl: 'Een wet of regeling verplicht ministeries gedeelde oplossingen te gebruiken of zich te onderwerpen aan een gemeenschappelijk orgaan.',
	da: 'Lov eller bekendtgørelse forpligter ministerier til at bruge fælles løsninger eller underlægge sig et fælles organ.',
	et: 'Seadus või määrus kohustab ministeeriume kasutama ühiseid lahendusi või alluma ühisele organile.'
});

export const rCbInteroperabilityFrameworkRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on common standards or data exchange.',
	de: 'Das Dokument schweigt zu gemeinsamen Standards oder Datenaustausch.',
	fr: 'Le document est muet sur les normes communes ou l’échange de données.',
	nl: 'Het document zwijgt over gemeenschappelijke standaarden of gegevensuitwisseling.',
	da: 'Dokumentet tier om fælles standarder eller dataudveksling.',
	et: 'Dokument ei räägi ühistest standarditest ega andmevahetusest.'
});

export const rCbInteroperabilityFrameworkRule1 = /* @__PURE__ */ message({
	en: 'Interoperability or common standards are an aim.',
	de: 'Interoperabilität oder gemeinsame Standards sind ein Ziel.',
	fr: 'L’interopérabilité ou des normes communes sont un objectif.',
	nl: 'Interoperabiliteit of gemeenschappelijke standaarden zijn een doel.',
	da: 'Interoperabilitet eller fælles standarder er et mål.',
	et: 'Koosvõime või ühised standardid on eesmärk.'
});

export const rCbInteroperabilityFrameworkRule2 = /* @__PURE__ */ message({
	en: 'It builds or mandates within government a named data-exchange platform, framework or standard set.',
	de: 'Es baut innerhalb der Verwaltung eine benannte Datenaustauschplattform, einen Rahmen oder ein Standardpaket auf oder schreibt es vor.',
	fr: 'Il construit ou impose au sein de l’administration une plateforme d’échange de données, un cadre ou un ensemble de normes nommés.',
	nl: 'Het bouwt binnen de overheid een benoemd gegevensuitwisselingsplatform, kader of pakket standaarden, of stelt dat verplicht.',
	da: 'Det opbygger eller påbyder inden for forvaltningen en navngiven dataudvekslingsplatform, ramme eller standardpakke.',
	et: 'See loob või teeb valitsuses kohustuslikuks nimetatud andmevahetusplatvormi, raamistiku või standardikogumi.'
});

export const rCbInteroperabilityFrameworkRule3 = /* @__PURE__ */ message({
	en: 'Law obliges public bodies to exchange data through it or to apply the standards.',
	de: 'Ein Gesetz verpflichtet öffentliche Stellen, darüber Daten auszutauschen oder die Standards anzuwenden.',
	fr: 'La loi oblige les organismes publics à échanger des données par ce biais ou à appliquer les normes.',
	nl: 'De wet verplicht overheidsinstanties daarlangs gegevens uit te wisselen of de standaarden toe te passen.',
	da: 'Lovgivning forpligter offentlige organer til at udveksle data gennem den eller anvende standarderne.',
	et: 'Seadus kohustab avalikke asutusi vahetama andmeid selle kaudu või rakendama standardeid.'
});

export const rCbMonitoringKpisRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on measuring progress.',
	de: 'Das Dokument schweigt zur Messung des Fortschritts.',
	fr: 'Le document est muet sur la mesure des progrès.',
	nl: 'Het document zwijgt over het meten van voortgang.',
	da: 'Dokumentet tier om måling af fremskridt.',
	et: 'Dokument ei räägi edenemise mõõtmisest.'
});

export const rCbMonitoringKpisRule1 = /* @__PURE__ */ message({
	en: 'It promises to monitor or evaluate.',
	de: 'Es verspricht Monitoring oder Evaluation.',
	fr: 'Il promet un suivi ou une évaluation.',
	nl: 'Het belooft monitoring of evaluatie.',
	da: 'Det lover overvågning eller evaluering.',
	et: 'See lubab seiret või hindamist.'
});

export const rCbMonitoringKpisRule2 = /* @__PURE__ */ message({
	en: 'It sets quantified targets or indicators with a reporting or evaluation cycle.',
	de: 'Es setzt quantifizierte Ziele oder Indikatoren mit einem Berichts- oder Evaluationszyklus.',
	fr: 'Il fixe des cibles ou indicateurs chiffrés avec un cycle de rapport ou d’évaluation.',
	nl: 'Het stelt gekwantificeerde doelen of indicatoren met een rapportage- of evaluatiecyclus.',
	da: 'Det fastsætter kvantificerede mål eller indikatorer med en rapporterings- eller evalueringscyklus.',
	et: 'See seab mõõdetavad sihid või näitajad koos aruandlus- või hindamistsükliga.'
});

export const rCbMonitoringKpisRule3 = /* @__PURE__ */ message({
	en: 'Reporting or evaluation is a legal duty.',
	de: 'Berichterstattung oder Evaluation ist eine gesetzliche Pflicht.',
	fr: 'Le rapport ou l’évaluation est une obligation légale.',
	nl: 'Rapportage of evaluatie is een wettelijke plicht.',
	da: 'Rapportering eller evaluering er en lovpligt.',
	et: 'Aruandlus või hindamine on seadusest tulenev kohustus.'
});

export const rCbOnceOnlyRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on reusing data or not asking twice.',
	de: 'Das Dokument schweigt zur Wiederverwendung von Daten oder dazu, nicht zweimal zu fragen.',
	fr: 'Le document est muet sur la réutilisation des données ou le fait de ne pas demander deux fois.',
	nl: 'Het document zwijgt over hergebruik van gegevens of niet twee keer vragen.',
	da: 'Dokumentet tier om genbrug af data eller om ikke at spørge to gange.',
	et: 'Dokument ei räägi andmete taaskasutusest ega sellest, et ei küsita kaks korda.'
});

export const rCbOnceOnlyRule1 = /* @__PURE__ */ message({
	en: 'Reuse of data, or not asking citizens and businesses twice, is an aim.',
	de: 'Die Wiederverwendung von Daten oder der Verzicht darauf, Bürgerinnen, Bürger und Unternehmen zweimal zu fragen, ist ein Ziel.',
	fr: 'La réutilisation des données, ou le fait de ne pas demander deux fois aux citoyens et entreprises, est un objectif.',
	nl: 'Hergebruik van gegevens, of burgers en bedrijven niet twee keer vragen, is een doel.',
	da: 'Genbrug af data eller ikke at spørge borgere og virksomheder to gange er et mål.',
	et: 'Andmete taaskasutus või see, et kodanikelt ja ettevõtetelt ei küsita kaks korda, on eesmärk.'
});

export const rCbOnceOnlyRule2 = /* @__PURE__ */ message({
	en: 'It plans base registries, data-exchange arrangements or a once-only programme with an owner or a deadline.',
	de: 'Es plant Basisregister, Datenaustauschregelungen oder ein Once-Only-Programm mit Verantwortlichen oder Frist.',
	fr: 'Il prévoit des sources authentiques, des dispositifs d’échange de données ou un programme « dites-le-nous une fois » avec un responsable ou une échéance.',
	nl: 'Het plant basisregistraties, afspraken over gegevensuitwisseling of een programma voor eenmalige uitvraag met een eigenaar of een termijn.',
	da: 'Det planlægger grunddataregistre, ordninger for dataudveksling eller et kun én gang-program med en ejer eller en frist.',
	et: 'See kavandab põhiregistreid, andmevahetuse korraldust või ühekordse küsimise programmi koos vastutaja või tähtajaga.'
});

export const rCbOnceOnlyRule3 = /* @__PURE__ */ message({
	en: 'A law obliges public bodies to reuse data from authentic sources rather than ask again.',
	de: 'Ein Gesetz verpflichtet öffentliche Stellen, Daten aus authentischen Quellen wiederzuverwenden, statt erneut zu fragen.',
	fr: 'Une loi oblige les organismes publics à réutiliser les données des sources authentiques au lieu de les redemander.',
	nl: 'Een wet verplicht overheidsinstanties gegevens uit authentieke bronnen te hergebruiken in plaats van opnieuw te vragen.',
	da: 'En lov forpligter offentlige organer til at genbruge data fra autoritative kilder i stedet for at spørge igen.',
	et: 'Seadus kohustab avalikke asutusi taaskasutama andmeid autentsetest allikatest, selle asemel et uuesti küsida.'
});

export const rCbOneStopPortalRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on a single entry point.',
	de: 'Das Dokument schweigt zu einem zentralen Zugang.',
	fr: 'Le document est muet sur un point d’entrée unique.',
	nl: 'Het document zwijgt over één toegangspunt.',
	da: 'Dokumentet tier om et samlet indgangssted.',
	et: 'Dokument ei räägi ühtsest sisenemispunktist.'
});

export const rCbOneStopPortalRule1 = /* @__PURE__ */ message({
	en: 'A single entry point is an aim.',
	de: 'Ein zentraler Zugang ist ein Ziel.',
	fr: 'Un point d’entrée unique est un objectif.',
	nl: 'Eén toegangspunt is een doel.',
	da: 'Et samlet indgangssted er et mål.',
	et: 'Ühtne sisenemispunkt on eesmärk.'
});

export const rCbOneStopPortalRule2 = /* @__PURE__ */ message({
	en: 'It creates or develops a named portal, account or portal network with an owner.',
	de: 'Es schafft oder entwickelt ein benanntes Portal, Konto oder einen Portalverbund mit Verantwortlichen.',
	fr: 'Il crée ou développe un portail, un compte ou un réseau de portails nommé avec un responsable.',
	nl: 'Het creëert of ontwikkelt een benoemd portaal, account of portaalnetwerk met een eigenaar.',
	da: 'Det opretter eller udvikler en navngiven portal, konto eller et portalnetværk med en ejer.',
	et: 'See loob või arendab nimetatud portaali, konto või portaalivõrgustiku koos vastutajaga.'
});

export const rCbOneStopPortalRule3 = /* @__PURE__ */ message({
	en: 'Law obliges public bodies to offer their services through the portal or portal network.',
	de: 'Ein Gesetz verpflichtet öffentliche Stellen, ihre Dienste über das Portal oder den Portalverbund anzubieten.',
	fr: 'La loi oblige les organismes publics à proposer leurs services via le portail ou le réseau de portails.',
	nl: 'De wet verplicht overheidsinstanties hun diensten via het portaal of het portaalnetwerk aan te bieden.',
	da: 'Lovgivning forpligter offentlige organer til at tilbyde deres tjenester gennem portalen eller portalnetværket.',
	et: 'Seadus kohustab avalikke asutusi pakkuma oma teenuseid portaali või portaalivõrgustiku kaudu.'
});

export const rCbOpenDataRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on publishing data for reuse.',
	de: 'Das Dokument schweigt zur Veröffentlichung von Daten zur Weiterverwendung.',
	fr: 'Le document est muet sur la publication de données pour réutilisation.',
	nl: 'Het document zwijgt over het publiceren van gegevens voor hergebruik.',
	da: 'Dokumentet tier om offentliggørelse af data til genbrug.',
	et: 'Dokument ei räägi andmete avaldamisest taaskasutuseks.'
});

export const rCbOpenDataRule1 = /* @__PURE__ */ message({
	en: 'Opening public data is an aim.',
	de: 'Die Öffnung öffentlicher Daten ist ein Ziel.',
	fr: 'L’ouverture des données publiques est un objectif.',
	nl: 'Het openen van overheidsgegevens is een doel.',
	da: 'Åbning af offentlige data er et mål.',
	et: 'Avalike andmete avamine on eesmärk.'
});

export const rCbOpenDataRule2 = /* @__PURE__ */ message({
	en: 'It sets up a data portal, an action plan, publication targets or named datasets.',
	de: 'Es richtet ein Datenportal, einen Aktionsplan, Veröffentlichungsziele oder benannte Datensätze ein.',
	fr: 'Il met en place un portail de données, un plan d’action, des objectifs de publication ou des jeux de données nommés.',
	nl: 'Het richt een dataportaal, een actieplan, publicatiedoelen of benoemde datasets in.',
	da: 'Det opretter en dataportal, en handlingsplan, mål for offentliggørelse eller navngivne datasæt.',
	et: 'See loob andmeportaali, tegevuskava, avaldamissihid või nimetatud andmestikud.'
});

export const rCbOpenDataRule3 = /* @__PURE__ */ message({
	en: 'Law requires public bodies to publish data openly or makes openness the default.',
	de: 'Ein Gesetz verpflichtet öffentliche Stellen, Daten offen zu veröffentlichen, oder macht Offenheit zum Standard.',
	fr: 'La loi oblige les organismes publics à publier leurs données ouvertement ou fait de l’ouverture la règle.',
	nl: 'De wet verplicht overheidsinstanties gegevens open te publiceren of maakt openheid de standaard.',
	da: 'Lovgivning kræver, at offentlige organer offentliggør data åbent, eller gør åbenhed til standard.',
	et: 'Seadus nõuab avalikelt asutustelt andmete avatud avaldamist või muudab avatuse vaikimisi reegliks.'
});

export const rCbUserCentricityRule0 = /* @__PURE__ */ message({
	en: 'The document is silent on user needs.',
	de: 'Das Dokument schweigt zu den Bedürfnissen der Nutzerinnen und Nutzer.',
	fr: 'Le document est muet sur les besoins des usagers.',
	nl: 'Het document zwijgt over de behoeften van gebruikers.',
	da: 'Dokumentet tier om brugernes behov.',
	et: 'Dokument ei räägi kasutajate vajadustest.'
});

export const rCbUserCentricityRule1 = /* @__PURE__ */ message({
	en: 'User needs or citizen orientation are a stated aim.',
	de: 'Bedürfnisse der Nutzerinnen und Nutzer oder Bürgerorientierung sind ein erklärtes Ziel.',
	fr: 'Les besoins des usagers ou l’orientation citoyenne sont un objectif déclaré.',
	nl: 'Gebruikersbehoeften of burgergerichtheid zijn een verklaard doel.',
	da: 'Brugernes behov eller borgerorientering er et erklæret mål.',
	et: 'Kasutajate vajadused või kodanikukesksus on väljendatud eesmärk.'
});

export const rCbUserCentricityRule2 = /* @__PURE__ */ message({
	en: 'It organises services by life events, introduces a service standard or design method, or plans proactive services with owners.',
	de: 'Es ordnet Dienste nach Lebenslagen, führt einen Dienststandard oder eine Gestaltungsmethode ein oder plant proaktive Dienste mit Verantwortlichen.',
	fr: 'Il organise les services par événements de vie, introduit une norme de service ou une méthode de conception, ou prévoit des services proactifs avec des responsables.',
	nl: 'Het organiseert diensten naar levensgebeurtenissen, voert een servicestandaard of ontwerpmethode in, of plant proactieve diensten met eigenaars.',
	da: 'Det organiserer tjenester efter livsbegivenheder, indfører en servicestandard eller designmetode eller planlægger proaktive tjenester med ejere.',
	et: 'See korraldab teenused elusündmuste järgi, võtab kasutusele teenusestandardi või disainimeetodi või kavandab vastutajatega proaktiivseid teenuseid.'
});

export const rCbUserCentricityRule3 = /* @__PURE__ */ message({
	en: 'A regulation or law defines and requires event-based or proactive services, or enforceable user rights to digital service.',
	de: 'Eine Verordnung oder ein Gesetz definiert und verlangt lebenslagenbezogene oder proaktive Dienste oder durchsetzbare Nutzerrechte auf digitale Dienste.',
	fr: 'Un règlement ou une loi définit et exige des services fondés sur les événements de vie ou proactifs, ou des droits opposables des usagers au service numérique.',
	nl: 'Een regeling of wet definieert en vereist op gebeurtenissen gebaseerde of proactieve diensten, of afdwingbare gebruikersrechten op digitale dienstverlening.',
	da: 'En bekendtgørelse eller lov definerer og kræver begivenhedsbaserede eller proaktive tjenester eller håndhævelige brugerrettigheder til digital service.',
	et: 'Määrus või seadus määratleb ja nõuab sündmuspõhiseid või proaktiivseid teenuseid või jõustatavaid kasutajaõigusi digiteenusele.'
});

export const rCbVerticalCollaborationRule0 = /* @__PURE__ */ message({
	en: 'The document covers one level only and says nothing about the others.',
	de: 'Das Dokument betrifft nur eine Ebene und sagt nichts über die anderen.',
	fr: 'Le document ne couvre qu’un niveau et ne dit rien des autres.',
	nl: 'Het document betreft één laag en zegt niets over de andere.',
	da: 'Dokumentet dækker kun ét niveau og siger intet om de andre.',
	et: 'Dokument hõlmab ainult üht tasandit ega ütle teistest midagi.'
});

export const rCbVerticalCollaborationRule1 = /* @__PURE__ */ message({
	en: 'The document calls for cooperation with regions or municipalities.',
	de: 'Das Dokument fordert Zusammenarbeit mit Regionen oder Kommunen.',
	fr: 'Le document appelle à coopérer avec les régions ou les communes.',
	nl: 'Het document roept op tot samenwerking met regio’s of gemeenten.',
	da: 'Dokumentet opfordrer til samarbejde med regioner eller kommuner.',
	et: 'Dokument kutsub üles koostööle piirkondade või omavalitsustega.'
});

export const rCbVerticalCollaborationRule2 = /* @__PURE__ */ message({
	en: 'It sets up joint projects, shared funding, joint bodies or a common catalogue of services across levels.',
	de: 'Es richtet gemeinsame Projekte, gemeinsame Finanzierung, gemeinsame Gremien oder einen gemeinsamen Leistungskatalog über Ebenen hinweg ein.',
	fr: 'Il met en place des projets conjoints, un financement partagé, des organes conjoints ou un catalogue commun de services entre niveaux.',
	nl: 'Het richt gezamenlijke projecten, gedeelde financiering, gezamenlijke organen of een gemeenschappelijke dienstencatalogus over de lagen heen in.',
	da: 'Det etablerer fælles projekter, fælles finansiering, fælles organer eller et fælles katalog over tjenester på tværs af niveauer.',
	et: 'See loob tasanditeüleseid ühisprojekte, jagatud rahastust, ühisorganeid või ühise teenusekataloogi.'
});

export const rCbVerticalCollaborationRule3 = /* @__PURE__ */ message({
	en: 'Law or a constitutional provision obliges the levels to cooperate or to connect their services.',
	de: 'Ein Gesetz oder eine Verfassungsbestimmung verpflichtet die Ebenen zur Zusammenarbeit oder zur Verknüpfung ihrer Dienste.',
	fr: 'Une loi ou une disposition constitutionnelle oblige les niveaux à coopérer ou à relier leurs services.',
	nl: 'Een wet of grondwetsbepaling verplicht de lagen samen te werken of hun diensten te koppelen.',
	da: 'En lov eller en forfatningsbestemmelse forpligter niveauerne til at samarbejde eller forbinde deres tjenester.',
	et: 'Seadus või põhiseaduse säte kohustab tasandeid tegema koostööd või ühendama oma teenuseid.'
});

export const rCbCoordinationModelExample0 = /* @__PURE__ */ message({
	en: 'An act on identity documents that names no body steering digital government.',
	de: 'Ein Gesetz über Ausweisdokumente, das keine Stelle nennt, die die Verwaltungsdigitalisierung steuert.',
	fr: 'Une loi sur les documents d’identité qui ne nomme aucun organisme pilotant l’administration numérique.',
	nl: 'Een wet op identiteitsdocumenten die geen instantie noemt die de digitale overheid stuurt.',
	da: 'En lov om identitetsdokumenter, der ikke nævner noget organ, som styrer den digitale forvaltning.',
	et: 'Isikut tõendavate dokumentide seadus, mis ei nimeta ühtki digiriiki juhtivat asutust.'
});

export const rCbCoordinationModelExampleC = /* @__PURE__ */ message({
	en: '"All departments\' IT projects above the threshold need the approval of the central digital office."',
	de: '„Alle IT-Projekte der Ressorts oberhalb der Schwelle bedürfen der Zustimmung des zentralen Digitalbüros.“',
	fr: '« Tous les projets informatiques des ministères au-delà du seuil doivent être approuvés par le bureau numérique central. »',
	nl: '“Alle IT-projecten van departementen boven de drempel hebben de goedkeuring van het centrale digitale bureau nodig.”',
	da: '„Alle ministeriers IT-projekter over tærsklen skal godkendes af det centrale digitaliseringskontor.“',
	et: '„Kõik ministeeriumide künnist ületavad IT-projektid vajavad keskse digibüroo heakskiitu.“'
});

export const rCbCoordinationModelExampleD = /* @__PURE__ */ message({
	en: '"Each ministry draws up its own e-government plan; the coordinating unit offers guidance."',
	de: '„Jedes Ministerium erstellt seinen eigenen E-Government-Plan; die Koordinierungsstelle bietet Orientierung.“',
	fr: '« Chaque ministère élabore son propre plan d’administration en ligne ; l’unité de coordination donne des orientations. »',
	nl: '“Elk ministerie stelt zijn eigen e-overheidsplan op; de coördinerende eenheid biedt richtlijnen.”',
	da: '„Hvert ministerium udarbejder sin egen plan for digital forvaltning; koordinationsenheden giver vejledning.“',
	et: '„Iga ministeerium koostab oma e-riigi kava; koordineeriv üksus annab juhiseid.“'
});

export const rCbCoordinationModelExampleN = /* @__PURE__ */ message({
	en: '"The strategy is agreed between the government, Local Government Denmark and Danish Regions; a joint steering committee follows its initiatives."',
	de: '„Die Strategie wird zwischen der Regierung, Kommunernes Landsforening und Danske Regioner vereinbart; ein gemeinsamer Lenkungsausschuss verfolgt ihre Initiativen.“',
	fr: '« La stratégie est convenue entre le gouvernement, Kommunernes Landsforening et Danske Regioner ; un comité de pilotage conjoint suit ses initiatives. »',
	nl: '“De strategie is overeengekomen tussen de regering, Kommunernes Landsforening en Danske Regioner; een gezamenlijke stuurgroep volgt de initiatieven.”',
	da: '„Strategien er aftalt mellem regeringen, KL og Danske Regioner; en fælles styregruppe følger dens initiativer.“',
	et: '„Strateegia lepitakse kokku valitsuse, Kommunernes Landsforeningi ja Danske Regioneri vahel; ühine juhtkomitee jälgib selle algatusi.“'
});

export const rCbCrossBorderExample0 = /* @__PURE__ */ message({
	en: 'A national portal plan with no word on foreign users.',
	de: 'Ein nationaler Portalplan ohne ein Wort zu Nutzern aus dem Ausland.',
	fr: 'Un plan de portail national sans un mot sur les usagers étrangers.',
	nl: 'Een nationaal portaalplan zonder een woord over buitenlandse gebruikers.',
	da: 'En national portalplan uden et ord om udenlandske brugere.',
	et: 'Riikliku portaali kava, mis välismaiste kasutajate kohta midagi ei ütle.'
});

export const rCbCrossBorderExample1 = /* @__PURE__ */ message({
	en: '"We will take part in European cooperation on digital government."',
	de: '„Wir werden uns an der europäischen Zusammenarbeit zur digitalen Verwaltung beteiligen.“',
	fr: '« Nous participerons à la coopération européenne en matière d’administration numérique. »',
	nl: '“We nemen deel aan de Europese samenwerking op het gebied van digitale overheid.”',
	da: '„Vi vil deltage i det europæiske samarbejde om digital forvaltning.“',
	et: '„Osaleme Euroopa koostöös digiriigi vallas.“'
});

export const rCbCrossBorderExample2 = /* @__PURE__ */ message({
	en: '"Data exchange with Finland through X-Road will start in 2018."',
	de: '„Der Datenaustausch mit Finnland über X-Road beginnt 2018.“',
	fr: '« L’échange de données avec la Finlande via X-Road débutera en 2018. »',
	nl: '“De gegevensuitwisseling met Finland via X-Road begint in 2018.”',
	da: '„Dataudvekslingen med Finland via X-Road begynder i 2018.“',
	et: '„Andmevahetus Soomega X-tee kaudu algab 2018. aastal.“'
});

export const rCbCrossBorderExample3 = /* @__PURE__ */ message({
	en: '"Notified foreign eIDs shall be accepted for online services" (a statute).',
	de: '„Notifizierte ausländische eIDs sind für Online-Dienste anzuerkennen“ (ein Gesetz).',
	fr: '« Les eID étrangères notifiées sont acceptées pour les services en ligne » (une loi).',
	nl: '“Aangemelde buitenlandse eID’s worden aanvaard voor onlinediensten” (een wet).',
	da: '„Anmeldte udenlandske eID’er skal accepteres til onlinetjenester“ (en lov).',
	et: '„Teavitatud välismaiseid eID-sid aktsepteeritakse e-teenustes“ (seadus).'
});

export const rCbDedicatedBudgetExample0 = /* @__PURE__ */ message({
	en: '"The initiatives are financed within existing budgets."',
	de: '„Die Initiativen werden aus den bestehenden Budgets finanziert.“',
	fr: '« Les initiatives sont financées dans le cadre des budgets existants. »',
	nl: '“De initiatieven worden gefinancierd binnen de bestaande budgetten.”',
	da: '„Initiativerne finansieres inden for eksisterende budgetter.“',
	et: '„Algatusi rahastatakse olemasolevate eelarvete piires.“'
});

export const rCbDedicatedBudgetExample1 = /* @__PURE__ */ message({
	en: '"Funding for the initiatives will be secured in the budget negotiations."',
	de: '„Die Finanzierung der Initiativen wird in den Haushaltsverhandlungen gesichert.“',
	fr: '« Le financement des initiatives sera assuré lors des négociations budgétaires. »',
	nl: '“De financiering van de initiatieven wordt in de begrotingsonderhandelingen veiliggesteld.”',
	da: '„Finansieringen af initiativerne sikres i budgetforhandlingerne.“',
	et: '„Algatuste rahastus tagatakse eelarveläbirääkimistel.“'
});

export const rCbDedicatedBudgetExample2 = /* @__PURE__ */ message({
	en: '"A fund of DKK 200 million supports the initiatives."',
	de: '„Ein Fonds von 200 Millionen DKK unterstützt die Initiativen.“',
	fr: '« Un fonds de 200 millions de DKK soutient les initiatives. »',
	nl: '“Een fonds van 200 miljoen DKK ondersteunt de initiatieven.”',
	da: '„En pulje på 200 mio. kr. støtter initiativerne.“',
	et: '„Algatusi toetab 200 miljoni Taani krooni suurune fond.“'
});

export const rCbDedicatedBudgetExample3 = /* @__PURE__ */ message({
	en: '"The federal government bears the costs of the portal network" (a statute).',
	de: '„Der Bund trägt die Kosten des Portalverbunds“ (ein Gesetz).',
	fr: '« L’État fédéral supporte les coûts du réseau de portails » (une loi).',
	nl: '“De federale overheid draagt de kosten van het portaalnetwerk” (een wet).',
	da: '„Forbundsregeringen afholder udgifterne til portalnetværket“ (en lov).',
	et: '„Portaalivõrgustiku kulud kannab föderaalvalitsus“ (seadus).'
});

export const rCbDigitalByDefaultExample0 = /* @__PURE__ */ message({
	en: '"Services will also be available on the internet."',
	de: '„Die Dienste werden auch im Internet verfügbar sein.“',
	fr: '« Les services seront aussi disponibles sur internet. »',
	nl: '“De diensten zullen ook via internet beschikbaar zijn.”',
	da: '„Tjenesterne vil også være tilgængelige på internettet.“',
	et: '„Teenused on kättesaadavad ka internetis.“'
});

export const rCbDigitalByDefaultExample1 = /* @__PURE__ */ message({
	en: '"Digital will be the default for public services."',
	de: '„Digital wird der Standard für öffentliche Dienste sein.“',
	fr: '« Le numérique sera la norme pour les services publics. »',
	nl: '“Digitaal wordt de standaard voor overheidsdiensten.”',
	da: '„Digital bliver standarden for offentlige tjenester.“',
	et: '„Digitaalne saab avalike teenuste vaikeviisiks.“'
});

export const rCbDigitalByDefaultExample2 = /* @__PURE__ */ message({
	en: '"By 2015, 80 % of communication with citizens will be digital."',
	de: '„Bis 2015 wird 80 % der Kommunikation mit Bürgerinnen und Bürgern digital sein.“',
	fr: '« D’ici 2015, 80 % de la communication avec les citoyens sera numérique. »',
	nl: '“In 2015 is 80 % van de communicatie met burgers digitaal.”',
	da: '„I 2015 vil 80 % af kommunikationen med borgerne være digital.“',
	et: '„2015. aastaks on 80 % suhtlusest kodanikega digitaalne.“'
});

export const rCbDigitalByDefaultExample3 = /* @__PURE__ */ message({
	en: '"Natural persons are obliged to be connected to Digital Post" (a statute).',
	de: '„Natürliche Personen sind verpflichtet, an Digital Post angeschlossen zu sein“ (ein Gesetz).',
	fr: '« Les personnes physiques sont tenues d’être raccordées à Digital Post » (une loi).',
	nl: '“Natuurlijke personen zijn verplicht aangesloten te zijn op Digital Post” (een wet).',
	da: '„Fysiske personer har pligt til at være tilsluttet Digital Post“ (en lov).',
	et: '„Füüsilised isikud on kohustatud olema Digital Postiga liitunud“ (seadus).'
});

export const rCbEidExample0 = /* @__PURE__ */ message({
	en: 'An open-data strategy.',
	de: 'Eine Strategie für offene Daten.',
	fr: 'Une stratégie de données ouvertes.',
	nl: 'Een opendatastrategie.',
	da: 'En strategi for åbne data.',
	et: 'Avaandmete strateegia.'
});

export const rCbEidExample1 = /* @__PURE__ */ message({
	en: '"Citizens need a secure way to identify themselves online."',
	de: '„Bürgerinnen und Bürger brauchen einen sicheren Weg, sich online auszuweisen.“',
	fr: '« Les citoyens ont besoin d’un moyen sûr de s’identifier en ligne. »',
	nl: '“Burgers hebben een veilige manier nodig om zich online te identificeren.”',
	da: '„Borgerne har brug for en sikker måde at identificere sig online på.“',
	et: '„Kodanikud vajavad turvalist viisi end veebis tuvastada.“'
});

export const rCbEidExample2 = /* @__PURE__ */ message({
	en: '"NemID will be rolled out to all citizens by 2010."',
	de: '„NemID wird bis 2010 für alle Bürgerinnen und Bürger eingeführt.“',
	fr: '« NemID sera déployé auprès de tous les citoyens d’ici 2010. »',
	nl: '“NemID wordt tegen 2010 voor alle burgers uitgerold.”',
	da: '„NemID udrulles til alle borgere inden 2010.“',
	et: '„NemID võetakse 2010. aastaks kasutusele kõigi kodanike jaoks.“'
});

export const rCbEidExample3 = /* @__PURE__ */ message({
	en: '"The identity card is a mandatory identity document … digital signature" (a statute).',
	de: '„Der Personalausweis ist ein verpflichtendes Ausweisdokument … digitale Signatur“ (ein Gesetz).',
	fr: '« La carte d’identité est un document d’identité obligatoire … signature numérique » (une loi).',
	nl: '“De identiteitskaart is een verplicht identiteitsdocument … digitale handtekening” (een wet).',
	da: '„Identitetskortet er et obligatorisk identitetsdokument … digital signatur“ (en lov).',
	et: '„Isikutunnistus on kohustuslik isikut tõendav dokument … digitaalallkiri“ (seadus).'
});

export const rCbHorizontalCollaborationExample0 = /* @__PURE__ */ message({
	en: "A law on one agency's register with no word on other bodies.",
	de: 'Ein Gesetz über das Register einer Behörde ohne ein Wort zu anderen Stellen.',
	fr: 'Une loi sur le registre d’un organisme sans un mot sur les autres organismes.',
	nl: 'Een wet over het register van één instantie zonder een woord over andere instanties.',
	da: 'En lov om én myndigheds register uden et ord om andre organer.',
	et: 'Seadus ühe asutuse registri kohta, mis teistest asutustest midagi ei ütle.'
});

export const rCbHorizontalCollaborationExample1 = /* @__PURE__ */ message({
	en: '"Departments should work together to join up services."',
	de: '„Die Ressorts sollen zusammenarbeiten, um Dienste zu verknüpfen.“',
	fr: '« Les ministères doivent travailler ensemble pour relier les services. »',
	nl: '“Departementen moeten samenwerken om diensten op elkaar af te stemmen.”',
	da: '„Ministerierne bør arbejde sammen om at koble tjenesterne sammen.“',
	et: '„Ministeeriumid peaksid tegema koostööd, et teenuseid ühendada.“'
});

export const rCbHorizontalCollaborationExample2 = /* @__PURE__ */ message({
	en: '"A board of the permanent secretaries, chaired by the government CIO, approves common standards."',
	de: '„Ein Gremium der Staatssekretäre unter Vorsitz des CIO der Regierung beschließt gemeinsame Standards.“',
	fr: '« Un conseil des secrétaires généraux, présidé par le DSI de l’État, approuve des normes communes. »',
	nl: '“Een raad van secretarissen-generaal, voorgezeten door de CIO van de overheid, keurt gemeenschappelijke standaarden goed.”',
	da: '„Et udvalg af departementschefer med regeringens CIO som formand godkender fælles standarder.“',
	et: '„Valitsuse infojuhi juhitav kantslerite nõukogu kinnitab ühised standardid.“'
});

export const rCbHorizontalCollaborationExample3 = /* @__PURE__ */ message({
	en: '"Federal authorities shall use the federal IT consolidation services" (a statute).',
	de: '„Die Bundesbehörden nutzen die IT-Konsolidierungsdienste des Bundes“ (ein Gesetz).',
	fr: '« Les autorités fédérales utilisent les services fédéraux de consolidation informatique » (une loi).',
	nl: '“Federale overheden gebruiken de federale IT-consolidatiediensten” (een wet).',
	da: '„Forbundsmyndighederne skal bruge forbundsstatens IT-konsolideringstjenester“ (en lov).',
	et: '„Föderaalasutused kasutavad föderaalseid IT-konsolideerimisteenuseid“ (seadus).'
});

export const rCbInteroperabilityFrameworkExample0 = /* @__PURE__ */ message({
	en: 'A strategy on digital skills only.',
	de: 'Eine Strategie nur zu digitalen Kompetenzen.',
	fr: 'Une stratégie portant uniquement sur les compétences numériques.',
	nl: 'Een strategie over alleen digitale vaardigheden.',
	da: 'En strategi kun om digitale kompetencer.',
	et: 'Ainult digioskustele keskenduv strateegia.'
});

export const rCbInteroperabilityFrameworkExample1 = /* @__PURE__ */ message({
	en: '"Systems of the administration must be able to talk to each other."',
	de: '„Die Systeme der Verwaltung müssen miteinander kommunizieren können.“',
	fr: '« Les systèmes de l’administration doivent pouvoir communiquer entre eux. »',
	nl: '“De systemen van de overheid moeten met elkaar kunnen communiceren.”',
	da: '„Forvaltningens systemer skal kunne tale sammen.“',
	et: '„Halduse süsteemid peavad suutma omavahel suhelda.“'
});

export const rCbInteroperabilityFrameworkExample2 = /* @__PURE__ */ message({
	en: '"The X-Road data exchange layer connects the databases of the state."',
	de: '„Die Datenaustauschschicht X-Road verbindet die Datenbanken des Staates.“',
	fr: '« La couche d’échange de données X-Road relie les bases de données de l’État. »',
	nl: '“De gegevensuitwisselingslaag X-Road verbindt de databanken van de staat.”',
	da: '„Dataudvekslingslaget X-Road forbinder statens databaser.“',
	et: '„Andmevahetuskiht X-tee ühendab riigi andmekogud.“'
});

export const rCbInteroperabilityFrameworkExample3 = /* @__PURE__ */ message({
	en: '"Databases shall exchange data through the data exchange layer" (a regulation).',
	de: '„Datenbanken tauschen Daten über die Datenaustauschschicht aus“ (eine Verordnung).',
	fr: '« Les bases de données échangent leurs données via la couche d’échange de données » (un règlement).',
	nl: '“Databanken wisselen gegevens uit via de gegevensuitwisselingslaag” (een regeling).',
	da: '„Databaser udveksler data gennem dataudvekslingslaget“ (en bekendtgørelse).',
	et: '„Andmekogud vahetavad andmeid andmevahetuskihi kaudu“ (määrus).'
});

export const rCbMonitoringKpisExample0 = /* @__PURE__ */ message({
	en: 'A strategy with aims but no indicators or reporting.',
	de: 'Eine Strategie mit Zielen, aber ohne Indikatoren oder Berichte.',
	fr: 'Une stratégie avec des objectifs mais sans indicateurs ni rapports.',
	nl: 'Een strategie met doelen maar zonder indicatoren of rapportage.',
	da: 'En strategi med mål, men uden indikatorer eller rapportering.',
	et: 'Eesmärkidega, kuid näitajate ja aruandluseta strateegia.'
});

export const rCbMonitoringKpisExample1 = /* @__PURE__ */ message({
	en: '"Progress will be followed up."',
	de: '„Der Fortschritt wird nachverfolgt.“',
	fr: '« Les progrès feront l’objet d’un suivi. »',
	nl: '“De voortgang wordt gevolgd.”',
	da: '„Fremskridtet vil blive fulgt op.“',
	et: '„Edenemist jälgitakse.“'
});

export const rCbMonitoringKpisExample2 = /* @__PURE__ */ message({
	en: '"A status report on the initiatives is published every six months."',
	de: '„Alle sechs Monate wird ein Statusbericht zu den Initiativen veröffentlicht.“',
	fr: '« Un rapport d’étape sur les initiatives est publié tous les six mois. »',
	nl: '“Elk halfjaar wordt een voortgangsrapport over de initiatieven gepubliceerd.”',
	da: '„Hvert halve år offentliggøres en statusrapport om initiativerne.“',
	et: '„Iga kuue kuu järel avaldatakse algatuste seisuaruanne.“'
});

export const rCbMonitoringKpisExample3 = /* @__PURE__ */ message({
	en: '"The government reports to parliament every two years on …" (a statute).',
	de: '„Die Regierung berichtet dem Parlament alle zwei Jahre über …“ (ein Gesetz).',
	fr: '« Le gouvernement fait rapport au parlement tous les deux ans sur … » (une loi).',
	nl: '“De regering rapporteert elke twee jaar aan het parlement over …” (een wet).',
	da: '„Regeringen aflægger hvert andet år rapport til Folketinget om …“ (en lov).',
	et: '„Valitsus annab parlamendile iga kahe aasta järel aru …“ (seadus).'
});

export const rCbOnceOnlyExample0 = /* @__PURE__ */ message({
	en: 'A strategy about broadband and skills only.',
	de: 'Eine Strategie nur zu Breitband und Kompetenzen.',
	fr: 'Une stratégie portant uniquement sur le haut débit et les compétences.',
	nl: 'Een strategie over alleen breedband en vaardigheden.',
	da: 'En strategi kun om bredbånd og kompetencer.',
	et: 'Ainult lairibale ja oskustele keskenduv strateegia.'
});

export const rCbOnceOnlyExample1 = /* @__PURE__ */ message({
	en: '"Citizens should not have to provide the same information twice."',
	de: '„Bürgerinnen und Bürger sollen dieselbe Information nicht zweimal angeben müssen.“',
	fr: '« Les citoyens ne devraient pas avoir à fournir deux fois la même information. »',
	nl: '“Burgers zouden dezelfde gegevens niet twee keer moeten hoeven aanleveren.”',
	da: '„Borgerne bør ikke skulle give de samme oplysninger to gange.“',
	et: '„Kodanikud ei peaks sama teavet kaks korda esitama.“'
});

export const rCbOnceOnlyExample2 = /* @__PURE__ */ message({
	en: '"By 2020 the basic data registers will be linked so that data is entered once."',
	de: '„Bis 2020 werden die Grunddatenregister verknüpft, sodass Daten einmal erfasst werden.“',
	fr: '« D’ici 2020, les registres de données de base seront reliés afin que les données ne soient saisies qu’une fois. »',
	nl: '“In 2020 zijn de basisregistraties gekoppeld, zodat gegevens één keer worden ingevoerd.”',
	da: '„I 2020 vil grunddataregistrene være forbundet, så data kun indtastes én gang.“',
	et: '„2020. aastaks ühendatakse põhiandmete registrid, nii et andmed sisestatakse ühe korra.“'
});

export const rCbOnceOnlyExample3 = /* @__PURE__ */ message({
	en: '"Federal services shall collect data from authentic sources and may no longer ask the citizen for them" (a statute).',
	de: '„Die föderalen Dienste erheben Daten aus authentischen Quellen und dürfen sie nicht mehr beim Bürger erfragen“ (ein Gesetz).',
	fr: '« Les services fédéraux collectent les données auprès des sources authentiques et ne peuvent plus les demander au citoyen » (une loi).',
	nl: '“Federale diensten verzamelen gegevens bij authentieke bronnen en mogen ze niet langer aan de burger vragen” (een wet).',
	da: '„Føderale tjenester skal indhente data fra autoritative kilder og må ikke længere bede borgeren om dem“ (en lov).',
	et: '„Föderaalteenistused koguvad andmeid autentsetest allikatest ega tohi neid enam kodanikult küsida“ (seadus).'
});

export const rCbOneStopPortalExample0 = /* @__PURE__ */ message({
	en: 'A law on base registries.',
	de: 'Ein Gesetz über Basisregister.',
	fr: 'Une loi sur les sources authentiques.',
	nl: 'Een wet op basisregistraties.',
	da: 'En lov om grunddataregistre.',
	et: 'Põhiregistrite seadus.'
});

export const rCbOneStopPortalExample1 = /* @__PURE__ */ message({
	en: '"Citizens should find all services in one place."',
	de: '„Bürgerinnen und Bürger sollen alle Dienste an einem Ort finden.“',
	fr: '« Les citoyens devraient trouver tous les services au même endroit. »',
	nl: '“Burgers moeten alle diensten op één plek vinden.”',
	da: '„Borgerne skal kunne finde alle tjenester ét sted.“',
	et: '„Kodanikud peaksid leidma kõik teenused ühest kohast.“'
});

export const rCbOneStopPortalExample2 = /* @__PURE__ */ message({
	en: '"borger.dk, run by the Agency for Digitisation, is the citizens\' portal."',
	de: '„borger.dk, betrieben von der Digitaliseringsstyrelsen, ist das Bürgerportal.“',
	fr: '« borger.dk, géré par la Digitaliseringsstyrelsen, est le portail des citoyens. »',
	nl: '“borger.dk, beheerd door de Digitaliseringsstyrelsen, is het burgerportaal.”',
	da: '„borger.dk, som drives af Digitaliseringsstyrelsen, er borgernes portal.“',
	et: '„Digitaliseringsstyrelseni hallatav borger.dk on kodanike portaal.“'
});

export const rCbOneStopPortalExample3 = /* @__PURE__ */ message({
	en: '"Services shall be accessible through the portal network" (a statute).',
	de: '„Die Dienste sind über den Portalverbund zugänglich zu machen“ (ein Gesetz).',
	fr: '« Les services sont accessibles via le réseau de portails » (une loi).',
	nl: '“De diensten zijn toegankelijk via het portaalnetwerk” (een wet).',
	da: '„Tjenesterne skal være tilgængelige via portalnetværket“ (en lov).',
	et: '„Teenused on kättesaadavad portaalivõrgustiku kaudu“ (seadus).'
});

export const rCbOpenDataExample0 = /* @__PURE__ */ message({
	en: 'A law on electronic signatures.',
	de: 'Ein Gesetz über elektronische Signaturen.',
	fr: 'Une loi sur les signatures électroniques.',
	nl: 'Een wet op elektronische handtekeningen.',
	da: 'En lov om elektroniske signaturer.',
	et: 'Elektroonilise allkirja seadus.'
});

export const rCbOpenDataExample1 = /* @__PURE__ */ message({
	en: '"Public data should be available for reuse."',
	de: '„Öffentliche Daten sollen zur Weiterverwendung verfügbar sein.“',
	fr: '« Les données publiques devraient être disponibles pour réutilisation. »',
	nl: '“Overheidsgegevens moeten beschikbaar zijn voor hergebruik.”',
	da: '„Offentlige data bør være tilgængelige til genbrug.“',
	et: '„Avalikud andmed peaksid olema taaskasutamiseks kättesaadavad.“'
});

export const rCbOpenDataExample2 = /* @__PURE__ */ message({
	en: '"The basic data will be made freely available from 2013 through a data distributor."',
	de: '„Die Grunddaten werden ab 2013 über einen Datenverteiler frei zugänglich gemacht.“',
	fr: '« Les données de base seront mises gratuitement à disposition à partir de 2013 via un distributeur de données. »',
	nl: '“De basisgegevens worden vanaf 2013 vrij beschikbaar gesteld via een gegevensverdeler.”',
	da: '„Grunddata stilles frit til rådighed fra 2013 gennem en datafordeler.“',
	et: '„Põhiandmed tehakse alates 2013. aastast andmejagaja kaudu vabalt kättesaadavaks.“'
});

export const rCbOpenDataExample3 = /* @__PURE__ */ message({
	en: '"Authorities shall provide their unprocessed data as open data" (a statute).',
	de: '„Behörden stellen ihre unbearbeiteten Daten als offene Daten bereit“ (ein Gesetz).',
	fr: '« Les autorités mettent à disposition leurs données brutes sous forme de données ouvertes » (une loi).',
	nl: '“Overheden stellen hun onbewerkte gegevens beschikbaar als open data” (een wet).',
	da: '„Myndighederne stiller deres ubehandlede data til rådighed som åbne data“ (en lov).',
	et: '„Asutused teevad oma töötlemata andmed kättesaadavaks avaandmetena“ (seadus).'
});

export const rCbUserCentricityExample0 = /* @__PURE__ */ message({
	en: 'A law setting up a register with no word on users.',
	de: 'Ein Gesetz zur Einrichtung eines Registers ohne ein Wort zu den Nutzerinnen und Nutzern.',
	fr: 'Une loi créant un registre sans un mot sur les usagers.',
	nl: 'Een wet tot instelling van een register zonder een woord over gebruikers.',
	da: 'En lov om oprettelse af et register uden et ord om brugerne.',
	et: 'Registri loomise seadus, mis kasutajate kohta midagi ei ütle.'
});

export const rCbUserCentricityExample1 = /* @__PURE__ */ message({
	en: '"Services must be designed around the needs of citizens."',
	de: '„Dienste müssen an den Bedürfnissen der Bürgerinnen und Bürger ausgerichtet werden.“',
	fr: '« Les services doivent être conçus autour des besoins des citoyens. »',
	nl: '“Diensten moeten rond de behoeften van burgers worden ontworpen.”',
	da: '„Tjenester skal udformes efter borgernes behov.“',
	et: '„Teenused tuleb kujundada kodanike vajaduste järgi.“'
});

export const rCbUserCentricityExample2 = /* @__PURE__ */ message({
	en: '"Every new service must meet the Digital Service Standard before it goes live."',
	de: '„Jeder neue Dienst muss den Digital Service Standard erfüllen, bevor er online geht.“',
	fr: '« Tout nouveau service doit respecter le Digital Service Standard avant sa mise en ligne. »',
	nl: '“Elke nieuwe dienst moet aan de Digital Service Standard voldoen voordat hij live gaat.”',
	da: '„Hver ny tjeneste skal opfylde Digital Service Standard, før den går i luften.“',
	et: '„Iga uus teenus peab enne avamist vastama Digital Service Standardile.“'
});

export const rCbUserCentricityExample3 = /* @__PURE__ */ message({
	en: '"Proactive services shall be provided in the following life events …" (a regulation).',
	de: '„Proaktive Dienste werden in den folgenden Lebenslagen erbracht …“ (eine Verordnung).',
	fr: '« Des services proactifs sont fournis lors des événements de vie suivants … » (un règlement).',
	nl: '“Proactieve diensten worden verleend bij de volgende levensgebeurtenissen …” (een regeling).',
	da: '„Proaktive tjenester ydes ved følgende livsbegivenheder …“ (en bekendtgørelse).',
	et: '„Proaktiivseid teenuseid osutatakse järgmiste elusündmuste korral …“ (määrus).'
});

export const rCbVerticalCollaborationExample0 = /* @__PURE__ */ message({
	en: 'A federal strategy for federal agencies with no word on regions or municipalities.',
	de: 'Eine Bundesstrategie für Bundesbehörden ohne ein Wort zu Regionen oder Kommunen.',
	fr: 'Une stratégie fédérale pour les agences fédérales sans un mot sur les régions ou les communes.',
	nl: 'Een federale strategie voor federale agentschappen zonder een woord over regio’s of gemeenten.',
	da: 'En føderal strategi for føderale myndigheder uden et ord om regioner eller kommuner.',
	et: 'Föderaalasutustele suunatud föderaalstrateegia, mis piirkondadest ja omavalitsustest midagi ei ütle.'
});

export const rCbVerticalCollaborationExample1 = /* @__PURE__ */ message({
	en: '"We will work closely with local authorities."',
	de: '„Wir werden eng mit den Kommunen zusammenarbeiten.“',
	fr: '« Nous travaillerons en étroite collaboration avec les collectivités locales. »',
	nl: '“We werken nauw samen met lokale overheden.”',
	da: '„Vi vil arbejde tæt sammen med kommunerne.“',
	et: '„Teeme tihedat koostööd kohalike omavalitsustega.“'
});

export const rCbVerticalCollaborationExample2 = /* @__PURE__ */ message({
	en: '"Federal government and the Länder implement the 575 services together in twelve thematic fields."',
	de: '„Bund und Länder setzen die 575 Leistungen gemeinsam in zwölf Themenfeldern um.“',
	fr: '« L’État fédéral et les Länder mettent en œuvre ensemble les 575 services dans douze domaines thématiques. »',
	nl: '“De federale overheid en de Länder implementeren de 575 diensten samen in twaalf themavelden.”',
	da: '„Forbundsregeringen og delstaterne gennemfører de 575 tjenester i fællesskab inden for tolv temaområder.“',
	et: '„Föderatsioon ja liidumaad rakendavad 575 teenust ühiselt kaheteistkümnes teemavaldkonnas.“'
});

export const rCbVerticalCollaborationExample3 = /* @__PURE__ */ message({
	en: '"Federal government and Länder are obliged to make their administrative services available online via a portal network" (a statute).',
	de: '„Bund und Länder sind verpflichtet, ihre Verwaltungsleistungen auch elektronisch über Verwaltungsportale anzubieten“ (ein Gesetz).',
	fr: '« L’État fédéral et les Länder sont tenus de rendre leurs services administratifs accessibles en ligne via un réseau de portails » (une loi).',
	nl: '“De federale overheid en de Länder zijn verplicht hun administratieve diensten online beschikbaar te stellen via een portaalnetwerk” (een wet).',
	da: '„Forbundsregeringen og delstaterne er forpligtet til at gøre deres forvaltningsydelser tilgængelige online via et portalnetværk“ (en lov).',
	et: '„Föderatsioon ja liidumaad on kohustatud tegema oma haldusteenused veebis kättesaadavaks portaalivõrgustiku kaudu“ (seadus).'
});
