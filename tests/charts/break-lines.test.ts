import { describe, expect, it } from 'vitest';
import { cutAtBreaks } from '$lib/charts/break-lines';

describe('lines across a series break', () => {
	it('cut at each break and bridge the cut, per country', () => {
		const rows = [
			{ country: 'EST', year: 2019, value: 91.5, flag: null },
			{ country: 'EST', year: 2020, value: 91.6, flag: 'break' },
			{ country: 'EST', year: 2021, value: 90.0, flag: null },
			{ country: 'DEU', year: 2021, value: 63.2, flag: null },
			{ country: 'DEU', year: 2023, value: 65.7, flag: null }
		];
		const { pieces, bridges } = cutAtBreaks(rows);
		expect(pieces.map((p) => `${p.year}:${p.piece}`)).toEqual([
			'2019:EST#0',
			'2020:EST#1',
			'2021:EST#1',
			'2021:DEU#0',
			'2023:DEU#0'
		]);
		expect(bridges).toEqual([{ country: 'EST', x1: 2019, y1: 91.5, x2: 2020, y2: 91.6 }]);
	});

	it('do not bridge a break that starts a series', () => {
		const { bridges } = cutAtBreaks([{ country: 'MDA', year: 2023, value: 50, flag: 'break' }]);
		expect(bridges).toEqual([]);
	});
});
