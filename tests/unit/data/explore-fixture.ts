import type { ExploreRow } from '$lib/data/explore-rows';

const row = (
	indicator_id: string,
	country: string,
	year: number,
	value: number,
	extra: Partial<ExploreRow> = {}
): ExploreRow => ({
	indicator_id,
	country,
	name: `Country ${country}`,
	year,
	value,
	flag: null,
	role: 'country',
	n: null,
	picked: false,
	eu27: true,
	...extra
});

/**
 * Indicator `x` (higher is better): in 2020 four countries and a published EU27 average of 70;
 * in 2021 two countries and the mean of the member states. Indicator `r` is a rank (lower is better).
 * A and C are chosen; C is not an EU member.
 */
export const ROWS: ExploreRow[] = [
	row('x', 'A', 2020, 80, { picked: true }),
	row('x', 'B', 2020, 60),
	row('x', 'C', 2020, 100, { picked: true, eu27: false }),
	row('x', 'D', 2020, 60),
	row('x', 'EU27', 2020, 70, { role: 'eu27_published', name: 'EU27 average', eu27: false }),
	row('x', 'A', 2021, 90, { picked: true, flag: 'break' }),
	row('x', 'B', 2021, 70),
	row('x', 'EU27', 2021, 80, { role: 'eu27_mean', name: 'EU27 average', eu27: false, n: 2 }),
	row('r', 'A', 2020, 3, { picked: true }),
	row('r', 'B', 2020, 1),
	row('r', 'EU27', 2020, 2, { role: 'eu27_mean', name: 'EU27 average', eu27: false, n: 2 })
];

/** `indicator|country|year` → value, for short assertions. */
export const valueOf = (
	rows: { indicator_id: string; country: string; year: number; value: number }[]
) => Object.fromEntries(rows.map((r) => [`${r.indicator_id}|${r.country}|${r.year}`, r.value]));
