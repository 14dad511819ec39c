import { formatList } from '$lib/i18n/format';
import type { CodedStrategy } from '$lib/queries/analysis-codes';
import type { SeriesPoint } from '$lib/queries/analysis-series';
import type { YearRange } from '$lib/state/params';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';

export type StrategyChoice = 'first' | 'recent';

/** A country's point: its strategy's code on the feature, and the change in the benchmark. */
export interface AnalysisPoint {
	country: string;
	name: string;
	strategy_id: string;
	title: string;
	start_year: number;
	end_year: number | null;
	code: string;
	confidence: string;
	/** The editions compared, and the values in them; change is null when it cannot be measured. */
	from_year: number | null;
	to_year: number | null;
	from_value: number | null;
	to_value: number | null;
	change: number | null;
	/** Why the change could not be measured. */
	note: string | null;
}

/** A point's note when the benchmark has no value for its country at all. */
export const NOT_ASSESSED = 'Not assessed by this benchmark.';

/** NOT_ASSESSED in a language. */
export const notAssessed = (locale: Locale = 'en') =>
	locale === 'en' ? NOT_ASSESSED : m.rNotAssessed(locale);

export interface PointOptions {
	choice: StrategyChoice;
	/** A fixed window; absent: each strategy's own period. */
	window?: YearRange;
	/** The language of the notes (default English). */
	locale?: Locale;
}

function pickStrategy(
	coded: readonly CodedStrategy[],
	{ choice, window }: PointOptions,
	lastEdition: number | null
): CodedStrategy | undefined {
	if (choice === 'first') return coded[0];
	const by = window?.to ?? lastEdition ?? Infinity;
	return coded.filter((s) => s.start_year <= by).at(-1) ?? coded[0];
}

function change(series: readonly SeriesPoint[], from: number, to: number) {
	const start = series.find((p) => p.year >= from);
	const end = series.findLast((p) => p.year <= to);
	if (!start || !end || end.year <= start.year) return null;
	return { start, end };
}

const span = (from: number, to: number, locale: Locale) =>
	`${Number.isFinite(from) ? from : m.rFirstEdition(locale)}–${Number.isFinite(to) ? to : m.rLatestEdition(locale)}`;

/** The years of the breaks: "2014 and 2016" (the same list in every language's own words). */
const yearsList = (breaks: readonly SeriesPoint[], locale: Locale) =>
	locale === 'en'
		? breaks.map((b) => b.year).join(' and ')
		: formatList(
				locale,
				breaks.map((b) => String(b.year))
			);

/**
 * One point per country with coded strategies. The change is the value at the last edition up to
 * the period's end (or the latest) minus the value at the first edition from its start.
 */
export function analysisPoints(
	codes: readonly CodedStrategy[],
	series: readonly SeriesPoint[],
	options: PointOptions
): AnalysisPoint[] {
	const countries = [...new Set(codes.map((c) => c.country))];
	const locale = options.locale ?? 'en';
	return countries.flatMap((country) => {
		const coded = codes.filter((c) => c.country === country);
		const own = series.filter((p) => p.country === country).sort((a, b) => a.year - b.year);
		const s = pickStrategy(coded, options, own.at(-1)?.year ?? null);
		if (!s) return [];
		const from = options.window ? (options.window.from ?? -Infinity) : s.start_year;
		const to = options.window ? (options.window.to ?? Infinity) : (s.end_year ?? Infinity);
		const found = change(own, from, to);
		const breaks = found
			? own.filter(
					(p) => p.flag === 'break' && p.year > found.start.year && p.year <= found.end.year
				)
			: [];
		return [
			{
				country,
				name: s.name,
				strategy_id: s.strategy_id,
				title: s.title_en,
				start_year: s.start_year,
				end_year: s.end_year,
				code: s.code,
				confidence: s.confidence,
				from_year: found?.start.year ?? null,
				to_year: found?.end.year ?? null,
				from_value: found?.start.value ?? null,
				to_value: found?.end.value ?? null,
				change: found ? found.end.value - found.start.value : null,
				note: found
					? breaks.length
						? m.rSpansBreak(locale, { years: yearsList(breaks, locale) })
						: null
					: own.length === 0
						? notAssessed(locale)
						: m.rFewerThanTwo(locale, { span: span(from, to, locale) })
			}
		];
	});
}
