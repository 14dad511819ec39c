import type { TableSchema } from '../../src/lib/catalog/schema.ts';
import type { Row } from './parquet-writer.ts';

/** A validation fault found after reading: names the table, the row's key and its source_ref. */
export class ValidationError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ValidationError';
	}
}

const where = (row: Row) => (row.source_ref ? ` (from ${row.source_ref})` : '');

/** Checks types, required fields and primary-key uniqueness against the schema. */
export function checkTable(schema: TableSchema, rows: readonly Row[]): void {
	const keys = new Set<string>();
	for (const row of rows) {
		const key = schema.primaryKey.map((k) => String(row[k])).join(' / ');
		for (const field of schema.fields) {
			const v = row[field.name];
			if (v === null || v === undefined) {
				if (field.required)
					throw new ValidationError(`${schema.name} ${key}: "${field.name}" is empty${where(row)}`);
				continue;
			}
			const ok =
				field.type === 'string'
					? typeof v === 'string'
					: field.type === 'boolean'
						? typeof v === 'boolean'
						: typeof v === 'number' &&
							Number.isFinite(v) &&
							(field.type === 'number' || Number.isInteger(v));
			if (!ok)
				throw new ValidationError(
					`${schema.name} ${key}: "${field.name}" should be ${field.type}, is ${JSON.stringify(v)}${where(row)}`
				);
		}
		if (keys.has(key))
			throw new ValidationError(`${schema.name}: duplicate key ${key}${where(row)}`);
		keys.add(key);
	}
}

/** Checks that every reference points at a row that exists (e.g. observation → indicator). */
export function checkReferences(
	table: string,
	rows: readonly Row[],
	column: string,
	known: ReadonlySet<string>
): void {
	for (const row of rows) {
		const v = row[column];
		if (v !== null && v !== undefined && !known.has(String(v))) {
			throw new ValidationError(`${table}: unknown ${column} "${v}"${where(row)}`);
		}
	}
}

/** Checks each observation against its indicator's scale. */
export function checkScales(observations: readonly Row[], indicators: readonly Row[]): void {
	const scale = new Map(indicators.map((i) => [i.indicator_id, i]));
	for (const o of observations) {
		const ind = scale.get(o.indicator_id);
		if (!ind || o.value === null || o.value === undefined) continue;
		const v = Number(o.value);
		const min = ind.scale_min as number | null;
		const max = ind.scale_max as number | null;
		if ((min !== null && v < min) || (max !== null && v > max)) {
			throw new ValidationError(
				`observations ${o.indicator_id} / ${o.country} / ${o.year}: value ${v} is outside the scale ${min}–${max}${where(o)}`
			);
		}
	}
}
