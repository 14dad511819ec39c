import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countryFromCode } from '../countries.ts';
import { parseCsv, toNumber } from '../lib/csv.ts';
import { SourceError, toSourceRef } from '../lib/source-error.ts';
import type { Row } from '../lib/parquet-writer.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { DGI, OURDATA, type OecdIndex, type OecdVariable } from './oecd-indices.ts';

export { DGI, OURDATA };

const written = (x: OecdIndex) =>
	Object.values(x.variables).filter((v): v is OecdVariable => v !== null);

/** Countries a rank variable ranks: the file's rows of that variable with a rank (one edition). */
const rankedCount = (x: OecdIndex, rows: readonly Row[], id: string) =>
	rows.filter((r) => r.indicator_id === `${x.sourceId}.${id}` && r.value !== null).length;

export const indicatorsOf = (x: OecdIndex, rows: readonly Row[] = []): Row[] =>
	written(x).map(([id, dimension, label, description, kind]) => ({
		indicator_id: `${x.sourceId}.${id}`,
		source_id: x.sourceId,
		family: x.family,
		dimension,
		label,
		description,
		...(kind === 'rank'
			? {
					unit: 'rank',
					scale_min: 1,
					scale_max: rankedCount(x, rows, id),
					higher_is_better: false
				}
			: { unit: 'index (0–1)', scale_min: 0, scale_max: 1, higher_is_better: true }),
		caveat: x.caveat
	}));

/** Reads a long `cc_iso3c, ref_year, variable, value` file; stops on the first bad row. */
export function readIndex(file: string, text: string, x: OecdIndex): Row[] {
	const csv = parseCsv(file, text, { required: ['cc_iso3c', 'ref_year', 'variable', 'value'] });
	const seen = new Map<string, number>();
	const rows: Row[] = [];
	for (const row of csv.rows) {
		const at = (column: string) => ({ file, row: row.row, column });
		if (row.get('ref_year').trim() !== String(x.refYear)) {
			throw new SourceError(
				at('ref_year'),
				`ref_year "${row.get('ref_year')}", expected ${x.refYear}`
			);
		}
		const variable = row.get('variable').trim();
		if (!(variable in x.variables))
			throw new SourceError(at('variable'), `unknown variable "${variable}"`);
		const country = countryFromCode(row.get('cc_iso3c'), at('cc_iso3c'));
		const key = `${variable} ${country}`;
		if (seen.has(key))
			throw new SourceError(at('variable'), `duplicate key ${key} (first in row ${seen.get(key)})`);
		seen.set(key, row.row);
		const spec = x.variables[variable];
		const value = toNumber(row.get('value'), at('value'));
		if (!spec) continue;
		if (spec[4] === 'rank') {
			if (value !== null && (!Number.isInteger(value) || value < 1))
				throw new SourceError(at('value'), `rank ${value} is not a whole number from 1`);
		} else if (value !== null && (value < 0 || value > 1)) {
			throw new SourceError(
				at('value'),
				`value ${value} is outside the 0–1 scale of ${x.sourceId}.${spec[0]}`
			);
		}
		rows.push({
			indicator_id: `${x.sourceId}.${spec[0]}`,
			country,
			year: x.edition,
			value,
			ref_period: x.refPeriod,
			flag: null,
			source_id: x.sourceId,
			source_ref: toSourceRef(at('value'))
		});
	}
	const found = new Set([...seen.keys()].map((k) => k.split(' ')[0]));
	const missing = Object.keys(x.variables).filter((v) => x.variables[v] && !found.has(v));
	if (missing.length)
		throw new SourceError(
			{ file },
			`variable "${missing.join('", "')}" not found: missing or renamed`
		);
	return rows;
}

async function read(rawDir: string): Promise<SourceOutput> {
	const out: SourceOutput = { sources: [], indicators: [], observations: [] };
	for (const x of [DGI, OURDATA]) {
		const file = `oecd-digital-government/${x.file}`;
		const rows = readIndex(file, await readFile(join(rawDir, file), 'utf8'), x);
		out.observations.push(...rows);
		out.indicators.push(...indicatorsOf(x, rows));
		out.sources.push(x.source);
	}
	return out;
}

export const oecd: PipelineSource = {
	folder: 'oecd-digital-government',
	label: 'OECD Digital Government Index and OURdata Index 2023',
	read
};
