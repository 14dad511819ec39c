import { groupBy, mean, stdev, yearKey } from './by-key';
import { asNorm, shownRows, type ExploreRow, type NormRow } from './explore-rows';

/**
 * Standard score across the countries assessed each year: (value − mean) / standard deviation
 * (sample), for the chosen countries and the EU27 reference; `n` is the number assessed.
 */
export function zscore(rows: readonly ExploreRow[]): NormRow[] {
	const countries = rows.filter((r) => r.role === 'country');
	const shown = shownRows(rows);
	if (countries.length === 0 || shown.length === 0) return [];
	const stats = new Map(
		[...groupBy(countries, yearKey)].map(([k, group]) => {
			const values = group.map((r) => r.value);
			return [k, { mean: mean(values), sd: stdev(values), assessed: group.length }];
		})
	);
	return shown.flatMap((r) => {
		const s = stats.get(yearKey(r));
		if (!s || !(s.sd > 0)) return [];
		return [asNorm({ ...r, raw: r.value, value: (r.value - s.mean) / s.sd, n: s.assessed })];
	});
}
