/** One scoring row of the `1. Scores` sheets, found by its label. */
export interface ScoringRow {
	id: string;
	/** Labels as the workbooks write them; the first is the current one. */
	labels: string[];
	dimension: string;
	description: string;
	caveat?: string;
	/** Measured only under the old method: it has no value under the new one to flag. */
	oldMethodOnly?: boolean;
}

const row = (
	id: string,
	labels: string[],
	dimension: string,
	description: string,
	extra: Partial<ScoringRow> = {}
): ScoringRow => ({ id, labels, dimension, description, ...extra });

const UC = 'User centricity';
const TR = 'Transparency';
const KE = 'Key enablers';
const CB = 'Cross-border services';

export const SCORING_ROWS: ScoringRow[] = [
	row(
		'overall',
		['0. OVERALL SCORE'],
		'Overall',
		'Mean of the four top-level benchmarks: user centricity, transparency, key enablers and cross-border services.'
	),
	row(
		'user_centricity',
		['1. User centricity'],
		UC,
		'How far services can be completed online, work on mobile devices and offer online support.'
	),
	row(
		'online_availability',
		['1.1 Online availability'],
		UC,
		'Share of the services of the measured life events that are available online.'
	),
	row(
		'mobile_friendliness',
		['1.2 Mobile friendliness'],
		UC,
		'Whether the service websites work on mobile devices (automated test).'
	),
	row(
		'user_support',
		['1.3 User support'],
		UC,
		'Online help, feedback and contact channels for the services.'
	),
	row(
		'transparency',
		['2. Transparency'],
		TR,
		'Transparency of service delivery, of personal data, and of service design (from 2020) or of public organisations (up to 2019).',
		{
			caveat:
				'Computed with Transparency of public organisations for data up to 2019 and with Transparency of service design from 2020.'
		}
	),
	row(
		'transparency_of_service_delivery',
		['2.1 Transparency of service delivery'],
		TR,
		'Information on how a service is delivered: steps, expected duration, progress tracking, delivery notice.'
	),
	row(
		'transparency_of_personal_data',
		['2.2 Transparency of personal data'],
		TR,
		'Whether users can see, and have corrected, the personal data government holds about them.'
	),
	row(
		'transparency_of_service_design',
		['2.3 Transparency of service design'],
		TR,
		'Whether users are informed about, and can take part in, the design of services.',
		{
			caveat:
				'Introduced with the 2020 method, replacing Transparency of public organisations; its 2019+2020 biennial value is the 2020 value alone.'
		}
	),
	row(
		'transparency_of_public_organisations',
		['2.x Transparency of public organisations (old indicator)'],
		TR,
		"Information about public organisations' structure, mission, finances and decision-making.",
		{
			caveat:
				'Old indicator, replaced by Transparency of service design in 2020 and published only in the 2021 workbook; its 2019+2020 biennial value is the 2019 value alone.',
			oldMethodOnly: true
		}
	),
	row(
		'key_enablers',
		['3. Key Enablers'],
		KE,
		'Technical enablers used in the services: eID, eDocuments, pre-filled forms and digital post.'
	),
	row(
		'eid',
		['3.1 eID'],
		KE,
		'Whether users can identify themselves online with a national eID where a service needs it.'
	),
	row(
		'edocuments',
		['3.2 eDocuments'],
		KE,
		'Whether documents can be sent to and received from government electronically.'
	),
	row(
		'pre_filled_forms',
		['3.3 Pre-filled forms', '3.3 Authentic sources'],
		KE,
		'Whether forms are pre-filled with data government already holds (authentic sources, once only).',
		{
			caveat:
				'Called "Authentic sources" in the 2021 and 2022 workbooks; the countries\' values are the same in all four.'
		}
	),
	row(
		'digital_post',
		['3.4 Digital Post'],
		KE,
		'Whether government can communicate with users through a digital mailbox.'
	),
	row(
		'cross_border',
		['4. Cross-border services'],
		CB,
		'Online availability, user support, eID and eDocuments for users from other European countries.'
	),
	row(
		'cross_border_online_availability',
		['4.1 Cross-border online availability'],
		CB,
		'Share of services available online to users from other countries.'
	),
	row(
		'cross_border_user_support',
		['4.2 Cross-border user support'],
		CB,
		'Online help and contact channels for users from other countries.'
	),
	row(
		'cross_border_eid',
		['4.3 Cross-border eID'],
		CB,
		'Whether users can identify themselves with an eID from another country.'
	),
	row(
		'cross_border_edocuments',
		['4.4 Cross-border eDocuments'],
		CB,
		'Whether users from other countries can send and receive documents electronically.'
	)
];
