import { describe, expect, it } from 'vitest';
import { layoutLanes } from '$lib/charts/strategy-lanes';
import {
	describeTimeline,
	roomOf,
	strategyTimeline,
	timelineCountries,
	type StrategyRow
} from '$lib/charts/strategy-timeline';
import { renderSvg } from '$lib/server/render-svg';
import { expectSnapshot } from './snapshot';

const item = (
	country: string,
	name: string,
	strategy_id: string,
	title_en: string,
	kind: string,
	start_year: number,
	end_year: number | null,
	status: Partial<StrategyRow> = {}
): StrategyRow => ({
	strategy_id,
	country,
	name,
	title_en,
	title_original: null,
	kind,
	start_year,
	end_year,
	lead_body: null,
	legal_basis: null,
	summary: 'Summary.',
	sources: 'https://example.org',
	scope: 'national',
	coding_status: 'coded',
	note: null,
	language: 'en',
	start_month: null,
	document_publisher: 'Government',
	document_title: title_en,
	document_date: String(start_year),
	document_url: 'https://example.org',
	secondary_sources: null,
	n_codes: 13,
	n_nonzero: 8,
	n_inferred: 1,
	...status
});

const UNAVAILABLE = {
	coding_status: 'text unavailable',
	note: 'Searched the official journal.',
	n_codes: 0,
	n_nonzero: 0,
	n_inferred: 0
};

const rows: StrategyRow[] = [
	item('FRA', 'France', 'fra-2019-tech-gouv', 'TECH.GOUV', 'programme', 2019, 2022),
	item(
		'DEU',
		'Germany',
		'deu-2000-bundonline-2005',
		'BundOnline 2005',
		'programme',
		2000,
		2005,
		UNAVAILABLE
	),
	item(
		'DEU',
		'Germany',
		'deu-2003-deutschland-online',
		'Deutschland-Online',
		'agreement',
		2003,
		2010
	),
	item(
		'DEU',
		'Germany',
		'deu-2010-it-planning-council',
		'IT Planning Council',
		'institution',
		2010,
		null
	),
	item('DEU', 'Germany', 'deu-2017-online-access-act', 'Online Access Act', 'law', 2017, null),
	item('DEU', 'Germany', 'deu-2022-digital-strategy', 'Digital Strategy', 'strategy', 2022, 2025),
	item('EST', 'Estonia', 'est-2001-x-road', 'X-Road', 'programme', 2001, null),
	item('EST', 'Estonia', 'est-2015-tartu-digital', 'Tartu Digital', 'strategy', 2015, 2020, {
		scope: 'regional'
	}),
	item(
		'EST',
		'Estonia',
		'est-2000-digital-signatures-act',
		'Digital Signatures Act',
		'law',
		2000,
		null,
		UNAVAILABLE
	)
];
const spec = {
	countries: timelineCountries(rows, ['BEL', 'DNK', 'EST', 'DEU', 'GBR']),
	present: 2026
};

describe('strategy timeline', () => {
	it('orders the five first, then the others by name', () => {
		expect(spec.countries.map((c) => c.country)).toEqual(['EST', 'DEU', 'FRA']);
	});

	it('draws bars for periods and diamonds for laws, coloured by kind', () => {
		const svg = renderSvg(strategyTimeline(rows, spec));
		expectSnapshot('strategy-timeline', svg);
		expect(svg.match(/data-key="/g)).toHaveLength(rows.length);
		expect(svg).toContain('data-key="deu-2017-online-access-act"');
		expect(svg).toContain('>BundOnline 2005</text>');
		for (const kind of ['strategy', 'programme', 'agreement', 'institution', 'law'])
			expect(svg).toContain(kind);
		expect(svg).toContain('Online Access Act\nGermany, law, 2017–in force');
		// Laws are titled beside their diamond, not only in the tooltip.
		expect(svg).toContain('>Digital Signatures Act</text>');
		expect(svg).toContain('>Online Access Act</text>');
	});

	it('outlines rows whose text is unavailable, with the note, and marks regional rows R', () => {
		const svg = renderSvg(strategyTimeline(rows, spec));
		const groupOf = (id: string) => {
			const at = svg.indexOf(`data-key="${id}"`);
			const start = svg.lastIndexOf('<g', at);
			return svg.slice(start, svg.indexOf('>', start));
		};
		for (const id of ['deu-2000-bundonline-2005', 'est-2000-digital-signatures-act'])
			expect(groupOf(id)).toContain('fill="#ffffff"');
		expect(groupOf('deu-2003-deutschland-online')).not.toContain('fill="#ffffff"');
		expect(svg).toContain('text unavailable: Searched the official journal.');
		expect(svg).toContain('>R · Tartu Digital</text>');
		expect(svg).toContain('Tartu Digital\nEstonia, strategy, 2015–2020\nregional');
	});

	it('gives a title the lane up to the next item, so a short bar can be named past its end', () => {
		const { placed } = layoutLanes(rows, ['EST', 'DEU', 'FRA'], 2026);
		const room = roomOf(placed, 2028);
		const of = (id: string) => room.get(placed.find((p) => p.item.strategy_id === id)!);
		expect(of('deu-2000-bundonline-2005')).toBe(10); // to the IT Planning Council in 2010
		expect(of('deu-2003-deutschland-online')).toBe(19); // to the Digital Strategy in 2022
		expect(of('deu-2022-digital-strategy')).toBe(6); // to the axis end
		expect(of('est-2000-digital-signatures-act')).toBe(28); // alone in the law lane
	});

	it('packs overlapping items into lanes, laws apart, open ends to the present', () => {
		const { placed, blocks } = layoutLanes(rows, ['EST', 'DEU', 'FRA'], 2026);
		expect(blocks).toEqual([
			{ country: 'EST', first: 0, lanes: 3 },
			{ country: 'DEU', first: 3, lanes: 3 },
			{ country: 'FRA', first: 6, lanes: 1 }
		]);
		const at = (id: string) => placed.find((p) => p.item.strategy_id === id);
		expect(at('deu-2017-online-access-act')).toMatchObject({ lane: 3, x1: 2017, x2: 2018 });
		expect(at('deu-2000-bundonline-2005')).toMatchObject({ lane: 4, x2: 2006 });
		expect(at('deu-2003-deutschland-online')?.lane).toBe(5);
		expect(at('deu-2010-it-planning-council')).toMatchObject({ lane: 4, x2: 2027 });
		expect(at('deu-2022-digital-strategy')?.lane).toBe(5);
		for (const a of placed)
			for (const b of placed)
				if (a !== b && a.lane === b.lane) expect(a.x2 <= b.x1 || b.x2 <= a.x1).toBe(true);
	});

	it('describes the timeline in a sentence', () => {
		expect(describeTimeline(rows, spec)).toBe(
			'9 strategies, laws, programmes, agreements and institutions of 3 countries, 2000–2026, 2 of them laws; Germany has the most (5); 2 whose text is unavailable (outlined), 1 regional (marked R).'
		);
	});
});
