import { describe, expect, it } from 'vitest';
import { analysisPoints } from '$lib/data/analysis-points';
import { levelOf, levelsOf } from '$lib/data/analysis-scale';
import type { CodedStrategy } from '$lib/queries/analysis-codes';

const strategy = (
	country: string,
	start_year: number,
	end_year: number | null,
	code: string
): CodedStrategy => ({
	country,
	name: country === 'EST' ? 'Estonia' : country === 'DNK' ? 'Denmark' : 'Belgium',
	strategy_id: `${country.toLowerCase()}-${start_year}`,
	title_en: `Strategy ${start_year}`,
	kind: 'strategy',
	start_year,
	end_year,
	code,
	confidence: 'stated',
	evidence: null,
	evidence_en: null,
	locator: null
});
const CODES = [
	strategy('EST', 1998, 2003, '0'),
	strategy('EST', 2014, 2020, '2'),
	strategy('EST', 2021, 2030, '1'),
	strategy('DNK', 2011, 2015, '2'),
	strategy('DNK', 2026, 2029, '1'),
	strategy('BEL', 2001, 2014, '1')
];
const years = [2003, 2005, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024];
const SERIES = ['EST', 'DNK'].flatMap((country, c) =>
	years.map((year, i) => ({ country, year, value: 0.5 + i * 0.01 * (c + 1) }))
);

describe('analysis points', () => {
	it('takes the most recent strategy started by the last edition, and its own period', () => {
		const points = analysisPoints(CODES, SERIES, { choice: 'recent' });
		const est = points.find((p) => p.country === 'EST');
		expect(est).toMatchObject({ code: '1', start_year: 2021, from_year: 2022, to_year: 2024 });
		expect(est?.change).toBeCloseTo(0.01, 12);
		const dnk = points.find((p) => p.country === 'DNK');
		expect(dnk).toMatchObject({ start_year: 2011, code: '2', from_year: 2012, to_year: 2014 });
		expect(dnk?.change).toBeCloseTo(0.02, 12);
	});

	it('takes the first strategy when asked, and says why a change cannot be measured', () => {
		const points = analysisPoints(CODES, SERIES, { choice: 'first' });
		const est = points.find((p) => p.country === 'EST');
		expect(est).toMatchObject({ start_year: 1998, change: null, from_year: null });
		expect(est?.note).toBe('Fewer than two editions in 1998–2003.');
		const bel = points.find((p) => p.country === 'BEL');
		expect(bel).toMatchObject({ change: null, note: 'Not assessed by this benchmark.' });
	});

	it('measures every country over a fixed window, open ends included', () => {
		const points = analysisPoints(CODES, SERIES, {
			choice: 'recent',
			window: { from: 2014, to: 2020 }
		});
		const est = points.find((p) => p.country === 'EST');
		expect(est).toMatchObject({ start_year: 2014, from_year: 2014, to_year: 2020 });
		expect(est?.change).toBeCloseTo(0.03, 12);
		const open = analysisPoints(CODES, SERIES, {
			choice: 'first',
			window: { from: null, to: null }
		});
		expect(open.find((p) => p.country === 'DNK')).toMatchObject({
			from_year: 2003,
			to_year: 2024
		});
	});

	it('notes a change that spans a change of method, and not one that starts on it', () => {
		const flagged = SERIES.map((p) => ({ ...p, flag: p.year === 2016 ? 'break' : null }));
		const across = analysisPoints(CODES, flagged, {
			choice: 'recent',
			window: { from: 2014, to: 2020 }
		});
		expect(across.find((p) => p.country === 'EST')?.note).toBe(
			"Spans the benchmark's 2016 change of method: the two values are not strictly comparable."
		);
		const after = analysisPoints(CODES, flagged, {
			choice: 'recent',
			window: { from: 2016, to: 2020 }
		});
		expect(after.find((p) => p.country === 'EST')?.note).toBeNull();
	});

	it('places codes on their scale', () => {
		expect(levelsOf('coordination').map((l) => l.code)).toEqual(['0', 'C', 'N', 'D']);
		expect(levelOf('ordinal', '3')).toBe(3);
		expect(levelOf('coordination', 'N')).toBe(2);
		expect(levelOf('ordinal', 'C')).toBeNull();
	});
});
