import type { YearRange } from '$lib/state/params';
import type { ExploreRow } from './explore-rows';

/**
 * Marks the chosen countries (`picked`) and keeps the years in range, on rows queried for every
 * country and year of the indicators: a change of countries or years needs no new query.
 */
export function pick(
	rows: readonly ExploreRow[],
	countries: readonly string[] | 'all',
	{ from, to }: YearRange
): ExploreRow[] {
	const chosen = countries === 'all' ? null : new Set(countries);
	const out: ExploreRow[] = [];
	for (const r of rows) {
		if ((from !== null && r.year < from) || (to !== null && r.year > to)) continue;
		const picked = r.role === 'country' && (chosen === null || chosen.has(r.country));
		out.push(picked === r.picked ? r : { ...r, picked });
	}
	return out;
}
