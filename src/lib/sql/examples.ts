import type { Locale } from '$lib/i18n/locales';
import type { Message } from '$lib/i18n/message';
import * as t from '$lib/i18n/pages/tools';

export interface Example {
	title: string;
	sql: string;
}

/** Example queries that answer questions the research programme asks; each returns rows. */
export const EXAMPLES: Example[] = [
	{
		title: t.tExampleOnceOnly('en'),
		sql: `-- EGDI at the last edition before each legally binding once-only measure, and now
WITH once_only AS (
	SELECT s.country, s.title_en, s.start_year
	FROM strategies s JOIN strategy_features f USING (strategy_id)
	WHERE f.feature_id = 'once_only' AND f.code = '3'
), egdi AS (
	SELECT country, year, value FROM observations WHERE indicator_id = 'un_egdi.egdi'
)
SELECT o.country, c.name, o.title_en AS measure, o.start_year,
	arg_max(e.value, e.year) FILTER (WHERE e.year <= o.start_year) AS egdi_before,
	arg_max(e.value, e.year) AS egdi_latest,
	round(arg_max(e.value, e.year) - arg_max(e.value, e.year) FILTER (WHERE e.year <= o.start_year), 3) AS change
FROM once_only o JOIN egdi e USING (country) JOIN countries c USING (country)
GROUP BY ALL
HAVING egdi_before IS NOT NULL
ORDER BY change DESC`
	},
	{
		title: t.tExampleFive('en'),
		sql: `SELECT o.year, c.name, o.value AS egdi
FROM observations o JOIN countries c USING (country)
WHERE o.indicator_id = 'un_egdi.egdi' AND c.wp6_five
ORDER BY o.year, c.name`
	},
	{
		title: t.tExampleTargets('en'),
		sql: `WITH latest AS (
	SELECT indicator_id, country, arg_max(value, year) AS value, max(year) AS year
	FROM observations WHERE value IS NOT NULL GROUP BY ALL
)
SELECT t.label AS target, c.name, l.year, l.value, t.target_value,
	round(t.target_value - l.value, 1) AS gap
FROM targets t JOIN latest l USING (indicator_id) JOIN countries c USING (country)
WHERE t.target_year = 2030 AND c.wp6_five
ORDER BY target, gap DESC`
	},
	{
		title: t.tExampleCoordination('en'),
		sql: `SELECT s.country, s.start_year, s.title_en, f.code AS coordination_model,
	(SELECT arg_max(o.value, o.year) FROM observations o
	 WHERE o.indicator_id = 'un_egdi.egdi' AND o.country = s.country AND o.year <= s.start_year) AS egdi_at_start
FROM strategies s JOIN strategy_features f USING (strategy_id)
WHERE f.feature_id = 'coordination_model'
ORDER BY s.country, s.start_year`
	},
	{
		title: t.tExampleBinding('en'),
		sql: `SELECT s.country, ft.label AS feature, count(*) AS measures, min(s.start_year) AS first_year
FROM strategy_features f
JOIN strategies s USING (strategy_id)
JOIN features ft USING (feature_id)
WHERE f.code = '3'
GROUP BY ALL
ORDER BY s.country, first_year`
	},
	{
		title: t.tExampleCoverage('en'),
		sql: `SELECT i.family, i.label, count(DISTINCT o.country) AS countries,
	min(o.year) AS first_year, max(o.year) AS last_year
FROM observations o JOIN indicators i USING (indicator_id)
GROUP BY ALL
ORDER BY countries DESC, i.family
LIMIT 20`
	}
];

const TITLES: Message<string>[] = [
	t.tExampleOnceOnly,
	t.tExampleFive,
	t.tExampleTargets,
	t.tExampleCoordination,
	t.tExampleBinding,
	t.tExampleCoverage
];

/** An example's question in a language (the examples' order). */
export const exampleTitle = (index: number, locale: Locale): string =>
	TITLES[index]?.(locale) ?? EXAMPLES[index]?.title ?? '';
