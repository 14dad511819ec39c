/** Strategy tables: the national strategies, their coding against the codebook, and its reliability. */

import { f, type TableSchema } from './field';

export const strategies: TableSchema = {
	name: 'strategies',
	title: 'National e-government strategies, laws, programmes and institutions',
	primaryKey: ['strategy_id'],
	fields: [
		f('strategy_id', 'string', 'Strategy id', true),
		f('country', 'string', 'ISO3 code', true),
		f('title_en', 'string', 'English title', true),
		f('title_original', 'string', 'Title in the original language'),
		f('language', 'string', 'ISO 639-1 language of the coded document'),
		f('kind', 'string', 'strategy, law, programme, agreement or institution', true),
		f(
			'scope',
			'string',
			'national or regional (regional rows stay out of national comparisons)',
			true
		),
		f('start_year', 'integer', 'First year', true),
		f('start_month', 'integer', 'First month, where the official text gives it'),
		f('end_year', 'integer', 'Last year; null while in force'),
		f('lead_body', 'string', 'Lead body'),
		f('legal_basis', 'string', 'Legal basis'),
		f('summary', 'string', 'Two-sentence summary', true),
		f('coding_status', 'string', "coded, or 'text unavailable' (no codes; see note)", true),
		f('note', 'string', 'What was searched where the text is unavailable, or a remark'),
		f('document_publisher', 'string', 'Publisher of the coded official document'),
		f('document_title', 'string', 'Title of the coded official document'),
		f('document_date', 'string', 'Date of the coded document: YYYY, YYYY-MM or YYYY-MM-DD'),
		f('document_url', 'string', 'Official address of the coded document'),
		f(
			'secondary_sources',
			'string',
			'Secondary sources: "publisher: title <url>", separated by "; "'
		),
		f('sources', 'string', 'Every source URL (document first), separated by a space')
	]
};

export const strategyFeatures: TableSchema = {
	name: 'strategy_features',
	title: 'Coded features of strategies: every feature of every coded row',
	primaryKey: ['strategy_id', 'feature_id'],
	fields: [
		f('strategy_id', 'string', 'Strategy id', true),
		f('feature_id', 'string', 'Feature id (features.parquet)', true),
		f(
			'code',
			'string',
			'0 absent, 1 stated aim, 2 operationalised, 3 legally binding; C/N/D for the coordination model',
			true
		),
		f(
			'evidence',
			'string',
			'Verbatim quotation from the coded document (original language); null for a silent 0'
		),
		f(
			'evidence_en',
			'string',
			'English translation of the quotation; null where the original is English'
		),
		f('locator', 'string', 'Where the quotation is: section, heading, page or article'),
		f(
			'source_url',
			'string',
			'Official address of the quotation (the document, unless stated)',
			true
		),
		f(
			'confidence',
			'string',
			'stated (the quotation says it) or inferred (the coder judged the level)'
		),
		f('reasoning', 'string', 'One sentence on why, for an inferred code')
	]
};

export const features: TableSchema = {
	name: 'features',
	title: 'Codebook of strategy features',
	primaryKey: ['feature_id'],
	fields: [
		f('feature_id', 'string', 'Feature id', true),
		f('label', 'string', 'Label', true),
		f('group', 'string', 'design, coordination or implementation', true),
		f(
			'subgroup',
			'string',
			'e.g. vertical or horizontal (coordination), budget or monitoring (implementation)'
		),
		f('definition', 'string', 'Definition', true),
		f('scale', 'string', 'ordinal (0-3) or coordination (C/N/D)', true),
		f(
			'coding_rule',
			'string',
			'How a coder decides each level (feature_levels has them one by one)',
			true
		),
		f('not_counted', 'string', 'What does not count for this feature', true)
	]
};

export const featureLevels: TableSchema = {
	name: 'feature_levels',
	title: 'Codebook: every level of every feature, its decision rule and an example',
	primaryKey: ['feature_id', 'code'],
	fields: [
		f('feature_id', 'string', 'Feature id (features.parquet)', true),
		f('code', 'string', '0-3, or C/N/D', true),
		f('rule', 'string', 'Decision rule for the level', true),
		f('example', 'string', 'A short example of the level', true)
	]
};

export const codingAgreement: TableSchema = {
	name: 'coding_agreement',
	title: 'Agreement between two independent codings, per feature',
	primaryKey: ['feature_id'],
	fields: [
		f('feature_id', 'string', "Feature id, or 'all features' (pooled)", true),
		f('n', 'integer', 'Codes coded twice', true),
		f('agreed', 'integer', 'Codes on which both codings agree', true),
		f('percent_agreement', 'number', 'Share agreed, in percent; null when n is 0'),
		f('kappa', 'number', "Cohen's kappa, unweighted; null when undefined"),
		f('kappa_weighted', 'number', "Cohen's kappa with quadratic weights (ordinal features only)"),
		f('second_coded', 'string', 'Countries with a second coding, separated by a space'),
		f('awaiting_second_coding', 'string', 'Countries with coded rows and no second coding yet')
	]
};

export const codingReconciliation: TableSchema = {
	name: 'coding_reconciliation',
	title: 'How each disagreement between the codings was resolved',
	primaryKey: ['strategy_id', 'feature_id'],
	fields: [
		f('strategy_id', 'string', 'Strategy id', true),
		f('feature_id', 'string', 'Feature id', true),
		f('first', 'string', "The first coding's code", true),
		f('second', 'string', "The second coding's code", true),
		f('final', 'string', 'The final code (strategy_features)', true),
		f('reason', 'string', 'Why the final code', true)
	]
};
