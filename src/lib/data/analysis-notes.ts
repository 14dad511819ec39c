import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { ChartData } from '$lib/download/chart-data';
import type { AnalysisState } from '$lib/state/analysis-state';
import { NOT_ASSESSED, type AnalysisPoint } from './analysis-points';
import type { Measure } from '$lib/queries/event-paths';
import type { EventStrategy } from './event-strategies';

/** The caveats under the table of each country since its strategy. */
export function sinceCaveats(measure: Measure): string[] {
	const notes = [
		"Change = the value at the last edition up to the strategy's end year (the latest edition while it runs) minus the value at the first edition from its start year; with a fixed window, the same within the window. Only national strategies coded from their text count; institutions are left out."
	];
	if (measure === 'rank') notes.push('For a rank, a fall (negative change) is an improvement.');
	return notes;
}

/** The caveats the event paths carry: what is measured, the measure's and the benchmark's own. */
export function eventCaveats(
	view: { caveat: string | null; effect: { n: number } },
	meta: Pick<IndicatorMeta, 'caveat'>
): string[] {
	const notes = [
		`Each line is one coded national strategy (n = ${view.effect.n} measured): the benchmark at each edition minus its value at the last edition at or before the launch. The thick lines are the median per level of the code, with how many strategies each point rests on. Associations within countries, not effects: strategies overlap and benchmarks change method.`
	];
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
	publishers: Record<string, string>
) =>
	`Sources: strategy coding from the dashboard's strategies dataset (strategy_features.parquet); ${meta.family} (${publishers[meta.source_id] ?? meta.source_id}).`;

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
	state: Pick<AnalysisState, 'window'>
): string | null {
	if (n > 0) return null;
	if (points.length === 0)
		return `No country has a strategy coded on this feature, so there is nothing to compare with the ${benchmark}.`;
	const unassessed = points.filter((p) => p.note === NOT_ASSESSED).length;
	if (unassessed === points.length)
		return `None of the ${points.length} countries with a coded strategy is assessed by the ${benchmark}. Choose another benchmark.`;
	const fix = state.window
		? 'Widen the window or choose another benchmark.'
		: 'Choose a fixed window (e.g. 2014 to 2024) or another benchmark.';
	const rest = points.length - unassessed;
	const also = unassessed
		? ` (${unassessed} more ${unassessed === 1 ? 'is' : 'are'} not assessed by it)`
		: '';
	return `For none of the ${rest} countries assessed by the ${benchmark}${also} does the period span two of its editions, so no change can be measured. ${fix} The table gives each country's reason.`;
}
