/**
 * One colour per country, the same in every view. The five case-study countries take the
 * Okabe–Ito colours, which stay distinct under the common colour-vision deficiencies; other
 * countries take a stable colour from a second palette by their code.
 */
const FIVE: Record<string, string> = {
	BEL: '#CC79A7',
	DNK: '#0072B2',
	EST: '#009E73',
	DEU: '#E69F00',
	GBR: '#D55E00'
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
	if (FIVE[country]) return FIVE[country];
	if (country.startsWith('EU')) return EU_COLOR;
	let hash = 0;
	for (const ch of country) hash = (hash * 31 + ch.charCodeAt(0)) % 9973;
	return OTHERS[hash % OTHERS.length] as string;
}
