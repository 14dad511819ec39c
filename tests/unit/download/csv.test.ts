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
			'value_status',
			'indicator_id',
			'indicator',
			'unit',
			'source_id',
			'source',
			'edition',
			'source_url',
			'licence',
			'licence_url'
		]);
		expect(toCsv(out.rows, out.columns).split('\r\n')[1]).toBe(
			'Estonia,0.9393,published,un_egdi.egdi,E-Government Development Index,index 0–1,un_egdi,UN DESA: UN E-Government Survey,2022,,,'
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

	it('rounds published values to the decimals the source prints, computed ones to two more', () => {
		const rounded = [{ ...indicators[0]!, decimals: 4 }];
		const published = withProvenance(rows, [{ key: 'value' }, { key: 'raw' }], {
			indicators: rounded,
			sources,
			indicator: 'un_egdi.egdi'
		});
		expect(published.rows.map((r) => (r as { value: number }).value)).toEqual([0.9393, 0.8412]);
		const computed = withProvenance(
			[{ year: 2022, value: 1.23456789, raw: 0.84123456, role: 'country' }],
			[{ key: 'value' }],
			{ indicators: rounded, sources, indicator: 'un_egdi.egdi', computed: true }
		);
		expect(computed.rows[0]).toMatchObject({
			value: 1.234568,
			raw: 0.8412,
			value_status: 'computed'
		});
		const mean = withProvenance([{ year: 2022, value: 0.123456, role: 'eu27_mean' }], [], {
			indicators: rounded,
			sources,
			indicator: 'un_egdi.egdi'
		});
		expect(mean.rows[0]).toMatchObject({ value: 0.123456, value_status: 'computed' });
	});

	it("writes the source's page, its licence id or that reuse is restricted, and the terms", () => {
		const withTerms = (licence_id: string | null) => [
			{
				...sources[0]!,
				url: 'https://publicadministration.un.org/egovkb/en-us/Data-Center',
				licence_id,
				licence_url: 'https://www.un.org/en/about-us/terms-of-use'
			}
		];
		const lookup = { indicators, indicator: 'un_egdi.egdi' };
		const restricted = withProvenance(rows, [], { ...lookup, sources: withTerms(null) });
		expect(restricted.rows[0]).toMatchObject({
			source_url: 'https://publicadministration.un.org/egovkb/en-us/Data-Center',
			licence: 'no open licence: reuse restricted',
			licence_url: 'https://www.un.org/en/about-us/terms-of-use'
		});
		const open = withProvenance(rows, [], { ...lookup, sources: withTerms('CC-BY-4.0') });
		expect(open.rows[0]).toMatchObject({ licence: 'CC-BY-4.0' });
	});

	it('leaves rows without any indicator as they are', () => {
		const out = withProvenance([{ strategy: 'X' }], [{ key: 'strategy' }], { indicators, sources });
		expect(out.columns).toEqual([{ key: 'strategy' }]);
		expect(out.rows).toEqual([{ strategy: 'X' }]);
	});
});
