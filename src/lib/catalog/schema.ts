/**
 * The data contract: every table in static/data/, its columns, their types and meaning.
 * The pipeline writes exactly these columns in this order; the app and datapackage.json read them.
 */

import { countries, indicators, observations, sources, targets } from './schema/benchmarks';
import { egovPortals, egovQuestionScores, egovQuestions, egovServices } from './schema/services';
import {
	codingAgreement,
	codingReconciliation,
	featureLevels,
	features,
	strategies,
	strategyFeatures
} from './schema/strategies';

export type { Field, FieldType, TableSchema } from './schema/field';
export {
	codingAgreement,
	codingReconciliation,
	countries,
	egovPortals,
	egovQuestionScores,
	egovQuestions,
	egovServices,
	featureLevels,
	features,
	indicators,
	observations,
	sources,
	strategies,
	strategyFeatures,
	targets
};

export const tables = {
	observations,
	indicators,
	sources,
	countries,
	strategies,
	strategy_features: strategyFeatures,
	features,
	feature_levels: featureLevels,
	coding_agreement: codingAgreement,
	coding_reconciliation: codingReconciliation,
	targets,
	egov_services: egovServices,
	egov_portals: egovPortals,
	egov_questions: egovQuestions,
	egov_question_scores: egovQuestionScores
} as const;

export type TableName = keyof typeof tables;
