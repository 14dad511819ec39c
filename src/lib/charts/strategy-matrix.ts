import * as Plot from '@observablehq/plot';
import { clipText, fullIfCut } from './clip-text';
import { cellKey } from '$lib/state/strategies-state';
import { confidenceName, featureName } from '$lib/data/research-names';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import { codeLabel, fillOf, inkOf, type FeatureRow } from './strategy-codes';
import { focusable } from './strategy-focus';

/** One country × feature of the matrix query (strategy_matrix). */
export interface MatrixRow {
	country: string;
	name: string;
	strategy_id: string;
	title_en: string;
	kind: string;
	start_year: number;
	end_year: number | null;
	n_codes: number;
	feature_id: string;
	feature_label: string;
	scale: string;
	code: string | null;
	/** The verbatim quotation, its English translation (null where it is English) and locator. */
	evidence: string | null;
	evidence_en: string | null;
	locator: string | null;
	source_url: string | null;
	confidence: string | null;
	/** One sentence on why, for an inferred code. */
	reasoning: string | null;
	language: string | null;
	document_publisher: string | null;
	document_title: string | null;
	document_date: string | null;
	document_url: string | null;
	secondary_sources: string | null;
}

export interface MatrixSpec {
	/** Rows of the matrix, in order, with their names; a country without rows is drawn empty. */
	countries: { country: string; name: string }[];
	/** Columns, in order. */
	features: Pick<FeatureRow, 'feature_id' | 'label'>[];
	/** What the rows show, e.g. "the most recent coded strategy", for the description. */
	choice: string;
	width?: number;
	/** The language of the labels and description (default English). */
	locale?: Locale;
}

interface Cell {
	country: string;
	feature: string;
	key: string | null;
	code: string | null;
	text: string;
	fill: string;
	ink: string;
	inferred: boolean;
	title: string;
	label: string;
}

const ROW = 50;
const MARGIN = { top: 150, right: 90, bottom: 8, left: 270 };

/** The characters of a strategy's title that fit beside its country's name. */
const TITLE_CHARS = 30;

function toCell(r: MatrixRow, feature: string, locale: Locale): Cell {
	const mark = r.code === null ? '–' : `${r.code}${r.confidence === 'inferred' ? '*' : ''}`;
	const label = featureName(feature, r.feature_label, locale);
	const what = `${r.name}, ${label}: ${r.code === null ? '' : `${r.code} `}${codeLabel(r.code, locale)}`;
	const confidence = r.confidence ? confidenceName(r.confidence, locale) : null;
	return {
		country: r.country,
		feature,
		key: cellKey(r.country, feature),
		code: r.code,
		text: mark,
		fill: fillOf(r.code),
		ink: inkOf(r.code),
		inferred: r.confidence === 'inferred',
		title: `${what}${confidence ? ` (${confidence})` : ''}\n${r.title_en} (${r.start_year})${r.evidence ? `\n${r.evidence_en ?? r.evidence}` : ''}`,
		label: `${what}${confidence ? `, ${confidence}` : ''}`
	};
}

/** Every cell of the matrix, including empty ones for countries without a coded strategy. */
export function matrixCells(rows: MatrixRow[], spec: MatrixSpec): Cell[] {
	const locale = spec.locale ?? 'en';
	const byKey = new Map(rows.map((r) => [cellKey(r.country, r.feature_id), r]));
	return spec.countries.flatMap(({ country, name }) =>
		spec.features.map(({ feature_id, label }) => {
			const r = byKey.get(cellKey(country, feature_id));
			if (r) return toCell(r, feature_id, locale);
			const none = `${name}, ${featureName(feature_id, label, locale)}: ${m.rNoCodedStrategy(locale)}`;
			return {
				country,
				feature: feature_id,
				key: null,
				code: null,
				text: '',
				fill: '#fafafa',
				ink: '#1a1a1a',
				inferred: false,
				title: none,
				label: none
			};
		})
	);
}

/** The row label: the country and the strategy its row shows. */
function rowLabels(rows: MatrixRow[], spec: MatrixSpec): Map<string, string> {
	const first = new Map<string, MatrixRow>();
	for (const r of rows) if (!first.has(r.country)) first.set(r.country, r);
	return new Map(
		spec.countries.map(({ country, name }) => {
			const r = first.get(country);
			return [
				country,
				r
					? `${name}\n${clipText(r.title_en, TITLE_CHARS)} (${r.start_year})`
					: `${name}\n${m.rNoCodedStrategy(spec.locale ?? 'en')}`
			];
		})
	);
}

/** The whole title of each row's strategy where its row label cuts it: the label's <title>. */
function rowTitles(rows: MatrixRow[]): Map<string, string> {
	const titles = new Map<string, string>();
	for (const r of rows) {
		const full = fullIfCut(r.title_en, TITLE_CHARS);
		if (full && !titles.has(r.country)) titles.set(r.country, `${full} (${r.start_year})`);
	}
	return titles;
}

/** One sentence per country with its strategy and how many features reach each level. */
export function describeMatrix(rows: MatrixRow[], spec: MatrixSpec): string {
	const locale = spec.locale ?? 'en';
	const parts = spec.countries.map(({ country, name }) => {
		const own = rows.filter((r) => r.country === country);
		const r = own[0];
		if (!r) return `${name}: ${m.rNoCodedStrategy(locale)}`;
		const count = (code: string) => own.filter((o) => o.code === code).length;
		const model = own.find((o) => o.scale === 'coordination')?.code ?? m.rNotCodedLower(locale);
		const inferred = own.filter((o) => o.confidence === 'inferred').length;
		return m.rMatrixDescribeRow(locale, {
			name,
			title: r.title_en,
			year: r.start_year,
			model,
			binding: count('3'),
			operational: count('2'),
			inferred
		});
	});
	return m.rMatrixDescribe(locale, { choice: spec.choice, parts: parts.join('; ') });
}

/** Coloured cells (the selectable buttons), a dashed frame on inferred codes, and the codes. */
function cellMarks(cells: Cell[]): Plot.Markish[] {
	const inferred = cells.filter((c) => c.inferred);
	return [
		Plot.cell(cells, {
			x: 'feature',
			y: 'country',
			fill: 'fill',
			stroke: '#ffffff',
			inset: 0.5,
			title: 'title',
			render: focusable(cells, { key: (c) => c.key, label: (c) => c.label })
		}),
		Plot.cell(inferred, {
			x: 'feature',
			y: 'country',
			fill: 'none',
			stroke: '#333333',
			strokeDasharray: '3,2',
			inset: 4,
			pointerEvents: 'none',
			ariaHidden: 'true'
		}),
		Plot.text(cells, {
			x: 'feature',
			y: 'country',
			text: 'text',
			fill: 'ink',
			fontWeight: 600,
			fontSize: 13,
			pointerEvents: 'none',
			ariaHidden: 'true'
		})
	];
}

/** The countries × features matrix: colour by code, the coordination model as a letter. */
export function strategyMatrix(rows: MatrixRow[], spec: MatrixSpec): Plot.PlotOptions {
	const cells = matrixCells(rows, spec);
	const labels = rowLabels(rows, spec);
	const titles = rowTitles(rows);
	const locale = spec.locale ?? 'en';
	const featureLabel = new Map(
		spec.features.map((f) => [f.feature_id, featureName(f.feature_id, f.label, locale)])
	);
	return {
		width: spec.width ?? 900,
		height: MARGIN.top + MARGIN.bottom + ROW * spec.countries.length,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: m.rMatrixLabel(locale),
		ariaDescription: describeMatrix(rows, spec),
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			domain: spec.features.map((f) => f.feature_id),
			axis: 'top',
			label: null,
			tickRotate: -40,
			tickSize: 0,
			tickFormat: (id: string) => featureLabel.get(id) ?? id
		},
		y: { domain: spec.countries.map((c) => c.country), label: null, axis: null },
		marks: [
			// The row labels, as an axis mark so that a cut title has the whole one on hover.
			Plot.axisY({
				label: null,
				tickSize: 0,
				tickFormat: (c: string) => labels.get(c) ?? c,
				title: (c: string) => titles.get(c) ?? null
			}),
			...cellMarks(cells)
		]
	};
}
