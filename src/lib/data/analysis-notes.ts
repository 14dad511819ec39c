import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { ChartData } from '$lib/download/chart-data';
import type { FeatureRow } from '$lib/queries/analysis-features';
import type { AnalysisState } from '$lib/state/analysis-state';
import { NOT_ASSESSED, type AnalysisPoint } from './analysis-points';
import type { Spearman } from './spearman';

/** The caveats the analysis chart carries: small n first, then method, then the benchmark's own. */
export function analysisCaveats(
	{ n }: Spearman,
	feature: Pick<FeatureRow, 'scale'>,
	meta: Pick<IndicatorMeta, 'unit' | 'caveat'>
): string[] {
	const notes = [
		n < 3
			? `${n === 0 ? 'No country' : n === 1 ? 'Only one country' : 'Only two countries'} could be measured: too few for ρ. The table says why each of the others could not.`
			: `${n} countries cannot establish a relation: with five to ten countries, one country more or less can reverse the sign of ρ, and nothing here controls for anything else. Read the points, not the coefficient.`,
		"Change = the value at the last edition up to the strategy's end year (the latest edition while it runs) minus the value at the first edition from its start year; with a fixed window, the same within the window. The code is the one the strategy was given as adopted; institutions are left out."
	];
	if (feature.scale === 'coordination')
		notes.push(
			"For ρ the coordination models are taken in the codebook's order, from centralised (C) through networked (N) to decentralised (D)."
		);
	if (meta.unit === 'rank') notes.push('For a rank, a fall (negative change) is an improvement.');
	if (meta.caveat) notes.push(meta.caveat);
	return notes;
}

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
