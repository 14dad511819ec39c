import type { PlotOptions } from '@observablehq/plot';
import type { ServicesSummaryRow } from '$lib/queries/services-summary';
import type { Locale } from '$lib/i18n/locales';
import { tDataYear, tTrendDescription, tTrendNone } from '$lib/i18n/pages/tools';
import type { ServicesState } from '$lib/state/services-state';
import { lineChart, type SeriesRow } from './line-chart';
import { MEASURE_INFO, formatMeasure, measureInfo } from './services-measures';

/** One point per country and data year, from the newest edition that measured it. */
export function trendRows(
	rows: readonly ServicesSummaryRow[],
	measure: ServicesState['measure']
): SeriesRow[] {
	const info = MEASURE_INFO[measure];
	const newest = new Map<string, ServicesSummaryRow>();
	for (const r of rows) {
		const key = `${r.country}|${r.years}`;
		if ((newest.get(key)?.edition ?? 0) < r.edition) newest.set(key, r);
	}
	return [...newest.values()]
		.filter((r) => /^\d{4}$/.test(r.years) && typeof r[info.column] === 'number')
		.map((r) => ({
			country: r.country,
			name: r.name,
			year: Number(r.years),
			value: r[info.column] as number,
			role: 'country' as const
		}))
		.sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
}

/** One sentence with the key numbers, for screen readers. */
export function describeTrend(
	points: SeriesRow[],
	measure: ServicesState['measure'],
	event: string,
	locale: Locale = 'en'
) {
	const info = measureInfo(measure, locale);
	if (points.length === 0) return tTrendNone(locale, { label: info.label, event });
	const last = Math.max(...points.map((p) => p.year));
	const parts = points
		.filter((p) => p.year === last)
		.sort((a, b) => b.value - a.value)
		.map((p) => `${p.name} ${formatMeasure(p.value, info, locale)}`);
	const values = parts.join(', ');
	return tTrendDescription(locale, {
		label: info.label,
		unit: info.unit,
		event,
		year: last,
		values
	});
}

/** The chosen summary measure for one life event, by data year, one line per country. */
export function servicesTrend(
	rows: readonly ServicesSummaryRow[],
	measure: ServicesState['measure'],
	event: string,
	locale: Locale = 'en'
): PlotOptions {
	const info = measureInfo(measure, locale);
	const points = trendRows(rows, measure);
	const years = points.map((p) => p.year);
	const top = Math.max(1, ...points.map((p) => p.value));
	const options = lineChart(points, {
		yLabel: `${info.label} (${info.unit})`,
		yAxis: info.unit,
		domain: info.column === 'providers' ? [0, Math.ceil(top)] : [0, 100],
		xDomain: years.length ? [Math.min(...years), Math.max(...years)] : undefined,
		format: (v) => formatMeasure(v, info, locale),
		description: describeTrend(points, measure, event, locale),
		height: 260
	});
	const ticks = [...new Set(years)].sort();
	return { ...options, x: { ...options.x, label: tDataYear(locale), ticks } };
}
