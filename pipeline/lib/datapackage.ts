import { createHash } from 'node:crypto';
import type { TableSchema } from '../../src/lib/catalog/schema.ts';

export interface SourceRecord {
	source_id: string;
	publisher: string;
	title: string;
	editions: string;
	licence: string;
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

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

const licenceOf = (s: SourceRecord) => ({ name: s.licence, title: s.licence });

/** A Frictionless Data Package descriptor for the written Parquet files. */
export function toDataPackage(resources: ResourceInput[], sources: SourceRecord[]) {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	const sourceEntry = (s: SourceRecord) => ({ title: `${s.publisher}: ${s.title}`, path: s.url });
	return {
		profile: 'data-package',
		name: 'egov-strategy-dashboard',
		title: 'E-government strategies and progress benchmarks of European countries',
		description:
			'Benchmark values (UN, EU, OECD), country metadata and coded national e-government strategies, ' +
			'normalised to one tidy shape. Each observation keeps its source file, sheet and row.',
		licenses: [...new Map(sources.map((s) => [s.licence, licenceOf(s)])).values()],
		sources: sources.map(sourceEntry),
		resources: resources.map((r) => {
			const used = r.sourceIds.map((id) => byId.get(id)).filter((s) => s !== undefined);
			return {
				name: r.schema.name,
				title: r.schema.title,
				path: `${r.schema.name}.parquet`,
				format: 'parquet',
				mediatype: 'application/vnd.apache.parquet',
				encoding: 'binary',
				bytes: r.bytes.length,
				hash: `sha256:${sha256(r.bytes)}`,
				rows: r.rows,
				licenses: [...new Map(used.map((s) => [s.licence, licenceOf(s)])).values()],
				sources: used.map(sourceEntry),
				schema: {
					fields: r.schema.fields.map((f) => ({
						name: f.name,
						type: f.type,
						description: f.description,
						...(f.required ? { constraints: { required: true } } : {})
					})),
					primaryKey: r.schema.primaryKey
				}
			};
		})
	};
}
