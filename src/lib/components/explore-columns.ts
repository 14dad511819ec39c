import type { IndicatorMeta } from '$lib/catalog/indicators';
import { formatter } from '$lib/charts/explore-format';
import type { NormRow } from '$lib/data/explore-rows';
import type { Norm } from '$lib/state/explore-state';
import type { ChartData } from '$lib/download/chart-data';
import { withProvenance, type ProvenanceLookup } from '$lib/download/provenance';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/views';
import type { Column } from './columns';

const VALUE_LABEL: Record<Norm, (locale: Locale) => string> = {
	raw: m.vValue,
	rank: m.vRank,
	zscore: m.vNormZscore,
	index: m.vNormIndex,
	gap: m.vNormGap
};

/** The explorer's table: one row per indicator, country and year, formatted as the chart prints. */
export function exploreColumns(
	norm: Norm,
	metas: readonly IndicatorMeta[],
	locale: Locale = 'en'
): Column<NormRow>[] {
	const metaOf = new Map(metas.map((m) => [m.indicator_id, m]));
	const fmt = (r: NormRow, n: Norm) => {
		const meta = metaOf.get(r.indicator_id);
		const v = n === norm ? r.value : r.raw;
		if (!Number.isFinite(v)) return '–';
		return meta ? formatter(meta, n)(v) : String(v);
	};
	const columns: Column<NormRow>[] = [
		{
			key: 'indicator_id',
			label: m.vIndicatorUnit(locale),
			format: (v) => {
				const meta = metaOf.get(String(v));
				return meta ? `${meta.label} (${meta.unit})` : String(v);
			}
		},
		{ key: 'name', label: m.vCountry(locale) },
		{ key: 'year', label: m.vYear(locale), numeric: true },
		{
			key: 'value',
			label: VALUE_LABEL[norm](locale),
			numeric: true,
			format: (_, r) => fmt(r, norm)
		}
	];
	if (norm !== 'raw')
		columns.push({
			key: 'raw',
			label: m.vRawValue(locale),
			numeric: true,
			format: (_, r) => fmt(r, 'raw')
		});
	if (norm === 'rank' || norm === 'zscore')
		columns.push({ key: 'n', label: m.vCountriesAssessed(locale), numeric: true });
	columns.push({ key: 'flag', label: m.vFlag(locale), format: (v) => (v ? String(v) : '') });
	return columns;
}

const CSV_UNIT: Partial<Record<Norm, string>> = {
	rank: 'rank among countries assessed (1 = best)',
	zscore: 'z-score across countries assessed',
	index: 'index (EU27 average = 100)'
};

/** The explorer's rows for the CSV download, with the indicator, unit and source of each value. */
export function exploreCsv(
	rows: readonly NormRow[],
	norm: Norm,
	lookup: Omit<ProvenanceLookup, 'unit' | 'indicator'>
): ChartData {
	const columns = [
		{ key: 'country' },
		{ key: 'name', header: 'country_name' },
		{ key: 'year' },
		{ key: 'value', header: norm === 'raw' ? 'value' : norm },
		...(norm === 'raw' ? [] : [{ key: 'raw', header: 'raw_value' }]),
		{ key: 'n', header: 'countries_assessed_or_averaged' },
		{ key: 'flag' },
		{ key: 'role' }
	];
	const ids = [...new Set(rows.map((r) => r.indicator_id))].join('~');
	return {
		...withProvenance(rows, columns, { ...lookup, unit: CSV_UNIT[norm], computed: norm !== 'raw' }),
		filename: `explore-${ids || 'none'}-${norm}`.replace(/[^A-Za-z0-9]+/g, '-')
	};
}
