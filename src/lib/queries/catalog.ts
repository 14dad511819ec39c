import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { Query } from './query';

/** Every indicator with its coverage (countries and years with a value), for pickers. */
export const indicatorCatalogQuery = (): Query<IndicatorMeta> => ({
	columns: [
		'indicator_id',
		'source_id',
		'family',
		'dimension',
		'label',
		'description',
		'unit',
		'decimals',
		'scale_min',
		'scale_max',
		'higher_is_better',
		'caveat',
		'countries',
		'first_year',
		'last_year'
	],
	sql: `SELECT i.indicator_id, i.source_id, i.family, i.dimension, i.label, i.description, i.unit, i.decimals,
	i.scale_min, i.scale_max, i.higher_is_better, i.caveat,
	CAST(count(DISTINCT o.country) AS INTEGER) AS countries,
	CAST(min(o.year) AS INTEGER) AS first_year, CAST(max(o.year) AS INTEGER) AS last_year
FROM indicators i JOIN observations o ON o.indicator_id = i.indicator_id AND o.value IS NOT NULL
GROUP BY ALL
ORDER BY i.family, i.dimension NULLS FIRST, i.indicator_id`,
	params: []
});
