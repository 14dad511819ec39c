import { describe, expect, it } from 'vitest';
import { clipText, fullIfCut } from '$lib/charts/clip-text';

const LONG = 'Online Access Programme for Public Services and Citizens';

describe('clipText', () => {
	it('leaves a name that fits alone', () => {
		expect(clipText('Digital Denmark', 30)).toBe('Digital Denmark');
		expect(fullIfCut('Digital Denmark', 30)).toBeNull();
	});

	it('cuts at a word’s end where one is near, never past the limit', () => {
		const cut = clipText(LONG, 30);
		expect(cut).toBe('Online Access Programme for…');
		expect(cut.length).toBeLessThanOrEqual(30);
	});

	it('cuts inside a word where no space is near', () => {
		expect(clipText('Verwaltungsdigitalisierungsgesetz', 12)).toBe('Verwaltungs…');
	});

	it('gives the whole name wherever it cuts one', () => {
		for (const n of [8, 20, 30, 55])
			expect(fullIfCut(LONG, n), String(n)).toBe(clipText(LONG, n) === LONG ? null : LONG);
	});
});
