import { message } from './message';

/**
 * Words several areas of the site use: a column's name, a unit, an axis. Each area's module
 * (pages/*.ts) re-exports them under its own prefix, so that a word is translated once.
 */

export const wordYear = /* @__PURE__ */ message({
	en: 'Year',
	de: 'Jahr',
	fr: 'Année',
	nl: 'Jaar',
	da: 'År',
	et: 'Aasta'
});

export const wordCountry = /* @__PURE__ */ message({
	en: 'Country',
	de: 'Land',
	fr: 'Pays',
	nl: 'Land',
	da: 'Land',
	et: 'Riik'
});

export const wordCode = /* @__PURE__ */ message({
	en: 'Code',
	de: 'Code',
	fr: 'Code',
	nl: 'Code',
	da: 'Kode',
	et: 'Kood'
});

export const wordInForce = /* @__PURE__ */ message({
	en: 'in force',
	de: 'in Kraft',
	fr: 'en vigueur',
	nl: 'van kracht',
	da: 'i kraft',
	et: 'kehtib'
});

export const wordRegional = /* @__PURE__ */ message({
	en: 'regional',
	de: 'regional',
	fr: 'régional',
	nl: 'regionaal',
	da: 'regional',
	et: 'piirkondlik'
});

export const wordTitle = /* @__PURE__ */ message({
	en: 'Title',
	de: 'Titel',
	fr: 'Titre',
	nl: 'Titel',
	da: 'Titel',
	et: 'Pealkiri'
});

export const wordKind = /* @__PURE__ */ message({
	en: 'Kind',
	de: 'Art',
	fr: 'Type',
	nl: 'Soort',
	da: 'Type',
	et: 'Liik'
});

export const wordYears = /* @__PURE__ */ message({
	en: 'Years',
	de: 'Jahre',
	fr: 'Années',
	nl: 'Jaren',
	da: 'År',
	et: 'Aastad'
});

export const wordLeadBody = /* @__PURE__ */ message({
	en: 'Lead body',
	de: 'Federführende Stelle',
	fr: 'Organisme pilote',
	nl: 'Leidende instantie',
	da: 'Ansvarlig myndighed',
	et: 'Juhtasutus'
});

export const wordClose = /* @__PURE__ */ message({
	en: 'Close',
	de: 'Schließen',
	fr: 'Fermer',
	nl: 'Sluiten',
	da: 'Luk',
	et: 'Sulge'
});

export const wordEvidence = /* @__PURE__ */ message({
	en: 'Evidence',
	de: 'Beleg',
	fr: 'Preuve',
	nl: 'Bewijs',
	da: 'Belæg',
	et: 'Tõend'
});

export const wordEditions = /* @__PURE__ */ message({
	en: 'Editions',
	de: 'Ausgaben',
	fr: 'Éditions',
	nl: 'Edities',
	da: 'Udgaver',
	et: 'Väljaanded'
});

export const wordTo = /* @__PURE__ */ message({
	en: 'to',
	de: 'bis',
	fr: 'à',
	nl: 'tot',
	da: 'til',
	et: 'kuni'
});

export const wordEdition = /* @__PURE__ */ message({
	en: 'Edition',
	de: 'Ausgabe',
	fr: 'Édition',
	nl: 'Editie',
	da: 'Udgave',
	et: 'Väljaanne'
});

export const wordIndicator = /* @__PURE__ */ message({
	en: 'Indicator',
	de: 'Indikator',
	fr: 'Indicateur',
	nl: 'Indicator',
	da: 'Indikator',
	et: 'Näitaja'
});

export const wordTable = /* @__PURE__ */ message({
	en: 'Table',
	de: 'Tabelle',
	fr: 'Tableau',
	nl: 'Tabel',
	da: 'Tabel',
	et: 'Tabel'
});

export const wordColumn = /* @__PURE__ */ message({
	en: 'Column',
	de: 'Spalte',
	fr: 'Colonne',
	nl: 'Kolom',
	da: 'Kolonne',
	et: 'Veerg'
});

export const wordSourcesTitle = /* @__PURE__ */ message({
	en: 'Sources, licences and caveats',
	de: 'Quellen, Lizenzen und Vorbehalte',
	fr: 'Sources, licences et mises en garde',
	nl: 'Bronnen, licenties en kanttekeningen',
	da: 'Kilder, licenser og forbehold',
	et: 'Allikad, litsentsid ja hoiatused'
});

export const wordFeature = /* @__PURE__ */ message({
	en: 'Feature',
	de: 'Merkmal',
	fr: 'Caractéristique',
	nl: 'Kenmerk',
	da: 'Egenskab',
	et: 'Tunnus'
});

export const wordConfidence = /* @__PURE__ */ message({
	en: 'Confidence',
	de: 'Sicherheit',
	fr: 'Confiance',
	nl: 'Zekerheid',
	da: 'Sikkerhed',
	et: 'Kindlus'
});

export const wordRank = /* @__PURE__ */ message({
	en: 'rank',
	de: 'Rang',
	fr: 'rang',
	nl: 'rang',
	da: 'placering',
	et: 'koht'
});

export const wordChart = /* @__PURE__ */ message({
	en: 'Chart',
	de: 'Diagramm',
	fr: 'Graphique',
	nl: 'Grafiek',
	da: 'Diagram',
	et: 'Joonis'
});
