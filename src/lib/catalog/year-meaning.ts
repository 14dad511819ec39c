// Relative paths: the data pipeline (tsx, no `$lib` alias) reads this file through schema.ts.
import type { Locale } from '../i18n/locales';
import * as m from '../i18n/pages/views';

/**
 * What `observations.year` means for each source: the one place the data contract (schema.ts)
 * and the charts' year notes read it from. Keyed by source id; the eGovernment Benchmark's
 * single-year series (eu_egov_yearly.*) share the source id eu_egov but not its meaning, so the
 * key is the indicator id's prefix, which is the source id everywhere else.
 */
export const YEAR_MEANING = {
	un_egdi: {
		name: 'UN E-Government Survey',
		meaning: 'the survey edition (published that year)'
	},
	eu_egov: {
		name: 'eGovernment Benchmark',
		meaning:
			'the later of the two data years a biennial average covers (2023 averages 2022 and 2023, published in the 2024 report)'
	},
	eu_egov_yearly: {
		name: 'eGovernment Benchmark, single years',
		meaning: 'the year of data collection (2023 data is in the 2024 report)'
	},
	desi2020: {
		name: 'DESI 2020 method',
		meaning: 'the DESI edition (data mostly of the year before)'
	},
	desi2022: {
		name: 'DESI 2022 method',
		meaning: 'the DESI edition (data mostly of the year before)'
	},
	oecd_dgi: {
		name: 'OECD Digital Government Index',
		meaning: 'the index edition (data 2020–2022)'
	},
	oecd_ourdata: {
		name: 'OECD OURdata Index',
		meaning: 'the index edition (data 2022)'
	},
	eu_odm: {
		name: 'Open Data Maturity',
		meaning: 'the report edition'
	}
} as const satisfies Record<string, { name: string; meaning: string }>;

export type YearKey = keyof typeof YEAR_MEANING;

/** The YEAR_MEANING key of an indicator: its id's prefix (`eu_egov_yearly.overall` → `eu_egov_yearly`). */
export function yearKey(indicatorId: string): YearKey | null {
	const prefix = indicatorId.split('.')[0] ?? '';
	return prefix in YEAR_MEANING ? (prefix as YearKey) : null;
}

/** The `year` field's description in the data contract, one clause per source. */
export function yearFieldDescription(): string {
	const clauses = Object.entries(YEAR_MEANING).map(([key, m]) =>
		key === 'eu_egov_yearly'
			? `eu_egov's ${key}.* indicators, ${m.meaning}`
			: `${key}, ${m.meaning}`
	);
	return (
		'The year on the time axis; what it means depends on the source (ref_period gives the data ' +
		`period): ${clauses.join('; ')}`
	);
}

/** Each meaning of YEAR_MEANING in every language (the source names stay as published). */
const MEANING_TEXT: Record<YearKey, (locale: Locale) => string> = {
	un_egdi: m.vYearUnEgdi,
	eu_egov: m.vYearEuEgov,
	eu_egov_yearly: m.vYearEuEgovYearly,
	desi2020: m.vYearDesi,
	desi2022: m.vYearDesi,
	oecd_dgi: m.vYearOecdDgi,
	oecd_ourdata: m.vYearOecdOurdata,
	eu_odm: m.vYearEuOdm
};

/**
 * The note under a chart whose axis is the year: what year means for each source drawn, in the
 * order first drawn, each once. Null when no indicator of a known source is drawn.
 */
export function yearNote(indicatorIds: Iterable<string>, locale: Locale = 'en'): string | null {
	const keys = [...new Set([...indicatorIds].map(yearKey))].filter((k) => k !== null);
	if (!keys.length) return null;
	const parts = keys.map((k) => `${YEAR_MEANING[k].name}, ${MEANING_TEXT[k](locale)}`);
	return m.vYearMeans(locale, { parts: parts.join('; ') });
}
