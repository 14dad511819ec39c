import * as Plot from '@observablehq/plot';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { composeSvg } from '$lib/download/compose-svg';
import { cardPng, OG_FONT, OG_HEIGHT, OG_WIDTH } from '$lib/server/og-png';
import { renderSvg } from '$lib/server/render-svg';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's chunks by type: IHDR, the IDAT parts joined, and so on. */
function chunks(png: Buffer): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		found.set(type, Buffer.concat([found.get(type) ?? Buffer.alloc(0), data]));
		at += 12 + length;
	}
	return found;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG to rows of pixels (PNG spec, section 9). */
function decode(png: Buffer): { width: number; height: number; channels: number; rows: Buffer[] } {
	const parts = chunks(png);
	const ihdr = parts.get('IHDR') as Buffer;
	const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
	const [depth, colour, interlace] = [ihdr.readUInt8(8), ihdr.readUInt8(9), ihdr.readUInt8(12)];
	const channels = colour === 2 ? 3 : colour === 6 ? 4 : 0;
	if (depth !== 8 || !channels || interlace) throw new Error('Not an 8-bit RGB(A) PNG.');
	const raw = inflateSync(parts.get('IDAT') as Buffer);
	const stride = width * channels;
	const rows: Buffer[] = [];
	let prior = Buffer.alloc(stride);
	for (let y = 0; y < height; y++) {
		const filter = raw.readUInt8(y * (stride + 1));
		const row = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? row.readUInt8(i - channels) : 0;
			const b = prior.readUInt8(i);
			const c = i >= channels ? prior.readUInt8(i - channels) : 0;
			const p = a + b - c;
			const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
			const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			const add = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
			row.writeUInt8((row.readUInt8(i) + add) & 0xff, i);
		}
		rows.push(row);
		prior = row;
	}
	return { width, height, channels, rows };
}

/** How many pixels of the rows from y0 to y1 are clearly darker than the white background. */
function inked(image: ReturnType<typeof decode>, y0 = 0, y1 = image.height): number {
	let count = 0;
	for (const row of image.rows.slice(y0, y1))
		for (let i = 0; i < row.length; i += image.channels)
			if (row.readUInt8(i) + row.readUInt8(i + 1) + row.readUInt8(i + 2) < 3 * 200) count++;
	return count;
}

const card = (chart: string, width: number, height: number) =>
	composeSvg({
		chart,
		width,
		height,
		title: 'E-Government Development Index',
		subtitle: 'UN E-Government Survey, 2003–2024, index (0–1)',
		notes: ['Source: UN DESA.'],
		font: `'${OG_FONT}', sans-serif`
	});

describe('the social preview PNG', () => {
	const chart = renderSvg({
		width: 760,
		height: 420,
		marks: [
			Plot.lineY([0.7, 0.82, 0.9, 0.97], { stroke: '#0072b2', strokeWidth: 3 }),
			Plot.text(['Estonia'], { frameAnchor: 'top-right', fontSize: 14 })
		]
	});
	const png = cardPng(card(chart, 760, 420));
	const image = decode(png);

	it('is a PNG of 1200×630, the size the platforms ask for', () => {
		expect(png.subarray(0, 8)).toEqual(SIGNATURE);
		expect(png.toString('latin1', 12, 16)).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
		expect(image.rows).toHaveLength(630);
	});

	it('draws the chart and its text, not a blank page', () => {
		expect(inked(image)).toBeGreaterThan(5000);
		// The card's pixels are white and coloured both: the chart's line is blue.
		const blue = image.rows.some((row) => {
			for (let i = 0; i < row.length; i += image.channels)
				if (row.readUInt8(i + 2) > 150 && row.readUInt8(i) < 60) return true;
			return false;
		});
		expect(blue).toBe(true);
	});

	it('draws text with the bundled font, system fonts being off', () => {
		// A card with an empty chart: only the title, subtitle and notes can leave ink.
		const empty = '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="420"></svg>';
		const text = decode(cardPng(card(empty, 760, 420)));
		// Scaled by 630/526, the title's 18px line sits in the top 70 rows.
		expect(inked(text, 0, 70)).toBeGreaterThan(500);
		// A font the machine may or may not have falls back to the bundled one, not to nothing.
		const named = card(empty, 760, 420).replace(/font-family="[^"]*"/, 'font-family="Arial"');
		expect(inked(decode(cardPng(named)), 0, 70)).toBe(inked(text, 0, 70));
	});

	it('draws the same bytes each time', () => {
		expect(cardPng(card(chart, 760, 420)).equals(png)).toBe(true);
	});

	it('refuses an SVG without a size', () => {
		expect(() => cardPng('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toThrow(/no width/);
	});
});
