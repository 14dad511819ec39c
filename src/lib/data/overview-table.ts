import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { OverviewRow } from '$lib/queries/overview';
import { digitsOf, eu27Text, HEADLINES, periodOf } from './country-indicators';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import { ordinalIn } from './country-summary';

/** The headline benchmarks of the overview, in the order shown. */
export const OVERVIEW_BENCHMARKS = [
	'un_egdi.egdi',
	'eu_egov.overall',
	'desi2022.dps',
	'oecd_dgi.composite'
] as const;

/** The year of the targets the overview measures against (the Digital Decade's). */
export const TARGET_YEAR = 2030;

/** How a sentence names a benchmark: "the UN e-government index". */
export const shortName = (meta: Pick<IndicatorMeta, 'indicator_id' | 'label'>) =>
	HEADLINES.find((h) => h.id === meta.indicator_id)?.short ?? meta.label;

/** One country's latest edition of a benchmark, every number formatted; null fields: not assessed. */
export interface OverviewCell {
	country: string;
	name: string;
	year: number | null;
	/** The value as stored, for checks against the data. */
	raw: number | null;
	value: string;
	flag: string | null;
	/** From an older edition than the benchmark's newest among the countries shown. */
	older: boolean;
	rank: string;
	eu27: string;
	distance: string;
}

/** One benchmark: a column group of the table, one cell per country. */
export interface OverviewGroup {
	id: string;
	source_id: string;
	label: string;
	family: string;
	unit: string;
	/** The newest edition any of the countries has: the edition the column is headed with. */
	year: number | null;
	/**
	 * The data period of that edition where it is not the year itself ("2022–2023" for the EU
	 * benchmark's biennial averages, "2021" for a DESI edition), else null.
	 */
	period: string | null;
	/** The EU27 average in that edition. */
	eu27: string;
	/** "100 by 2030", or null without a target that year. */
	target: string | null;
	cells: OverviewCell[];
	/** Cells from an older edition than the column's, said in words for the table's notes. */
	olderNotes: string[];
}

type Meta = Pick<
	IndicatorMeta,
	'indicator_id' | 'source_id' | 'label' | 'family' | 'unit' | 'scale_max'
>;

function cell(r: OverviewRow, digits: number, newest: number | null, locale: Locale): OverviewCell {
	const f = (v: number) => v.toFixed(digits);
	const distance =
		r.distance === null
			? '–'
			: r.distance > 0
				? t.vToGo(locale, { value: f(r.distance) })
				: t.vTargetReachedCell(locale);
	return {
		country: r.country,
		name: r.name,
		year: r.year,
		raw: r.value,
		value: f(r.value),
		flag: r.flag,
		older: newest !== null && r.year !== newest,
		rank:
			r.rank === null
				? t.vNotRanked(locale)
				: t.vRankOfN(locale, { rank: ordinalIn(r.rank, locale), n: String(r.n) }),
		eu27: eu27Text(r, digits, false, locale) ?? '–',
		distance
	};
}

const absent = (country: string, name: string, locale: Locale): OverviewCell => ({
	country,
	name,
	year: null,
	raw: null,
	value: t.vNotAssessed(locale),
	flag: null,
	older: false,
	rank: '–',
	eu27: '–',
	distance: '–'
});

/** The latest-values table: one group per benchmark, one line per country in the given order. */
export function overviewTable(
	rows: readonly OverviewRow[],
	metas: readonly Meta[],
	countries: readonly { country: string; name: string }[],
	locale: Locale = 'en'
): OverviewGroup[] {
	return metas.map((meta) => {
		const latest = rows.filter((r) => r.indicator_id === meta.indicator_id && r.latest);
		const digits = digitsOf(meta);
		const goal = latest.find((r) => r.target_value !== null);
		const newest = latest.reduce<OverviewRow | null>(
			(a, r) => (a && a.year >= r.year ? a : r),
			null
		);
		const cells = countries.map(({ country, name }) => {
			const r = latest.find((l) => l.country === country);
			return r ? cell(r, digits, newest?.year ?? null, locale) : absent(country, name, locale);
		});
		return {
			id: meta.indicator_id,
			source_id: meta.source_id,
			label: meta.label,
			family: meta.family,
			unit: meta.unit,
			year: newest?.year ?? null,
			period: periodOf(newest),
			eu27: newest ? cell(newest, digits, newest.year, locale).eu27 : '–',
			target: goal
				? t.vTargetBy(locale, { value: String(goal.target_value), year: String(goal.target_year) })
				: null,
			cells,
			olderNotes: cells
				.filter((c) => c.older)
				.map((c) =>
					t.vOlderNote(locale, {
						name: c.name,
						label: meta.label,
						year: String(c.year),
						flag: c.flag === 'break' ? ` ${t.vAfterBreak(locale)}` : c.flag ? ` (${c.flag})` : '',
						eu27: c.eu27
					})
				)
		};
	});
}
