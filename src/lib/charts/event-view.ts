import type { IndicatorMeta } from '$lib/catalog/indicators';
import { eventEffect, type EventEffect } from '$lib/data/event-effect';
import {
	defaultMeasure,
	measureCaveat,
	measureDigits,
	measureLabel
} from '$lib/data/event-measure';
import { levelMedians, type LevelMedian } from '$lib/data/event-medians';
import { eventStrategies, type EventStrategy } from '$lib/data/event-strategies';
import { eventVerdict } from '$lib/data/event-verdict';
import type { FeatureRow } from '$lib/queries/analysis-features';
import type { EventPathRequest, EventPathRow, Measure } from '$lib/queries/event-paths';
import type { AnalysisState } from '$lib/state/analysis-state';
import { signed } from '$lib/data/signed';
import { eventChart } from './event-chart';
import type { PlotOptions } from '@observablehq/plot';

type Meta = Pick<IndicatorMeta, 'source_id' | 'unit' | 'scale_max' | 'label'>;

export interface EventView {
	measure: Measure;
	measureLabel: string;
	caveat: string | null;
	digits: number;
	strategies: EventStrategy[];
	medians: LevelMedian[];
	effect: EventEffect;
	verdict: string;
	description: string;
	options: PlotOptions;
}

/** The query request a state asks for, with the measure resolved for its benchmark. */
export const eventRequest = (state: AnalysisState, meta: Meta): EventPathRequest => ({
	feature: state.feature,
	indicator: state.indicator,
	measure: state.measure ?? defaultMeasure(meta),
	before: state.before,
	after: state.after,
	laws: state.laws
});

function describe(view: Omit<EventView, 'description' | 'options'>, feature: string): string {
	const groups = view.effect.groups
		.map((g) => `code ${g.label}: median ${signed(g.median, view.digits)} (n = ${g.n})`)
		.join('; ');
	const what = `${feature}: ${view.measureLabel} from the last edition at or before each strategy's launch to the last edition within the window after it`;
	return groups ? `${what}. ${groups}. ${view.verdict}` : `${what}: ${view.verdict}`;
}

/** Everything the event study shows for one state: strategies, medians, effect, chart. */
export function eventView(
	rows: readonly EventPathRow[],
	state: AnalysisState,
	feature: Pick<FeatureRow, 'label' | 'scale'>,
	meta: Meta
): EventView {
	const request = eventRequest(state, meta);
	const digits = measureDigits(request.measure, meta);
	const strategies = eventStrategies(rows, state);
	const effect = eventEffect(strategies, feature.scale);
	const base = {
		measure: request.measure,
		measureLabel: measureLabel(request.measure, meta),
		caveat: measureCaveat(request.measure, meta),
		digits,
		strategies,
		medians: levelMedians(strategies),
		effect,
		verdict: eventVerdict(
			effect,
			(v) => signed(v, digits),
			(v) => v.toFixed(digits + 1)
		)
	};
	const description = describe(base, feature.label);
	return {
		...base,
		description,
		options: eventChart(strategies, base.medians, {
			scale: feature.scale,
			featureLabel: feature.label,
			measureLabel: base.measureLabel,
			description,
			before: state.before,
			after: state.after
		})
	};
}
