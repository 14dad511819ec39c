import { describe, expect, it } from 'vitest';
import { visibleRows, yearsDrawn } from '$lib/charts/explore-charts';
import { breakNotes, exploreFrame } from '$lib/charts/explore-frame';
import type { ExploreState } from '$lib/state/explore-state';
import { CITIZENS, EGDI, EGOV, only, RAW, TARGET } from './explore-fixture';

const meta = (m: typeof EGDI, caveat: string | null = null) => ({
	...m,
	source_id: m.family,
	caveat
});
const STATE: ExploreState = {
	indicator: ['eu_egov.overall'],
	country: [],
	group: 'five',
	time: { from: null, to: null },
	chart: 'line',
	norm: 'raw',
	ref: ['eu'],
	focus: []
};
const options = {
	norm: 'raw' as const,
	metas: [meta(EGOV, 'The method changed in 2020.')],
	targets: [TARGET],
	publisherOf: () => 'European Commission',
	countries: 'The five'
};

describe('explorer frame', () => {
	it('names the indicator, the selection, the years and the normalisation', () => {
		const frame = exploreFrame(only('eu_egov.overall'), STATE, options);
		expect(frame.title).toBe('Overall score');
		expect(frame.subtitle).toBe('The five; first edition to latest; raw values');
		expect(frame.source).toBe(
			'Source: EU eGovernment Benchmark (European Commission). EU27 average: as published where the source publishes one, otherwise the mean of the member states assessed.'
		);
	});

	it('names the years drawn, not the range the link asked for', () => {
		const rows = only('eu_egov.overall');
		const asked = { ...STATE, time: { from: 2010, to: 2030 } };
		const line = exploreFrame(rows, asked, { ...options, years: yearsDrawn(rows, 'line') });
		expect(line.subtitle).toBe('The five; 2019 to 2023; raw values');
		const bar = { ...asked, chart: 'bar' as const };
		const two = [...rows, ...only('un_egdi.egdi')];
		expect(exploreFrame(two, bar, { ...options, years: yearsDrawn(two, 'bar') }).subtitle).toBe(
			"The five; 2023 and 2024 (each indicator's latest); raw values"
		);
		expect(yearsDrawn(rows, 'slope')).toEqual([2019, 2023]);
	});

	it('puts the break footnote and the caveat on the frame', () => {
		const { caveats } = exploreFrame(only('eu_egov.overall'), STATE, options);
		expect(caveats).toEqual([
			'What the year means: eGovernment Benchmark, the later of the two data years a biennial average covers (2023 averages 2022 and 2023, published in the 2024 report).',
			'○ Series break in Overall score, 2020: the method changed; values before and after are not comparable.',
			'The method changed in 2020.'
		]);
	});

	it('notes breaks only where the chart shows them', () => {
		const rows = only('eu_egov.overall');
		expect(breakNotes(visibleRows(rows, 'bar'), [meta(EGOV)])).toEqual([]);
		expect(breakNotes(visibleRows(rows, 'slope'), [meta(EGOV)], true)[0]).toMatch(
			/^Dotted lines cross a series break in Overall score \(2020\)/
		);
	});

	it('explains the normalisation and the target', () => {
		const state = {
			...STATE,
			indicator: [CITIZENS.indicator_id],
			norm: 'gap' as const,
			time: { from: 2022, to: 2022 }
		};
		const frame = exploreFrame(only(CITIZENS.indicator_id), state, {
			...options,
			norm: 'gap',
			metas: [meta(CITIZENS)]
		});
		expect(frame.subtitle).toBe('The five; 2022; gap to target');
		expect(frame.caveats[0]).toMatch(/^What the year means: DESI 2022 method, the DESI edition/);
		expect(frame.caveats[1]).toMatch(/^Gap to target: target − value/);
		expect(frame.caveats[2]).toMatch(/^Target: Digital Decade 2030: 100% online provision/);
		expect(frame.caveats[2]).not.toContain('reference level');
		// A target due before the first edition drawn is a level, not a deadline: said so.
		const expired = exploreFrame(only(CITIZENS.indicator_id), state, {
			...options,
			norm: 'gap',
			metas: [meta(CITIZENS)],
			targets: [{ ...TARGET, target_year: 2015 }]
		});
		expect(expired.caveats[2]).toMatch(
			/It was due in 2015, before the first edition drawn \(2022\): read it as a reference level, not a deadline\.$/
		);
		const zscore = exploreFrame(
			RAW,
			{ ...state, norm: 'zscore', ref: ['target'] },
			{ ...options, norm: 'zscore', metas: [meta(CITIZENS)] }
		);
		expect(zscore.caveats).toContain(
			'The target line is drawn only with raw values and the gap to target.'
		);
	});

	it('titles small multiples with every indicator and labels each caveat', () => {
		const state = { ...STATE, indicator: ['un_egdi.egdi', 'eu_egov.overall'] };
		const frame = exploreFrame(RAW, state, {
			...options,
			metas: [meta(EGDI, 'Relative.'), meta(EGOV, 'Method.')]
		});
		expect(frame.title).toBe('2 indicators: E-Government Development Index, Overall score');
		expect(frame.caveats.slice(-2)).toEqual([
			'E-Government Development Index: Relative.',
			'Overall score: Method.'
		]);
	});

	it('says what the year means for exactly the sources drawn, once each', () => {
		const state = { ...STATE, indicator: ['un_egdi.egdi', 'eu_egov.overall'] };
		const metas = [meta(EGDI), meta(EGOV)];
		const both = exploreFrame(RAW, state, { ...options, metas });
		expect(both.caveats[0]).toBe(
			'What the year means: UN E-Government Survey, the survey edition (published that year); ' +
				'eGovernment Benchmark, the later of the two data years a biennial average covers ' +
				'(2023 averages 2022 and 2023, published in the 2024 report).'
		);
		// An indicator in the link with nothing drawn does not name its source.
		const unOnly = exploreFrame(only('un_egdi.egdi'), state, { ...options, metas });
		expect(unOnly.caveats[0]).toBe(
			'What the year means: UN E-Government Survey, the survey edition (published that year).'
		);
		expect(exploreFrame([], state, { ...options, metas }).caveats.join(' ')).not.toMatch(
			/What the year means/
		);
	});
});
