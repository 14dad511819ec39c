import { describe, expect, it } from 'vitest';
import {
	describeMatrix,
	matrixCells,
	strategyMatrix,
	type MatrixRow,
	type MatrixSpec
} from '$lib/charts/strategy-matrix';
import { orderFeatures } from '$lib/charts/strategy-codes';
import { renderSvg } from '$lib/server/render-svg';
import { expectSnapshot } from './snapshot';

const features = [
	{ feature_id: 'once_only', label: 'Once-only principle', scale: 'ordinal' },
	{ feature_id: 'coordination_model', label: 'Coordination model', scale: 'coordination' },
	{ feature_id: 'eid', label: 'Electronic identification (eID)', scale: 'ordinal' }
];
const strategy = {
	DEU: {
		name: 'Germany',
		strategy_id: 'deu-2017-online-access-act',
		title_en: 'Online Access Act (OZG)',
		kind: 'law',
		start_year: 2017,
		end_year: null
	},
	EST: {
		name: 'Estonia',
		strategy_id: 'est-2021-digital-agenda-2030',
		title_en: "Estonia's Digital Society Development Plan 2030",
		kind: 'strategy',
		start_year: 2021,
		end_year: 2030
	}
};
const codes: [keyof typeof strategy, string, string | null, string | null][] = [
	['DEU', 'once_only', '3', 'stated'],
	['DEU', 'coordination_model', 'N', 'inferred'],
	['DEU', 'eid', '2', 'stated'],
	['EST', 'once_only', '2', 'stated'],
	['EST', 'coordination_model', 'C', 'stated'],
	['EST', 'eid', null, null]
];
const rows: MatrixRow[] = codes.map(([country, feature_id, code, confidence]) => {
	const f = features.find((x) => x.feature_id === feature_id)!;
	return {
		country,
		...strategy[country],
		n_codes: country === 'DEU' ? 3 : 2,
		feature_id,
		feature_label: f.label,
		scale: f.scale,
		code,
		evidence: code === null ? null : `Evidence for ${country} ${feature_id}.`,
		evidence_en: null,
		locator: code === null ? null : 'Section 1',
		source_url: code === null ? null : 'https://example.org/source',
		confidence,
		reasoning: confidence === 'inferred' ? 'Why.' : null,
		language: 'en',
		document_publisher: 'Government',
		document_title: strategy[country].title_en,
		document_date: String(strategy[country].start_year),
		document_url: 'https://example.org/source',
		secondary_sources: null
	};
});
const spec: MatrixSpec = {
	countries: [
		{ country: 'DEU', name: 'Germany' },
		{ country: 'EST', name: 'Estonia' },
		{ country: 'BEL', name: 'Belgium' }
	],
	features: orderFeatures(features),
	choice: 'the most recent coded strategy'
};

describe('strategy matrix', () => {
	it('draws the countries × features matrix', () => {
		expectSnapshot('strategy-matrix', renderSvg(strategyMatrix(rows, spec)));
	});

	it('puts the coordination model first, as a letter, and marks inferred codes', () => {
		const svg = renderSvg(strategyMatrix(rows, spec));
		expect(svg.indexOf('Coordination model')).toBeLessThan(svg.indexOf('Once-only principle'));
		expect(svg).toContain('>N*</text>');
		expect(svg).toContain('>C</text>');
		expect(svg).toContain('stroke-dasharray="3,2"');
		expect(svg).toContain('Online Access Act (OZG) (2017)');
		expect(svg).toContain('no coded strategy');
	});

	it('makes every coded cell a keyed button named by its tooltip, short label first', () => {
		const svg = renderSvg(strategyMatrix(rows, spec));
		const cell = /<rect[^>]*data-key="DEU.once_only"[^>]*>\s*<title>([^<]*)/.exec(svg);
		const [tag, title] = [cell?.[0] ?? '', cell?.[1] ?? ''];
		// Named by its <title>: an aria-label would have to repeat all of it (label in name).
		expect(tag).not.toContain('aria-label');
		expect(title).toMatch(/^Germany, Once-only principle: 3 Legally binding \(stated\)\n/);
		expect(tag).toContain('role="button"');
		expect(svg.match(/data-key="/g)).toHaveLength(6);
		expect(svg).toContain('data-key="EST.eid"');
	});

	it('colours by code and leaves empty cells for a country without a coded strategy', () => {
		const cells = matrixCells(rows, spec);
		expect(cells).toHaveLength(9);
		const at = (key: string) => cells.find((c) => c.key === key);
		expect(at('DEU.once_only')).toMatchObject({ fill: '#08519c', ink: '#ffffff', text: '3' });
		expect(at('EST.eid')).toMatchObject({ code: null, text: '–' });
		expect(cells.filter((c) => c.country === 'BEL').every((c) => c.key === null)).toBe(true);
	});

	it('describes each row in a sentence', () => {
		expect(describeMatrix(rows, spec)).toBe(
			"Coded features; each row shows the most recent coded strategy. Germany, Online Access Act (OZG) (2017): coordination N, 1 features legally binding, 1 operationalised, 1 codes inferred; Estonia, Estonia's Digital Society Development Plan 2030 (2021): coordination C, 0 features legally binding, 1 operationalised, 0 codes inferred; Belgium: no coded strategy."
		);
	});
});
