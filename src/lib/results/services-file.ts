import {
	servicesGridQuery,
	type ServiceResultRow,
	type ServicesGridRequest
} from '$lib/queries/services-grid';
import { servicesSummaryQuery, type ServicesSummaryRow } from '$lib/queries/services-summary';
import type { Query } from '$lib/queries/query';

/*
 * /services answers from two kinds of file, each one query's rows for every country as a column
 * table: the grid of a life event in one edition (every level and type), and the summary measures
 * of a life event (every edition). A link's rows are sliced out of them.
 */
const id = encodeURIComponent;

/** The grid file of a life event (its URL slug) in an edition. */
export const gridFilePath = (edition: number, event: string) =>
	`services/grid/${edition}/${id(event)}.json`;

/** The summary file of a life event (its URL slug). */
export const summaryFilePath = (event: string) => `services/summary/${id(event)}.json`;

/** The grid query a file holds: every country, level and type of one life event and edition. */
export const gridFileQuery = (
	countries: readonly string[],
	edition: number,
	lifeEvent: string
): Query<ServiceResultRow> =>
	servicesGridQuery({ countries, edition, lifeEvent, level: 'all', type: 'all' });

/** The summary query a file holds: every country's measures for one life event. */
export const summaryFileQuery = (
	countries: readonly string[],
	lifeEvent: string
): Query<ServicesSummaryRow> => servicesSummaryQuery({ countries, by: 'life_event', lifeEvent });

/** The columns of the grid and summary queries, in order. */
export const GRID_COLUMNS = gridFileQuery([], 0, '').columns as (keyof ServiceResultRow & string)[];
export const SUMMARY_COLUMNS = summaryFileQuery([], '').columns as (keyof ServicesSummaryRow &
	string)[];

/** `lower(x) = level` as the query tests it, with SQL's NULL (never equal) kept. */
const sameLower = (value: string | null, wanted: string) =>
	wanted === 'all' || (value !== null && value.toLowerCase() === wanted);

/**
 * The rows the grid query gives for `r`, out of those its file holds (every country, level and
 * type): the query orders by service then country, so keeping rows keeps its order.
 */
export function gridSlice(
	all: readonly ServiceResultRow[],
	r: Pick<ServicesGridRequest, 'countries' | 'level' | 'type'>
): ServiceResultRow[] {
	const countries = new Set(r.countries);
	return all.filter(
		(row) =>
			countries.has(row.country) &&
			sameLower(row.gov_level, r.level) &&
			sameLower(row.service_type, r.type)
	);
}

/** The summary rows of the chosen countries, in the query's order (country, edition). */
export function summarySlice(
	all: readonly ServicesSummaryRow[],
	countries: readonly string[]
): ServicesSummaryRow[] {
	const wanted = new Set(countries);
	return all.filter((row) => wanted.has(row.country));
}
