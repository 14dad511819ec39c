import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError } from '../lib/source-error.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { INDICATORS, SOURCE_ID } from './eu-egov-benchmark/indicators.ts';
import { mergeEditions } from './eu-egov-benchmark/merge.ts';
import { readScores, type Cell, type Workbook } from './eu-egov-benchmark/scores-sheet.ts';
import { EC_REUSE } from '../lib/licences.ts';

const FOLDER = 'eu-egovernment-benchmark';

/** The workbooks with a `1. Scores` sheet, oldest report first (see PROVENANCE.md). */
export const WORKBOOKS: Workbook[] = [
	{
		edition: 2021,
		file: 'eGovernment_Benchmark_2021__Source_Data.xlsx',
		sheet: '1. Scores 2020',
		latest: 2020
	},
	{
		edition: 2022,
		file: 'eGovernment_Benchmark_2022_7_Source_Data.xlsx',
		sheet: '1. Scores 2021',
		latest: 2021
	},
	{
		edition: 2023,
		file: '6_eGovernment_Benchmark_2023__Final_Results_Bgn33TdFY2NnN7GOeUd64VCE84_98712.xlsx',
		sheet: '1. Scores 2022',
		latest: 2022
	},
	{
		edition: 2024,
		file: '6_eGovernment_Benchmark_2024__Final_Results.xlsx',
		sheet: '1. Scores 2024',
		latest: 2023
	}
];

export const SOURCE = {
	source_id: SOURCE_ID,
	publisher: 'European Commission',
	title: 'eGovernment Benchmark: results workbooks (scores per country, data years 2016–2023)',
	editions: '2021, 2022, 2023 and 2024 reports (biennial averages 2016+2017 to 2022+2023)',
	...EC_REUSE,
	citation:
		'European Commission, Directorate-General for Communications Networks, Content and Technology. (2021–2024). eGovernment Benchmark: Final results and source data, 2021–2024 reports [Data set; study by Capgemini, IDC, Sogeti and Politecnico di Milano]. European Commission. https://digital-strategy.ec.europa.eu/en/library/egovernment-benchmark-2024',
	url: 'https://digital-strategy.ec.europa.eu/en/library/egovernment-benchmark-2024',
	origin:
		'Byte-for-byte copies of the EC workbooks from GitHub repositories mariachiarafortuna/digitalDecade (commit 706a7f6f2c64b59bc462c87c94ded71ec11479aa: 2021, 2022 and 2024 reports) and blavatnik-index/bipa2024_sourcedata (commit 088271d0d6a9c1717d925073166fde8a54f0428b: 2023 report); see data/raw/eu-egovernment-benchmark/PROVENANCE.md'
};

async function load(
	rawDir: string,
	workbook: Workbook
): Promise<{ cells: Cell[]; skipped: string[] }> {
	const file = `${FOLDER}/${workbook.file}`;
	const buffer = await readFile(join(rawDir, FOLDER, workbook.file)).catch(() => {
		throw new SourceError({ file }, 'file is missing');
	});
	return readScores(file, buffer, workbook);
}

/** Reads the given workbooks (newest report wins) into observations and report lines. */
export async function readWorkbooks(rawDir: string, workbooks: Workbook[]): Promise<SourceOutput> {
	const cells: Cell[] = [];
	const skipped = new Set<string>();
	for (const workbook of workbooks) {
		const result = await load(rawDir, workbook);
		cells.push(...result.cells);
		result.skipped.forEach((code) => skipped.add(code));
	}
	const { observations, report } = mergeEditions(cells);
	const left = [...skipped]
		.sort()
		.map(
			(code) =>
				`eu_egov: rows of the aggregate ${code} left out (no such country or aggregate in the countries table)`
		);
	return { sources: [SOURCE], indicators: INDICATORS, observations, report: [...left, ...report] };
}

export const euEgovBenchmark: PipelineSource = {
	folder: FOLDER,
	label: 'EU eGovernment Benchmark',
	read: (rawDir) => readWorkbooks(rawDir, WORKBOOKS)
};
