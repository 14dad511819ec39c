import type { NormRow } from '$lib/data/explore-rows';
import * as t from '$lib/i18n/pages/views';
import {
	countryRows,
	euShown,
	formatter,
	bestFirst,
	valueLabel,
	type FacetSpec
} from './explore-format';

const LISTED = 8;

/** "Denmark 0.985, Estonia 0.973 and 3 more", best first. */
function listValues(
	rows: readonly NormRow[],
	spec: FacetSpec,
	show: (r: NormRow) => string
): string {
	const sorted = [...rows].sort(bestFirst(spec));
	const parts = sorted.slice(0, LISTED).map((r) => `${r.name} ${show(r)}`);
	const more = sorted.length - LISTED;
	return more > 0
		? t.vAndMore(spec.locale ?? 'en', { names: parts.join(', '), count: more })
		: parts.join(', ');
}

const euPart = (rows: readonly NormRow[], spec: FacetSpec, year: number) => {
	const f = formatter(spec.meta, spec.norm);
	const eu = euShown(rows, spec.refs).find((r) => r.year === year);
	return eu ? `; ${t.vEu27AverageValue(spec.locale ?? 'en', { value: f(eu.value) })}` : '';
};

/** The line chart in a sentence: span, and the latest values. */
export function describeLine(rows: readonly NormRow[], spec: FacetSpec): string {
	const countries = countryRows(rows);
	const what = valueLabel(spec.meta, spec.norm, spec.locale);
	const locale = spec.locale ?? 'en';
	if (countries.length === 0) return t.vDescNone(locale, { what });
	const f = formatter(spec.meta, spec.norm);
	const years = countries.map((r) => r.year);
	const [first, last] = [Math.min(...years), Math.max(...years)];
	const latest = countries.filter((r) => r.year === last);
	return t.vDescLine(locale, {
		what,
		first,
		last,
		list: listValues(latest, spec, (r) => f(r.value)),
		eu: euPart(rows, spec, last)
	});
}

/** The bar chart in a sentence: the year's values, best first. */
export function describeBar(rows: readonly NormRow[], spec: FacetSpec, year: number): string {
	const countries = countryRows(rows).filter((r) => r.year === year);
	const what = valueLabel(spec.meta, spec.norm, spec.locale);
	const locale = spec.locale ?? 'en';
	if (countries.length === 0) return t.vDescBarNone(locale, { what, year });
	const f = formatter(spec.meta, spec.norm);
	return t.vDescBar(locale, {
		what,
		year,
		list: listValues(countries, spec, (r) => f(r.value)),
		eu: euPart(rows, spec, year)
	});
}

/** The slope chart in a sentence: each country's value in both years and the change. */
export function describeSlope(
	rows: readonly NormRow[],
	spec: FacetSpec,
	years: [number, number]
): string {
	const [a, b] = years;
	const what = valueLabel(spec.meta, spec.norm, spec.locale);
	const f = formatter(spec.meta, spec.norm);
	const end = countryRows(rows).filter((r) => r.year === b);
	const startOf = new Map(
		countryRows(rows)
			.filter((r) => r.year === a)
			.map((r) => [r.country, r.value])
	);
	const both = end.filter((r) => startOf.has(r.country));
	const locale = spec.locale ?? 'en';
	if (both.length === 0) return t.vDescSlopeNone(locale, { what, a, b });
	const change = (r: NormRow) => {
		const from = startOf.get(r.country) as number;
		const delta = r.value - from;
		return `${f(from)} → ${f(r.value)} (${delta >= 0 ? '+' : '−'}${f(Math.abs(delta))})`;
	};
	return t.vDescSlope(locale, { what, a, b, list: listValues(both, spec, change) });
}
