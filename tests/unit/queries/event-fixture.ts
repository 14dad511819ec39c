import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { Sql } from '$lib/queries/query';

/**
 * A tiny database in the shipped tables' shape, with numbers chosen so that every event-path
 * value can be worked out by hand: three countries, one benchmark (a break in 2014), one lower-is
 * better benchmark, and strategies of every status, scope and kind.
 */
export async function eventFixture() {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const c = await instance.connect();
	await c.run(`CREATE TABLE countries AS SELECT * FROM (VALUES
		('AAA', 'Aland', TRUE, FALSE), ('BBB', 'Boland', TRUE, FALSE), ('CCC', 'Coland', FALSE, FALSE),
		('EU27', 'EU27', FALSE, TRUE)) t(country, name, eu27, is_aggregate)`);
	await c.run(`CREATE TABLE indicators AS SELECT * FROM (VALUES
		('up', TRUE), ('down', FALSE)) t(indicator_id, higher_is_better)`);
	await c.run(`CREATE TABLE observations AS SELECT * FROM (VALUES
		('up', 'AAA', 2008, 0.4, NULL), ('up', 'AAA', 2010, 0.5, NULL), ('up', 'AAA', 2012, 0.6, NULL),
		('up', 'AAA', 2014, 0.8, 'break'),
		('up', 'BBB', 2008, 0.7, NULL), ('up', 'BBB', 2010, 0.7, NULL), ('up', 'BBB', 2012, 0.5, NULL),
		('up', 'BBB', 2014, 0.6, 'break'),
		('up', 'CCC', 2010, 0.9, NULL), ('up', 'CCC', 2012, 0.4, NULL), ('up', 'CCC', 2014, 0.9, 'break'),
		('up', 'EU27', 2010, 0.0, NULL),
		('down', 'AAA', 2010, 5.0, NULL), ('down', 'AAA', 2012, 3.0, NULL)
	) t(indicator_id, country, year, value, flag)`);
	await c.run(`CREATE TABLE strategies AS SELECT *, CAST(NULL AS INTEGER) AS end_year FROM (VALUES
		('aaa-2011-plan', 'AAA', 'Plan', 'strategy', 2011, 'coded', 'national'),
		('aaa-2011-law', 'AAA', 'Law', 'law', 2011, 'coded', 'national'),
		('aaa-2011-region', 'AAA', 'Region', 'strategy', 2011, 'coded', 'regional'),
		('aaa-2011-lost', 'AAA', 'Lost', 'strategy', 2011, 'text unavailable', 'national'),
		('aaa-2011-office', 'AAA', 'Office', 'institution', 2011, 'coded', 'national'),
		('bbb-2012-deal', 'BBB', 'Deal', 'agreement', 2012, 'coded', 'national')
	) t(strategy_id, country, title_en, kind, start_year, coding_status, scope)`);
	await c.run(`CREATE TABLE strategy_features AS SELECT strategy_id, 'f' AS feature_id,
		'2' AS code, 'stated' AS confidence, 'quote' AS evidence, NULL AS evidence_en, 'p. 1' AS locator
		FROM strategies
		UNION ALL SELECT 'bbb-2012-deal', 'g', '0', 'inferred', 'other', 'andere', 's. 2'`);
	return {
		async query(q: Sql) {
			const reader = await c.runAndReadAll(q.sql, q.params as DuckDBValue[]);
			return reader.getRowObjects();
		},
		close: () => c.closeSync()
	};
}
