import type { Query } from './query';

/** The strategies an analysis may use: coded from their text, national, not institutions. */
export const ANALYSED_STRATEGY = `s.coding_status = 'coded' AND s.scope = 'national'`;

/**
 * A strategy coded on the chosen feature, with the quotation its code rests on: what the analysis
 * places on its x axis, and the codes joined to the event paths (`withCodes`).
 */
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
	evidence: string | null;
	evidence_en: string | null;
	locator: string | null;
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
	'confidence',
	'evidence',
	'evidence_en',
	'locator'
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
	sf.code, sf.confidence, sf.evidence, sf.evidence_en, sf.locator
FROM strategy_features sf
JOIN strategies s ON s.strategy_id = sf.strategy_id
JOIN countries c ON c.country = s.country
WHERE sf.feature_id = ? AND s.kind <> 'institution' AND ${ANALYSED_STRATEGY}
ORDER BY s.country, s.start_year, s.strategy_id`,
	params: [feature]
});
