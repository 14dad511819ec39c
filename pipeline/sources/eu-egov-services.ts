import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Row } from '../lib/parquet-writer.ts';
import { SourceError } from '../lib/source-error.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { WORKBOOKS } from './eu-egov-benchmark.ts';
import type { Workbook } from './eu-egov-benchmark/scores-sheet.ts';
import { applyCorrections } from './eu-egov-services/corrections.ts';
import { readLayout, type Layout } from './eu-egov-services/layout.ts';
import { readRows, type SheetRow } from './eu-egov-services/read-rows.ts';
import { SHEETS, openSheets, readHeading, type SheetKey } from './eu-egov-services/sheets.ts';
import {
	portalRows,
	questionRows,
	questionScoreRows,
	serviceRows
} from './eu-egov-services/tables.ts';

const FOLDER = 'eu-egovernment-benchmark';
const REQUIRED: SheetKey[] = ['3a', '3b', '4a', '4b', '5', '6'];

export interface ServiceTables {
	egov_services: Row[];
	egov_portals: Row[];
	egov_questions: Row[];
	egov_question_scores: Row[];
}

type Read = Partial<Record<SheetKey, { layout: Layout; rows: SheetRow[] }>>;

function readSheets(file: string, buffer: Uint8Array, workbook: Workbook, report: string[]): Read {
	const sheets = openSheets(
		file,
		buffer,
		REQUIRED.map((k) => SHEETS[k]),
		[SHEETS['2d']]
	);
	const read: Read = {};
	for (const key of Object.keys(SHEETS) as SheetKey[]) {
		const ws = sheets.get(SHEETS[key]);
		if (!ws) continue;
		const ctx = { file, sheet: SHEETS[key], edition: workbook.edition, latest: workbook.latest };
		report.push(...applyCorrections(ws, { ...ctx, key }));
		const heading = readHeading(ws, ctx);
		const layout = readLayout(key, heading, ctx);
		read[key] = { layout, rows: readRows(ws, heading, layout, ctx) };
	}
	return read;
}

/** Catalogue rows; sheet 2d's bare codes take the label the data sheets give them. */
function catalogue(edition: number, read: Read): Row[] {
	const rows = (Object.keys(read) as SheetKey[]).flatMap((key) =>
		questionRows(edition, key, read[key]!.layout)
	);
	const labels = new Map(
		rows.filter((r) => r.sheet !== '2d').map((r) => [r.question_code, r.label])
	);
	for (const r of rows) if (r.sheet === '2d') r.label = labels.get(r.question_code) ?? r.label;
	return rows;
}

const append = (target: Row[], rows: readonly Row[]) => {
	for (const row of rows) target.push(row);
};

/** Reads sheets 3a–6 (and 2d where present) of one workbook into the service tables. */
export function readServiceBook(
	file: string,
	buffer: Uint8Array,
	workbook: Workbook,
	into: ServiceTables,
	report: string[]
): void {
	const read = readSheets(file, buffer, workbook, report);
	const { edition } = workbook;
	for (const [scope, results, data] of [
		['national', read['3a']!, read['3b']!],
		['cross-border', read['4a']!, read['4b']!]
	] as const) {
		const services = serviceRows(edition, scope, results.rows, data.rows);
		append(into.egov_services, services.rows);
		for (const o of services.orphans)
			report.push(`eu_egov services ${edition}: ${scope} data rows of ${o} have no result row`);
	}
	append(into.egov_portals, portalRows(edition, 'national', read['5']!.rows));
	append(into.egov_portals, portalRows(edition, 'cross-border', read['6']!.rows));
	if (read['2d']) append(into.egov_question_scores, questionScoreRows(edition, read['2d'].rows));
	append(into.egov_questions, catalogue(edition, read));
}

/** Reads the given workbooks' service and portal sheets. */
export async function readServiceWorkbooks(
	rawDir: string,
	workbooks: readonly Workbook[]
): Promise<SourceOutput> {
	const tables: ServiceTables = {
		egov_services: [],
		egov_portals: [],
		egov_questions: [],
		egov_question_scores: []
	};
	const report: string[] = [];
	for (const workbook of workbooks) {
		const file = `${FOLDER}/${workbook.file}`;
		const buffer = await readFile(join(rawDir, FOLDER, workbook.file)).catch(() => {
			throw new SourceError({ file }, 'file is missing');
		});
		readServiceBook(file, buffer, workbook, tables, report);
	}
	return { sources: [], indicators: [], observations: [], tables: { ...tables }, report };
}

export const euEgovServices: PipelineSource = {
	folder: FOLDER,
	label: 'EU eGovernment Benchmark services and portals',
	read: (rawDir) => readServiceWorkbooks(rawDir, WORKBOOKS)
};
