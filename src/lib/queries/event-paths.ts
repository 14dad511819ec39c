import { analysisCodesQuery, ANALYSED_STRATEGY } from './analysis-codes';
import type { Query } from './query';

/** How a benchmark is measured around a launch. */
export const MEASURES = ['score', 'rank', 'gap'] as const;
export type Measure = (typeof MEASURES)[number];

export interface EventPathRequest {
	feature: string;
	indicator: string;
	measure: Measure;
	/** Editions this many years before and after the launch are kept. */
	before: number;
	after: number;
	/** Laws count as events too (besides strategies, agreements and programmes). */
	laws: boolean;
}

/** The paths asked for, whatever the feature: a feature change does not change them. */
export type PathRequest = Omit<EventPathRequest, 'feature'>;

/** One edition of the benchmark around one strategy's launch, with the strategy's code. */
export interface EventPathRow {
	strategy_id: string;
	country: string;
	name: string;
	title_en: string;
	kind: string;
	launch: number;
	code: string;
	confidence: string;
	evidence: string | null;
	evidence_en: string | null;
	locator: string | null;
	year: number;
	/** Years since launch (negative before). */
	t: number;
	/** The measure at this edition: the score, the rank (1 = best) or the gap to the EU27 mean. */
	value: number;
	/** The last edition at or before the launch, within the window; null if none. */
	base_year: number | null;
	base_value: number | null;
	/** Change since the base edition, signed so that positive is progress; null without a base. */
	change: number | null;
	/** A change of method lies between the base edition and this one. */
	crosses_break: boolean;
}

/**
 * The `meta` and `measured` CTEs: the benchmark per country and edition as the measure asks
 * (rank and EU27 gap within each edition), with the sign that makes a rise progress and a
 * counter of method breaks. Binds: indicator, measure, measure, indicator.
 */
export const MEASURED_CTES = `meta AS (
	SELECT CASE WHEN coalesce(higher_is_better, TRUE) THEN 1 ELSE -1 END AS better
	FROM indicators WHERE indicator_id = ?
), measured AS (
	SELECT o.country, CAST(o.year AS INTEGER) AS year, o.flag,
		CASE ?
			WHEN 'rank' THEN CAST(rank() OVER (PARTITION BY o.year ORDER BY o.value * meta.better DESC) AS DOUBLE)
			WHEN 'gap' THEN CAST(o.value - avg(o.value) FILTER (WHERE c.eu27) OVER (PARTITION BY o.year) AS DOUBLE)
			ELSE CAST(o.value AS DOUBLE)
		END AS value,
		CASE ? WHEN 'rank' THEN -1 ELSE meta.better END AS sign,
		CAST(sum(CASE WHEN o.flag = 'break' THEN 1 ELSE 0 END)
			OVER (PARTITION BY o.country ORDER BY o.year) AS INTEGER) AS method
	FROM observations o JOIN countries c ON c.country = o.country, meta
	WHERE o.indicator_id = ? AND o.value IS NOT NULL AND NOT c.is_aggregate
)`;

export const EVENT_PATH_COLUMNS = [
	'strategy_id',
	'country',
	'name',
	'title_en',
	'kind',
	'launch',
	'code',
	'confidence',
	'evidence',
	'evidence_en',
	'locator',
	'year',
	't',
	'value',
	'base_year',
	'base_value',
	'change',
	'crosses_break'
] as const satisfies readonly (keyof EventPathRow)[];

/** A strategy's path with no feature's code: `EventPathRow` without the code's columns. */
export type StrategyPathRow = Omit<EventPathRow, FeatureCodeColumn>;

type FeatureCodeColumn = 'code' | 'confidence' | 'evidence' | 'evidence_en' | 'locator';

/** A strategy's code on one feature, with the quotation it rests on. */
export type FeatureCodeRow = Pick<EventPathRow, 'strategy_id' | FeatureCodeColumn>;

const CODE_COLUMNS = ['code', 'confidence', 'evidence', 'evidence_en', 'locator'] as const;

export const STRATEGY_PATH_COLUMNS = EVENT_PATH_COLUMNS.filter(
	(c): c is Exclude<(typeof EVENT_PATH_COLUMNS)[number], FeatureCodeColumn> =>
		!(CODE_COLUMNS as readonly string[]).includes(c)
);

/**
 * Every analysed strategy's path on one benchmark around its launch, by window functions: the
 * measure per edition (rank and EU27 gap within each edition), the base edition (the last at or
 * before launch), and the change since it, signed so that positive is always progress. No feature
 * is asked: every analysed strategy is coded on every feature, and a feature change joins its codes
 * (`analysisCodesQuery`, which the page asks anyway) to the same paths (`withCodes`) instead of
 * asking the engine for the paths again.
 */
export const strategyPathsQuery = (r: PathRequest): Query<StrategyPathRow> => ({
	columns: STRATEGY_PATH_COLUMNS,
	sql: `WITH ${MEASURED_CTES}, events AS (
	SELECT s.strategy_id, s.country, c.name, s.title_en, s.kind,
		CAST(s.start_year AS INTEGER) AS launch
	FROM strategies s
	JOIN countries c ON c.country = s.country
	WHERE ${ANALYSED_STRATEGY}
		AND (s.kind IN ('strategy', 'agreement', 'programme') OR (? AND s.kind = 'law'))
), paths AS (
	SELECT e.*, m.year, m.year - e.launch AS t, m.value, m.sign, m.method,
		max(m.year) FILTER (WHERE m.year <= e.launch) OVER (PARTITION BY e.strategy_id) AS base_year
	FROM events e JOIN measured m ON m.country = e.country
	WHERE m.year BETWEEN e.launch - ? AND e.launch + ?
)
SELECT p.strategy_id, p.country, p.name, p.title_en, p.kind, p.launch,
	p.year, CAST(p.t AS INTEGER) AS t, p.value,
	CAST(p.base_year AS INTEGER) AS base_year, b.value AS base_value,
	CAST((p.value - b.value) * p.sign + 0.0 AS DOUBLE) AS change,
	coalesce(p.method <> b.method, FALSE) AS crosses_break
FROM paths p LEFT JOIN measured b ON b.country = p.country AND b.year = p.base_year
ORDER BY p.country, p.launch, p.strategy_id, p.year`,
	params: [r.indicator, r.measure, r.measure, r.indicator, r.laws, r.before, r.after]
});

/**
 * The event paths of a feature: each path row of a strategy coded on it, with its code, in the
 * paths' order. A strategy without a code on the feature is left out.
 */
export function withCodes(
	paths: readonly StrategyPathRow[],
	codes: readonly FeatureCodeRow[]
): EventPathRow[] {
	const byStrategy = new Map(codes.map((c) => [c.strategy_id, c]));
	return paths.flatMap((p) => {
		const c = byStrategy.get(p.strategy_id);
		if (!c) return [];
		const { code, confidence, evidence, evidence_en, locator } = c;
		return [{ ...p, code, confidence, evidence, evidence_en, locator }];
	});
}

/** The paths of `r.feature` from a database: the two queries a page asks, joined. */
export async function eventPaths(
	query: <R>(q: Query<R>) => Promise<R[]>,
	r: EventPathRequest
): Promise<EventPathRow[]> {
	const paths = await query(strategyPathsQuery(r));
	return withCodes(paths, await query(analysisCodesQuery(r.feature)));
}
