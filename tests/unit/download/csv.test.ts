import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '$lib/download/csv';
import { withProvenance } from '$lib/download/provenance';

const indicators = [
	{
		indicator_id: 'un_egdi.egdi',
		label: 'E-Government Development Index',
		unit: 'index 0–1',
		source_id: 'un_egdi'
	},
	{ indicator_id: 'un_egdi.rank', label: 'EGDI rank', unit: 'rank', source_id: 'un_egdi' }
];
const sources = [{ source_id: 'un_egdi', publisher: 'UN DESA', title: 'UN E-Government Survey' }];
const rows = [
	{ country: 'EST', name: 'Estonia', year: 2022, value: 0.9393, flag: null },
	{ country: 'EU27', name: 'EU27 average', year: 2022, value: 0.8412345678901, flag: 'estimate' }
];

describe('CSV', () => {
	it.each([
		[null, ''],
		[undefined, ''],
		[0.1 + 0.2, '0.30000000000000004'],
		[Number.NaN, ''],
		[true, 'true'],
		['Korea, Republic of', '"Korea, Republic of"'],
		['say "hi"\nthere', '"say ""hi""\nthere"'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['-1+2', "'-1+2"],
		[-1.5, '-1.5']
	])('writes %j as %s', (value, text) => expect(csvCell(value)).toBe(text));

	it('writes a header and one CRLF line per row, in column order', () => {
		expect(toCsv(rows, [{ key: 'name' }, { key: 'value', header: 'score' }])).toBe(
			'name,score\r\nEstonia,0.9393\r\nEU27 average,0.8412345678901\r\n'
		);
	});

	it('adds indicator, unit, source and edition columns from the lookup', () => {
		const out = withProvenance(rows, [{ key: 'name' }, { key: 'value' }], {
			indicators,
			sources,
			indicator: 'un_egdi.egdi'
		});
		expect(out.columns.map((c) => c.key)).toEqual([
			'name',
			'value',
			'indicator_id',
			'indicator',
			'unit',
			'source_id',
			'source',
			'edition'
		]);
		expect(toCsv(out.rows, out.columns).split('\r\n')[1]).toBe(
			'Estonia,0.9393,un_egdi.egdi,E-Government Development Index,index 0–1,un_egdi,UN DESA: UN E-Government Survey,2022'
		);
	});

	it("prefers each row's own indicator, and a unit override for computed values", () => {
		const out = withProvenance(
			[
				{ indicator_id: 'un_egdi.rank', year: 2024, value: 3 },
				{ year: 2024, value: 1 }
			],
			[{ key: 'value' }],
			{ indicators, sources, indicator: 'un_egdi.egdi', unit: 'rank' }
		);
		expect(out.rows).toMatchObject([
			{ indicator_id: 'un_egdi.rank', indicator: 'EGDI rank', unit: 'rank', edition: 2024 },
			{ indicator_id: 'un_egdi.egdi', unit: 'rank', source: 'UN DESA: UN E-Government Survey' }
		]);
	});

	it('leaves rows without any indicator as they are', () => {
		const out = withProvenance([{ strategy: 'X' }], [{ key: 'strategy' }], { indicators, sources });
		expect(out.columns).toEqual([{ key: 'strategy' }]);
		expect(out.rows).toEqual([{ strategy: 'X' }]);
	});
});
