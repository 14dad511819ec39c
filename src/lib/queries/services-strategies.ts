import { placeholders, type Query } from './query';

/** Strategy features to show beside the service measures. */
export const STRATEGY_FEATURES = [
	'coordination_model',
	'once_only',
	'interoperability_framework'
] as const;

/** A country's code on a feature, from its most recent coded strategy, law or programme. */
export interface LatestCodeRow {
	country: string;
	feature_id: string;
	code: string;
	strategy: string;
	start_year: number;
}

/** Countries with coded strategies: those the strategy analysis can compare. */
export const codedCountriesQuery = (): Query => ({
	columns: ['country'],
	sql: `SELECT DISTINCT s.country FROM strategies s JOIN strategy_features sf USING (strategy_id)
WHERE s.scope = 'national' ORDER BY s.country`,
	params: []
});

/** Each country's code on each feature, taken from its most recent coded instrument. */
export function latestCodesQuery(
	features: readonly string[] = STRATEGY_FEATURES
): Query<LatestCodeRow> {
	return {
		columns: ['country', 'feature_id', 'code', 'strategy', 'start_year'],
		sql: `SELECT s.country, sf.feature_id, arg_max(sf.code, s.start_year) AS code,
	arg_max(s.title_en, s.start_year) AS strategy, max(s.start_year)::INTEGER AS start_year
FROM strategy_features sf JOIN strategies s USING (strategy_id)
WHERE sf.feature_id IN (${placeholders(features.length)}) AND s.kind <> 'institution'
	AND s.scope = 'national'
GROUP BY s.country, sf.feature_id
ORDER BY s.country, sf.feature_id`,
		params: [...features]
	};
}
