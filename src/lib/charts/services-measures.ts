import type { ServicesSummaryRow } from '$lib/queries/services-summary';
import type { ServicesState } from '$lib/state/services-state';

export interface MeasureInfo {
	column: keyof ServicesSummaryRow & string;
	label: string;
	unit: string;
	/** The definition shown on the page beside the numbers. */
	definition: string;
}

/** The summary measures, by the URL's name for them. */
export const MEASURE_INFO: Record<ServicesState['measure'], MeasureInfo> = {
	central: {
		column: 'central',
		label: 'Central level',
		unit: '% of services',
		definition:
			'Share of the applicable national services that the benchmark assigns to central government.'
	},
	regional: {
		column: 'regional',
		label: 'Regional level',
		unit: '% of services',
		definition: 'Share of the applicable national services provided by regional government.'
	},
	local: {
		column: 'local',
		label: 'Local level',
		unit: '% of services',
		definition: 'Share of the applicable national services provided by local government.'
	},
	providers: {
		column: 'providers',
		label: 'Distinct providers',
		unit: 'organisations per life event',
		definition:
			'Number of different organisations running the websites the mystery shoppers used for the life event: a measure of fragmentation.'
	},
	portal: {
		column: 'portal',
		label: 'Through the national portal',
		unit: '% of services',
		definition:
			'Share of the applicable national services with a website reachable through the national portal (question A3).'
	},
	'cross-border': {
		column: 'cross_border',
		label: 'Fully online across borders',
		unit: '% of cross-border services',
		definition:
			'Share of the services assessed for users from another European country that such a user can complete online (cross-border online-availability score 100).'
	},
	proactive: {
		column: 'proactive',
		label: 'Proactive',
		unit: '% of services',
		definition:
			'Share of the applicable national services delivered without the user asking (the workbook’s “% Proactive”; called “Automated” in the 2021 and 2022 workbooks).'
	}
};

/** A measure's value as the page prints it. */
export function formatMeasure(value: number | null | undefined, info: MeasureInfo): string {
	if (value === null || value === undefined) return '–';
	if (info.column !== 'providers') return `${Math.round(value)}%`;
	// A count; an average over life events keeps one decimal.
	return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
