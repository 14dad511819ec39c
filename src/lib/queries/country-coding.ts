import type { Query } from './query';

/** One coded feature of one of the country's strategies, with its evidence. */
export interface CodingRow {
	strategy_id: string;
	feature_id: string;
	label: string;
	scale: string;
	code: string;
	confidence: string | null;
	/** The verbatim quotation (null for a silent 0), its English translation and locator. */
	evidence: string | null;
	evidence_en: string | null;
	locator: string | null;
	source_url: string;
}

/** Every coded feature of the country's strategies, strategy by strategy, in codebook order. */
export const countryCodingQuery = (country: string): Query<CodingRow> => ({
	columns: [
		'strategy_id',
		'feature_id',
		'label',
		'scale',
		'code',
		'confidence',
		'evidence',
		'evidence_en',
		'locator',
		'source_url'
	],
	sql: `SELECT sf.strategy_id, sf.feature_id, f.label, f.scale, sf.code, sf.confidence, sf.evidence,
	sf.evidence_en, sf.locator, sf.source_url
FROM strategy_features sf
JOIN strategies s ON s.strategy_id = sf.strategy_id
JOIN features f ON f.feature_id = sf.feature_id
WHERE s.country = ?
ORDER BY s.start_year, sf.strategy_id, f.feature_id`,
	params: [country]
});
