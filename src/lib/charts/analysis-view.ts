import type { PlotOptions } from '@observablehq/plot';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { analysisPoints, type AnalysisPoint } from '$lib/data/analysis-points';
import { analysisStat } from '$lib/data/analysis-scale';
import { digitsOf } from '$lib/data/country-indicators';
import type { Spearman } from '$lib/data/spearman';
import type { CodedStrategy } from '$lib/queries/analysis-codes';
import type { FeatureRow } from '$lib/queries/analysis-features';
import type { SeriesPoint } from '$lib/queries/analysis-series';
import type { AnalysisState } from '$lib/state/analysis-state';
import { analysisChart, describeAnalysis } from './analysis-chart';

export interface AnalysisView {
	points: AnalysisPoint[];
	stat: Spearman;
	/** How the change was measured, in words. */
	period: string;
	digits: number;
	description: string;
	options: PlotOptions;
}

type Meta = Pick<IndicatorMeta, 'label' | 'unit' | 'scale_max'>;

/** "over each strategy's period", or the fixed window in words. */
export function periodText(window: AnalysisState['window']): string {
	if (!window) return "over each strategy's period";
	return `between ${window.from ?? 'the first edition'} and ${window.to ?? 'the latest edition'}`;
}

/** Everything the analysis shows for one state: the points, rho, and the chart. */
export function analysisView(
	codes: readonly CodedStrategy[],
	series: readonly SeriesPoint[],
	state: AnalysisState,
	feature: Pick<FeatureRow, 'label' | 'scale'>,
	indicator: Meta
): AnalysisView {
	const points = analysisPoints(codes, series, { choice: state.strategy, window: state.window });
	const stat = analysisStat(points, feature.scale);
	const digits = digitsOf(indicator);
	const spec = {
		feature,
		indicator,
		stat,
		period: periodText(state.window),
		digits
	};
	return {
		points,
		stat,
		period: spec.period,
		digits,
		description: describeAnalysis(points, spec),
		options: analysisChart(points, spec)
	};
}
