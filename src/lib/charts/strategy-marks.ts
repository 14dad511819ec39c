import * as Plot from '@observablehq/plot';
import { colorOf } from '$lib/catalog/colors';
import { kindName } from '$lib/data/research-names';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import type { SeriesRow } from './line-chart';
import { focusable } from './strategy-focus';

/** A strategy or law of the strategies query, by its launch year. */
export interface StrategyLaunch {
	country: string;
	strategy_id: string;
	title_en: string;
	kind: string;
	start_year: number;
}

/** A launch placed on its country's line. */
export interface LaunchPoint extends StrategyLaunch {
	name: string;
	value: number;
}

/** The value of a country's line in a year, interpolated between editions; null outside them. */
function valueAt(line: SeriesRow[], year: number): number | null {
	for (let i = 0; i < line.length; i++) {
		const b = line[i] as SeriesRow;
		if (b.year === year) return b.value;
		const a = line[i - 1];
		if (a && a.year < year && year < b.year)
			return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
	}
	return null;
}

/** Places each launch on its country's line; launches before the first or after the last edition drop out. */
export function placeLaunches(rows: SeriesRow[], launches: StrategyLaunch[]): LaunchPoint[] {
	const lines = new Map<string, SeriesRow[]>();
	for (const r of rows)
		if (r.role === 'country') lines.set(r.country, [...(lines.get(r.country) ?? []), r]);
	for (const line of lines.values()) line.sort((a, b) => a.year - b.year);
	return launches.flatMap((l) => {
		const line = lines.get(l.country);
		const value = line ? valueAt(line, l.start_year) : null;
		return line && value !== null ? [{ ...l, name: (line[0] as SeriesRow).name, value }] : [];
	});
}

const titleIn = (locale: Locale) => (p: LaunchPoint) =>
	`${p.name} ${p.start_year}: ${p.title_en} (${kindName(p.kind, locale)})`;

/** One sentence on the marks, for the chart's description (in a language, default English). */
export function describeLaunches(
	points: LaunchPoint[],
	total: number,
	locale: Locale = 'en'
): string {
	if (total === 0) return m.rNoLaunches(locale);
	const left = total - points.length;
	const outside = left > 0 ? m.rLaunchesOutside(locale, { n: left }) : '';
	return m.rLaunchesMarked(locale, { n: points.length, outside });
}

/** Rings (laws: diamonds) in the country's colour on its line, titled on hover and focus. */
export function strategyMarks(points: LaunchPoint[], locale: Locale = 'en'): Plot.Markish[] {
	const titleOf = titleIn(locale);
	return [
		Plot.dot(points, {
			x: 'start_year',
			y: 'value',
			symbol: (p: LaunchPoint) => (p.kind === 'law' ? 'diamond' : 'circle'),
			r: 5,
			fill: 'var(--chart-paper, #ffffff)',
			stroke: (p: LaunchPoint) => colorOf(p.country),
			strokeWidth: 2,
			title: titleOf,
			ariaDescription: m.rLaunchesAria(locale),
			render: focusable(points, { label: titleOf, tabbable: true })
		})
	];
}
