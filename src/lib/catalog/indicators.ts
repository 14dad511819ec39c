/** An indicator as the app shows it: read from indicators.parquet at build time. */
export interface IndicatorMeta {
	indicator_id: string;
	source_id: string;
	family: string;
	dimension: string | null;
	label: string;
	description: string | null;
	unit: string;
	/** Decimals the publisher prints (downloads round to it). */
	decimals?: number;
	scale_min: number | null;
	scale_max: number | null;
	higher_is_better: boolean;
	caveat: string | null;
	countries: number;
	first_year: number;
	last_year: number;
}

/**
 * How ranks are counted, in words for the pages that show them: the same rule as PUBLISHED_RANK
 * and the standing query.
 */
export const RANK_RULE =
	'rank among all countries assessed in the edition (1 = best), or the source’s own where it publishes one: the UN survey’s for the EGDI, and the OECD’s for the Digital Government Index, which ranks its 33 members only';

/** Indicators whose source publishes its own rank: the rank view shows the published one. */
export const PUBLISHED_RANK: Record<string, string> = {
	'un_egdi.egdi': 'un_egdi.rank',
	'oecd_dgi.composite': 'oecd_dgi.rank'
};

/** Indicators that are ranks themselves, not scores. */
export const isRank = (meta: Pick<IndicatorMeta, 'unit'>) => meta.unit === 'rank';

/** Indicators grouped by benchmark family, in catalogue order. */
export function byFamily(list: readonly IndicatorMeta[]): [string, IndicatorMeta[]][] {
	const groups: [string, IndicatorMeta[]][] = [];
	for (const meta of list) {
		const group = groups.find(([family]) => family === meta.family);
		if (group) group[1].push(meta);
		else groups.push([meta.family, [meta]]);
	}
	return groups;
}

export const scaleText = (m: Pick<IndicatorMeta, 'scale_min' | 'scale_max'>) =>
	m.scale_min !== null && m.scale_max !== null ? `${m.scale_min}–${m.scale_max}` : '';

/** "2003–2024", or "2023" when one edition is all there is. */
export const yearSpan = (first: number, last: number) =>
	first === last ? `${first}` : `${first}–${last}`;
