import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { ChartData } from '$lib/download/chart-data';
import type { AnalysisState } from '$lib/state/analysis-state';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import { notAssessed, type AnalysisPoint } from './analysis-points';
import type { Measure } from '$lib/queries/event-paths';
import type { EventStrategy } from './event-strategies';

/** The caveats under the table of each country since its strategy. */
export function sinceCaveats(measure: Measure, locale: Locale = 'en'): string[] {
	const notes = [m.rSinceCaveatChange(locale)];
	if (measure === 'rank') notes.push(m.rSinceCaveatRank(locale));
	return notes;
}

/** The caveats the event paths carry: what is measured, the measure's and the benchmark's own. */
export function eventCaveats(
	view: { caveat: string | null; effect: { n: number } },
	meta: Pick<IndicatorMeta, 'caveat'>,
	locale: Locale = 'en'
): string[] {
	const notes = [m.rEventCaveatLines(locale, { n: view.effect.n })];
	if (view.caveat) notes.push(view.caveat);
	if (meta.caveat) notes.push(meta.caveat);
	return notes;
}

const EVENT_KEYS = [
	'country',
	'name',
	'strategy_id',
	'title',
	'kind',
	'launch',
	'code',
	'confidence',
	'evidence',
	'evidence_en',
	'locator',
	'base_year',
	'base_value',
	'after_year',
	'after_value',
	'change',
	'crosses_break',
	'note'
] as const;

/** The strategies behind the event paths, as the CSV download writes them. */
export const eventCsv = (
	strategies: readonly EventStrategy[],
	state: Pick<AnalysisState, 'feature' | 'indicator'>,
	measure: Measure
): ChartData => ({
	rows: strategies,
	columns: EVENT_KEYS.map((key) => ({ key })),
	filename: `analysis-events-${state.feature}-${state.indicator}-${measure}`
});

/** The source line: the coding, and the benchmark with its publisher. */
export const analysisSource = (
	meta: Pick<IndicatorMeta, 'family' | 'source_id'>,
	publishers: Record<string, string>,
	locale: Locale = 'en'
) =>
	m.rAnalysisSource(locale, {
		family: meta.family,
		publisher: publishers[meta.source_id] ?? meta.source_id
	});

const CSV_KEYS = [
	'country',
	'name',
	'strategy_id',
	'title',
	'start_year',
	'end_year',
	'code',
	'confidence',
	'from_year',
	'from_value',
	'to_year',
	'to_value',
	'change',
	'note'
] as const;

/** The points as the CSV download writes them, named after the feature and the benchmark. */
export const analysisCsv = (
	points: readonly AnalysisPoint[],
	state: Pick<AnalysisState, 'feature' | 'indicator'>
): ChartData => ({
	rows: points,
	columns: CSV_KEYS.map((key) => ({ key })),
	filename: `analysis-${state.feature}-${state.indicator}`
});

/**
 * What the page shows instead of an empty scatter when no country could be measured: why, and
 * what to change. Null while there is something to draw.
 */
export function analysisEmpty(
	n: number,
	points: readonly Pick<AnalysisPoint, 'note'>[],
	benchmark: string,
	state: Pick<AnalysisState, 'window'>,
	locale: Locale = 'en'
): string | null {
	if (n > 0) return null;
	if (points.length === 0) return m.rEmptyNoCountry(locale, { benchmark });
	const unassessed = points.filter((p) => p.note === notAssessed(locale)).length;
	if (unassessed === points.length)
		return m.rEmptyUnassessed(locale, { n: points.length, benchmark });
	const fix = state.window ? m.rFixWiden(locale) : m.rFixWindow(locale);
	const rest = points.length - unassessed;
	const also = !unassessed
		? ''
		: locale === 'en'
			? ` (${unassessed} more ${unassessed === 1 ? 'is' : 'are'} not assessed by it)`
			: ` ${m.rEmptyAlso(locale, { n: unassessed })}`;
	return m.rEmptyNoChange(locale, { rest, benchmark, also, fix });
}
