import { describe, expect, it } from 'vitest';
import { analysisEmpty } from '$lib/data/analysis-notes';
import { NOT_ASSESSED } from '$lib/data/analysis-points';

const short = { note: 'Fewer than two editions in 2011–2015.' };
const none = { note: NOT_ASSESSED };

describe('the analysis with nothing to draw', () => {
	it('says nothing while a country can be measured', () => {
		expect(analysisEmpty(1, [short, { note: null }], 'Overall score', {})).toBeNull();
	});

	it('points to a fixed window when periods are too short, counting who is not assessed', () => {
		expect(analysisEmpty(0, [short, short, none], 'Overall score', {})).toBe(
			'For none of the 2 countries assessed by the Overall score (1 more is not assessed by it) ' +
				'does the period span two of its editions, so no change can be measured. ' +
				"Choose a fixed window (e.g. 2014 to 2024) or another benchmark. The table gives each country's reason."
		);
		expect(
			analysisEmpty(0, [short], 'Overall score', { window: { from: 2020, to: 2021 } })
		).toContain('Widen the window or choose another benchmark.');
	});

	it('does not offer a window when the benchmark assesses none of the countries', () => {
		expect(analysisEmpty(0, [none, none], 'DESI', {})).toBe(
			'None of the 2 countries with a coded strategy is assessed by the DESI. Choose another benchmark.'
		);
	});
});
