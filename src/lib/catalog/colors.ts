/**
 * One colour per country, the same in every view, in a light and a dark variant.
 *
 * - The five case-study countries take the Okabe–Ito colours, which stay apart under the common
 *   colour-vision deficiencies. Germany's orange has 2.3:1 contrast on white, under the 3:1 of
 *   WCAG 1.4.11; darker, it merges with the UK's vermillion for deuteranopes, so it stays, and
 *   every line carries its country's name and every chart a table.
 * - The other countries of the research programme's ten and the meta-analysis eight have fixed
 *   colours too, chosen (from Paul Tol's schemes and ColorBrewer) so that, with the five and the
 *   EU27 grey, any two differ in every simulated deficiency (tests/unit/catalog/colors.test.ts).
 * - Every other country takes a colour from a further palette by a hash of its code; with 190
 *   countries some share one, so charts of many countries name their lines.
 *
 * Charts get `var(--country-<slot>, <light>)`: on the page the tokens (src/lib/styles/tokens.css)
 * pick the scheme's variant, so the SVG drawn at build time follows dark mode; a downloaded SVG
 * or PNG keeps the light one (resolveColorVars).
 */
type Pair = readonly [light: string, dark: string];

const FIVE: Record<string, Pair> = {
	BEL: ['#CC79A7', '#CC79A7'],
	DNK: ['#0072B2', '#0072B2'],
	EST: ['#009E73', '#009E73'],
	DEU: ['#E69F00', '#E69F00'],
	GBR: ['#D55E00', '#D55E00']
};
const RESEARCH: Record<string, Pair> = {
	ESP: ['#8C2D04', '#E7B85B'],
	FRA: ['#222255', '#8390CD'],
	HUN: ['#117733', '#1CC573'],
	ITA: ['#7F3C8D', '#9F449E'],
	NLD: ['#999933', '#999933'],
	NOR: ['#3F007D', '#C400E3']
};
const OTHERS: Pair[] = [
	['#56B4E9', '#56B4E9'],
	['#8C564B', '#995E52'],
	['#6A3D9A', '#8654BB'],
	['#B8A800', '#B8A800'],
	['#17BECF', '#17BECF'],
	['#7F7F7F', '#7F7F7F'],
	['#1B5E20', '#247E2B']
];
const EU: Pair = ['#555555', '#C2B9B4'];

export type Scheme = 'light' | 'dark';

/** Every colour slot: its custom property's name and its two variants. */
export const PALETTE: Readonly<Record<string, Pair>> = {
	...Object.fromEntries(
		Object.entries({ ...FIVE, ...RESEARCH }).map(([c, p]) => [c.toLowerCase(), p])
	),
	...Object.fromEntries(OTHERS.map((p, i) => [`o${i + 1}`, p])),
	eu: EU
};

/** A colour slot as a chart colour: its custom property, with the light value. */
export const slotColor = (slot: string) => `var(--country-${slot}, ${(PALETTE[slot] as Pair)[0]})`;
const asVar = slotColor;

export const EU_COLOR = asVar('eu');

/**
 * One colour per kind of instrument, in the order of the legend, on every timeline. Light fills
 * that no country colour uses, so a bar is never read as a country; laws are dark (light in the
 * dark scheme).
 */
export const KIND_COLORS: Readonly<Record<string, string>> = {
	strategy: '#9ecae1',
	programme: '#fdd49e',
	agreement: '#a1d99b',
	institution: '#d4c4e8',
	law: 'var(--kind-law, #3f3f3f)'
};

/** The colour slot of a country (a key of PALETTE). */
export function slotOf(country: string): string {
	if (FIVE[country] || RESEARCH[country]) return country.toLowerCase();
	if (country.startsWith('EU')) return 'eu';
	let hash = 0;
	for (const ch of country) hash = (hash * 31 + ch.charCodeAt(0)) % 9973;
	return `o${(hash % OTHERS.length) + 1}`;
}

/** A country's colour for charts and swatches: its custom property, with the light value. */
export function colorOf(country: string): string {
	return asVar(slotOf(country));
}

/** A country's colour as hex in one scheme. */
export function hexOf(country: string, scheme: Scheme = 'light'): string {
	return (PALETTE[slotOf(country)] as Pair)[scheme === 'light' ? 0 : 1];
}

/** Replaces every `var(--name, fallback)` by its fallback: for SVG that leaves the page. */
export function resolveColorVars(text: string): string {
	return text.replace(/var\(--[\w-]+,\s*([^()]+?)\s*\)/g, '$1');
}
