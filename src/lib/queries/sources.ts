import type { Query } from './query';

export const sourcesQuery = (): Query => ({
	columns: [
		'source_id',
		'publisher',
		'title',
		'editions',
		'licence',
		'licence_id',
		'licence_url',
		'citation',
		'url',
		'origin',
		'indicator_count'
	],
	sql: `SELECT s.*, (SELECT CAST(count(*) AS INTEGER) FROM indicators i WHERE i.source_id = s.source_id) AS indicator_count
FROM sources s ORDER BY s.source_id`,
	params: []
});

export const indicatorsQuery = (): Query => ({
	columns: [
		'indicator_id',
		'source_id',
		'family',
		'dimension',
		'label',
		'unit',
		'scale_min',
		'scale_max',
		'higher_is_better',
		'caveat'
	],
	sql: `SELECT indicator_id, source_id, family, dimension, label, unit, scale_min, scale_max, higher_is_better, caveat
FROM indicators ORDER BY source_id, indicator_id`,
	params: []
});
