import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countryFromCode } from '../countries.ts';
import { parseCsv, toNumber, type CsvRow } from '../lib/csv.ts';
import { SourceError, toSourceRef } from '../lib/source-error.ts';
import type { Row } from '../lib/parquet-writer.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { DESI_2020, DESI_2022, type Method, type Series } from './eu-desi-methods.ts';

export { DESI_2020, DESI_2022 };

export const indicatorsOf = (m: Method): Row[] =>
	m.series.map((s) => ({
		indicator_id: s.id,
		source_id: m.sourceId,
		family: `DESI (${m.sourceId.slice(4)} method)`,
		dimension: s.id.endsWith('.dps') ? 'Dimension score' : 'Digital public services indicator',
		label: s.label,
		description: s.description,
		unit: s.unit,
		scale_min: 0,
		scale_max: 100,
		higher_is_better: true,
		caveat: `${m.caveat} ${s.caveat}`.trim()
	}));

const COLUMNS = ['time_period', 'ref_area', 'indicator', 'breakdown', 'unit_measure', 'value'];

function editionOf(row: CsvRow, m: Method, file: string): number {
	const text = row.get('time_period');
	const year = Number(text);
	if (!Number.isInteger(year) || year < m.first || year > m.last) {
		const why = `edition "${text}" is not one of the ${m.first}–${m.last} editions`;
		throw new SourceError({ file, row: row.row, column: 'time_period' }, why);
	}
	return year;
}

function toObservation(row: CsvRow, s: Series, m: Method, file: string): Row {
	const where = { file, row: row.row };
	const year = editionOf(row, m, file);
	const area = row.get('ref_area').trim();
	const country = area === 'EU' ? m.eu : countryFromCode(area, { ...where, column: 'ref_area' });
	const raw = toNumber(row.get('value'), { ...where, column: 'value' });
	const value = raw === null ? null : Number((raw * s.factor).toPrecision(12));
	if (value !== null && (value < 0 || value > 100)) {
		const scaled = s.factor === 1 ? '' : ` (${value} after ×${s.factor})`;
		throw new SourceError(
			{ ...where, column: 'value' },
			`value ${raw}${scaled} is outside the 0–100 scale of ${s.id}`
		);
	}
	return {
		indicator_id: s.id,
		country,
		year,
		value,
		ref_period: String(year - 1),
		flag: null,
		source_id: m.sourceId,
		source_ref: toSourceRef({ file, row: row.row, column: 'value' })
	};
}

/** Reads one DESI export; stops on the first bad row, a duplicate, or a series it cannot find. */
export function readExport(file: string, text: string, m: Method): Row[] {
	const csv = parseCsv(file, text, { required: COLUMNS });
	const byCode = new Map(m.series.map((s) => [`${s.code[0]}|${s.code[1]}`, s]));
	const seen = new Map<string, number>();
	const rows: Row[] = [];
	for (const row of csv.rows) {
		const s = byCode.get(`${row.get('indicator').trim()}|${row.get('breakdown').trim()}`);
		if (!s) continue;
		const unit = row.get('unit_measure').trim();
		if (unit !== s.code[2]) {
			const why = `unit "${unit}" for ${s.id}, expected "${s.code[2]}"`;
			throw new SourceError({ file, row: row.row, column: 'unit_measure' }, why);
		}
		const obs = toObservation(row, s, m, file);
		const key = `${obs.indicator_id} ${obs.country} ${obs.year}`;
		const first = seen.get(key);
		if (first)
			throw new SourceError({ file, row: row.row }, `duplicate key ${key} (first in row ${first})`);
		seen.set(key, row.row);
		rows.push(obs);
	}
	return dropEmptyEditions(file, rows, m);
}

/** Drops editions in which a series has no value at all; a series with no values stops the pipeline. */
function dropEmptyEditions(file: string, rows: Row[], m: Method): Row[] {
	const filled = new Set(
		rows.filter((r) => r.value !== null).map((r) => `${r.indicator_id} ${r.year}`)
	);
	for (const s of m.series) {
		if (![...filled].some((k) => k.startsWith(`${s.id} `))) {
			const why = `no values for ${s.id} (indicator "${s.code[0]}", breakdown "${s.code[1]}"): missing or renamed`;
			throw new SourceError({ file }, why);
		}
	}
	return rows.filter((r) => filled.has(`${r.indicator_id} ${r.year}`));
}

async function read(rawDir: string): Promise<SourceOutput> {
	const out: SourceOutput = { sources: [], indicators: [], observations: [] };
	for (const m of [DESI_2020, DESI_2022]) {
		const text = await readFile(join(rawDir, 'eu-desi', m.file), 'utf8');
		out.observations.push(...readExport(`eu-desi/${m.file}`, text, m));
		out.indicators.push(...indicatorsOf(m));
		out.sources.push(m.source);
	}
	return out;
}

export const euDesi: PipelineSource = {
	folder: 'eu-desi',
	label: 'DESI (2020 and 2022 methods)',
	read
};
