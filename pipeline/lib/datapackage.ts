import { createHash } from 'node:crypto';
import { tables, type TableName, type TableSchema } from '../../src/lib/catalog/schema.ts';
import { PROJECT, type Licence } from './licences.ts';
import { RESOURCES } from './resources.ts';

export interface SourceRecord extends Licence {
	source_id: string;
	publisher: string;
	title: string;
	editions: string;
	citation: string;
	url: string;
	origin: string;
}

export interface ResourceInput {
	schema: TableSchema;
	rows: number;
	bytes: Uint8Array;
	/** Source ids whose data is in this resource. */
	sourceIds: string[];
}

export const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

type PackageLicence = { name?: string; path: string; title: string };

/** A licence by its SPDX id where there is one, else by the publisher's terms (path + title). */
export const toPackageLicence = (l: Licence): PackageLicence =>
	l.licence_id
		? { name: l.licence_id, path: l.licence_url, title: l.licence }
		: { path: l.licence_url, title: l.licence };

const unique = <T>(items: T[], key: (t: T) => string) => [
	...new Map(items.map((i) => [key(i), i])).values()
];
const licences = (ls: Licence[]) =>
	unique(ls.map(toPackageLicence), (l) => `${l.name}|${l.path}|${l.title}`);

const PROJECT_SOURCE = {
	title:
		'The e-government strategy dashboard project: coded strategies, codebook, country classifications, indicator catalogue, target mapping'
};
const sourceEntry = (s: SourceRecord) => ({ title: `${s.publisher}: ${s.title}`, path: s.url });

/** The table schema of a resource, its references declared as foreign keys to `suffix`ed names. */
function tableSchema(name: TableName, suffix = '') {
	const schema = tables[name];
	const refs = Object.entries(RESOURCES[name].references ?? {});
	return {
		fields: schema.fields.map((f) => ({
			name: f.name,
			type: f.type,
			description: f.description,
			...(f.required ? { constraints: { required: true } } : {})
		})),
		primaryKey: schema.primaryKey,
		...(refs.length
			? {
					foreignKeys: refs.map(([field, target]) => ({
						fields: [field],
						reference: { resource: `${target}${suffix}`, fields: [tables[target].primaryKey[0]] }
					}))
				}
			: {})
	};
}

function provenance(name: TableName, sourceIds: string[], byId: Map<string, SourceRecord>) {
	if (RESOURCES[name].own) return { licenses: licences([PROJECT]), sources: [PROJECT_SOURCE] };
	const used = sourceIds.map((id) => byId.get(id)).filter((s) => s !== undefined);
	return { licenses: licences(used), sources: used.map(sourceEntry) };
}

/** The CSV copy the site writes of a table at build time (no checksum: it is not written here). */
const csvCopy = (r: ResourceInput, meta: ReturnType<typeof provenance>) => ({
	name: `${r.schema.name}_csv`,
	type: 'table',
	title: `${r.schema.title} (CSV copy)`,
	description: `The ${r.schema.name} table as CSV, written from ${r.schema.name}.parquet when the site is built.`,
	path: `csv/${r.schema.name}.csv`,
	format: 'csv',
	mediatype: 'text/csv',
	encoding: 'utf-8',
	dialect: {
		header: true,
		delimiter: ',',
		lineTerminator: '\r\n',
		quoteChar: '"',
		doubleQuote: true
	},
	...meta,
	schema: tableSchema(r.schema.name as TableName, '_csv')
});

/** A Frictionless Data Package (v2) descriptor for the written Parquet files and their CSV copies. */
export function toDataPackage(resources: ResourceInput[], sources: SourceRecord[]) {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	const described = resources.map((r) => {
		const name = r.schema.name as TableName;
		const meta = provenance(name, r.sourceIds, byId);
		const parquet = {
			name,
			type: 'table',
			title: r.schema.title,
			path: `${name}.parquet`,
			format: 'parquet',
			mediatype: 'application/vnd.apache.parquet',
			bytes: r.bytes.length,
			hash: `sha256:${sha256(r.bytes)}`,
			rows: r.rows,
			...meta,
			schema: tableSchema(name)
		};
		return r.schema.onDemand ? [parquet] : [parquet, csvCopy(r, meta)];
	});
	return {
		$schema: PROFILE,
		name: 'egov-strategy-dashboard',
		title: 'E-government strategies and progress benchmarks of European countries',
		description:
			'Benchmark values (UN, EU, OECD), country metadata and coded national e-government strategies, ' +
			'normalised to one tidy shape. Each observation keeps its source file, sheet and row. ' +
			"The publishers' data keep the publishers' terms (some restrict reuse: see each resource's licenses); " +
			"the project's own data are CC-BY-4.0.",
		licenses: licences([PROJECT, ...sources]),
		sources: [PROJECT_SOURCE, ...sources.map(sourceEntry)],
		resources: described.flat()
	};
}
