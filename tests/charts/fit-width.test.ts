import { describe, expect, it } from 'vitest';
import { fitWidth } from '$lib/charts/fit-width';

describe('fitting a chart to its box', () => {
	it('keeps the built width while scaling leaves the text readable', () => {
		expect(fitWidth(960, 760)).toBeNull();
		expect(fitWidth(752, 760)).toBeNull();
		expect(fitWidth(0, 760)).toBeNull();
	});

	it('draws at the room, in 20 px steps and never below the minimum, when scaling would shrink it', () => {
		expect(fitWidth(342, 760)).toBe(340);
		expect(fitWidth(600, 760)).toBe(600);
		expect(fitWidth(200, 760)).toBe(280);
	});
});
