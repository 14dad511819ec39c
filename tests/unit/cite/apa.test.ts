import { describe, expect, it } from 'vitest';
import { dashboardApa, sourceApa } from '$lib/cite/apa';
import type { SourceInfo } from '$lib/cite/dashboard';
import { yearsOf } from '$lib/cite/dashboard';

const un: SourceInfo = {
	source_id: 'un_egdi',
	publisher: 'United Nations Department of Economic and Social Affairs (UN DESA)',
	title: 'UN E-Government Survey: E-Government Development Index and components',
	editions: '2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024',
	licence: 'Free reuse with attribution to UN DESA',
	citation: '',
	url: 'https://publicadministration.un.org/egovkb/en-us/Data-Center'
};
const ref = {
	chartTitle: 'E-Government Development Index',
	url: 'https://example.org/?indicator=un_egdi.egdi&country=BEL~DNK',
	accessed: new Date('2026-03-05T23:30:00Z')
};

describe('APA citations', () => {
	it('cites the chart with authors, year, title, kind, site, retrieval date and link', () => {
		expect(dashboardApa(ref)).toBe(
			'The e-government strategy dashboard contributors. (2026). E-Government Development Index ' +
				'[Interactive dashboard]. E-government strategies in Europe: a dashboard. ' +
				'Retrieved March 5, 2026, from https://example.org/?indicator=un_egdi.egdi&country=BEL~DNK'
		);
	});

	it('falls back to the dashboard title and keeps a hostile title on one line', () => {
		expect(dashboardApa({ ...ref, chartTitle: '  ' })).toContain(
			'. (2026). E-government strategies'
		);
		expect(dashboardApa({ ...ref, chartTitle: 'A\nB\t<script>' })).toContain('. A B <script> [');
	});

	it("uses the data package's own citation when there is one", () => {
		expect(sourceApa({ ...un, citation: ' OECD. (2024).\n Index. ' })).toBe('OECD. (2024). Index.');
	});

	it('builds one from the fields otherwise, with the years the editions span', () => {
		expect(sourceApa(un)).toBe(
			'United Nations Department of Economic and Social Affairs (UN DESA). (2003–2024). ' +
				'UN E-Government Survey: E-Government Development Index and components [Data set]. ' +
				'https://publicadministration.un.org/egovkb/en-us/Data-Center'
		);
		expect(sourceApa({ ...un, editions: 'every edition', url: '' })).toMatch(
			/\(n\.d\.\).*\[Data set\]\.$/
		);
	});

	it.each([
		['2023', '2023'],
		['2015–2020 (DESI 2020 release, EU28)', '2015–2020'],
		['no year', null]
	])('reads the years of "%s"', (text, years) => expect(yearsOf(text)).toBe(years));
});
