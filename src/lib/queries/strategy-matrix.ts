import type { StrategyChoice } from '$lib/state/strategies-state';
import { placeholders, type Query } from './query';

export interface MatrixRequest {
	countries: readonly string[];
	pick: StrategyChoice;
}

/**
 * One row per country and codebook feature: the country's chosen strategy and its code, quotation
 * (original and English), locator, confidence with reasoning, and its official document (null
 * where that strategy has no code for the feature). Only national rows: regional strategies stay
 * out of the comparison. A strategy counts as coded when it has a code for every feature; a
 * strategy picked by id counts even if partly coded. Countries with no coded strategy for the
 * choice have no rows.
 */
export function strategyMatrixQuery({ countries, pick }: MatrixRequest): Query {
	const picked = countries.length ? `s.country IN (${placeholders(countries.length)})` : 'FALSE';
	const id = pick.by === 'strategy' ? pick.id : null;
	const year = pick.by === 'year' ? pick.year : null;
	const sql = `
WITH coded AS (
	SELECT s.strategy_id, s.country, s.title_en, s.kind, s.start_year, s.end_year,
		CAST(count(*) AS INTEGER) AS n_codes
	FROM strategies s JOIN strategy_features f ON f.strategy_id = s.strategy_id
	WHERE ${picked} AND s.scope = 'national'
	GROUP BY ALL
	HAVING count(*) >= (SELECT count(*) FROM features) OR s.strategy_id = ?::VARCHAR
), chosen AS (
	SELECT * FROM coded
	WHERE start_year <= coalesce(?::INTEGER, start_year)
	QUALIFY row_number() OVER (
		PARTITION BY country
		ORDER BY strategy_id = ?::VARCHAR DESC NULLS LAST,
			CASE WHEN ?::BOOLEAN THEN start_year END ASC NULLS LAST,
			start_year DESC, strategy_id
	) = 1
)
SELECT ch.country, coalesce(c.name, ch.country) AS name, ch.strategy_id, ch.title_en, ch.kind,
	ch.start_year, ch.end_year, ch.n_codes, ft.feature_id, ft.label AS feature_label, ft.scale,
	sf.code, sf.evidence, sf.evidence_en, sf.locator, sf.source_url, sf.confidence, sf.reasoning,
	s.language, s.document_publisher, s.document_title, s.document_date, s.document_url,
	s.secondary_sources
FROM chosen ch
JOIN strategies s ON s.strategy_id = ch.strategy_id
LEFT JOIN countries c ON c.country = ch.country
CROSS JOIN features ft
LEFT JOIN strategy_features sf ON sf.strategy_id = ch.strategy_id AND sf.feature_id = ft.feature_id
ORDER BY ch.country, ft.feature_id`;
	return {
		columns: [
			'country',
			'name',
			'strategy_id',
			'title_en',
			'kind',
			'start_year',
			'end_year',
			'n_codes',
			'feature_id',
			'feature_label',
			'scale',
			'code',
			'evidence',
			'evidence_en',
			'locator',
			'source_url',
			'confidence',
			'reasoning',
			'language',
			'document_publisher',
			'document_title',
			'document_date',
			'document_url',
			'secondary_sources'
		],
		sql,
		params: [...countries, id, year, id, pick.by === 'first']
	};
}
