import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countryFromCode, countryFromName } from '../countries.ts';
import { parseCsv, toNumber, type CsvRow } from '../lib/csv.ts';
import { SourceError, toSourceRef } from '../lib/source-error.ts';
import type { Row } from '../lib/parquet-writer.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { EC_REUSE } from '../lib/licences.ts';

const SOURCE_ID = 'eu_odm';
const FILE = 'eu-open-data-maturity-2023/DERIVED_odm2023_total_scores.csv';
const PCT = 'pct_of_2600_points_assumed_max';
const COLUMNS = [
	'country_code',
	'country_name_as_given',
	'total_score_points',
	'unsure_score_points',
	'preliminary_score_points',
	PCT
];

/** The derivation note of data/raw/eu-open-data-maturity-2023/PROVENANCE.md. */
const DERIVATION =
	'Derived for this dashboard, not a published file: the preliminary score (total minus "unsure" points) was read from the header block of each country questionnaire of ODM 2023, and the percentage assumes a maximum of 2,600 points. The files do not state that maximum; it is consistent with the published top score (France 2,497 points = 96%), but check it against the ODM 2023 method paper before quoting a percentage. Only the 2023 edition; the dimension scores (policy, portal, quality, impact) are not included. No EU27 average is published in these files.';

export const INDICATORS: Row[] = [
	{
		indicator_id: `${SOURCE_ID}.overall`,
		source_id: SOURCE_ID,
		family: 'Open Data Maturity (data.europa.eu)',
		dimension: 'Overall',
		label: 'Open Data Maturity 2023, overall',
		description:
			'Self-assessed maturity of national open data policy, portal, quality and impact, as a share of the maximum score.',
		unit: '% of maximum score',
		scale_min: 0,
		scale_max: 100,
		higher_is_better: true,
		caveat: DERIVATION
	}
];

const SOURCE = {
	source_id: SOURCE_ID,
	publisher: 'European Commission, Publications Office of the European Union (data.europa.eu)',
	title: 'Open Data Maturity Report 2023: country questionnaire scores',
	editions: '2023',
	...EC_REUSE,
	citation:
		'Publications Office of the European Union. (2023). Open data maturity report 2023 [Data set: country questionnaires]. data.europa.eu. https://data.europa.eu/en/publications/open-data-maturity/2023',
	url: 'https://data.europa.eu/en/publications/open-data-maturity/2023',
	origin:
		'Country questionnaires copied byte-for-byte from GitHub repository tursics/maturity-report, 2023/1-source-data, commit 6aa80d281d2f5da7ef82c33a235697c39f6f9209; total scores extracted from their header blocks into DERIVED_odm2023_total_scores.csv (not a published file); see data/raw/eu-open-data-maturity-2023/PROVENANCE.md'
};

function points(row: CsvRow, file: string, column: string): number {
	const n = toNumber(row.get(column), { file, row: row.row, column });
	if (n === null) throw new SourceError({ file, row: row.row, column }, 'empty cell');
	return n;
}

function toObservation(row: CsvRow, file: string): Row {
	const at = (column: string) => ({ file, row: row.row, column });
	const country = countryFromCode(row.get('country_code'), at('country_code'));
	const named = countryFromName(row.get('country_name_as_given'), at('country_name_as_given'));
	if (named !== country) {
		throw new SourceError(
			at('country_name_as_given'),
			`name "${row.get('country_name_as_given')}" is ${named}, code is ${country}`
		);
	}
	const total = points(row, file, 'total_score_points');
	const unsure = points(row, file, 'unsure_score_points');
	const preliminary = points(row, file, 'preliminary_score_points');
	const pct = points(row, file, PCT);
	if (preliminary !== total - unsure) {
		throw new SourceError(
			at('preliminary_score_points'),
			`preliminary ${preliminary} is not total ${total} minus unsure ${unsure}`
		);
	}
	if (pct < 0 || pct > 100)
		throw new SourceError(at(PCT), `value ${pct} is outside the 0–100 scale`);
	if (Math.abs(pct - preliminary / 26) > 0.051) {
		throw new SourceError(at(PCT), `${pct} % does not match ${preliminary} of 2,600 points`);
	}
	return {
		indicator_id: `${SOURCE_ID}.overall`,
		country,
		year: 2023,
		value: pct,
		ref_period: '2023',
		flag: null,
		source_id: SOURCE_ID,
		source_ref: toSourceRef(at(PCT))
	};
}

/** Reads the derived ODM 2023 total-score table; stops on the first bad row. */
export function readScores(file: string, text: string): Row[] {
	const csv = parseCsv(file, text, { required: COLUMNS });
	const seen = new Map<string, number>();
	return csv.rows.map((row) => {
		const obs = toObservation(row, file);
		const first = seen.get(String(obs.country));
		if (first)
			throw new SourceError(
				{ file, row: row.row },
				`duplicate key ${obs.country} 2023 (first in row ${first})`
			);
		seen.set(String(obs.country), row.row);
		return obs;
	});
}

async function read(rawDir: string): Promise<SourceOutput> {
	const observations = readScores(FILE, await readFile(join(rawDir, FILE), 'utf8'));
	return { sources: [SOURCE], indicators: INDICATORS, observations };
}

export const euOdm: PipelineSource = {
	folder: 'eu-open-data-maturity-2023',
	label: 'Open Data Maturity 2023',
	read
};
