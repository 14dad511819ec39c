import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { countryFromName } from '../countries.ts';
import { parseCsv, toNumber, type CsvRow } from '../lib/csv.ts';
import { SourceError, toSourceRef } from '../lib/source-error.ts';
import type { Row } from '../lib/parquet-writer.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { UN_TERMS } from '../lib/licences.ts';
import { flagMethodBreaks } from './un-egdi-breaks.ts';

const SOURCE_ID = 'un_egdi';
export const EDITIONS = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024];

/** Columns of the UN Data Center export, and the renamed columns of the 2024 copy. */
const COLUMNS = {
	country: ['Country Name', 'Country'],
	rank: ['E-Government Rank', 'Rank'],
	egdi: ['E-Government Index', 'E_Index'],
	epi: ['E-Participation Index', 'E_Participation'],
	osi: ['Online Service Index', 'Online_Service'],
	hci: ['Human Capital Index', 'Human_Capital'],
	tii: ['Telecommunication Infrastructure Index', 'Tele_Infra']
} as const;
type Measure = keyof typeof COLUMNS;

const relative =
	'Scores are normalised within each edition relative to all UN member states, and the method ' +
	'changed between editions: compare ranks rather than small changes in score. TII and EGDI are ' +
	'flagged "break" at the first edition of each set of TII components the UN documents ' +
	'(2008, 2012, 2014, 2018; 2020, components capped at 120). Changes to the OSI questionnaire and ' +
	'the HCI are not flagged: no UN method text for them was checked. SRB in 2003–2005 is Serbia and Montenegro ' +
	'(flag "territory"; the UN file names it Serbia); its 2008 value, Serbia alone, is flagged "break".';

/**
 * Codes whose territory changed: SRB stands for the state union of Serbia and Montenegro until
 * Montenegro's independence in 2006, and for Serbia alone from the 2008 edition.
 */
export const TERRITORY_FLAGS: Record<string, 'territory' | 'break'> = {
	'2003|SRB': 'territory',
	'2004|SRB': 'territory',
	'2005|SRB': 'territory',
	'2008|SRB': 'break'
};

const INDICATORS: Row[] = [
	[
		'egdi',
		'E-Government Development Index',
		'Equal-weight mean of the OSI, HCI and TII. Called the E-Government Readiness Index up to 2008.',
		`${relative} Where the UN could not compute the index (no rank or a placeholder 0 with a tied last rank) the value is empty. In 2003–2005 a few indices were computed with a missing component counted as 0.`
	],
	[
		'osi',
		'Online Service Index',
		'Online presence and services of the national government portal, from the UN questionnaire. Called the Web Measure Index up to 2008.',
		`${relative} A 0 means no online government services were found.`
	],
	[
		'hci',
		'Human Capital Index',
		'Adult literacy, school enrolment and (from 2014) years of schooling.',
		`${relative} Before 2014 the UN files write 0 where statistics were missing; those are empty here. HCI 2003–2005 has two decimals.`
	],
	[
		'tii',
		'Telecommunication Infrastructure Index',
		'Internet users, mobile and fixed broadband subscriptions (indicators changed over time).',
		`${relative} Before 2014 the UN files write 0 where statistics were missing; those are empty here.`
	],
	[
		'epi',
		'E-Participation Index',
		'Online information, consultation and decision-making offered by the government.',
		`${relative} Before 2014 the EPI is a rescaled count and several countries score 0.`
	],
	[
		'rank',
		'E-Government rank (EGDI)',
		'Rank of the country by EGDI among all UN member states assessed (1 = best).',
		'Ranks are among 173 to 193 countries depending on the edition. Placeholder ties for countries without a computed index are empty.'
	]
].map(([id, label, description, caveat]) => ({
	indicator_id: `${SOURCE_ID}.${id}`,
	source_id: SOURCE_ID,
	family: 'UN E-Government Survey',
	dimension: id === 'egdi' || id === 'rank' ? 'Overall' : 'Component',
	label,
	description,
	unit: id === 'rank' ? 'rank' : 'index (0–1)',
	scale_min: id === 'rank' ? 1 : 0,
	scale_max: id === 'rank' ? 193 : 1,
	higher_is_better: id !== 'rank',
	caveat
}));

const SOURCE = {
	source_id: SOURCE_ID,
	publisher: 'United Nations Department of Economic and Social Affairs (UN DESA)',
	title: 'UN E-Government Survey: E-Government Development Index and components',
	editions: EDITIONS.join(', '),
	...UN_TERMS,
	citation:
		'United Nations Department of Economic and Social Affairs. (2003–2024). United Nations E-Government Survey [Data set]. UN E-Government Knowledgebase. https://publicadministration.un.org/egovkb/en-us/Data-Center',
	url: 'https://publicadministration.un.org/egovkb/en-us/Data-Center',
	origin:
		'UN Data Center per-edition CSV exports as copied in GitHub repositories sevenChrisK/text-mining-week1 (2003–2022) and MaryliaCruzS/Estadistica1CienciaPolitica (2024); see data/raw/un-egdi/PROVENANCE.md'
};

function pick(row: CsvRow, header: string[], measure: Measure): { column: string; text: string } {
	const column = COLUMNS[measure].find((c) => header.includes(c)) as string;
	return { column, text: row.get(column) };
}

/**
 * The not-assessed rule, decided from the files (tests/unit/pipeline/un-egdi.test.ts pins it):
 * no rank → nothing assessed; EGDI 0 is a placeholder (with a tied last rank), never a computed mean;
 * HCI or TII 0 before 2014 is a missing statistic; from 2014 the lowest country is 0 by normalisation.
 */
export function toValues(
	year: number,
	raw: Record<Measure, number | null>
): Record<Exclude<Measure, 'country'>, number | null> {
	const { rank, egdi, osi, hci, tii, epi } = raw;
	if (rank === null) return { rank: null, egdi: null, osi: null, hci: null, tii: null, epi: null };
	const placeholder = egdi === 0;
	const missing = (v: number | null) => (year < 2014 && v === 0 ? null : v);
	return {
		rank: placeholder ? null : rank,
		egdi: placeholder ? null : egdi,
		osi,
		hci: missing(hci),
		tii: missing(tii),
		epi
	};
}

/**
 * Published values that are impossible on the indicator's 0–1 scale: stored empty, listed in the
 * pipeline report. Anything else outside the scale still stops the pipeline.
 */
export const ANOMALIES: Record<string, string> = {
	'2003|FSM|hci':
		'HCI 1.422 in the UN file (above the 0–1 scale); the published EGDI 0.52648 includes it',
	'2003|TUV|hci': 'HCI 1.03 in the UN file (above the 0–1 scale)'
};

export function readEdition(file: string, text: string, year: number, report?: string[]): Row[] {
	const csv = parseCsv(file, text, { required: ['Survey Year'] });
	for (const measure of Object.keys(COLUMNS) as Measure[]) {
		if (!COLUMNS[measure].some((c) => csv.header.includes(c))) {
			throw new SourceError({ file, row: 1 }, `column "${COLUMNS[measure][0]}" is missing`);
		}
	}
	const seen = new Set<string>();
	return csv.rows.flatMap((row) => {
		const where = { file, row: row.row };
		const surveyYear = Number(row.get('Survey Year'));
		if (surveyYear !== year) {
			throw new SourceError(
				{ ...where, column: 'Survey Year' },
				`survey year ${row.get('Survey Year')} in the ${year} file`
			);
		}
		const country = countryFromName(pick(row, csv.header, 'country').text, where);
		if (seen.has(country)) throw new SourceError(where, `${country} appears twice`);
		seen.add(country);
		const raw = { country: null } as Record<Measure, number | null>;
		for (const m of ['rank', 'egdi', 'osi', 'hci', 'tii', 'epi'] as const) {
			const { column, text } = pick(row, csv.header, m);
			raw[m] = toNumber(text, { ...where, column });
		}
		const values = toValues(year, raw);
		for (const m of Object.keys(values) as (keyof typeof values)[]) {
			const why = ANOMALIES[`${year}|${country}|${m}`];
			if (why) {
				report?.push(`un_egdi.${m} ${country} ${year}: emptied: ${why}`);
				values[m] = null;
			}
		}
		return Object.entries(values).map(([measure, value]) => ({
			indicator_id: `${SOURCE_ID}.${measure}`,
			country,
			year,
			value,
			ref_period: String(year),
			flag: value === null ? null : (TERRITORY_FLAGS[`${year}|${country}`] ?? null),
			source_id: SOURCE_ID,
			source_ref: toSourceRef({
				file,
				row: row.row,
				column: pick(row, csv.header, measure as Measure).column
			})
		}));
	});
}

async function read(rawDir: string): Promise<SourceOutput> {
	const dir = join(rawDir, 'un-egdi');
	const files = await readdir(dir);
	const observations: Row[] = [];
	const report: string[] = [];
	for (const year of EDITIONS) {
		const file = files.find((f) => f.startsWith(`EGOV_DATA_${year}`) && f.endsWith('.csv'));
		if (!file) throw new SourceError({ file: `un-egdi/EGOV_DATA_${year}.csv` }, 'file is missing');
		const text = await readFile(join(dir, file), 'utf8');
		observations.push(...readEdition(`un-egdi/${file}`, text, year, report));
	}
	return {
		sources: [SOURCE],
		indicators: INDICATORS,
		observations: flagMethodBreaks(observations),
		report
	};
}

export const unEgdi: PipelineSource = { folder: 'un-egdi', label: 'UN E-Government Survey', read };
