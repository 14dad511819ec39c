import { MEASURED_CTES, type Measure } from './event-paths';
import type { Query } from './query';

/** One edition of the benchmark for a country with coded strategies. */
export interface SeriesPoint {
	country: string;
	year: number;
	value: number;
	/** "break": this edition starts a new method. */
	flag?: string | null;
}

export const ANALYSIS_SERIES_COLUMNS = ['country', 'year', 'value', 'flag'] as const;

/**
 * The benchmark as measured (score, rank within the edition, or gap to the EU27 mean), every
 * edition, for the countries whose strategies are coded.
 */
export const analysisSeriesQuery = (
	indicator: string,
	measure: Measure = 'score'
): Query<SeriesPoint> => ({
	columns: ANALYSIS_SERIES_COLUMNS,
	sql: `WITH ${MEASURED_CTES}
SELECT m.country, m.year, m.value, m.flag
FROM measured m
WHERE m.country IN (
	SELECT s.country FROM strategies s JOIN strategy_features sf ON sf.strategy_id = s.strategy_id)
ORDER BY m.country, m.year`,
	params: [indicator, measure, measure, indicator]
});
