import type { Query } from './query';

/** A strategy, law, programme, agreement or institution on a country's timeline. */
export interface StrategyRow {
	strategy_id: string;
	title_en: string;
	title_original: string | null;
	kind: string;
	start_year: number;
	end_year: number | null;
	lead_body: string | null;
	summary: string;
	/** Features of the codebook it is coded on. */
	coded: number;
}

/** A country's strategies in order of start, with how many features each is coded on. */
export const countryStrategiesQuery = (country: string): Query<StrategyRow> => ({
	columns: [
		'strategy_id',
		'title_en',
		'title_original',
		'kind',
		'start_year',
		'end_year',
		'lead_body',
		'summary',
		'coded'
	],
	sql: `SELECT s.strategy_id, s.title_en, s.title_original, s.kind,
	CAST(s.start_year AS INTEGER) AS start_year, CAST(s.end_year AS INTEGER) AS end_year,
	s.lead_body, s.summary,
	CAST((SELECT count(*) FROM strategy_features f WHERE f.strategy_id = s.strategy_id) AS INTEGER) AS coded
FROM strategies s WHERE s.country = ?
ORDER BY s.start_year, s.strategy_id`,
	params: [country]
});
