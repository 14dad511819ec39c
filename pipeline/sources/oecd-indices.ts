import type { SourceRecord } from '../lib/datapackage.ts';
import { OECD_TERMS } from '../lib/licences.ts';

/** The two OECD 2023 indices: their variables, the indicators they become, and their caveats. */
export interface OecdIndex {
	sourceId: 'oecd_dgi' | 'oecd_ourdata';
	file: string;
	/** The file's `ref_year`, the edition year written as `year`, and the data period. */
	refYear: number;
	edition: number;
	refPeriod: string;
	family: string;
	caveat: string;
	/**
	 * File variable → [indicator suffix, dimension, label, description], with 'rank' last for the
	 * OECD's own rank (1 = best) instead of a 0–1 score; null = known but not written.
	 */
	variables: Record<string, OecdVariable | null>;
	source: SourceRecord;
}

export type OecdVariable =
	[string, string, string, string] | [string, string, string, string, 'rank'];

const extracted =
	'The OECD publishes the index only as PDF tables; these values were extracted by a third party (Blavatnik School of Government, Oxford). Verify a headline figure against the OECD paper.';
const origin = (path: string) =>
	`Extracted from the OECD PDF by the Blavatnik School of Government for the Blavatnik Index of Public Administration 2024: GitHub repository blavatnik-index/bipa2024_sourcedata, ${path}, commit 088271d0d6a9c1717d925073166fde8a54f0428b; see data/raw/oecd-digital-government/PROVENANCE.md`;
const common = {
	publisher: 'OECD, Public Governance Directorate',
	editions: '2023',
	...OECD_TERMS
};

export const DGI: OecdIndex = {
	sourceId: 'oecd_dgi',
	file: 'oecd_dgi_2023.csv',
	refYear: 2023,
	edition: 2023,
	refPeriod: '2020-2022',
	family: 'OECD Digital Government Index',
	caveat: `No Germany in DGI 2023 (nor Greece, Slovakia, Switzerland or the United States): these countries did not take part, which is not a score of 0. DGI 2023 revised the survey and is not comparable with DGI 2019. Survey reference period 2020–2022. ${extracted}`,
	variables: {
		composite_index: [
			'composite',
			'Overall',
			'Digital Government Index 2023 (composite)',
			'Mean of the six dimensions of the OECD Digital Government Policy Framework.'
		],
		digital_design: [
			'digital_by_design',
			'Dimension',
			'Digital by design',
			'Digital technologies and data are built into policy making and service design from the start.'
		],
		data_driven: [
			'data_driven',
			'Dimension',
			'Data-driven public sector',
			'Data are governed and used as a strategic asset to design, deliver and monitor policies and services.'
		],
		govt_as_platform: [
			'government_as_a_platform',
			'Dimension',
			'Government as a platform',
			'Shared tools, components and standards that let teams build public services.'
		],
		open_default: [
			'open_by_default',
			'Dimension',
			'Open by default',
			'Government data and processes are open to the public, within the limits of the law.'
		],
		user_driven: [
			'user_driven',
			'Dimension',
			'User-driven',
			'Users shape the design and delivery of policies and services.'
		],
		proactiveness: [
			'proactiveness',
			'Dimension',
			'Proactiveness',
			'Government anticipates needs and delivers services before users ask.'
		],
		// The OECD ranks its 33 members only: partner countries (Argentina, Brazil, Croatia, Peru,
		// Romania) are scored but not ranked. The published rank is what a reader will quote.
		composite_rank: [
			'rank',
			'Overall',
			'Digital Government Index 2023 rank (OECD members)',
			"The OECD's own rank of its member countries on the composite index (1 = best). Partner countries in the survey (Argentina, Brazil, Croatia, Peru, Romania) are scored but not ranked.",
			'rank'
		]
	},
	source: {
		...common,
		source_id: 'oecd_dgi',
		title: '2023 OECD Digital Government Index: Results and key findings',
		citation:
			'OECD. (2024). 2023 OECD Digital Government Index: Results and key findings (OECD Public Governance Policy Papers No. 44). OECD Publishing. https://doi.org/10.1787/1a89ed5e-en',
		url: 'https://doi.org/10.1787/1a89ed5e-en',
		origin: origin('data_raw/OECD_DGI_2023/oecd_dgi_2023.csv')
	}
};

const pillar = (name: string, area: string): [string, string, string, string] => [
	name,
	'Pillar',
	area,
	`OURdata pillar "${area}": the mean of its three sub-pillars (to rounding).`
];
const sub = (id: string, area: string, part: string): [string, string, string, string] => [
	id,
	'Sub-pillar',
	`${area}: ${part}`,
	`OURdata sub-pillar "${part}" of the pillar "${area}".`
];
const [avail, access, reuse] = [
	'Data availability',
	'Data accessibility',
	'Government support for data re-use'
];

export const OURDATA: OecdIndex = {
	sourceId: 'oecd_ourdata',
	file: 'oecd_ourdata_2023.csv',
	refYear: 2022,
	edition: 2023,
	refPeriod: '2022',
	family: 'OECD OURdata Index',
	caveat: `Hungary is not in OURdata 2023 (not a score of 0). Scores are rounded to two decimals. The overall OURdata score (the mean of the three pillars) is not in the file and is not written here. Sub-pillar labels follow the variable names of the extraction. ${extracted}`,
	variables: {
		availability_score: pillar('availability', avail),
		availability_policy: sub('availability_policy', avail, 'policy'),
		availability_implementation: sub('availability_implementation', avail, 'implementation'),
		availability_release: sub('availability_release', avail, 'release'),
		accessibility_score: pillar('accessibility', access),
		accessibility_policy: sub('accessibility_policy', access, 'policy'),
		accessibility_implementation: sub('accessibility_implementation', access, 'implementation'),
		accessibility_release: sub('accessibility_release', access, 'release'),
		reuse_score: pillar('reuse', reuse),
		reuse_promotion: sub('reuse_promotion', reuse, 'data promotion'),
		reuse_dataliteracy: sub('reuse_data_literacy', reuse, 'data literacy'),
		reuse_monitoring: sub('reuse_monitoring', reuse, 'monitoring')
	},
	source: {
		...common,
		source_id: 'oecd_ourdata',
		title: '2023 OECD Open, Useful and Re-usable data (OURdata) Index: Results and key findings',
		citation:
			'OECD. (2023). 2023 OECD Open, Useful and Re-usable data (OURdata) Index: Results and key findings (OECD Public Governance Policy Papers). OECD Publishing. https://doi.org/10.1787/a37f51c3-en',
		url: 'https://doi.org/10.1787/a37f51c3-en',
		origin: origin('data_raw/OECD_OURDATA_2023/oecd_ourdata_2023.csv')
	}
};
