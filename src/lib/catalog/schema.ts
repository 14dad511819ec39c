/**
 * The data contract: every table in static/data/, its columns, their types and meaning.
 * The pipeline writes exactly these columns in this order; the app and datapackage.json read them.
 */

import { yearFieldDescription } from './year-meaning';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface Field {
	name: string;
	type: FieldType;
	description: string;
	required?: boolean;
}

export interface TableSchema {
	name: string;
	title: string;
	/** Columns the Parquet file is sorted by, and that identify a row. */
	primaryKey: string[];
	fields: Field[];
	/** Rows per Parquet row group, for large tables read in parts (default: the writer's). */
	rowGroupSize?: number;
	/** A large table pages load on demand, never at start-up; published as Parquet only. */
	onDemand?: boolean;
}

const f = (name: string, type: FieldType, description: string, required = false): Field => ({
	name,
	type,
	description,
	required
});

export const observations: TableSchema = {
	name: 'observations',
	title: 'Benchmark values: one row per indicator, country and edition year',
	primaryKey: ['indicator_id', 'country', 'year'],
	fields: [
		f('indicator_id', 'string', 'Indicator id, e.g. un_egdi.egdi', true),
		f('country', 'string', 'ISO 3166-1 alpha-3 code, or an aggregate code such as EU27', true),
		f('year', 'integer', yearFieldDescription(), true),
		f('value', 'number', 'The value; null where the source did not assess the country'),
		f('ref_period', 'string', 'The data period the value describes'),
		f(
			'flag',
			'string',
			'null; break (first value after a change of method or territory: do not join it to the values before); ' +
				'territory (the code stood for another territory then: SRB 2003–2005 is Serbia and Montenegro); estimate; provisional'
		),
		f('source_id', 'string', 'Source id (sources.parquet)', true),
		f('source_ref', 'string', 'File, sheet and row the value came from', true)
	]
};

export const indicators: TableSchema = {
	name: 'indicators',
	title: 'Indicator catalogue',
	primaryKey: ['indicator_id'],
	fields: [
		f('indicator_id', 'string', 'Indicator id', true),
		f('source_id', 'string', 'Source id', true),
		f('family', 'string', 'Benchmark family, e.g. UN E-Government Survey', true),
		f('dimension', 'string', 'Dimension within the family'),
		f('label', 'string', 'Short label', true),
		f('description', 'string', 'What the indicator measures'),
		f('unit', 'string', 'Unit of the value', true),
		f(
			'decimals',
			'integer',
			'Decimals the publisher prints; downloads round published values to it',
			true
		),
		f('scale_min', 'number', 'Lowest possible value'),
		f('scale_max', 'number', 'Highest possible value'),
		f('higher_is_better', 'boolean', 'True where a higher value is better', true),
		f('caveat', 'string', 'Comparability caveat that travels with every chart of it')
	]
};

export const sources: TableSchema = {
	name: 'sources',
	title: 'Sources and editions',
	primaryKey: ['source_id'],
	fields: [
		f('source_id', 'string', 'Source id', true),
		f('publisher', 'string', 'Publisher', true),
		f('title', 'string', 'Title of the publication or dataset', true),
		f('editions', 'string', 'Editions included', true),
		f('licence', 'string', 'Licence or terms of reuse', true),
		f(
			'licence_id',
			'string',
			'SPDX licence id (e.g. CC-BY-4.0); null where the publisher grants no open licence and reuse is restricted'
		),
		f('licence_url', 'string', "The publisher's terms of reuse", true),
		f('citation', 'string', 'Citation (APA style)', true),
		f('url', 'string', "Publisher's page", true),
		f('origin', 'string', 'Where the raw file came from', true)
	]
};

export const countries: TableSchema = {
	name: 'countries',
	title: 'Countries and aggregates',
	primaryKey: ['country'],
	fields: [
		f('country', 'string', 'ISO 3166-1 alpha-3 code, or an aggregate code such as EU27', true),
		f('iso2', 'string', 'ISO 3166-1 alpha-2 code'),
		f('name', 'string', 'English short name', true),
		f('tradition', 'string', 'Administrative tradition (TROPICO classification)'),
		f(
			'state_structure',
			'string',
			'federal, unitary, or a qualified form (e.g. unitary with devolution); unverified classification'
		),
		f('wp6_five', 'boolean', 'One of the five case-study countries', true),
		f('tropico_ten', 'boolean', "One of the research programme's ten countries", true),
		f('meta_eight', 'boolean', 'One of the eight countries of the strategy meta-analysis', true),
		f('eu27', 'boolean', 'EU member state (EU27, since 2020)', true),
		f('is_aggregate', 'boolean', 'An aggregate such as the EU27 average, not a country', true)
	]
};

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

export const targets: TableSchema = {
	name: 'targets',
	title: 'Policy targets mapped to indicators',
	primaryKey: ['indicator_id', 'target_year'],
	fields: [
		f('indicator_id', 'string', 'Indicator the target applies to', true),
		f('target_value', 'number', 'Target value, in the indicator unit', true),
		f('target_year', 'integer', 'Year the target is due', true),
		f('label', 'string', 'Target label', true),
		f('source_url', 'string', 'Source of the target', true)
	]
};

const answerFields = [
	f('question_code', 'string', 'Question code as the workbook heads it (egov_questions)', true),
	f('question_label', 'string', 'Question as the workbook heads it'),
	f(
		'answer_number',
		'number',
		'Yes 1, No 0, Proactive 1, a score or count as published; null if not relevant'
	),
	f(
		'answer_text',
		'string',
		'Yes, No, Not relevant, Not applicable, Proactive, or the number as text',
		true
	),
	f('sheet_row', 'integer', 'Row of the workbook sheet the answer came from', true),
	f('source_id', 'string', 'Source id (sources.parquet)', true)
];

/** Sorted by country first, in row groups small enough to read a few countries alone. */
export const egovServices: TableSchema = {
	name: 'egov_services',
	title: 'EU eGovernment Benchmark: every service, site and mystery-shopping answer',
	primaryKey: ['country', 'edition', 'life_event', 'scope', 'service', 'site', 'question_code'],
	rowGroupSize: 8192,
	onDemand: true,
	fields: [
		f('country', 'string', 'ISO3 code', true),
		f('edition', 'integer', 'Report edition (year in the workbook name)', true),
		f('life_event', 'string', 'Life event as the workbook names it, e.g. Business Start-up', true),
		f('scope', 'string', 'national or cross-border', true),
		f('service', 'string', 'Service label with its number, e.g. 1.1 Check requirements …', true),
		f(
			'site',
			'integer',
			'0: the service result (sheet 3a/4a); 1, 2, …: each website assessed (3b/4b)',
			true
		),
		f('year', 'integer', 'Data year (year of data collection)', true),
		f('service_type', 'string', 'Informational or Transactional'),
		f('gov_level', 'string', 'Central, Regional or Local; null where not applicable'),
		f('provider', 'string', 'Organisation providing the website (sites only)'),
		f('url', 'string', 'Website assessed (sites only)'),
		...answerFields
	]
};

export const egovPortals: TableSchema = {
	name: 'egov_portals',
	title: 'EU eGovernment Benchmark: national and cross-border portals and their answers',
	primaryKey: ['country', 'edition', 'life_event', 'scope', 'site', 'question_code'],
	rowGroupSize: 8192,
	onDemand: true,
	fields: [
		f('country', 'string', 'ISO3 code', true),
		f('edition', 'integer', 'Report edition', true),
		f('life_event', 'string', 'Life event the portal serves', true),
		f('scope', 'string', 'national or cross-border', true),
		f('site', 'integer', '1, 2, …: each portal assessed for the life event', true),
		f('year', 'integer', 'Data year', true),
		f('provider', 'string', 'Organisation running the portal'),
		f('url', 'string', 'Portal address'),
		...answerFields
	]
};

export const egovQuestions: TableSchema = {
	name: 'egov_questions',
	title: 'EU eGovernment Benchmark: question catalogue per edition and sheet',
	primaryKey: ['edition', 'sheet', 'question_code'],
	onDemand: true,
	fields: [
		f('edition', 'integer', 'Report edition', true),
		f(
			'sheet',
			'string',
			'Sheet: 3a/4a service results, 3b/4b service data, 5/6 portals, 2d country scores',
			true
		),
		f('question_code', 'string', 'Code, e.g. A2 (data) or online_availability (results)', true),
		f('label', 'string', 'Question or column as the workbook heads it', true),
		f('indicator', 'string', 'Indicator the question feeds, from the heading above it'),
		f('dimension', 'string', 'Top-level benchmark heading, where the sheet has one'),
		f('source_id', 'string', 'Source id', true)
	]
};

export const egovQuestionScores: TableSchema = {
	name: 'egov_question_scores',
	title: 'EU eGovernment Benchmark: country score per question (sheet 2d)',
	primaryKey: ['country', 'edition', 'question_code'],
	onDemand: true,
	fields: [
		f('country', 'string', 'ISO3 code', true),
		f('edition', 'integer', 'Report edition', true),
		f('question_code', 'string', 'Question code (egov_questions, sheet 2d)', true),
		f('score', 'number', 'Share of the services or portals meeting the question (0–100)'),
		f('sheet_row', 'integer', 'Row of sheet 2d', true),
		f('source_id', 'string', 'Source id', true)
	]
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
