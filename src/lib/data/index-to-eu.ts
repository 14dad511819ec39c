import { yearKey } from './by-key';
import { asNorm, euRows, shownRows, type ExploreRow, type NormRow } from './explore-rows';

/**
 * Each value as a share of the EU27 average of the same indicator and year (EU27 = 100): the
 * published average where the source publishes one, else the mean of the member states assessed.
 */
export function indexToEu(rows: readonly ExploreRow[]): NormRow[] {
	const eu = euRows(rows).filter((r) => r.value !== 0);
	const shown = shownRows(rows);
	if (eu.length === 0 || shown.length === 0) return [];
	return shown.flatMap((r) =>
		eu
			.filter((e) => yearKey(e) === yearKey(r))
			.map((e) => asNorm({ ...r, raw: r.value, value: (r.value / e.value) * 100 }))
	);
}
