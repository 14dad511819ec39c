import { message } from './message';

/*
 * Every interface text the site writes, in every language, one export per message: a page ships
 * only the messages it imports, and the compiler refuses a message that lacks a language.
 * Placeholders (`{status}`) are typed from the English text. Names of institutions follow
 * glossary.ts. Drafted by the project, not yet reviewed by native speakers (docs/i18n.md).
 */

// The header

export const siteName = /* @__PURE__ */ message({
	en: 'E-government strategies in Europe',
	de: 'E-Government-Strategien in Europa',
	fr: 'Stratégies d’administration en ligne en Europe',
	nl: 'E-overheidsstrategieën in Europa',
	da: 'Strategier for digital forvaltning i Europa',
	et: 'E-riigi strateegiad Euroopas'
});

export const sectionsLabel = /* @__PURE__ */ message({
	en: 'Sections',
	de: 'Bereiche',
	fr: 'Rubriques',
	nl: 'Onderdelen',
	da: 'Sektioner',
	et: 'Jaotised'
});

export const navOverview = /* @__PURE__ */ message({
	en: 'Overview',
	de: 'Übersicht',
	fr: 'Vue d’ensemble',
	nl: 'Overzicht',
	da: 'Overblik',
	et: 'Ülevaade'
});

export const navExplore = /* @__PURE__ */ message({
	en: 'Explore',
	de: 'Erkunden',
	fr: 'Explorer',
	nl: 'Verkennen',
	da: 'Udforsk',
	et: 'Uuri'
});

export const navStrategies = /* @__PURE__ */ message({
	en: 'Strategies',
	de: 'Strategien',
	fr: 'Stratégies',
	nl: 'Strategieën',
	da: 'Strategier',
	et: 'Strateegiad'
});

export const navCountries = /* @__PURE__ */ message({
	en: 'Countries',
	de: 'Länder',
	fr: 'Pays',
	nl: 'Landen',
	da: 'Lande',
	et: 'Riigid'
});

export const navAnalysis = /* @__PURE__ */ message({
	en: 'Analysis',
	de: 'Analyse',
	fr: 'Analyse',
	nl: 'Analyse',
	da: 'Analyse',
	et: 'Analüüs'
});

export const navServices = /* @__PURE__ */ message({
	en: 'Services',
	de: 'Dienste',
	fr: 'Services',
	nl: 'Diensten',
	da: 'Tjenester',
	et: 'Teenused'
});

export const navSql = /* @__PURE__ */ message({
	en: 'SQL',
	de: 'SQL',
	fr: 'SQL',
	nl: 'SQL',
	da: 'SQL',
	et: 'SQL'
});

export const navSources = /* @__PURE__ */ message({
	en: 'Sources',
	de: 'Quellen',
	fr: 'Sources',
	nl: 'Bronnen',
	da: 'Kilder',
	et: 'Allikad'
});

export const darkMode = /* @__PURE__ */ message({
	en: 'Dark mode',
	de: 'Dunkelmodus',
	fr: 'Mode sombre',
	nl: 'Donkere modus',
	da: 'Mørk tilstand',
	et: 'Tume režiim'
});

export const languageLabel = /* @__PURE__ */ message({
	en: 'Language',
	de: 'Sprache',
	fr: 'Langue',
	nl: 'Taal',
	da: 'Sprog',
	et: 'Keel'
});

// The layout

export const skipToContent = /* @__PURE__ */ message({
	en: 'Skip to content',
	de: 'Zum Inhalt springen',
	fr: 'Aller au contenu',
	nl: 'Naar de inhoud',
	da: 'Gå til indholdet',
	et: 'Liigu sisu juurde'
});

export const footer = /* @__PURE__ */ message({
	en: "Open-source dashboard. Data from UN DESA, the European Commission and the OECD; see each chart's source line.",
	de: 'Open-Source-Dashboard. Daten: UN DESA, Europäische Kommission, OECD; die Quelle steht bei jedem Diagramm.',
	fr: 'Tableau de bord libre. Données : Département des affaires économiques et sociales de l’ONU, Commission européenne, OCDE ; la source figure sous chaque graphique.',
	nl: 'Opensourcedashboard. Gegevens: UN DESA, Europese Commissie, OECD; de bron staat bij elke grafiek.',
	da: 'Open source-dashboard. Data: UN DESA, Europa-Kommissionen, OECD; kilden står ved hvert diagram.',
	et: 'Avatud lähtekoodiga töölaud. Andmed: UN DESA, Euroopa Komisjon, OECD; allikas on märgitud iga joonise juures.'
});

// The error page

export const errorStatus = /* @__PURE__ */ message({
	en: 'Error {status}',
	de: 'Fehler {status}',
	fr: 'Erreur {status}',
	nl: 'Fout {status}',
	da: 'Fejl {status}',
	et: 'Viga {status}'
});

export const notFoundTitle = /* @__PURE__ */ message({
	en: 'Page not found',
	de: 'Seite nicht gefunden',
	fr: 'Page introuvable',
	nl: 'Pagina niet gevonden',
	da: 'Siden blev ikke fundet',
	et: 'Lehte ei leitud'
});

export const errorTitle = /* @__PURE__ */ message({
	en: 'Something went wrong',
	de: 'Etwas ist schiefgelaufen',
	fr: 'Une erreur s’est produite',
	nl: 'Er is iets misgegaan',
	da: 'Noget gik galt',
	et: 'Midagi läks valesti'
});

export const errorFallback = /* @__PURE__ */ message({
	en: 'The page could not be shown.',
	de: 'Die Seite konnte nicht angezeigt werden.',
	fr: 'La page n’a pas pu être affichée.',
	nl: 'De pagina kon niet worden getoond.',
	da: 'Siden kunne ikke vises.',
	et: 'Lehte ei saanud kuvada.'
});

export const notFoundText = /* @__PURE__ */ message({
	en: 'There is no page at {path} in this dashboard.',
	de: 'Unter {path} gibt es in diesem Dashboard keine Seite.',
	fr: 'Ce tableau de bord n’a pas de page à l’adresse {path}.',
	nl: 'Dit dashboard heeft geen pagina op {path}.',
	da: 'Dette dashboard har ingen side på {path}.',
	et: 'Sellel töölaual pole aadressil {path} lehte.'
});

export const upperCaseCodes = /* @__PURE__ */ message({
	en: 'Country profiles use upper-case codes: {link}.',
	de: 'Länderprofile verwenden Codes in Großbuchstaben: {link}.',
	fr: 'Les profils de pays utilisent des codes en majuscules : {link}.',
	nl: 'Landenprofielen gebruiken codes in hoofdletters: {link}.',
	da: 'Landeprofiler bruger koder med store bogstaver: {link}.',
	et: 'Riigiprofiilid kasutavad suurtähtedega koode: {link}.'
});

export const unknownCountry = /* @__PURE__ */ message({
	en: 'No country with the code {code} is in the data; the {link} has every profile.',
	de: 'Ein Land mit dem Code {code} ist nicht in den Daten; die {link} enthält jedes Profil.',
	fr: 'Aucun pays n’a le code {code} dans les données ; la {link} contient tous les profils.',
	nl: 'Geen land in de gegevens heeft de code {code}; de {link} bevat elk profiel.',
	da: 'Intet land i dataene har koden {code}; {link} har alle profiler.',
	et: 'Koodiga {code} riiki andmetes pole; {link} sisaldab kõiki profiile.'
});

export const countryList = /* @__PURE__ */ message({
	en: 'list of countries',
	de: 'Liste der Länder',
	fr: 'liste des pays',
	nl: 'lijst van landen',
	da: 'listen over lande',
	et: 'riikide loend'
});

export const startFrom = /* @__PURE__ */ message({
	en: 'Start from {overview}, {explore}, or {country}.',
	de: 'Beginnen Sie mit {overview}, {explore} oder {country}.',
	fr: 'Commencez par {overview}, {explore} ou {country}.',
	nl: 'Begin bij {overview}, {explore} of {country}.',
	da: 'Start med {overview}, {explore} eller {country}.',
	et: 'Alustage {overview}, {explore} või {country}.'
});

export const startOverview = /* @__PURE__ */ message({
	en: 'the overview',
	de: 'der Übersicht',
	fr: 'la vue d’ensemble',
	nl: 'het overzicht',
	da: 'overblikket',
	et: 'ülevaatest'
});

export const startExplore = /* @__PURE__ */ message({
	en: 'explore any benchmark',
	de: 'erkunden Sie einen beliebigen Benchmark',
	fr: 'explorez un indice',
	nl: 'verken een benchmark',
	da: 'udforsk en måling',
	et: 'uurige mõnda võrdlusnäitajat'
});

export const startCountry = /* @__PURE__ */ message({
	en: "open a country's profile",
	de: 'öffnen Sie ein Länderprofil',
	fr: 'ouvrez le profil d’un pays',
	nl: 'open een landenprofiel',
	da: 'åbn en landeprofil',
	et: 'avage mõne riigi profiil'
});
