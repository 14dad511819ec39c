/** The building blocks of the data contract: a column and a table. */

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

/** A column of the contract; `required` columns may not be null. */
export const f = (name: string, type: FieldType, description: string, required = false): Field => ({
	name,
	type,
	description,
	required
});
