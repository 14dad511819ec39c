import { describe, expect, it } from 'vitest';
import { overviewTable } from '$lib/data/overview-table';
import type { OverviewRow } from '$lib/queries/overview';

const meta = (indicator_id: string, scale_max: number) => ({
	indicator_id,
	source_id: indicator_id.split('.')[0]!,
	label: indicator_id,
	family: 'Family',
	unit: scale_max === 1 ? 'index (0–1)' : 'score (0–100)',
	scale_max
});
const row = (o: Partial<OverviewRow>): OverviewRow => ({
	indicator_id: 'un_egdi.egdi',
	country: 'EST',
	name: 'Estonia',
	year: 2024,
	value: 0.97274,
	flag: null,
	rank: 2,
	n: 193,
	eu27_value: 0.87912,
	eu27_role: 'eu27_mean',
	latest: true,
	target_value: null,
	target_year: null,
	distance: null,
	...o
});
const two = [
	{ country: 'EST', name: 'Estonia' },
	{ country: 'DEU', name: 'Germany' }
];

describe('overview table', () => {
	it('formats the latest edition, says who was not assessed, and skips earlier editions', () => {
		const rows = [row({ year: 2022, value: 0.9393, rank: 8, latest: false }), row({})];
		const [egdi] = overviewTable(rows, [meta('un_egdi.egdi', 1)], two);
		expect(egdi?.target).toBeNull();
		expect([egdi?.year, egdi?.eu27, egdi?.olderNotes]).toEqual([2024, '0.879', []]);
		expect(egdi?.cells).toEqual([
			{
				country: 'EST',
				name: 'Estonia',
				year: 2024,
				raw: 0.97274,
				value: '0.973',
				flag: null,
				older: false,
				rank: '2nd of 193',
				eu27: '0.879',
				distance: '–'
			},
			expect.objectContaining({ name: 'Germany', year: null, value: 'not assessed', rank: '–' })
		]);
	});

	it('heads the column with the newest edition and says which country is on an older one', () => {
		const rows = [
			row({ indicator_id: 'eu_egov.overall', year: 2023, value: 92, eu27_value: 75.8 }),
			row({
				indicator_id: 'eu_egov.overall',
				country: 'DEU',
				name: 'Germany',
				year: 2020,
				value: 69,
				flag: 'break',
				eu27_value: 71.4
			})
		];
		const [group] = overviewTable(rows, [meta('eu_egov.overall', 100)], two);
		expect([group?.year, group?.eu27]).toEqual([2023, '75.8']);
		expect(group?.cells.map((c) => [c.year, c.value, c.eu27, c.older])).toEqual([
			[2023, '92.0', '75.8', false],
			[2020, '69.0', '71.4', true]
		]);
		expect(group?.olderNotes).toEqual([
			'Germany: eu_egov.overall, latest edition 2020 (after a series break), when the EU27 average was 71.4'
		]);
	});

	it('gives the distance to a target, or says it is reached', () => {
		const target = { target_value: 100, target_year: 2030, indicator_id: 'desi.services' };
		const rows = [
			row({ ...target, value: 87.66, rank: 5, n: 27, distance: 12.34 }),
			row({ ...target, country: 'DEU', name: 'Germany', value: 100, distance: 0 })
		];
		const [group] = overviewTable(rows, [meta('desi.services', 100)], two);
		expect(group?.target).toBe('100 by 2030');
		expect(group?.cells.map((c) => [c.value, c.distance])).toEqual([
			['87.7', '12.3 to go'],
			['100.0', 'target reached']
		]);
	});
});
