import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import { scaleText, yearSpan, type IndicatorMeta } from './indicators';

type Named = Pick<IndicatorMeta, 'label' | 'family' | 'first_year' | 'last_year'>;
type Scaled = Pick<IndicatorMeta, 'unit' | 'scale_min' | 'scale_max'>;

/**
 * The unit with its scale said once: "score (0–100)" and "% of maximum score" stay as they are
 * (the range is in the unit, or a percentage says it); "index" on 0–1 becomes "index (0–1)".
 */
export function unitText(m: Scaled): string {
	const scale = scaleText(m);
	if (!scale || m.unit === 'rank' || m.unit.startsWith('%') || m.unit.includes('(')) return m.unit;
	return `${m.unit} (${scale})`;
}

/** An indicator as a picker offers it: its name, then its source and years, from the catalogue. */
export const indicatorChoice = (m: Named): string => `${m.label} — ${sourceYears(m)}`;

/** "UN E-Government Survey, 2003–2024": where an indicator comes from, and which editions. */
export const sourceYears = (m: Omit<Named, 'label'>): string =>
	`${m.family}, ${yearSpan(m.first_year, m.last_year)}`;

/** The project's own names for the headline benchmarks in a sentence, where a language has one. */
const BENCHMARK_NAME: Readonly<Record<string, (locale: Locale) => string>> = {
	'un_egdi.egdi': t.vBenchEgdi,
	'eu_egov.overall': t.vBenchEgov,
	'oecd_dgi.composite': t.vBenchDgi
};

/**
 * How a sentence names a benchmark in a language: `english` (the project's short name, e.g. "the
 * UN e-government index") in English, its translation where there is one, else `english` (a
 * publisher's name, such as "Open Data Maturity").
 */
export function benchmarkName(id: string, english: string, locale: Locale = 'en'): string {
	if (locale === 'en') return english;
	return BENCHMARK_NAME[id]?.(locale) ?? english;
}
