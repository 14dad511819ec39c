import type { TableName } from '../../src/lib/catalog/schema.ts';

/** What the data package says about a table beyond its columns. */
export interface ResourceMeta {
	/** The project's own data: licensed CC-BY-4.0 with the project as source. Otherwise the licences
	 * and sources are those of the publishers whose rows (source_id) the table holds. */
	own?: true;
	/** Column → table it references, by that table's one-column primary key. */
	references?: Record<string, TableName>;
}

/**
 * Licence owner and references of every table: the pipeline checks each reference and the data
 * package declares it as a foreign key. A new table of the contract needs one line here.
 */
export const RESOURCES: Record<TableName, ResourceMeta> = {
	observations: {
		references: { indicator_id: 'indicators', country: 'countries', source_id: 'sources' }
	},
	indicators: { own: true, references: { source_id: 'sources' } },
	sources: { own: true },
	countries: { own: true },
	strategies: { own: true, references: { country: 'countries' } },
	strategy_features: {
		own: true,
		references: { strategy_id: 'strategies', feature_id: 'features' }
	},
	features: { own: true },
	feature_levels: { own: true, references: { feature_id: 'features' } },
	// Its 'all features' row summarises every feature, so feature_id is not a key into features.
	coding_agreement: { own: true },
	coding_reconciliation: {
		own: true,
		references: { strategy_id: 'strategies', feature_id: 'features' }
	},
	targets: { own: true, references: { indicator_id: 'indicators' } },
	egov_services: { references: { country: 'countries', source_id: 'sources' } },
	egov_portals: { references: { country: 'countries', source_id: 'sources' } },
	egov_questions: { references: { source_id: 'sources' } },
	egov_question_scores: { references: { country: 'countries', source_id: 'sources' } }
};
