import { placeholders, type Query } from './query';

/** Every strategy, law, programme, agreement and institution, with its country and codes counted. */
export const strategiesQuery = (): Query => ({
	columns: [
		'strategy_id',
		'country',
		'name',
		'title_en',
		'title_original',
		'kind',
		'start_year',
		'end_year',
		'lead_body',
		'legal_basis',
		'summary',
		'sources',
		'scope',
		'coding_status',
		'note',
		'language',
		'start_month',
		'document_publisher',
		'document_title',
		'document_date',
		'document_url',
		'secondary_sources',
		'n_codes',
		'n_nonzero',
		'n_inferred'
	],
	sql: `SELECT s.strategy_id, s.country, coalesce(c.name, s.country) AS name, s.title_en,
	s.title_original, s.kind, s.start_year, s.end_year, s.lead_body, s.legal_basis, s.summary, s.sources,
	s.scope, s.coding_status, s.note, s.language, s.start_month, s.document_publisher,
	s.document_title, s.document_date, s.document_url, s.secondary_sources,
	CAST(count(f.feature_id) AS INTEGER) AS n_codes,
	CAST(count(f.feature_id) FILTER (WHERE f.code <> '0') AS INTEGER) AS n_nonzero,
	CAST(count(f.feature_id) FILTER (WHERE f.code <> '0' AND f.confidence = 'inferred') AS INTEGER) AS n_inferred
FROM strategies s LEFT JOIN countries c ON c.country = s.country
LEFT JOIN strategy_features f ON f.strategy_id = s.strategy_id
GROUP BY ALL
ORDER BY s.country, s.start_year, s.strategy_id`,
	params: []
});

/** A strategy or law by its launch year: a mark on its country's line. */
export interface LaunchRow {
	country: string;
	strategy_id: string;
	title_en: string;
	kind: string;
	start_year: number;
}

export const LAUNCH_COLUMNS = ['country', 'strategy_id', 'title_en', 'kind', 'start_year'] as const;

/** The launch year of every strategy and law of the chosen countries, for marks on their lines. */
export function strategyMarksQuery(countries: readonly string[]): Query<LaunchRow> {
	const picked = countries.length ? `s.country IN (${placeholders(countries.length)})` : 'FALSE';
	return {
		columns: LAUNCH_COLUMNS,
		sql: `SELECT s.country, s.strategy_id, s.title_en, s.kind, s.start_year
FROM strategies s
WHERE ${picked}
ORDER BY s.country, s.start_year, s.strategy_id`,
		params: [...countries]
	};
}

/** The codebook: every feature with its group, definition, scale, coding rule and exclusions. */
export const codebookQuery = (): Query => ({
	columns: [
		'feature_id',
		'label',
		'group',
		'subgroup',
		'definition',
		'scale',
		'coding_rule',
		'not_counted'
	],
	sql: `SELECT feature_id, label, "group", subgroup, definition, scale, coding_rule, not_counted
FROM features ORDER BY feature_id`,
	params: []
});

/** Every level of every feature: its decision rule and example. */
export const codebookLevelsQuery = (): Query => ({
	columns: ['feature_id', 'code', 'rule', 'example'],
	sql: `SELECT feature_id, code, rule, example FROM feature_levels ORDER BY feature_id, code`,
	params: []
});

/** Agreement of the two codings per feature, the pooled row last. */
export const agreementQuery = (): Query => ({
	columns: [
		'feature_id',
		'label',
		'n',
		'agreed',
		'percent_agreement',
		'kappa',
		'kappa_weighted',
		'second_coded',
		'awaiting_second_coding'
	],
	sql: `SELECT a.feature_id, coalesce(f.label, 'All features') AS label, a.n, a.agreed,
	a.percent_agreement, a.kappa, a.kappa_weighted, a.second_coded, a.awaiting_second_coding
FROM coding_agreement a LEFT JOIN features f ON f.feature_id = a.feature_id
ORDER BY f.feature_id IS NULL, a.feature_id`,
	params: []
});
