import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/tools';
import type { TableSchema } from './schema';

/** The contract's table titles in the site's languages; datapackage.json keeps them in English. */
const TITLES: Readonly<Record<string, (locale: Locale) => string>> = {
	observations: t.tTableObservations,
	indicators: t.tTableIndicators,
	sources: t.tTableSources,
	countries: t.tTableCountries,
	targets: t.tTableTargets,
	egov_services: t.tTableEgovServices,
	egov_portals: t.tTableEgovPortals,
	egov_questions: t.tTableEgovQuestions,
	egov_question_scores: t.tTableEgovQuestionScores,
	strategies: t.tTableStrategies,
	strategy_features: t.tTableStrategyFeatures,
	features: t.tTableFeatures,
	feature_levels: t.tTableFeatureLevels,
	coding_agreement: t.tTableCodingAgreement,
	coding_reconciliation: t.tTableCodingReconciliation
};

/** What one row of a table is, in a language: English is the contract's own title. */
export const tableTitle = (table: Pick<TableSchema, 'name' | 'title'>, locale: Locale): string =>
	locale === 'en' ? table.title : (TITLES[table.name]?.(locale) ?? table.title);
