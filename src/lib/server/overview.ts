import { yearSpan, type IndicatorMeta } from '$lib/catalog/indicators';
import type { SeriesRow } from '$lib/charts/line-chart';
import { describePanel, overviewPanel, type OverviewPanel } from '$lib/charts/overview-multiples';
import { reading } from '$lib/charts/overview-reading';
import type { StrategyLaunch } from '$lib/charts/strategy-marks';
import { digitsOf } from '$lib/data/country-indicators';
import {
	OVERVIEW_BENCHMARKS,
	overviewTable,
	shortName,
	TARGET_YEAR
} from '$lib/data/overview-table';
import { overviewQuery, type OverviewRow } from '$lib/queries/overview';
import { seriesQuery } from '$lib/queries/series';
import { hasRank } from '$lib/queries/standing';
import { strategyMarksQuery } from '$lib/queries/strategies';
import type { NodeDb } from './node-db';
import { benchmarkName } from '$lib/catalog/indicator-text';
import type { Locale } from '$lib/i18n/locales';
import { renderSvg } from './render-svg';

function panel(
	meta: IndicatorMeta,
	series: SeriesRow[],
	latest: { rows: OverviewRow[]; countries: { country: string; name: string }[] },
	launches: StrategyLaunch[],
	locale: Locale
): OverviewPanel {
	const years = series.map((r) => r.year);
	const [first, last] = [Math.min(...years), Math.max(...years)];
	const points = latest.rows.filter((r) => r.indicator_id === meta.indicator_id);
	return {
		id: meta.indicator_id,
		label: meta.label,
		family: meta.family,
		source_id: meta.source_id,
		unit: meta.unit,
		digits: digitsOf(meta),
		svg: renderSvg(overviewPanel(series, meta, launches, locale)),
		description: describePanel(series, meta, launches, locale),
		reading: reading(
			points.filter(hasRank),
			{
				benchmark: benchmarkName(meta.indicator_id, shortName(meta), locale),
				countries: latest.countries
			},
			locale
		),
		rows: series.map(({ name, year, value }) => ({ name, year, value })),
		years: yearSpan(first, last)
	};
}

/**
 * The overview of the home page, queried and drawn at build time: the latest-values table of the
 * headline benchmarks for the countries, and one small multiple per benchmark with its reading.
 */
export async function loadOverview(
	db: NodeDb,
	catalogue: readonly IndicatorMeta[],
	countries: readonly string[],
	locale: Locale = 'en'
) {
	const metas = OVERVIEW_BENCHMARKS.flatMap(
		(id) => catalogue.find((m) => m.indicator_id === id) ?? []
	);
	const indicators = metas.map((m) => m.indicator_id);
	const rows = (await db.query(
		overviewQuery({ indicators, countries, targetYear: TARGET_YEAR })
	)) as unknown as OverviewRow[];
	const names = new Map(rows.map((r) => [r.country, r.name]));
	const named = countries.map((country) => ({ country, name: names.get(country) ?? country }));
	const launches = (await db.query(strategyMarksQuery(countries))) as unknown as StrategyLaunch[];
	const panels: OverviewPanel[] = [];
	for (const meta of metas) {
		const series = (await db.query(
			seriesQuery({ indicator: meta.indicator_id, countries })
		)) as unknown as SeriesRow[];
		panels.push(panel(meta, series, { rows, countries: named }, launches, locale));
	}
	return { table: overviewTable(rows, metas, named, locale), panels };
}
