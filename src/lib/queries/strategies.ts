import { placeholders, type Query } from './query';

/** Every strategy, law, programme, agreement and institution, with its country and codes counted. */
export const strategiesQuery = (): Query => ({
	sql: `SELECT s.strategy_id, s.country, coalesce(c.name, s.country) AS name, s.title_en,
	s.title_original, s.kind, s.start_year, s.end_year, s.lead_body, s.legal_basis, s.summary, s.sources,
	CAST((SELECT count(*) FROM strategy_features f WHERE f.strategy_id = s.strategy_id) AS INTEGER) AS n_codes
FROM strategies s LEFT JOIN countries c ON c.country = s.country
ORDER BY s.country, s.start_year, s.strategy_id`,
	params: []
});

/** The launch year of every strategy and law of the chosen countries, for marks on their lines. */
export function strategyMarksQuery(countries: readonly string[]): Query {
	const picked = countries.length ? `s.country IN (${placeholders(countries.length)})` : 'FALSE';
	return {
		sql: `SELECT s.country, s.strategy_id, s.title_en, s.kind, s.start_year
FROM strategies s
WHERE ${picked}
ORDER BY s.country, s.start_year, s.strategy_id`,
		params: [...countries]
	};
}

/** The codebook: every feature with its definition, scale and coding rule. */
export const codebookQuery = (): Query => ({
	sql: `SELECT feature_id, label, definition, scale, coding_rule FROM features ORDER BY feature_id`,
	params: []
});
