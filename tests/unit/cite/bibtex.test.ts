import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtexKey, dashboardBibtex, escapeBibtex, sourceBibtex } from '$lib/cite/bibtex';
import type { SourceInfo } from '$lib/cite/dashboard';

const desi: SourceInfo = {
	source_id: 'desi2020',
	publisher: 'European Commission, DG CONNECT',
	title: 'Digital Economy and Society Index (DESI) 2020, digital public services (2020 method)',
	editions: '2015–2020 (DESI 2020 release, EU28)',
	licence: 'CC BY 4.0',
	citation: 'European Commission. (2020). DESI 2020 [Data set].',
	url: 'https://digital-decade-desi.digital-strategy.ec.europa.eu'
};

/** True when every brace not escaped is matched and no special is left bare (URLs keep theirs). */
function safe(value: string, url = false): boolean {
	let depth = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value[i];
		if (c === '\\') {
			i++;
			continue;
		}
		if (!url && '%&$#_^~'.includes(c as string)) return false;
		if (c === '{') depth++;
		if (c === '}' && --depth < 0) return false;
	}
	return depth === 0 && !/[\n\r]/.test(value);
}

describe('BibTeX', () => {
	it('writes a source as @misc with a corporate author, the years and the licence', () => {
		expect(sourceBibtex(desi)).toBe(
			[
				'@misc{desi20202015,',
				'  author = {{European Commission, DG CONNECT}},',
				'  title = {{Digital Economy and Society Index (DESI) 2020, digital public services (2020 method)}},',
				'  year = {2015--2020},',
				'  url = {https://digital-decade-desi.digital-strategy.ec.europa.eu},',
				'  note = {Editions: 2015–2020 (DESI 2020 release, EU28). Licence: CC BY 4.0.}',
				'}'
			].join('\n')
		);
	});

	it('writes the chart with its link and the day it was read', () => {
		const entry = dashboardBibtex({
			chartTitle: 'Rank on the EGDI',
			url: 'https://example.org/?country=BEL~DNK&view=rank',
			accessed: new Date('2026-03-05T12:00:00Z')
		});
		expect(entry).toMatch(/^@misc\{egovdashboard2026,\n {2}author = \{\{The e-government/);
		expect(entry).toContain('url = {https://example.org/?country=BEL~DNK&view=rank}');
		expect(entry).toContain('urldate = {2026-03-05}');
	});

	it('escapes every LaTeX special character', () => {
		expect(escapeBibtex('50% & $5 #1 a_b x^2 ~ {x} \\ \n end')).toBe(
			'50\\% \\& \\$5 \\#1 a\\_b x\\textasciicircum{}2 \\textasciitilde{} \\{x\\} \\textbackslash{} end'
		);
	});

	it('makes keys of ASCII letters and digits from any text', () => {
		expect(bibtexKey('Ærø Kommune', '2024')).toBe('rkommune2024');
		expect(bibtexKey('2024', '{}')).toBe('ref2024');
		expect(bibtexKey('')).toBe('ref');
	});

	it('stays well formed for any title, publisher and URL (property)', () => {
		const text = fc.string({ unit: 'grapheme', maxLength: 80 });
		const hostile = fc.constantFrom('{', '}', '\\', '%', '}{', '\\}', '@misc{', '\n', '~', '#');
		const field = fc.oneof(
			text,
			fc.array(hostile, { maxLength: 8 }).map((a) => a.join(''))
		);
		fc.assert(
			fc.property(field, field, field, (title, publisher, url) => {
				const entry = sourceBibtex({ ...desi, title, publisher, url, source_id: title });
				const [head, ...lines] = entry.split('\n');
				expect(head).toMatch(/^@misc\{[a-z][a-z0-9]*,$/);
				expect(lines.pop()).toBe('}');
				for (const line of lines) {
					const [, name, value] = /^ {2}([a-z]+) = \{(.*)\},?$/.exec(line) ?? [];
					expect(value, line).toBeDefined();
					expect(safe(value as string, name === 'url'), line).toBe(true);
					if (name === 'url') expect(value).not.toMatch(/[\s{}\\]/);
				}
			}),
			{ numRuns: 3000 }
		);
	});
});
