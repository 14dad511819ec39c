import { from, op } from 'arquero';
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
	const base = from(countries);
	base.params({ down: [...lowerIsBetter] });
	const ranked = base
		.derive({ key: (d, $) => (op.includes($.down, d.indicator_id) ? d.value : -d.value) })
		.groupby('indicator_id', 'year')
		.derive({ n: () => op.count(), raw: (d) => d.value })
		.orderby('key')
		.derive({ value: () => op.rank() })
		.ungroup();
	const euValue = new Map(euRows(rows).map((r) => [`${r.indicator_id}|${r.year}`, r.value]));
	const eu = ranked
		.filter((d) => d.eu27)
		.groupby('indicator_id', 'year')
		.rollup({ value: (d) => op.mean(d.value), n: () => op.count() })
		.objects() as { indicator_id: string; year: number; value: number; n: number }[];
	const reference = eu.map((e) => ({
		...e,
		country: 'EU27',
		name: 'EU27 average',
		flag: null,
		role: 'eu27_mean' as const,
		raw: euValue.get(`${e.indicator_id}|${e.year}`) ?? Number.NaN
	}));
	const picked = ranked.filter((d) => d.picked).objects() as NormRow[];
	return [...picked, ...reference].map(asNorm);
}
