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
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import { fixed, signed } from '$lib/data/signed';
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

function describe(
	view: Omit<EventView, 'description' | 'options'>,
	feature: string,
	locale: Locale
): string {
	const groups = view.effect.groups
		.map((g) =>
			m.rDescribeGroup(locale, {
				code: g.label,
				median: signed(g.median, view.digits, locale),
				n: g.n
			})
		)
		.join('; ');
	const what = m.rDescribeWhat(locale, { feature, measure: view.measureLabel });
	return groups ? `${what}. ${groups}. ${view.verdict}` : `${what}: ${view.verdict}`;
}

/** Everything the event study shows for one state: strategies, medians, effect, chart. */
export function eventView(
	rows: readonly EventPathRow[],
	state: AnalysisState,
	feature: Pick<FeatureRow, 'label' | 'scale'>,
	meta: Meta,
	locale: Locale = 'en'
): EventView {
	const request = eventRequest(state, meta);
	const digits = measureDigits(request.measure, meta);
	const strategies = eventStrategies(rows, state, locale);
	const effect = eventEffect(strategies, feature.scale);
	const base = {
		measure: request.measure,
		measureLabel: measureLabel(request.measure, meta, locale),
		caveat: measureCaveat(request.measure, meta, locale),
		digits,
		strategies,
		medians: levelMedians(strategies),
		effect,
		verdict: eventVerdict(
			effect,
			(v) => signed(v, digits, locale),
			(v) => fixed(v, digits + 1, locale),
			locale
		)
	};
	const description = describe(base, feature.label, locale);
	return {
		...base,
		description,
		options: eventChart(strategies, base.medians, {
			scale: feature.scale,
			featureLabel: feature.label,
			measureLabel: base.measureLabel,
			description,
			before: state.before,
			after: state.after,
			locale
		})
	};
}
