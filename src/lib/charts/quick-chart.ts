import * as Plot from '@observablehq/plot';
import { colorOf } from '$lib/catalog/colors';

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

function describe(rows: Row[], spec: QuickSpec): string {
	const ys = rows.map((r) => r[spec.y]).filter((v): v is number => typeof v === 'number');
	const range = ys.length
		? ` ${spec.y} runs from ${Math.min(...ys).toLocaleString('en')} to ${Math.max(...ys).toLocaleString('en')}.`
		: '';
	const by = spec.color ? `, coloured by ${spec.color}` : '';
	return `${spec.mark === 'bar' ? 'Bar' : spec.mark === 'line' ? 'Line' : 'Dot'} chart of ${spec.y} by ${spec.x}${by}, ${rows.length.toLocaleString('en')} rows.${range}`;
}

/**
 * A quick chart of a query result: one mark, x, y and an optional colour column; a colour column
 * of countries (ISO3 codes, or names `countryOf` knows) takes each country's own colour.
 */
export function quickChart(
	rows: Row[],
	spec: QuickSpec,
	{ width = 760, countryOf = () => null }: { width?: number; countryOf?: CountryOf } = {}
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
		ariaLabel: `${spec.y} by ${spec.x}`,
		ariaDescription: describe(data, spec),
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
