export type { ExploreRow, Role } from '$lib/queries/explore';
import type { ExploreRow, Role } from '$lib/queries/explore';

/** A value as charts and tables show it: normalised, with the raw value beside it. */
export interface NormRow {
	indicator_id: string;
	country: string;
	name: string;
	year: number;
	value: number;
	raw: number;
	flag: string | null;
	role: Role;
	/** Countries assessed that year (ranks, z-scores) or averaged (EU27 mean). */
	n: number | null;
}

/** The EU27 reference rows (published average or mean of the member states). */
export const euRows = <R extends { role: Role }>(rows: readonly R[]) =>
	rows.filter((r) => r.role !== 'country');

/** The rows a chart shows: the chosen countries and the EU27 reference. */
export const shownRows = (rows: readonly ExploreRow[]) =>
	rows.filter((r) => r.picked || r.role !== 'country');

/** Only the NormRow columns of a row, in order (drops helper columns of the verbs). */
export const asNorm = (r: NormRow): NormRow => ({
	indicator_id: r.indicator_id,
	country: r.country,
	name: r.name,
	year: r.year,
	value: r.value,
	raw: r.raw,
	flag: r.flag ?? null,
	role: r.role,
	n: r.n ?? null
});

/** Raw values: the chosen countries and the EU27 reference as queried. */
export const raw = (rows: readonly ExploreRow[]): NormRow[] =>
	shownRows(rows).map((r) => asNorm({ ...r, raw: r.value }));
