import type { PlotOptions } from '@observablehq/plot';
import { yearSpan, type IndicatorMeta } from '$lib/catalog/indicators';
import { unitText } from '$lib/catalog/indicator-text';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import type { HomeState } from '$lib/state/home-state';
import type { ChartPoint } from './chart-points';
import { lineChart, seriesPoints, type LineSpec, type SeriesRow } from './line-chart';
import {
	describeLaunches,
	placeLaunches,
	strategyMarks,
	type StrategyLaunch
} from './strategy-marks';

type Meta = Pick<IndicatorMeta, 'label' | 'unit' | 'scale_min' | 'scale_max' | 'family'>;

const decimals = (meta: Meta) => ((meta.scale_max ?? 100) <= 1 ? 3 : 1);

export function formatValue(v: number, meta: Meta, view: HomeState['view']): string {
	return view === 'rank' ? `${Math.round(v)}` : v.toFixed(decimals(meta));
}

/** One sentence with the key numbers, for screen readers and the chart's caption. */
export function describeHome(
	rows: SeriesRow[],
	state: HomeState,
	meta: Meta,
	locale: Locale = 'en'
): string {
	const countries = rows.filter((r) => r.role === 'country');
	if (countries.length === 0) return t.vNoValueCountries(locale, { label: meta.label });
	const latestYear = Math.max(...countries.map((r) => r.year));
	const rank = state.view === 'rank';
	const latest = countries
		.filter((r) => r.year === latestYear)
		.sort((a, b) => (rank ? a.value - b.value : b.value - a.value));
	const what = rank
		? t.vRankOnShort(locale, { label: meta.label })
		: `${meta.label} (${meta.unit})`;
	const parts = latest.map((r) => `${r.name} ${formatValue(r.value, meta, state.view)}`);
	const first = Math.min(...countries.map((r) => r.year));
	return t.vDescHome(locale, {
		what,
		span: yearSpan(first, latestYear),
		year: latestYear,
		list: parts.join(', ')
	});
}

/** The score axis starts at the tenth of the scale below the lowest value, and ends at its maximum. */
export function scoreDomain(rows: SeriesRow[], meta: Meta): [number, number] | undefined {
	if (meta.scale_min === null || meta.scale_max === null || rows.length === 0) return undefined;
	const step = (meta.scale_max - meta.scale_min) / 10;
	const low = Math.min(...rows.map((r) => r.value));
	return [Math.max(meta.scale_min, Math.floor(low / step) * step), meta.scale_max];
}

function homeSpec(rows: SeriesRow[], state: HomeState, meta: Meta, locale: Locale): LineSpec {
	const rank = state.view === 'rank';
	const years = rows.map((r) => r.year);
	return {
		yLabel: rank ? t.vRankOnBest(locale, { label: meta.label }) : `${meta.label} (${meta.unit})`,
		// The frame's title names the indicator; the axis says the unit, once.
		yAxis: rank ? t.vRankBest(locale) : unitText(meta),
		reverse: rank,
		// The same name as the explorer gives the EU27's line in ranks.
		euLabel: rank ? t.vEu27MeanRank(locale) : undefined,
		domain: rank ? undefined : scoreDomain(rows, meta),
		xDomain: years.length ? [Math.min(...years), Math.max(...years)] : undefined,
		format: (v) => formatValue(v, meta, state.view),
		description: describeHome(rows, state, meta, locale),
		tipUnit: rank ? t.vUnitRank(locale) : meta.unit,
		locale
	};
}

export function homeChart(
	rows: SeriesRow[],
	state: HomeState,
	meta: Meta,
	launches: StrategyLaunch[] = [],
	locale: Locale = 'en'
): PlotOptions {
	const spec = homeSpec(rows, state, meta, locale);
	const points = state.marks === 'strategies' ? placeLaunches(rows, launches) : null;
	return lineChart(rows, {
		...spec,
		description: points
			? `${spec.description} ${describeLaunches(points, launches.length, locale)}`
			: spec.description,
		extraMarks: points ? strategyMarks(points, locale) : undefined
	});
}

/** The points of the home chart that arrow keys reach. */
export function homePoints(
	rows: SeriesRow[],
	state: HomeState,
	meta: Meta,
	locale: Locale = 'en'
): ChartPoint[] {
	return seriesPoints(rows, homeSpec(rows, state, meta, locale));
}
