import { serviceCountriesQuery } from '$lib/queries/services-grid';
import { toColumns, type ColumnTable } from '$lib/results/columnar';
import { gridFileQuery, summaryFileQuery } from '$lib/results/services-file';
import { EDITIONS, LIFE_EVENTS } from '$lib/state/services-state';
import type { NodeDb } from './node-db';

const countriesOf = new WeakMap<NodeDb, Promise<string[]>>();

/** Every country with service data: the files hold them all, a link picks some. */
export function serviceCountries(db: NodeDb): Promise<string[]> {
	let countries = countriesOf.get(db);
	if (!countries)
		countriesOf.set(
			db,
			(countries = db
				.query(serviceCountriesQuery())
				.then((rows) => rows.map((r) => String(r.country))))
		);
	return countries;
}

const EDITION_NUMBERS: readonly number[] = EDITIONS.map(Number);

/** The workbooks' name of a life event's URL slug; null for no life event. */
const nameOf = (slug: string) => LIFE_EVENTS.find((e) => e.slug === slug)?.name ?? null;

/** The file for every edition and life event a link can choose. */
export const gridFileEntries = () =>
	EDITIONS.flatMap((edition) => LIFE_EVENTS.map((e) => ({ edition, event: e.slug })));

export const summaryFileEntries = () => LIFE_EVENTS.map((e) => ({ event: e.slug }));

/** The grid file of a life event (slug) in an edition; null for one a link cannot choose. */
export async function buildGridFile(
	db: NodeDb,
	edition: number,
	event: string
): Promise<ColumnTable | null> {
	const lifeEvent = nameOf(event);
	if (!EDITION_NUMBERS.includes(edition) || lifeEvent === null) return null;
	const query = gridFileQuery(await serviceCountries(db), edition, lifeEvent);
	return toColumns(await db.query(query), query.columns);
}

/** The summary file of a life event (slug); null for one a link cannot choose. */
export async function buildSummaryFile(db: NodeDb, event: string): Promise<ColumnTable | null> {
	const lifeEvent = nameOf(event);
	if (lifeEvent === null) return null;
	const query = summaryFileQuery(await serviceCountries(db), lifeEvent);
	return toColumns(await db.query(query), query.columns);
}
