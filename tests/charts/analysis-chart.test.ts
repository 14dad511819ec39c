import { describe, expect, it } from 'vitest';
import { analysisChart, describeAnalysis, rhoText, signed } from '$lib/charts/analysis-chart';
import type { AnalysisPoint } from '$lib/data/analysis-points';
import { renderSvg } from '$lib/server/render-svg';
import { expectSnapshot } from './snapshot';

const point = (
	country: string,
	name: string,
	code: string,
	change: number | null
): AnalysisPoint => ({
	country,
	name,
	strategy_id: `${country.toLowerCase()}-s`,
	title: `${name} strategy`,
	start_year: 2014,
	end_year: 2020,
	code,
	confidence: 'stated',
	from_year: change === null ? null : 2014,
	to_year: change === null ? null : 2020,
	from_value: change === null ? null : 0.8,
	to_value: change === null ? null : 0.8 + change,
	change,
	note: change === null ? 'Fewer than two editions in 2014–2020.' : null
});

const POINTS = [
	point('EST', 'Estonia', 'C', 0.045),
	point('GBR', 'United Kingdom', 'C', 0.041),
	point('DNK', 'Denmark', 'N', 0.012),
	point('DEU', 'Germany', 'D', -0.02),
	point('BEL', 'Belgium', 'D', null)
];
const SPEC = {
	feature: { label: 'Coordination model', scale: 'coordination' },
	indicator: { label: 'E-Government Development Index', unit: 'index (0–1)' },
	stat: { rho: -0.95, n: 4 },
	period: "over each strategy's period",
	digits: 3
};

describe('analysis chart', () => {
	it('draws each measured country as a labelled point with rho and n', () => {
		const svg = renderSvg(analysisChart(POINTS, SPEC));
		for (const text of [
			'Estonia +0.045',
			'United Kingdom +0.041',
			'Germany −0.020',
			"Spearman's ρ = −0.95, n = 4",
			'networked',
			'decentralised',
			'Change in E-Government Development Index (index (0–1))'
		])
			expect(svg).toContain(text);
		expect(svg).not.toContain('Belgium');
		expectSnapshot('analysis-coordination', svg);
	});

	it('draws an ordinal feature on its four codes', () => {
		const ordinal = POINTS.map((p, i) => ({ ...p, code: String(i % 4) }));
		const spec = {
			...SPEC,
			feature: { label: 'Once-only principle', scale: 'ordinal' },
			stat: { rho: 0.4, n: 4 }
		};
		const svg = renderSvg(analysisChart(ordinal, spec));
		expect(svg).toContain('operationalised');
		expectSnapshot('analysis-ordinal', svg);
	});

	it('says what it shows, with the numbers', () => {
		expect(describeAnalysis(POINTS, SPEC)).toBe(
			"Coordination model of each country's strategy against the change in E-Government Development Index over each strategy's period: Estonia C, +0.045; United Kingdom C, +0.041; Denmark N, +0.012; Germany D, −0.020. Spearman's ρ = −0.95, n = 4."
		);
		expect(describeAnalysis([POINTS[4] as AnalysisPoint], SPEC)).toContain(
			'no country has two editions'
		);
	});

	it('writes signs and rho plainly', () => {
		expect(signed(0.5, 1)).toBe('+0.5');
		expect(signed(-2, 0)).toBe('−2');
		expect(signed(0, 2)).toBe('±0.00');
		expect(rhoText({ rho: null, n: 2 })).toBe("n = 2: too few for Spearman's ρ");
		expect(rhoText({ rho: null, n: 5 })).toContain('no spread');
		expect(rhoText({ rho: 0.3, n: 5 })).toBe("Spearman's ρ = 0.30, n = 5");
	});
});
