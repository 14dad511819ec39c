import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, wrap } from '$lib/download/compose-svg';
import { slug } from '$lib/download/save';

const chart =
	'<svg xmlns="http://www.w3.org/2000/svg" width="760" height="420" viewBox="0 0 760 420"><text>Estonia&nbsp;1</text></svg>';

describe('the downloadable SVG', () => {
	const svg = composeSvg({
		chart,
		width: 760,
		height: 420,
		title: 'Rank <on> the "EGDI" & more',
		subtitle: 'UN E-Government Survey, 2003–2024',
		notes: ['Source: UN DESA.', 'Downloaded 2026-03-05 from https://example.org/?a=1&b=2']
	});
	const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
	const root = document.querySelector('svg') as unknown as SVGSVGElement;

	it('puts title, subtitle, chart and notes in one SVG with its size', () => {
		expect(root.getAttribute('width')).toBe('792');
		expect(Number(root.getAttribute('height'))).toBeGreaterThan(420 + 60);
		const texts = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent);
		expect(texts).toEqual([
			'Rank <on> the "EGDI" & more',
			'UN E-Government Survey, 2003–2024',
			'Source: UN DESA.',
			'Downloaded 2026-03-05 from https://example.org/?a=1&b=2'
		]);
		expect(root.querySelector('g > svg')?.getAttribute('width')).toBe('760');
	});

	it('escapes text and leaves no HTML-only entity for XML parsers', () => {
		expect(svg).toContain('Rank &lt;on&gt; the &quot;EGDI&quot; &amp; more');
		expect(svg).not.toContain('&nbsp;');
		expect(svg).toContain('Estonia&#160;1');
		expect(escapeXml(`<'&">`)).toBe('&lt;&apos;&amp;&quot;&gt;');
	});

	it('wraps long lines at word boundaries', () => {
		expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrap('', 10)).toEqual([]);
	});

	it('names files after the title in plain ASCII', () => {
		expect(slug('Rank on the E-Government Development Index (1 = best)')).toBe(
			'rank-on-the-e-government-development-index-1-best'
		);
		expect(slug('<>')).toBe('chart');
		const long = slug(
			'Digital public services for businesses (DESI 2022 method), index to the EU27 average'
		);
		expect(long).toBe('digital-public-services-for-businesses-desi-2022-method-index-to-the-eu27');
		expect(long.length).toBeLessThanOrEqual(80);
		expect(
			slug(
				'explore-un-egdi-egdi-eu-egov-overall-desi2022-services-citizens-desi2022-services-businesses-raw'
			)
		).toBe('explore-un-egdi-egdi-eu-egov-overall-desi2022-services-citizens-desi2022');
	});
});
