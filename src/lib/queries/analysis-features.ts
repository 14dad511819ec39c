import type { Query } from './query';

/** A feature of the codebook, as the analysis offers it. */
export interface FeatureRow {
	feature_id: string;
	label: string;
	definition: string;
	/** `ordinal` (0–3) or `coordination` (C/N/D). */
	scale: string;
}

/** The codebook's features that at least one strategy is coded on. */
export const analysisFeaturesQuery = (): Query<FeatureRow> => ({
	columns: ['feature_id', 'label', 'definition', 'scale'],
	sql: `SELECT f.feature_id, f.label, f.definition, f.scale FROM features f
WHERE EXISTS (SELECT 1 FROM strategy_features sf WHERE sf.feature_id = f.feature_id)
ORDER BY f.label`,
	params: []
});
