import * as Plot from '@observablehq/plot';
import { colorOf } from '$lib/catalog/colors';
import { intlTag } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/tools';

export type QuickMark = 'line' | 'bar' | 'dot';
export const QUICK_MARKS: readonly QuickMark[] = ['line', 'bar', 'dot'];

/** Which result columns go where: chosen by the user, defaulted by quickDefaults. */
export interface QuickSpec {
	x: string;
	y: string;
	color: string | null;
	mark: QuickMark;
}

export interface ResultColumn {
	name: string;
	numeric: boolean;
}

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

const COUNTRY = /^([A-Z]{3}|EU\d\d)$/;

/** A first guess: x the first column, y the first other numeric one, colour a short text column. */
export function quickDefaults(columns: ResultColumn[], rows: Row[]): QuickSpec | null {
	const x = columns[0];
	const y = columns.find((c) => c.numeric && c !== x);
	if (!x || !y) return null;
	const color = columns.find((c) => {
		if (c.numeric || c === x) return false;
		return new Set(rows.slice(0, 2000).map((r) => r[c.name])).size <= 12;
	});
	const mark: QuickMark = x.numeric ? (color ? 'line' : 'dot') : 'bar';
	return { x: x.name, y: y.name, color: color?.name ?? null, mark };
}

/** Maps a value (a country's name, say) to its ISO3 code, or null. */
export type CountryOf = (value: string) => string | null;

function colorScale(values: Cell[], countryOf: CountryOf): Plot.ScaleOptions {
	const domain = [...new Set(values.map((v) => String(v)))].sort();
	const code = (d: string) => (COUNTRY.test(d) ? d : countryOf(d));
	const countries = domain.length > 0 && domain.every((d) => code(d) !== null);
	return countries
		? {
				type: 'categorical',
				domain,
				range: domain.map((d) => colorOf(code(d) as string)),
				legend: true
			}
		: { type: 'categorical', domain, scheme: 'tableau10', legend: true };
}

const KINDS = { bar: t.tBarChart, line: t.tLineChart, dot: t.tDotChart } as const;

function describe(rows: Row[], spec: QuickSpec, locale: Locale): string {
	const n = (v: number) => v.toLocaleString(locale === 'en' ? 'en' : intlTag(locale));
	const ys = rows.map((r) => r[spec.y]).filter((v): v is number => typeof v === 'number');
	const range = ys.length
		? ` ${t.tQuickRange(locale, { y: spec.y, min: n(Math.min(...ys)), max: n(Math.max(...ys)) })}`
		: '';
	const what = { kind: KINDS[spec.mark](locale), y: spec.y, x: spec.x, rows: n(rows.length) };
	const sentence = spec.color
		? t.tQuickDescribeColour(locale, { ...what, colour: spec.color })
		: t.tQuickDescribe(locale, what);
	return `${sentence}${range}`;
}

/**
 * A quick chart of a query result: one mark, x, y and an optional colour column; a colour column
 * of countries (ISO3 codes, or names `countryOf` knows) takes each country's own colour.
 */
export function quickChart(
	rows: Row[],
	spec: QuickSpec,
	{
		width = 760,
		countryOf = () => null,
		locale = 'en'
	}: { width?: number; countryOf?: CountryOf; locale?: Locale } = {}
): Plot.PlotOptions {
	const data = rows.filter((r) => typeof r[spec.y] === 'number' && r[spec.x] !== null);
	const z = spec.color ?? undefined;
	const channels = { x: spec.x, y: spec.y };
	const marks: Plot.Markish[] =
		spec.mark === 'bar'
			? [Plot.barY(data, { ...channels, fill: z ?? '#4c78a8', tip: true }), Plot.ruleY([0])]
			: spec.mark === 'line'
				? [
						Plot.line(data, { ...channels, z, stroke: z ?? '#4c78a8', sort: spec.x }),
						Plot.dot(data, { ...channels, fill: z ?? '#4c78a8', r: 2, tip: true })
					]
				: [Plot.dot(data, { ...channels, stroke: z ?? '#4c78a8', tip: true })];
	return {
		width,
		height: 380,
		marginLeft: 60,
		marginBottom: 40,
		ariaLabel: t.tYByX(locale, { y: spec.y, x: spec.x }),
		ariaDescription: describe(data, spec, locale),
		style: { fontSize: '12px' },
		x: {
			label: spec.x,
			tickFormat: data.every((r) => Number.isInteger(r[spec.x])) ? 'd' : undefined
		},
		y: { label: spec.y, grid: true },
		color: z
			? colorScale(
					data.map((r) => r[z] ?? null),
					countryOf
				)
			: undefined,
		marks
	};
}
