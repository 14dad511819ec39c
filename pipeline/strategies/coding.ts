import type { Row } from '../lib/parquet-writer.ts';
import { SCALES, type Codebook } from './codebook.ts';
import { knownKeys, object, oneOf, text, type Obj, type Where } from './fields.ts';
import { looksEnglish } from './english.ts';
import { addressField } from './url-field.ts';
import { fail } from './yaml-file.ts';

export const CONFIDENCE = ['stated', 'inferred'] as const;
const CODE_KEYS = ['code', 'quote', 'quote_en', 'locator', 'confidence', 'reasoning', 'source_url'];

/** What the coded row brings to each code: its id, the coded document's address and language. */
export interface CodedRow {
	strategyId: string;
	documentUrl: string;
	language: string;
}

/** The code of a feature on its scale, as text; stops on a code the scale does not have. */
export function readScaleCode(o: Obj, w: Where, feature: string, codebook: Codebook): string {
	const scale = codebook.scaleOf.get(feature);
	if (!scale) {
		const known = [...codebook.scaleOf.keys()].join(', ');
		fail(w.f, w.path, w.entry, `unknown feature (the codebook has: ${known})`);
	}
	if (o.code === undefined || o.code === null)
		fail(w.f, w.path, w.entry, 'missing required field "code"');
	const code = String(o.code).trim();
	const allowed: readonly string[] = SCALES[scale];
	if (!allowed.includes(code)) {
		fail(
			w.f,
			[...w.path, 'code'],
			w.entry,
			`code "${code}" is outside the ${scale} scale (${allowed.join(', ')})`
		);
	}
	return code;
}

/**
 * One code of a coded row. A non-zero code, and every coordination code, rests on a verbatim quote
 * with a locator (and its English translation where the document is not in English); an inferred
 * code also needs one sentence of reasoning. A silent feature is 0 with no quote.
 */
function readCode(o: Obj, w: Where, row: CodedRow, feature: string, codebook: Codebook): Row {
	knownKeys(o, CODE_KEYS, w);
	const code = readScaleCode(o, w, feature, codebook);
	const needsQuote = code !== '0';
	const quote = text(o, 'quote', w, needsQuote);
	const english = row.language === 'en' || (quote !== null && looksEnglish(quote));
	const quoteEn = text(o, 'quote_en', w, quote !== null && !english);
	const locator = text(o, 'locator', w, quote !== null);
	const confidence =
		needsQuote || o.confidence !== undefined ? oneOf(o, 'confidence', w, CONFIDENCE) : null;
	const reasoning = text(o, 'reasoning', w, confidence === 'inferred');
	const sourceUrl = addressField(o, 'source_url', w, { official: true, required: false });
	return {
		strategy_id: row.strategyId,
		feature_id: feature,
		code,
		evidence: quote,
		evidence_en: quoteEn,
		locator,
		source_url: sourceUrl ?? row.documentUrl,
		confidence,
		reasoning
	};
}

/** Every feature of the codebook for a coded row, in the codebook's order; none may be missing. */
export function readCoding(value: unknown, w: Where, row: CodedRow, codebook: Codebook): Row[] {
	const coding = object(value, w, '"coding"');
	const out = Object.entries(coding).map(([feature, entry]) => {
		const fw: Where = {
			...w,
			path: [...w.path, feature],
			entry: `${w.entry}, feature "${feature}"`
		};
		return readCode(object(entry, fw, 'a code'), fw, row, feature, codebook);
	});
	const missing = [...codebook.scaleOf.keys()].filter((id) => !(id in coding));
	if (missing.length) {
		fail(
			w.f,
			w.path,
			w.entry,
			`a coded row needs every feature of the codebook; missing: ${missing.join(', ')}`
		);
	}
	return out;
}
