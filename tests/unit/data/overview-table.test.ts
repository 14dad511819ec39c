import { describe, expect, it } from 'vitest';
import { eu27Text } from '$lib/data/country-indicators';
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
	ref_period: '2024',
	rank: 2,
	n: 193,
	eu27_value: 0.87912,
	eu27_role: 'eu27_mean',
	eu27_n: 27,
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
	it('heads a column with the data period where the edition year does not say it', () => {
		const egov = row({ indicator_id: 'eu_egov.overall', year: 2023, ref_period: '2022-2023' });
		const [g] = overviewTable([egov], [meta('eu_egov.overall', 100)], two);
		expect([g?.year, g?.period]).toEqual([2023, '2022–2023']);
	});

	it('says how many member states a computed EU27 mean covers when not all 27', () => {
		const dgi = row({ indicator_id: 'oecd_dgi.composite', year: 2023, value: 0.742 });
		const [all] = overviewTable([dgi], [meta('oecd_dgi.composite', 1)], two);
		expect(all?.eu27).toBe('0.879');
		const some = { ...dgi, eu27_value: 0.573, eu27_n: 21 };
		const [part] = overviewTable([some], [meta('oecd_dgi.composite', 1)], two);
		expect(part?.eu27).toBe('0.573 (mean of 21)');
		// A mean of the members' ranks (the country profile's rank rows) is not an average score.
		expect(eu27Text({ eu27_value: 33.24, eu27_n: 27 }, 0, true)).toBe('33.2 (mean rank)');
		const none = { ...dgi, rank: null };
		expect(overviewTable([none], [meta('oecd_dgi.composite', 1)], two)[0]?.cells[0]?.rank).toBe(
			'not ranked'
		);
	});

	it('formats the latest edition, says who was not assessed, and skips earlier editions', () => {
		const rows = [row({ year: 2022, value: 0.9393, rank: 8, latest: false }), row({})];
		const [egdi] = overviewTable(rows, [meta('un_egdi.egdi', 1)], two);
		expect(egdi?.target).toBeNull();
		expect([egdi?.year, egdi?.eu27, egdi?.olderNotes]).toEqual([2024, '0.879', []]);
		expect(egdi?.period).toBeNull(); // the UN's edition year is its data year
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
