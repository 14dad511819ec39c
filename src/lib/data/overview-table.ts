import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { OverviewRow } from '$lib/queries/overview';
import { digitsOf, eu27Text, HEADLINES, periodOf } from './country-indicators';
import { ordinal } from './country-summary';

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

function cell(r: OverviewRow, digits: number, newest: number | null): OverviewCell {
	const f = (v: number) => v.toFixed(digits);
	const distance =
		r.distance === null ? '–' : r.distance > 0 ? `${f(r.distance)} to go` : 'target reached';
	return {
		country: r.country,
		name: r.name,
		year: r.year,
		raw: r.value,
		value: f(r.value),
		flag: r.flag,
		older: newest !== null && r.year !== newest,
		rank: r.rank === null ? 'not ranked' : `${ordinal(r.rank)} of ${r.n}`,
		eu27: eu27Text(r, digits) ?? '–',
		distance
	};
}

const absent = (country: string, name: string): OverviewCell => ({
	country,
	name,
	year: null,
	raw: null,
	value: 'not assessed',
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
	countries: readonly { country: string; name: string }[]
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
			return r ? cell(r, digits, newest?.year ?? null) : absent(country, name);
		});
		return {
			id: meta.indicator_id,
			source_id: meta.source_id,
			label: meta.label,
			family: meta.family,
			unit: meta.unit,
			year: newest?.year ?? null,
			period: periodOf(newest),
			eu27: newest ? cell(newest, digits, newest.year).eu27 : '–',
			target: goal ? `${goal.target_value} by ${goal.target_year}` : null,
			cells,
			olderNotes: cells
				.filter((c) => c.older)
				.map(
					(c) =>
						`${c.name}: ${meta.label}, latest edition ${c.year}` +
						`${c.flag === 'break' ? ' (after a series break)' : c.flag ? ` (${c.flag})` : ''}, when the EU27 average was ${c.eu27}`
				)
		};
	});
}
