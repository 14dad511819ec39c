import type { Locale } from './locales';

/*
 * The official names of the institutions, laws and programmes the site names, per language: a
 * name appears here only where a page quoted below publishes it. Without one, every language
 * keeps the original name (`note` says so). Messages use these forms (tests/unit/i18n).
 */

export interface Source {
	url: string;
	/** Words from the page, as published, that carry the name. */
	quote: string;
	/** `institution`: published by the body itself (or its government); `secondary`: by others. */
	by: 'institution' | 'secondary';
}

export interface GlossaryEntry {
	id: string;
	kind: 'institution' | 'law' | 'programme';
	/** ISO 3166-1 alpha-3, or EU / UN / OECD for international bodies. */
	country: string;
	/** The name in the language it was given in. */
	original: { language: string; name: string };
	/** Official names in the site's languages; a language missing here keeps the original. */
	names: Partial<Record<Locale, string>>;
	sources: readonly Source[];
	note?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
	{
		id: 'un-desa',
		kind: 'institution',
		country: 'UN',
		original: { language: 'en', name: 'UN DESA' },
		names: { fr: 'Département des affaires économiques et sociales' },
		sources: [
			{
				url: 'https://fr.readkong.com/page/conseil-economique-et-social-7080649',
				quote:
					'Évaluation du Département des affaires économiques et sociales Rapport du Bureau des services de contrôle interne',
				by: 'secondary'
			}
		],
		note: 'The UN publishes in English and French; the French name is from UN document E/AC.51/2021/5 (copy on readkong). No German, Dutch, Danish or Estonian name from the UN: those keep "UN DESA".'
	},
	{
		id: 'european-commission',
		kind: 'institution',
		country: 'EU',
		original: { language: 'en', name: 'European Commission' },
		names: {
			de: 'Europäische Kommission',
			fr: 'Commission européenne',
			nl: 'Europese Commissie',
			da: 'Europa-Kommissionen',
			et: 'Euroopa Komisjon'
		},
		sources: [
			{
				url: 'https://ec.europa.eu/estonia/about-us_et',
				quote: 'vahendada Euroopa Komisjoni sõnumeid Eesti elanikele',
				by: 'institution'
			},
			{
				url: 'https://www.bmf.gv.at/glossar/europaeischekommission.html',
				quote: 'Die Europäische Kommission ist die Hüterin der Verträge',
				by: 'secondary'
			},
			{
				url: 'https://bosa.belgium.be/fr/news/evenement-de-cloture-du-projet-tsi-integrite',
				quote: 'projet TSI (Instrument de Soutien Technique) financé par la Commission européenne',
				by: 'secondary'
			},
			{
				url: 'http://encyclopedie.thiememeulenhoff.nl/ec/Europese%20Commissie.htm',
				quote: 'De Europese Commissie is het dagelijks bestuur van de Europese Unie.',
				by: 'secondary'
			},
			{
				url: 'http://www.emu.dk/nyhed/europa-kommissionen-hvad-er-det',
				quote: 'Europa-Kommissionen - hvad er det?',
				by: 'secondary'
			}
		],
		note: 'The EU’s Interinstitutional Style Guide (style-guide.europa.eu) is the primary list of the names in every language; its pages were not in the stored corpus, so the German, French, Dutch and Danish forms are quoted from government and reference pages.'
	},
	{
		id: 'oecd',
		kind: 'institution',
		country: 'OECD',
		original: { language: 'en', name: 'OECD' },
		names: { fr: 'OCDE' },
		sources: [
			{
				url: 'https://www.oecd.org/fr/about/history.html',
				quote: 'L’ancêtre de l’OCDE est l’Organisation européenne de coopération économique (OECE)',
				by: 'institution'
			}
		],
		note: 'The OECD’s languages are English and French. German, Danish and Estonian texts write OECD too; Dutch texts often write OESO, which the OECD itself does not publish, so the site keeps OECD.'
	},
	{
		id: 'bosa',
		kind: 'institution',
		country: 'BEL',
		original: { language: 'nl/fr', name: 'FOD BOSA / SPF BOSA' },
		names: {
			nl: 'FOD Beleid en Ondersteuning',
			fr: 'SPF BOSA',
			en: 'FPS Policy and Support'
		},
		sources: [
			{
				url: 'https://bosa.belgium.be/nl/over-de-fod-beleid-en-ondersteuning',
				quote:
					'De FOD Beleid en Ondersteuning is uw federale partner als het om IT, HR, organisatiebeheersing, integriteitsbeleid en overheidsopdrachten gaat.',
				by: 'institution'
			},
			{
				url: 'https://bosa.belgium.be/fr/chiffres-cles-du-budget',
				quote:
					'Chaque année, le Parlement fixe les crédits alloués au SPF BOSA pour la réalisation de ses missions.',
				by: 'institution'
			},
			{
				url: 'https://data.belgium.be/en/terms-use',
				quote: 'Nico Waeyaert Chair of the FPS Policy and Support',
				by: 'institution'
			}
		],
		note: 'The full French name (SPF Stratégie et Appui) and a German name were not found on the FPS’s own pages in the stored corpus; French uses the short form SPF BOSA, German keeps the original.'
	},
	{
		id: 'digst',
		kind: 'institution',
		country: 'DNK',
		original: { language: 'da', name: 'Digitaliseringsstyrelsen' },
		names: { en: 'Agency for Digital Government' },
		sources: [
			{
				url: 'https://en.digst.dk/about-us/',
				quote: 'The Agency for Digital Government was established in 2011.',
				by: 'institution'
			}
		],
		note: 'The Agency publishes in Danish and English only: German, French, Dutch and Estonian keep the Danish name.'
	},
	{
		id: 'ria',
		kind: 'institution',
		country: 'EST',
		original: { language: 'et', name: 'Riigi Infosüsteemi Amet' },
		names: { en: 'Information System Authority' },
		sources: [
			{
				url: 'https://www.ria.ee/en/information-system-authority/processing-personal-data.html',
				quote:
					'Public documents created in the course of the work of the Information System Authority (RIA) are available on the RIA website',
				by: 'institution'
			}
		],
		note: 'RIA publishes in Estonian and English (and Russian): other languages keep the Estonian name.'
	},
	{
		id: 'ozg',
		kind: 'law',
		country: 'DEU',
		original: { language: 'de', name: 'Onlinezugangsgesetz' },
		names: { en: 'Online Access Act' },
		sources: [
			{
				url: 'https://www.digitale-verwaltung.de/Webs/DV/EN/ozg/the-online-access-act-artikel.html',
				quote:
					'The Online Access Act (Onlinezugangsgesetz, OZG) legally obligates the public administration in Germany to provide most of its services digitally by the end of 2022.',
				by: 'institution'
			}
		],
		note: 'The Federal Ministry of the Interior publishes the name in German and English: French, Dutch, Danish and Estonian keep Onlinezugangsgesetz (OZG).'
	},
	{
		id: 'it-planungsrat',
		kind: 'institution',
		country: 'DEU',
		original: { language: 'de', name: 'IT-Planungsrat' },
		names: { en: 'IT Planning Council' },
		sources: [
			{
				url: 'https://www.it-planungsrat.de/en/the-it-planning-council',
				quote:
					'The IT Planning Council is a central political body that coordinates and supports collaboration between the federal and state governments',
				by: 'institution'
			}
		],
		note: 'Published in German and English: other languages keep IT-Planungsrat.'
	},
	{
		id: 'fitko',
		kind: 'institution',
		country: 'DEU',
		original: { language: 'de', name: 'FITKO (Föderale IT-Kooperation)' },
		names: { en: 'Federal IT Cooperation' },
		sources: [
			{
				url: 'https://it-planungsrat.de/en/the-it-planning-council/functions',
				quote: 'An agile organisation called the Federal IT Cooperation, or FITKO for short',
				by: 'institution'
			}
		],
		note: 'Published in German and English: other languages keep FITKO.'
	},
	{
		id: 'gds',
		kind: 'institution',
		country: 'GBR',
		original: { language: 'en', name: 'Government Digital Service' },
		names: {},
		sources: [
			{
				url: 'https://www.wired-gov.net/wg/news.nsf/articles/dsit+bolstered+to+better+serve+the+british+public+through+science+and+technology+09072024101000?open',
				quote:
					'bringing experts in data, digital and AI from the Government Digital Service (GDS), the Central Digital and Data Office (CDDO)',
				by: 'secondary'
			}
		],
		note: 'The UK government publishes the name in English only: every language keeps it. The quote is the GOV.UK press release of 9 July 2024 as republished by Wired-Gov.'
	}
];

/** The name of an entry as a language writes it: its official form there, else the original. */
export function glossaryName(entry: GlossaryEntry, locale: Locale): string {
	return entry.names[locale] ?? entry.original.name;
}
