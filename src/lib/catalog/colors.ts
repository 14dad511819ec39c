/**
 * One colour per country, the same in every view.
 *
 * - The five case-study countries take the Okabe–Ito colours, which stay apart under the common
 *   colour-vision deficiencies. Germany's orange has 2.3:1 contrast on white, under the 3:1 of
 *   WCAG 1.4.11; darker, it merges with the UK's vermillion for deuteranopes, so it stays, and
 *   every line carries its country's name and every chart a table.
 * - The other countries of the research programme's ten and the meta-analysis eight have fixed
 *   colours too, chosen (from Paul Tol's schemes and ColorBrewer) so that, with the five and the
 *   EU27 grey, any two differ in every simulated deficiency (tests/unit/colors.test.ts).
 * - Every other country takes a colour from a further palette by a hash of its code; with 190
 *   countries some share one, so charts of many countries name their lines.
 */
const FIVE: Record<string, string> = {
	BEL: '#CC79A7',
	DNK: '#0072B2',
	EST: '#009E73',
	DEU: '#E69F00',
	GBR: '#D55E00'
};
const RESEARCH: Record<string, string> = {
	ESP: '#8C2D04',
	FRA: '#222255',
	HUN: '#117733',
	ITA: '#7F3C8D',
	NLD: '#999933',
	NOR: '#3F007D'
};
const OTHERS = [
	'#56B4E9',
	'#8C564B',
	'#6A3D9A',
	'#B8A800',
	'#17BECF',
	'#7F7F7F',
	'#1B5E20',
	'#AD1457'
];

export const EU_COLOR = '#555555';

/**
 * One colour per kind of instrument, in the order of the legend, on every timeline. Light fills
 * that no country colour uses, so a bar is never read as a country; laws are dark.
 */
export const KIND_COLORS: Readonly<Record<string, string>> = {
	strategy: '#9ecae1',
	programme: '#fdd49e',
	agreement: '#a1d99b',
	institution: '#d4c4e8',
	law: '#3f3f3f'
};

export function colorOf(country: string): string {
	const fixed = FIVE[country] ?? RESEARCH[country];
	if (fixed) return fixed;
	if (country.startsWith('EU')) return EU_COLOR;
	let hash = 0;
	for (const ch of country) hash = (hash * 31 + ch.charCodeAt(0)) % 9973;
	return OTHERS[hash % OTHERS.length] as string;
}
