import { from } from 'arquero';
import { asNorm, euRows, shownRows, type ExploreRow, type NormRow } from './explore-rows';

const KEYS = ['indicator_id', 'year'];

/**
 * Each value as a share of the EU27 average of the same indicator and year (EU27 = 100): the
 * published average where the source publishes one, else the mean of the member states assessed.
 */
export function indexToEu(rows: readonly ExploreRow[]): NormRow[] {
	const eu = euRows(rows).filter((r) => r.value !== 0);
	const shown = shownRows(rows);
	if (eu.length === 0 || shown.length === 0) return [];
	const reference = from(eu).select({ indicator_id: 'indicator_id', year: 'year', value: 'eu' });
	return (
		from(shown)
			.join(reference, [KEYS, KEYS])
			.derive({ raw: (d) => d.value, value: (d) => (d.value / d.eu) * 100 })
			.objects() as NormRow[]
	).map(asNorm);
}
