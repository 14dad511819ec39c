import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { ProfileRow } from '$lib/queries/country-profile';
import type { Standing } from '$lib/queries/standing';
import type { Locale } from '$lib/i18n/locales';
import { vMeanOf, vMeanRankValue } from '$lib/i18n/pages/views';

/** The headline benchmarks a profile opens with, and how a sentence names them. */
export const HEADLINES: readonly { id: string; short: string }[] = [
	{ id: 'un_egdi.egdi', short: 'the UN e-government index' },
	{ id: 'eu_egov.overall', short: 'the EU eGovernment Benchmark' },
	{ id: 'desi2022.dps', short: 'DESI digital public services (2022 method)' },
	{ id: 'desi2020.dps', short: 'DESI digital public services (2020 method)' },
	{ id: 'oecd_dgi.composite', short: 'the OECD Digital Government Index' },
	{ id: 'eu_odm.overall', short: 'Open Data Maturity' }
];

/** One indicator of a profile: its catalogue entry, every edition, and the latest. */
export interface IndicatorSummary {
	meta: IndicatorMeta;
	series: ProfileRow[];
	latest: ProfileRow;
}

/** The profile's rows grouped by indicator, in catalogue order, then by benchmark family. */
export function byIndicator(
	rows: readonly ProfileRow[],
	catalogue: readonly IndicatorMeta[]
): [string, IndicatorSummary[]][] {
	const families: [string, IndicatorSummary[]][] = [];
	for (const meta of catalogue) {
		const series = rows.filter((r) => r.indicator_id === meta.indicator_id);
		const latest = series.at(-1);
		if (!latest) continue;
		const summary = { meta, series, latest };
		const family = families.find(([f]) => f === meta.family);
		if (family) family[1].push(summary);
		else families.push([meta.family, [summary]]);
	}
	return families;
}

/** Digits to show: three on 0–1 indices, one on 0–100 scores, none on ranks. */
export const digitsOf = (meta: Pick<IndicatorMeta, 'unit' | 'scale_max'>) =>
	meta.unit === 'rank' ? 0 : (meta.scale_max ?? 100) <= 1 ? 3 : 1;

/**
 * The EU27 figure beside a country's value: as published, or the mean of the member states
 * assessed, saying how many when fewer than 27 (21 in the OECD index); a mean of ranks says so.
 */
export function eu27Text(
	r: Pick<Standing, 'eu27_value' | 'eu27_n'>,
	digits: number,
	isRank = false,
	locale: Locale = 'en'
): string | null {
	if (r.eu27_value === null) return null;
	if (isRank) return vMeanRankValue(locale, { value: r.eu27_value.toFixed(1) });
	const part = r.eu27_n !== null && r.eu27_n < 27 ? ` ${vMeanOf(locale, { n: r.eu27_n })}` : '';
	return `${r.eu27_value.toFixed(digits)}${part}`;
}

/** The data period an edition describes, if it says more than the edition's year. */
export function periodOf(r: { year: number; ref_period: string | null } | null): string | null {
	if (!r?.ref_period || r.ref_period === String(r.year)) return null;
	return r.ref_period.replace('-', '–');
}
