import { from, op } from 'arquero';
import { asNorm, shownRows, type ExploreRow, type NormRow } from './explore-rows';

const KEYS = ['indicator_id', 'year'];

/**
 * Standard score across the countries assessed each year: (value − mean) / standard deviation
 * (sample), for the chosen countries and the EU27 reference; `n` is the number assessed.
 */
export function zscore(rows: readonly ExploreRow[]): NormRow[] {
	const countries = rows.filter((r) => r.role === 'country');
	const shown = shownRows(rows);
	if (countries.length === 0 || shown.length === 0) return [];
	const stats = from(countries)
		.groupby('indicator_id', 'year')
		.rollup({
			mean: (d) => op.mean(d.value),
			sd: (d) => op.stdev(d.value),
			assessed: () => op.count()
		});
	return (
		from(shown)
			.join(stats, [KEYS, KEYS])
			.filter((d) => d.sd > 0)
			.derive({
				raw: (d) => d.value,
				value: (d) => (d.value - d.mean) / d.sd,
				n: (d) => d.assessed
			})
			.objects() as NormRow[]
	).map(asNorm);
}
