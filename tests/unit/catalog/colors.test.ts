import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	colorOf,
	EU_COLOR,
	hexOf,
	PALETTE,
	resolveColorVars,
	type Scheme
} from '$lib/catalog/colors';
import { levelColors } from '$lib/charts/event-chart';

/*
 * Country colours must stay apart for readers with a colour-vision deficiency. Each colour is
 * passed through the Machado, Oliveira & Fernandes (2009) simulation of protanopia, deuteranopia
 * and tritanopia (severity 1, on linear RGB), and the CIELAB distance (ΔE*ab) of every pair is
 * measured. About 10 is plainly different side by side; lines also differ in their labels.
 */

const SIMULATIONS: Record<string, number[]> = {
	normal: [1, 0, 0, 0, 1, 0, 0, 0, 1],
	protanopia: [
		0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998
	],
	deuteranopia: [
		0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881
	],
	tritanopia: [
		1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039
	]
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function rgb(hex: string): [number, number, number] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => linear(v / 255)) as [
		number,
		number,
		number
	];
}
function lab([r, g, b]: number[]): number[] {
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
	const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
	const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function seen(hex: string, m: number[]): number[] {
	const [r, g, b] = rgb(hex);
	const row = (i: number) => m[i]! * r + m[i + 1]! * g + m[i + 2]! * b;
	return lab([row(0), row(3), row(6)].map((v) => Math.min(1, Math.max(0, v))));
}
const luminance = (hex: string) => {
	const [r, g, b] = rgb(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
	return (x + 0.05) / (y + 0.05);
};
/** The page's background in each scheme, read from the tokens. */
const TOKENS = readFileSync('src/lib/styles/tokens.css', 'utf8');
const token = (name: string): [string, string] => {
	const m = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(
		TOKENS
	);
	if (!m) throw new Error(`--${name} is not a light-dark() pair in tokens.css`);
	return [m[1] as string, m[2] as string];
};
const BACKGROUND: Record<Scheme, string> = { light: token('bg')[0], dark: token('bg')[1] };

/** The closest pair of a set, in each simulation. */
function closest(
	codes: string[],
	scheme: Scheme
): Record<string, { pair: string; distance: number }> {
	const colours = codes.map((c) => [c, hexOf(c, scheme)] as const);
	return Object.fromEntries(
		Object.entries(SIMULATIONS).map(([name, m]) => {
			let best = { pair: '', distance: Infinity };
			for (const [i, [a, ca]] of colours.entries())
				for (const [b, cb] of colours.slice(i + 1)) {
					const [p, q] = [seen(ca, m), seen(cb, m)];
					const distance = Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
					if (distance < best.distance) best = { pair: `${a}/${b}`, distance };
				}
			return [name, best];
		})
	);
}

const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
const TEN = [...FIVE, 'ESP', 'FRA', 'HUN', 'NLD', 'NOR'];
const EIGHT = ['DEU', 'ESP', 'EST', 'FRA', 'GBR', 'ITA', 'NLD', 'NOR'];

describe.each(['light', 'dark'] as const)('country colours, %s scheme', (scheme) => {
	it('gives every country of the research groups its own colour', () => {
		const codes = [...new Set([...TEN, ...EIGHT])];
		expect(new Set(codes.map((c) => hexOf(c, scheme))).size).toBe(codes.length);
		expect(codes.map((c) => hexOf(c, scheme))).not.toContain(hexOf('EU27', scheme));
	});

	it('keeps the five and the EU27 apart in every simulated deficiency', () => {
		for (const [name, { pair, distance }] of Object.entries(closest([...FIVE, 'EU27'], scheme)))
			expect(distance, `${name}: ${pair}`).toBeGreaterThan(15);
	});

	it('keeps each research group and the EU27 apart in every simulated deficiency', () => {
		for (const group of [TEN, EIGHT])
			for (const [name, { pair, distance }] of Object.entries(closest([...group, 'EU27'], scheme)))
				expect(distance, `${name}: ${pair}`).toBeGreaterThan(12);
	});

	it('draws the added countries’ lines and the EU27 at 3:1 or more on the page (WCAG 1.4.11)', () => {
		for (const code of ['ESP', 'FRA', 'HUN', 'ITA', 'NLD', 'NOR', 'EU27'])
			expect(contrast(hexOf(code, scheme), BACKGROUND[scheme]), code).toBeGreaterThanOrEqual(3);
	});

	it('keeps every colour of the dark scheme at 3:1 or more on its background', () => {
		if (scheme === 'light') return expect(BACKGROUND.light).toBe('#ffffff');
		for (const [slot, [, dark]] of Object.entries(PALETTE))
			expect(contrast(dark, BACKGROUND.dark), slot).toBeGreaterThanOrEqual(3);
	});

	it('writes the same colours in tokens.css as in colors.ts', () => {
		for (const [slot, pair] of Object.entries(PALETTE))
			expect(
				token(`country-${slot}`).map((h) => h.toLowerCase()),
				slot
			).toEqual(pair.map((h) => h.toLowerCase()));
	});
});

describe.each(['light', 'dark'] as const)('feature level colours, %s scheme', (scheme) => {
	const at = scheme === 'light' ? 0 : 1;
	const fallback = (ref: string) => /, (#[0-9a-f]{6})\)$/i.exec(ref)?.[1];
	const slot = (ref: string) => /var\(--([a-z0-9-]+),/.exec(ref)?.[1] as string;

	it.each(['0-3', 'coordination'])('draws the %s levels at 3:1 or more on the page', (scale) => {
		const { range } = levelColors(scale);
		expect(range.length).toBeGreaterThan(1);
		for (const ref of range)
			expect(contrast(token(slot(ref))[at], BACKGROUND[scheme]), ref).toBeGreaterThanOrEqual(3);
	});

	it('keeps the light fallback in the chart equal to the token', () => {
		for (const ref of [...levelColors('0-3').range, ...levelColors('coordination').range])
			expect(fallback(ref)?.toLowerCase(), ref).toBe(token(slot(ref))[0]);
	});

	it('keeps the coordination models apart in every simulated deficiency', () => {
		const colours = levelColors('coordination').range.map((r) => token(slot(r))[at]);
		for (const m of Object.values(SIMULATIONS))
			for (const [i, a] of colours.entries())
				for (const b of colours.slice(i + 1)) {
					const [p, q] = [seen(a, m), seen(b, m)];
					expect(Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!)).toBeGreaterThan(10);
				}
	});
});

describe('colour references', () => {
	it('gives EU aggregates the EU grey and any other code a colour', () => {
		expect(colorOf('EU27_2020')).toBe(EU_COLOR);
		expect(colorOf('JPN')).toMatch(/^var\(--country-o\d, #[0-9A-F]{6}\)$/i);
		expect(colorOf('JPN')).not.toBe(EU_COLOR);
	});

	it('resolves each custom property to its light colour for SVG that leaves the page', () => {
		expect(resolveColorVars(`<path stroke="${colorOf('DNK')}" fill="${EU_COLOR}"/>`)).toBe(
			'<path stroke="#0072B2" fill="#555555"/>'
		);
	});
});
