/** Benchmark tables: values, indicators, sources, countries and policy targets. */

import { yearFieldDescription } from '../year-meaning';
import { f, type TableSchema } from './field';

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
