import type { IndicatorMeta } from '$lib/catalog/indicators';
import { eventSummary, withTests, type EventEffect } from '$lib/data/event-effect';
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
	/** The effect's tests have run; until then it has its summary only (`testedView` adds them). */
	tested: boolean;
	/** The effect in words; until the tests have run, that they are running. */
	verdict: string;
	/** The chart in words: what is compared and each level's median (the verdict is beside it). */
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
	view: Pick<EventView, 'effect' | 'digits' | 'measureLabel'>,
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
	return groups ? `${what}. ${groups}.` : `${what}: ${m.rNoneMeasured(locale)}`;
}

const verdictOf = (effect: EventEffect, digits: number, locale: Locale) =>
	eventVerdict(
		effect,
		(v) => signed(v, digits, locale),
		(v) => fixed(v, digits + 1, locale),
		locale
	);

/**
 * Everything the event study shows for one state: strategies, medians, effect, chart. With
 * `tests: false` the effect's permutation tests and bootstrap (most of the time it takes) are left
 * for `testedView`, so that a page can draw the chart first.
 */
export function eventView(
	rows: readonly EventPathRow[],
	state: AnalysisState,
	feature: Pick<FeatureRow, 'label' | 'scale'>,
	meta: Meta,
	locale: Locale = 'en',
	{ tests = true }: { tests?: boolean } = {}
): EventView {
	const request = eventRequest(state, meta);
	const digits = measureDigits(request.measure, meta);
	const strategies = eventStrategies(rows, state, locale);
	const summary = eventSummary(strategies, feature.scale);
	const effect = tests ? withTests(summary, strategies) : summary;
	const label = measureLabel(request.measure, meta, locale);
	const description = describe({ effect, digits, measureLabel: label }, feature.label, locale);
	const medians = levelMedians(strategies);
	return {
		measure: request.measure,
		measureLabel: label,
		caveat: measureCaveat(request.measure, meta, locale),
		digits,
		strategies,
		medians,
		effect,
		tested: tests,
		verdict: tests ? verdictOf(effect, digits, locale) : m.rTesting(locale),
		description,
		options: eventChart(strategies, medians, {
			scale: feature.scale,
			featureLabel: feature.label,
			measureLabel: label,
			description,
			before: state.before,
			after: state.after,
			locale
		})
	};
}

/**
 * A view drawn without its tests, with them: the same chart (same options), tested and said.
 * `effect` is the view's effect with its tests, if they were run elsewhere (in a worker).
 */
export function testedView(
	view: EventView,
	locale: Locale = 'en',
	effect: EventEffect = withTests(view.effect, view.strategies)
): EventView {
	if (view.tested) return view;
	return { ...view, effect, tested: true, verdict: verdictOf(effect, view.digits, locale) };
}
