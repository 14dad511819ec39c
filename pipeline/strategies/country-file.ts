import type { Row } from '../lib/parquet-writer.ts';
import { SCALES, type Codebook } from './codebook.ts';
import {
	knownKeys,
	list,
	object,
	oneOf,
	text,
	url,
	urls,
	year,
	type Obj,
	type Where
} from './fields.ts';
import { fail, type YamlFile } from './yaml-file.ts';

export const KINDS = ['strategy', 'law', 'programme', 'agreement', 'institution'] as const;
export const CONFIDENCE = ['stated', 'inferred'] as const;

const STRATEGY_KEYS = [
	'id',
	'title_en',
	'title_original',
	'kind',
	'start_year',
	'end_year',
	'lead_body',
	'legal_basis',
	'summary',
	'sources',
	'coding'
];
const CODE_KEYS = ['code', 'evidence', 'source_url', 'confidence'];

export interface CountryRows {
	strategies: Row[];
	codes: Row[];
}

/** Strategy ids seen so far in any file, with where each first appeared (ids must be unique). */
export type SeenIds = Map<string, string>;

function readCode(o: Obj, w: Where, strategyId: string, feature: string, codebook: Codebook): Row {
	const scale = codebook.scaleOf.get(feature);
	if (!scale)
		fail(
			w.f,
			w.path,
			w.entry,
			`unknown feature (the codebook has: ${[...codebook.scaleOf.keys()].join(', ')})`
		);
	knownKeys(o, CODE_KEYS, w);
	const raw = o.code;
	if (raw === undefined || raw === null)
		fail(w.f, w.path, w.entry, 'missing required field "code"');
	const code = String(raw).trim();
	const allowed: readonly string[] = SCALES[scale];
	if (!allowed.includes(code)) {
		fail(
			w.f,
			[...w.path, 'code'],
			w.entry,
			`code "${code}" is outside the ${scale} scale (${allowed.join(', ')})`
		);
	}
	return {
		strategy_id: strategyId,
		feature_id: feature,
		code,
		evidence: text(o, 'evidence', w),
		source_url: url(o, 'source_url', w),
		confidence: oneOf(o, 'confidence', w, CONFIDENCE)
	};
}

function readCoding(value: unknown, w: Where, strategyId: string, codebook: Codebook): Row[] {
	if (value === undefined || value === null) return [];
	const coding = object(value, w, '"coding"');
	return Object.entries(coding).map(([feature, entry]) => {
		const fw: Where = {
			...w,
			path: [...w.path, feature],
			entry: `${w.entry}, feature "${feature}"`
		};
		return readCode(object(entry, fw, 'a code'), fw, strategyId, feature, codebook);
	});
}

function readId(o: Obj, w: Where, country: string, seen: SeenIds): string {
	const id = text(o, 'id', w) as string;
	w.entry = `strategy "${id}"`;
	const prefix = country.toLowerCase();
	if (!new RegExp(`^${prefix}-\\d{4}-[a-z0-9]+(-[a-z0-9]+)*$`).test(id)) {
		fail(w.f, [...w.path, 'id'], w.entry, `id should look like ${prefix}-<year>-<lowercase-words>`);
	}
	const other = seen.get(id);
	if (other) fail(w.f, [...w.path, 'id'], w.entry, `duplicate strategy id (first at ${other})`);
	seen.set(id, `${w.f.file}, row ${w.f.line([...w.path, 'id'])}`);
	return id;
}

function readStrategy(o: Obj, w: Where, country: string, seen: SeenIds): Row {
	const id = readId(o, w, country, seen);
	knownKeys(o, STRATEGY_KEYS, w);
	const start = year(o, 'start_year', w) as number;
	const end = year(o, 'end_year', w, false);
	if (end !== null && end < start) {
		fail(w.f, [...w.path, 'end_year'], w.entry, `end_year ${end} is before start_year ${start}`);
	}
	return {
		strategy_id: id,
		country,
		title_en: text(o, 'title_en', w),
		title_original: text(o, 'title_original', w, false),
		kind: oneOf(o, 'kind', w, KINDS),
		start_year: start,
		end_year: end,
		lead_body: text(o, 'lead_body', w, false),
		legal_basis: text(o, 'legal_basis', w, false),
		summary: text(o, 'summary', w),
		sources: urls(o, 'sources', w).join(' ')
	};
}

/** Reads one country file: its strategies, laws, programmes and institutions, and their codes. */
export function readCountryFile(
	f: YamlFile,
	country: string,
	codebook: Codebook,
	seen: SeenIds
): CountryRows {
	const top: Where = { f, path: [], entry: '' };
	const root = object(f.data, top, 'a country file');
	knownKeys(root, ['country', 'strategies'], top);
	if (root.country !== undefined && root.country !== country) {
		fail(
			f,
			['country'],
			'',
			`country "${String(root.country)}" does not match the file name (${country})`
		);
	}
	const items = list(root.strategies, { ...top, path: ['strategies'] }, '"strategies"');
	const out: CountryRows = { strategies: [], codes: [] };
	items.forEach((item, i) => {
		const w: Where = { f, path: ['strategies', i], entry: `strategy ${i + 1}` };
		const o = object(item, w, 'a strategy');
		const row = readStrategy(o, w, country, seen);
		out.strategies.push(row);
		const cw: Where = { ...w, path: [...w.path, 'coding'] };
		out.codes.push(...readCoding(o.coding, cw, String(row.strategy_id), codebook));
	});
	return out;
}
