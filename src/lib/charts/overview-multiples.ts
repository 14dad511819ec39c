import type { Locale } from '$lib/i18n/locales';
import type { PlotOptions } from '@observablehq/plot';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { describeHome, formatValue, scoreDomain } from './home-chart';
import { lineChart, type SeriesRow } from './line-chart';
import {
	describeLaunches,
	placeLaunches,
	strategyMarks,
	type StrategyLaunch
} from './strategy-marks';

type Meta = Pick<
	IndicatorMeta,
	'indicator_id' | 'label' | 'unit' | 'scale_min' | 'scale_max' | 'family'
>;

/** A line of a panel's table view: the numbers the panel draws. */
export interface PanelRow {
	name: string;
	year: number;
	value: number;
}

/** A small multiple as the page needs it: drawn at build time, with its reading and numbers. */
export interface OverviewPanel {
	id: string;
	label: string;
	family: string;
	source_id: string;
	unit: string;
	digits: number;
	svg: string;
	description: string;
	reading: string;
	rows: PanelRow[];
	years: string;
}

/** Kinds of instrument marked on the small multiples: national strategies, joint agreements, laws. */
export const PANEL_KINDS: readonly string[] = ['strategy', 'agreement', 'law'];

/** The launches a panel marks: the kinds above, of the countries drawn. */
export const panelLaunches = (launches: readonly StrategyLaunch[]) =>
	launches.filter((l) => PANEL_KINDS.includes(l.kind));

/** One sentence with the key numbers of a panel, marks included. */
export function describePanel(
	rows: SeriesRow[],
	meta: Meta,
	launches: readonly StrategyLaunch[],
	locale: Locale = 'en'
): string {
	const state = { indicator: meta.indicator_id, country: [], view: 'score' as const };
	const marked = panelLaunches(launches);
	return `${describeHome(rows, state, meta, locale)} ${describeLaunches(placeLaunches(rows, marked), marked.length, locale)}`;
}

/**
 * One small multiple of the overview: the countries' lines labelled at their ends, the EU27
 * average dashed, and their strategy launches and laws marked on the lines. A benchmark with a
 * single edition draws its dots on that year alone.
 */
export function overviewPanel(
	rows: SeriesRow[],
	meta: Meta,
	launches: readonly StrategyLaunch[],
	locale: Locale = 'en'
): PlotOptions {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const first = years[0] ?? 0;
	const last = years.at(-1) ?? 0;
	const single = years.length === 1;
	const options = lineChart(rows, {
		yLabel: meta.unit,
		domain: scoreDomain(rows, meta),
		xDomain: single ? [first - 1, last + 1] : years.length ? [first, last] : undefined,
		format: (v) => formatValue(v, meta, 'score'),
		description: describePanel(rows, meta, launches, locale),
		extraMarks: strategyMarks(placeLaunches(rows, panelLaunches(launches)), locale),
		width: 440,
		height: 260,
		locale
	});
	return {
		...options,
		ariaLabel: `${meta.label}, ${single ? first : `${first}–${last}`}`,
		x: { ...options.x, ticks: single ? [first] : 5 }
	};
}
