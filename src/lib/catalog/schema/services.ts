/** Service tables: the eGovernment Benchmark's per-service mystery-shopping answers. */

import { f, type TableSchema } from './field';

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
