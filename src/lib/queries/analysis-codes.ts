import { ANALYSED_STRATEGY } from './event-paths';
import type { Query } from './query';

/** A strategy coded on the chosen feature: what the analysis places on its x axis. */
export interface CodedStrategy {
	country: string;
	name: string;
	strategy_id: string;
	title_en: string;
	kind: string;
	start_year: number;
	end_year: number | null;
	code: string;
	confidence: string;
}

export const ANALYSIS_CODES_COLUMNS = [
	'country',
	'name',
	'strategy_id',
	'title_en',
	'kind',
	'start_year',
	'end_year',
	'code',
	'confidence'
] as const satisfies readonly (keyof CodedStrategy)[];

/**
 * Every strategy, law, programme or agreement coded on one feature, by country and start.
 * Institutions are left out: they have no strategy period to measure progress over; so are
 * regional strategies and those whose text could not be found.
 */
export const analysisCodesQuery = (feature: string): Query<CodedStrategy> => ({
	columns: ANALYSIS_CODES_COLUMNS,
	sql: `SELECT s.country, c.name, s.strategy_id, s.title_en, s.kind,
	CAST(s.start_year AS INTEGER) AS start_year, CAST(s.end_year AS INTEGER) AS end_year,
	sf.code, sf.confidence
FROM strategy_features sf
JOIN strategies s ON s.strategy_id = sf.strategy_id
JOIN countries c ON c.country = s.country
WHERE sf.feature_id = ? AND s.kind <> 'institution' AND ${ANALYSED_STRATEGY}
ORDER BY s.country, s.start_year, s.strategy_id`,
	params: [feature]
});
