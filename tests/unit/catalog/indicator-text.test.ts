import { describe, expect, it } from 'vitest';
import { indicatorChoice, sourceYears, unitText } from '$lib/catalog/indicator-text';

const meta = (over: Partial<Parameters<typeof indicatorChoice>[0]> = {}) => ({
	label: 'E-Government Development Index',
	family: 'UN E-Government Survey',
	first_year: 2003,
	last_year: 2024,
	...over
});

describe('indicator choices', () => {
	it('name the source and the years after the indicator', () => {
		expect(indicatorChoice(meta())).toBe(
			'E-Government Development Index — UN E-Government Survey, 2003–2024'
		);
	});

	it('give one year where there is one edition', () => {
		expect(
			sourceYears(
				meta({ family: 'OECD Digital Government Index', first_year: 2023, last_year: 2023 })
			)
		).toBe('OECD Digital Government Index, 2023');
	});

	it('leave the unit out: the chart says it once', () => {
		expect(indicatorChoice(meta())).not.toMatch(/index \(|score \(/);
	});
});

describe('units, said once', () => {
	const scaled = (unit: string, scale_min: number | null, scale_max: number | null) =>
		unitText({ unit, scale_min, scale_max });

	it('keeps a unit that already carries its range', () => {
		expect(scaled('score (0–100)', 0, 100)).toBe('score (0–100)');
		expect(scaled('index (0–1)', 0, 1)).toBe('index (0–1)');
	});

	it('adds the range to a bare unit', () => {
		expect(scaled('index', 0, 1)).toBe('index (0–1)');
	});

	it('adds nothing to percentages, ranks or units without a scale', () => {
		expect(scaled('% of maximum score', 0, 100)).toBe('% of maximum score');
		expect(scaled('rank', 1, 193)).toBe('rank');
		expect(scaled('organisations', null, null)).toBe('organisations');
	});
});
