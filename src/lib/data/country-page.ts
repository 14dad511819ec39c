import type { IndicatorMeta } from '$lib/catalog/indicators';
import { sparkline, type Sparkline } from '$lib/charts/country-sparkline';
import type { ProfileRow } from '$lib/queries/country-profile';
import { hasRank } from '$lib/queries/standing';
import { benchmarkName } from '$lib/catalog/indicator-text';
import type { Locale } from '$lib/i18n/locales';
import { rankSentence } from './country-summary';
import {
	byIndicator,
	digitsOf,
	eu27Text,
	periodOf,
	HEADLINES,
	type IndicatorSummary
} from './country-indicators';

/** One row of a family's table on the profile: all numbers already formatted. */
export interface IndicatorLine {
	id: string;
	label: string;
	unit: string;
	value: string;
	year: number;
	/** The data period where the edition's year does not say it ("2022–2023"), else null. */
	period: string | null;
	flag: string | null;
	rank: number | null;
	n: number;
	eu27: string | null;
	/** First edition and value, for the trend's text alternative. */
	first: { year: number; value: string };
	/** Editions with a value, for the trend's text alternative. */
	editions: number;
	/** The trend line's geometry. */
	spark: Sparkline | null;
}

export interface FamilyTable {
	family: string;
	caveats: string[];
	lines: IndicatorLine[];
}

function line({ meta, series, latest }: IndicatorSummary, locale: Locale): IndicatorLine {
	const digits = digitsOf(meta);
	const first = series[0] as ProfileRow;
	const isRank = meta.unit === 'rank';
	return {
		id: meta.indicator_id,
		label: meta.label,
		unit: meta.unit,
		value: latest.value.toFixed(digits),
		year: latest.year,
		period: periodOf(latest),
		flag: latest.flag,
		rank: isRank ? null : latest.rank,
		n: latest.n,
		eu27: eu27Text(latest, digits, isRank, locale),
		first: { year: first.year, value: first.value.toFixed(digits) },
		editions: series.length,
		spark: sparkline(series, { lowerIsBetter: isRank })
	};
}

/** The caveats' sentences, each once, in order: a family's caveats mostly repeat each other. */
export function distinctSentences(texts: readonly string[]): string[] {
	const sentences = texts.flatMap((t) => t.split(/(?<=\.)\s+(?=[A-Z])/));
	return [...new Set(sentences.map((s) => s.trim()).filter(Boolean))];
}

const headlineIndex = (id: string) => {
	const i = HEADLINES.findIndex((h) => h.id === id);
	return i < 0 ? HEADLINES.length : i;
};
const firstHeadline = (list: readonly IndicatorSummary[]) =>
	Math.min(...list.map((s) => headlineIndex(s.meta.indicator_id)));

/**
 * Every indicator of the profile as tables, one per benchmark family with its caveats: the
 * families of the headline benchmarks first, each headline indicator first in its family.
 */
export function familyTables(
	rows: readonly ProfileRow[],
	catalogue: readonly IndicatorMeta[],
	locale: Locale = 'en'
): FamilyTable[] {
	return byIndicator(rows, catalogue)
		.sort((a, b) => firstHeadline(a[1]) - firstHeadline(b[1]))
		.map(([family, list]) => ({
			family,
			caveats: distinctSentences(list.flatMap((s) => s.meta.caveat ?? [])),
			lines: [...list]
				.sort((a, b) => headlineIndex(a.meta.indicator_id) - headlineIndex(b.meta.indicator_id))
				.map((s) => line(s, locale))
		}));
}

/** The headline benchmarks the country has, in the order of HEADLINES. */
export function headlines(
	rows: readonly ProfileRow[],
	catalogue: readonly IndicatorMeta[]
): (IndicatorSummary & { short: string })[] {
	const summaries = byIndicator(rows, catalogue).flatMap(([, list]) => list);
	return HEADLINES.flatMap(({ id, short }) => {
		const found = summaries.find((s) => s.meta.indicator_id === id);
		return found ? [{ ...found, short }] : [];
	});
}

/** One plain sentence per headline benchmark on how the country's rank moved. */
export const readings = (
	name: string,
	list: ReturnType<typeof headlines>,
	locale: Locale = 'en'
): string[] =>
	list.flatMap(
		(h) =>
			rankSentence(
				name,
				benchmarkName(h.meta.indicator_id, h.short, locale),
				h.series.filter(hasRank),
				null,
				locale
			) ?? []
	);
