import { describe, expect, it } from 'vitest';
import { levelWord, statusLabel, unmeasuredNote } from '$lib/charts/services-grid';
import { formatMeasure, MEASURE_INFO, measureInfo } from '$lib/charts/services-measures';
import { describeTrend } from '$lib/charts/services-trend';
import { lifeEventLabel } from '$lib/state/services-state';

/*
 * The tools' texts built in $lib take a language: English stays as it was, and another language
 * says it in its own words (a couple of telling English words must not remain).
 */

describe('services texts', () => {
	it('name the countries a report did not measure', () => {
		const en = unmeasuredNote(['United Kingdom'], '2024');
		expect(en).toBe(
			'Not measured in the 2024 report: United Kingdom. Its column is empty and the summary leaves it out.'
		);
		const de = unmeasuredNote(['United Kingdom'], '2024', 'de');
		expect(de).toContain('2024');
		expect(de).not.toMatch(/measured|column|summary/);
	});

	it('label measures, life events, levels and statuses', () => {
		expect(measureInfo('portal')).toEqual(MEASURE_INFO.portal);
		expect(MEASURE_INFO.portal.label).toBe('Through the national portal');
		expect(measureInfo('portal', 'fr').label).toBe('Via le portail national');
		expect(lifeEventLabel('justice')).toBe('Starting a small claims procedure');
		expect(lifeEventLabel('justice', 'nl')).not.toMatch(/claims|small|Starting/);
		expect(statusLabel('partly')).toBe('Partly online');
		expect(statusLabel('na', 'da')).toBe('Ikke relevant');
		expect(levelWord('Central')).toBe('central');
		expect(levelWord('Local', 'de')).toBe('kommunal');
	});

	it('format measures in the language', () => {
		expect(formatMeasure(72.6, MEASURE_INFO.central)).toBe('73%');
		expect(formatMeasure(72.6, MEASURE_INFO.central, 'de')).toMatch(/^73\s%$/);
		expect(formatMeasure(2.25, MEASURE_INFO.providers, 'fr')).toBe('2,3');
	});

	it('describe the trend', () => {
		const points = [
			{ country: 'DEU', name: 'Germany', year: 2022, value: 40, role: 'country' as const }
		];
		expect(describeTrend(points, 'portal', 'Family')).toBe(
			'Through the national portal (% of services), Family, by data year; in 2022: Germany 40%.'
		);
		const et = describeTrend(points, 'portal', 'Perekond', 'et');
		expect(et).toContain('Germany 40%');
		expect(et).not.toMatch(/by data year|services|portal/);
	});
});
