import { groupBy, mean, yearKey } from './by-key';
import { asNorm, euRows, type ExploreRow, type NormRow } from './explore-rows';

/**
 * Rank among all countries assessed each year (1 = best; ties share the better rank), `n` the
 * number assessed; the EU27 reference becomes the mean rank of the member states assessed.
 */
export function rank(
	rows: readonly ExploreRow[],
	lowerIsBetter: readonly string[] = []
): NormRow[] {
	const countries = rows.filter((r) => r.role === 'country');
	if (countries.length === 0) return [];
	const down = new Set(lowerIsBetter);
	const keyOf = (r: ExploreRow) => (down.has(r.indicator_id) ? r.value : -r.value);
	const ranked: (ExploreRow & { raw: number })[] = [];
	for (const group of groupBy(countries, yearKey).values()) {
		const keys = group.map(keyOf);
		group.forEach((r, i) => {
			const better = keys.filter((k) => k < (keys[i] as number)).length;
			ranked.push({ ...r, raw: r.value, value: better + 1, n: group.length });
		});
	}
	ranked.sort((a, b) => keyOf({ ...a, value: a.raw }) - keyOf({ ...b, value: b.raw }));
	const euValue = new Map(euRows(rows).map((r) => [yearKey(r), r.value]));
	const reference = [
		...groupBy(
			ranked.filter((r) => r.eu27),
			yearKey
		)
	].map(([k, group]) => ({
		...(group[0] as ExploreRow),
		value: mean(group.map((r) => r.value)),
		n: group.length,
		country: 'EU27',
		name: 'EU27 average',
		flag: null,
		role: 'eu27_mean' as const,
		raw: euValue.get(k) ?? Number.NaN
	}));
	const picked = ranked.filter((r) => r.picked);
	return [...picked, ...reference].map(asNorm);
}
