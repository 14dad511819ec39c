import type { Query } from './query';

/** One edition of the benchmark for a country with coded strategies. */
export interface SeriesPoint {
	country: string;
	year: number;
	value: number;
	/** "break": this edition starts a new method. */
	flag?: string | null;
}

/** The benchmark's values, every edition, for the countries whose strategies are coded. */
export const analysisSeriesQuery = (indicator: string): Query => ({
	sql: `SELECT o.country, CAST(o.year AS INTEGER) AS year, CAST(o.value AS DOUBLE) AS value, o.flag
FROM observations o
WHERE o.indicator_id = ? AND o.value IS NOT NULL AND o.country IN (
	SELECT s.country FROM strategies s JOIN strategy_features sf ON sf.strategy_id = s.strategy_id)
ORDER BY o.country, o.year`,
	params: [indicator]
});
