import { describe, expect, it } from 'vitest';
import { reading, type ReadingPoint } from '$lib/charts/overview-reading';

const FIVE = [
	{ country: 'BEL', name: 'Belgium' },
	{ country: 'DNK', name: 'Denmark' },
	{ country: 'EST', name: 'Estonia' },
	{ country: 'DEU', name: 'Germany' },
	{ country: 'GBR', name: 'United Kingdom' }
];
const nameOf = (c: string) => FIVE.find((f) => f.country === c)?.name ?? c;
const at = (country: string, year: number, rank: number, n = 193): ReadingPoint => ({
	country,
	name: nameOf(country),
	year,
	rank,
	n
});
const spec = { benchmark: 'the UN e-government index', countries: FIVE };

describe('overview reading', () => {
	it('names the biggest rank change and who leads in the latest edition', () => {
		const points = [
			at('EST', 2010, 20),
			at('EST', 2024, 2),
			at('DNK', 2010, 7),
			at('DNK', 2024, 1),
			at('BEL', 2010, 16),
			at('BEL', 2024, 20),
			at('DEU', 2010, 15),
			at('DEU', 2024, 12),
			at('GBR', 2010, 4),
			at('GBR', 2024, 7)
		];
		expect(reading(points, spec)).toBe(
			'Estonia rose from 20th to 2nd in the UN e-government index between 2010 and 2024. ' +
				'Denmark ranked highest of the five in 2024 (1st of 193).'
		);
	});

	it('says a fall as plainly as a rise, each country from its own first edition', () => {
		const points = [
			at('BEL', 2003, 23, 191),
			at('BEL', 2024, 56),
			at('DNK', 2012, 4),
			at('DNK', 2024, 1)
		];
		expect(reading(points, { ...spec, countries: FIVE.slice(0, 2) })).toBe(
			'Belgium fell from 23rd to 56th in the UN e-government index between 2003 and 2024. ' +
				'Denmark ranked highest of the five in 2024 (1st of 193).'
		);
	});

	it('names every country tied on the biggest change, and a shared lead', () => {
		const points = [at('DNK', 2020, 3), at('DNK', 2022, 1), at('EST', 2020, 3), at('EST', 2022, 1)];
		expect(reading(points, { ...spec, countries: FIVE.slice(1, 3) })).toBe(
			'Denmark rose from 3rd to 1st in the UN e-government index between 2020 and 2022. ' +
				'Estonia rose from 3rd to 1st in the UN e-government index between 2020 and 2022. ' +
				'Denmark and Estonia shared the best rank of the five in 2022 (1st of 193).'
		);
	});

	it('leads with who ranks best when there is one edition or no rank moved, and says who is missing', () => {
		const dgi = { benchmark: 'the OECD Digital Government Index', countries: FIVE };
		const points = [
			at('DNK', 2023, 2, 38),
			at('GBR', 2023, 5, 38),
			at('EST', 2023, 8, 38),
			at('BEL', 2023, 30, 38)
		];
		expect(reading(points, dgi)).toBe(
			'Denmark ranked highest of the five in the OECD Digital Government Index in 2023 (2nd of 38). Germany was not assessed.'
		);
		const still = [at('DNK', 2020, 1), at('DNK', 2022, 1), at('EST', 2020, 3), at('EST', 2022, 3)];
		expect(reading(still, { ...spec, countries: FIVE.slice(1, 3) })).toBe(
			'Denmark ranked highest of the five in the UN e-government index in 2022 (1st of 193).'
		);
	});

	it('takes the latest edition for the lead even when a country left the benchmark earlier', () => {
		const points = [
			at('GBR', 2017, 1, 34),
			at('GBR', 2020, 1, 36),
			at('EST', 2017, 3, 34),
			at('EST', 2023, 2, 37)
		];
		const text = reading(points, {
			benchmark: 'the EU eGovernment Benchmark',
			countries: FIVE.slice(1, 3).concat(FIVE[4]!)
		});
		expect(text).toContain('Estonia rose from 3rd to 2nd');
		expect(text).toContain('Estonia ranked highest of the five in 2023 (2nd of 37).');
		expect(text).toContain('Denmark was not assessed.');
	});

	it('says when none of the five is assessed, and names several missing countries', () => {
		expect(reading([], spec)).toBe('None of the five is assessed in the UN e-government index.');
		expect(reading([at('EST', 2024, 2)], spec)).toBe(
			'Estonia ranked highest of the five in the UN e-government index in 2024 (2nd of 193). ' +
				'Belgium, Denmark, Germany and United Kingdom were not assessed.'
		);
	});
});
