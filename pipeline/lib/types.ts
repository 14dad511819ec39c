import type { TableName } from '../../src/lib/catalog/schema.ts';
import type { SourceRecord } from './datapackage.ts';
import type { Row } from './parquet-writer.ts';

/** What each source module hands the pipeline; run.ts validates it and writes the files. */
export interface SourceOutput {
	sources: SourceRecord[];
	indicators: Row[];
	observations: Row[];
	targets?: Row[];
	/** Rows of further tables of the contract (e.g. the eGov Benchmark service tables). */
	tables?: Partial<Record<TableName, Row[]>>;
	/** Lines for the pipeline's report (e.g. differences between editions). */
	report?: string[];
}

export interface PipelineSource {
	/** Folder under the raw data directory, e.g. "un-egdi". */
	folder: string;
	label: string;
	read(rawDir: string): Promise<SourceOutput>;
}
