import type { IndicatorMeta } from '$lib/catalog/indicators';
import { eventRequest, eventView, testedView, type EventView } from '$lib/charts/event-view';
import { loadPlot } from '$lib/charts/plot-loader';
import { testsInWorker } from './tests-in-worker';
import { analysisPoints, type AnalysisPoint } from '$lib/data/analysis-points';
import { withFeatureNames } from '$lib/data/research-names';
import type { Locale } from '$lib/i18n/locales';
import { useStateQuery, type Answered } from '$lib/db/state-query.svelte';
import { analysisCodesQuery, type CodedStrategy } from '$lib/queries/analysis-codes';
import type { FeatureRow } from '$lib/queries/analysis-features';
import { analysisSeriesQuery, type SeriesPoint } from '$lib/queries/analysis-series';
import {
	strategyPathsQuery,
	withCodes,
	type EventPathRow,
	type PathRequest
} from '$lib/queries/event-paths';
import { codesEarly, pathsEarly, seriesEarly } from '$lib/results/analysis-early';
import { analysisCodec, type AnalysisState } from '$lib/state/analysis-state';
import { useUrlState } from '$lib/state/url-state.svelte';

interface PageData {
	features: FeatureRow[];
	indicators: IndicatorMeta[];
	paths: EventPathRow[];
	codes: CodedStrategy[];
	series: SeriesPoint[];
}

/** What is drawn, and the state it was computed for (titles describe this, not the controls). */
export interface Shown<V> {
	state: AnalysisState;
	view: V;
}

const sinceOf = (codes: CodedStrategy[], series: SeriesPoint[], s: AnalysisState, locale: Locale) =>
	analysisPoints(codes, series, { choice: s.strategy, window: s.window, locale });

/**
 * The analysis page's state: the URL, the live queries, and the views drawn from the prerendered
 * rows until the engine answers for the link's state. Call during component setup.
 */
export function analysisPage(getData: () => PageData, locale: Locale = 'en') {
	const data = getData();
	const featureList = withFeatureNames(data.features, locale);
	const features: Record<string, FeatureRow> = Object.fromEntries(
		featureList.map((f) => [f.feature_id, f])
	);
	const metas: Record<string, IndicatorMeta> = Object.fromEntries(
		data.indicators.map((i) => [i.indicator_id, i])
	);
	const codec = analysisCodec({
		isFeature: (id) => Object.hasOwn(features, id),
		isIndicator: (id) => Object.hasOwn(metas, id)
	});
	const url = useUrlState(() => codec);
	const viewOf = (rows: EventPathRow[], s: AnalysisState, tests = true) =>
		eventView(
			rows,
			s,
			features[s.feature] as FeatureRow,
			metas[s.indicator] as IndicatorMeta,
			locale,
			{ tests }
		);
	const request = $derived(eventRequest(url.state, metas[url.state.indicator] as IndicatorMeta));
	// The paths do not depend on the feature, and its codes not on the benchmark: a feature change
	// asks only for the codes (with their quotations), which the table of change since each
	// strategy draws too, and joins them to the paths already there. Before the engine is ready,
	// each answer comes from the result files built with the site.
	const pathRequest = $derived.by((): PathRequest | null => {
		if (!url.ready) return null;
		const { indicator, measure, before, after, laws } = request;
		return { indicator, measure, before, after, laws };
	});
	const paths = useStateQuery(() => pathRequest, strategyPathsQuery, { early: pathsEarly });
	const codes = useStateQuery(() => (url.ready ? url.state.feature : null), analysisCodesQuery, {
		early: codesEarly
	});
	const measured = $derived(
		url.ready ? { indicator: url.state.indicator, measure: request.measure } : null
	);
	const series = useStateQuery(
		() => measured,
		(m) => analysisSeriesQuery(m.indicator, m.measure),
		{ early: seriesEarly }
	);
	const initial = codec.defaults;
	const prerendered: Shown<EventView> = { state: initial, view: viewOf(data.paths, initial) };
	const sincePrerendered: Shown<AnalysisPoint[]> = {
		state: initial,
		view: sinceOf(data.codes, data.series, initial, locale)
	};
	let live = $state.raw<(Shown<EventView> & { from: 'early' | 'engine' }) | null>(null);
	let sinceLive = $state.raw<Shown<AnalysisPoint[]> | null>(null);
	// An answer is shown once Plot, which draws it, has loaded: the chart and its title then change
	// in the same frame, instead of a new title over the prerendered chart while Plot loads.
	let plotReady = $state(false);
	$effect(() => void loadPlot().then(() => (plotReady = true)));
	$effect(() => {
		const [p, c] = [paths.answer, codes.answer];
		if (!p || !c || paths.pending || codes.pending || !plotReady) return;
		const state = $state.snapshot(url.state) as AnalysisState;
		const from: Answered<unknown, unknown>['from'] =
			p.from === 'engine' && c.from === 'engine' ? 'engine' : 'early';
		// The chart and the levels' medians at once; the tests (10,000 shuffles, a bootstrap: most
		// of the work) in a worker meanwhile, their result taken unless another answer has come.
		const drawn = { state, view: viewOf(withCodes(p.rows, c.rows), state, false), from };
		live = drawn;
		void testsInWorker(drawn.view.effect, drawn.view.strategies).then((effect) => {
			if (live === drawn) live = { ...drawn, view: testedView(drawn.view, locale, effect) };
		});
	});
	$effect(() => {
		const [c, m] = [codes.answer, series.answer];
		if (!c || !m || codes.pending || series.pending || !plotReady) return;
		const state = $state.snapshot(url.state) as AnalysisState;
		sinceLive = { state, view: sinceOf(c.rows, m.rows, state, locale) };
	});
	const key = (s: AnalysisState) => codec.encode(s).toString();
	return {
		url,
		/** The features, labelled in the page's language. */
		features: featureList,
		featureOf: (id: string) => (Object.hasOwn(features, id) ? features[id] : undefined),
		metaOf: (id: string) => (Object.hasOwn(metas, id) ? metas[id] : undefined),
		get live() {
			return live;
		},
		/** Where the chart drawn came from: the result files (`early`), the engine, or the build. */
		get drawnFrom() {
			return live?.from ?? null;
		},
		get shown() {
			return live ?? prerendered;
		},
		get since() {
			return sinceLive ?? sincePrerendered;
		},
		/** The link's state differs from what is drawn: the chart says it is updating. */
		get updating() {
			return url.ready && key(url.state) !== key((live ?? prerendered).state);
		},
		get sinceUpdating() {
			const shown = (sinceLive ?? sincePrerendered).state;
			return url.ready && key(url.state) !== key(shown);
		},
		get error() {
			return paths.error ?? codes.error ?? series.error;
		},
		update: (patch: Partial<AnalysisState>) => Object.assign(url.state, patch),
		share: () => codec.encode($state.snapshot(url.state) as AnalysisState, { full: true })
	};
}

export type AnalysisPage = ReturnType<typeof analysisPage>;
