import { describe, expect, it } from 'vitest';
import { gapToTarget, standingTargets, type Target } from '$lib/data/gap-to-target';
import { ROWS, valueOf } from './explore-fixture';

const target = (indicator_id: string, target_value: number, target_year: number): Target => ({
	indicator_id,
	target_value,
	target_year,
	label: `${target_value} by ${target_year}`,
	source_url: 'https://example.org'
});

describe('gap to target', () => {
	it('is target − value for the chosen countries and the EU27', () => {
		const out = valueOf(gapToTarget(ROWS, [target('x', 100, 2030)]));
		expect(out).toEqual({
			'x|A|2020': 20,
			'x|C|2020': 0,
			'x|EU27|2020': 30,
			'x|A|2021': 10,
			'x|EU27|2021': 20
		});
	});

	it('measures against the target due last', () => {
		const targets = [target('x', 50, 2015), target('x', 100, 2030), target('r', 1, 2030)];
		expect(standingTargets(targets).map((t) => t.target_value)).toEqual([100, 1]);
		expect(valueOf(gapToTarget(ROWS, targets))['r|A|2020']).toBe(-2);
	});

	it('drops indicators without a target', () => {
		expect(gapToTarget(ROWS, [])).toEqual([]);
		expect(gapToTarget(ROWS, [target('r', 1, 2030)]).every((r) => r.indicator_id === 'r')).toBe(
			true
		);
	});
});
