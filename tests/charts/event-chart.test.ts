import { describe, expect, it } from 'vitest';
import { eventView } from '$lib/charts/event-view';
import type { EventPathRow } from '$lib/queries/event-paths';
import type { AnalysisState } from '$lib/state/analysis-state';
import { renderSvg } from '$lib/server/render-svg';
import { expectSnapshot } from './snapshot';

const path = (
	id: string,
	country: string,
	code: string,
	launch: number,
	points: [number, number][]
): EventPathRow[] => {
	const base = points.filter(([y]) => y <= launch).at(-1) as [number, number];
	return points.map(([year, value]) => ({
		strategy_id: id,
		country,
		name: country,
		title_en: `Strategy ${id}`,
		kind: 'strategy',
		launch,
		code,
		confidence: 'stated',
		evidence: 'A quotation.',
		evidence_en: null,
		locator: 'p. 2',
		year,
		t: year - launch,
		value,
		base_year: base[0],
		base_value: base[1],
		change: base[1] - value,
		crosses_break: false
	}));
};

const ROWS = [
	...path('est-2014', 'EST', 'C', 2014, [
		[2012, 20],
		[2014, 15],
		[2016, 13],
		[2018, 16]
	]),
	...path('dnk-2016', 'DNK', 'N', 2016, [
		[2014, 16],
		[2016, 9],
		[2018, 1],
		[2020, 1]
	]),
	...path('deu-2017', 'DEU', 'N', 2017, [
		[2014, 21],
		[2016, 15],
		[2018, 12],
		[2020, 25]
	]),
	...path('gbr-2017', 'GBR', 'C', 2017, [
		[2014, 8],
		[2016, 1],
		[2018, 4],
		[2020, 7]
	])
];
const STATE: AnalysisState = {
	feature: 'coordination_model',
	indicator: 'un_egdi.egdi',
	strategy: 'recent',
	before: 4,
	after: 4,
	laws: false
};
const FEATURE = { label: 'Coordination model', scale: 'coordination' };
const META = { source_id: 'un_egdi', unit: 'index (0–1)', scale_max: 1, label: 'EGDI' };

describe('event paths chart', () => {
	it('draws each strategy thin, the median per model thick, with counts', () => {
		const view = eventView(ROWS, STATE, FEATURE, META);
		expect(view.measure).toBe('rank');
		expect(view.medians.filter((m) => m.code === 'N').map((m) => [m.t, m.n])).toEqual([
			[-3, 1],
			[-2, 1],
			[-1, 1],
			[0, 1],
			[1, 1],
			[2, 1],
			[3, 1],
			[4, 1]
		]);
		expect(view.description).toMatch(/code C: median .*\(n = 2\); code N: median .*\(n = 2\)/);
		expectSnapshot('event-paths', renderSvg(view.options));
	});
});
