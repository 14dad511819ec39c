import type { SourceRecord } from '../lib/datapackage.ts';
import { EC_REUSE } from '../lib/licences.ts';

/** The two DESI exports: which rows hold each series, how to scale them, and what to say about them. */
export interface Series {
	id: string;
	/** The export's indicator, breakdown and unit_measure codes of the series. */
	code: [string, string, string];
	/** 100 where the export stores a share as a fraction of 1. */
	factor: number;
	label: string;
	unit: string;
	description: string;
	caveat: string;
}

export interface Method {
	sourceId: 'desi2020' | 'desi2022';
	file: string;
	first: number;
	last: number;
	/** The aggregate the export's `EU` row stands for. */
	eu: 'EU27' | 'EU28';
	caveat: string;
	series: Series[];
	source: SourceRecord;
}

const score = 'score (0–100)';
const benchmark =
	'Taken by DESI from the EU eGovernment Benchmark (mystery shopping of life events, averaged over two years of data collection).';
const only2022 =
	'Only the DESI 2022 edition holds values in this export (2017–2021 empty, not written).';
const fraction = 'The export stores a fraction of 1; multiplied by 100 here.';
const edition =
	'The year is the DESI edition; most of its data describe the year before (ref_period). ' +
	'Every DESI edition recalculates the back years, so an edition replaces the earlier ones.';
const uk =
	'The UK left the EU on 31 January 2020: DESI 2020 is its last edition; EU sources after 2020 do not cover it.';

const series = (
	sourceId: string,
	rows: [string, string, number, string, string, string, string?][]
): Series[] =>
	rows.map(([id, code, factor, label, unit, description, caveat]) => ({
		id: `${sourceId}.${id}`,
		code: code.split('|') as Series['code'],
		factor,
		label,
		unit,
		description,
		caveat: caveat ?? ''
	}));

const scoreboard = 'https://digital-decade-desi.digital-strategy.ec.europa.eu';
const common = {
	publisher: 'European Commission, DG Communications Networks, Content and Technology (DG CONNECT)',
	...EC_REUSE,
	url: scoreboard
};

export const DESI_2020: Method = {
	sourceId: 'desi2020',
	file: 'DESI_2020edition_2015-2020_mett29-DataViz.csv',
	first: 2015,
	last: 2020,
	eu: 'EU28',
	caveat: `DESI 2020 method (five dimensions; digital public services is dimension 5), editions 2015–2020 as recalculated for DESI 2020. Never join with the desi2022.* series: the 2021 revision changed indicators, weights and normalisation, and the two exports give different values for the same year. The EU average is the EU28 (with the UK). ${edition} ${uk}`,
	series: series('desi2020', [
		[
			'dps',
			'desi_sliders|desi_5_dps|pc_desi_sliders',
			1,
			'DESI digital public services (2020 method)',
			score,
			'DESI dimension 5 score: weighted, normalised eGovernment sub-indicators 5a1–5a5.'
		],
		[
			'egov_users',
			'desi_5a1_egovu|ind_total|pc_ind_form',
			100,
			'e-Government users (DESI 2020 method)',
			'% of internet users needing to submit forms',
			'Internet users who needed to submit forms to the public administration and did so online (Eurostat survey).',
			fraction
		],
		[
			'prefilled_forms',
			'desi_5a2_prefform|all_egov_le|egov_score',
			1,
			'Pre-filled forms (DESI 2020 method)',
			score,
			'How far data the administration already holds is pre-filled in online forms.',
			benchmark
		],
		[
			'online_service_completion',
			'desi_5a3_osercomp|all_egov_le|egov_score',
			1,
			'Online service completion (DESI 2020 method)',
			score,
			'Share of the steps of public-service life events that can be completed online.',
			benchmark
		],
		[
			'services_businesses',
			'desi_5a4_psb|all_egov_le|egov_score',
			1,
			'Digital public services for businesses (DESI 2020 method)',
			score,
			'Public services for starting and running a business that are available online, for domestic and foreign users.',
			benchmark
		],
		[
			'open_data',
			'desi_5a5_opendata|total|od_score',
			100,
			'Open data (DESI 2020 method)',
			'% of maximum score',
			'Open Data Maturity score (data.europa.eu) as used by DESI.',
			`Only the DESI 2020 edition holds values in this export (2015–2019 empty, not written). ${fraction}`
		]
	]),
	source: {
		...common,
		source_id: 'desi2020',
		title: 'Digital Economy and Society Index (DESI) 2020, digital public services (2020 method)',
		editions: '2015–2020 (DESI 2020 release, EU28)',
		citation: `European Commission. (2020). Digital Economy and Society Index (DESI) 2020 [Data set]. Digital Agenda Scoreboard. ${scoreboard}`,
		origin:
			'Full "DESI" CSV export of the Digital Agenda Scoreboard (digital-agenda-data.eu), as copied in GitHub repository mett29/DataViz, data/DESI.csv, commit 467ce24eaf32562931e423522b5a8f1e6295060a; see data/raw/eu-desi/PROVENANCE.md'
	}
};

export const DESI_2022: Method = {
	sourceId: 'desi2022',
	file: 'DESI_2022edition_2017-2022_agachocz-ODDEA.csv',
	first: 2017,
	last: 2022,
	eu: 'EU27',
	caveat: `DESI 2022 method (four dimensions; digital public services is dimension 4), editions 2017–2022 recalculated by the EC for DESI 2022, EU27 only. Never join with the desi2020.* series: the 2021 revision changed indicators, weights and normalisation, and the two exports give different values for the same year. ${edition} ${uk}`,
	series: series('desi2022', [
		[
			'dps',
			'desi_sliders|desi_dps|pc_desi_sliders',
			100,
			'DESI digital public services (2022 method)',
			score,
			'DESI dimension 4 score: weighted, normalised e-government indicators 4a1–4a5.',
			fraction
		],
		[
			'egov_users',
			'desi_dps_egovuser|ind_total|pc_ind_ilt12',
			100,
			'e-Government users (DESI 2022 method)',
			'% of internet users',
			'Internet users who interacted online with public authorities in the last 12 months (Eurostat survey).',
			fraction
		],
		[
			'prefilled_forms',
			'desi_dps_prefform|all_egov_le|egov_score',
			1,
			'Pre-filled forms (DESI 2022 method)',
			score,
			'How far data the administration already holds is pre-filled in online forms.',
			`${only2022} ${benchmark}`
		],
		[
			'services_citizens',
			'desi_dps_pscit|all_egov_le|egov_score',
			1,
			'Digital public services for citizens (DESI 2022 method)',
			score,
			'Share of the administrative steps of major life events for citizens that can be done online.',
			`${only2022} ${benchmark}`
		],
		[
			'services_businesses',
			'desi_dps_psbiz|all_egov_le|egov_score',
			1,
			'Digital public services for businesses (DESI 2022 method)',
			score,
			'Share of the administrative steps for starting and running a business that can be done online.',
			`${only2022} ${benchmark}`
		],
		[
			'open_data',
			'desi_dps_opendata|total|od_score',
			100,
			'Open data (DESI 2022 method)',
			'% of maximum score',
			'Open Data Maturity score (data.europa.eu) as used by DESI.',
			`${only2022} ${fraction}`
		]
	]),
	source: {
		...common,
		source_id: 'desi2022',
		title: 'Digital Economy and Society Index (DESI) 2022, digital public services (2022 method)',
		editions: '2017–2022 (DESI 2022 release, EU27)',
		citation: `European Commission. (2022). Digital Economy and Society Index (DESI) 2022 [Data set]. Digital Decade DESI visualisation tool. ${scoreboard}`,
		origin:
			'Full "DESI" CSV export of the Digital Agenda Scoreboard, as copied in GitHub repository agachocz/ODDEA_index_analysis, datasets/DESI.csv, commit 6a6f726ac5c6e5355e23b799c640631cc5a2cf42; see data/raw/eu-desi/PROVENANCE.md'
	}
};
