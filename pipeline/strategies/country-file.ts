import type { Row } from '../lib/parquet-writer.ts';
import type { Codebook } from './codebook.ts';
import { readCoding } from './coding.ts';
import { knownKeys, list, object, oneOf, text, year, type Obj, type Where } from './fields.ts';
import { addressField } from './url-field.ts';
import { fail, type YamlFile } from './yaml-file.ts';

export const KINDS = ['strategy', 'law', 'programme', 'agreement', 'institution'] as const;
export const SCOPES = ['national', 'regional'] as const;
export const STATUSES = ['coded', 'text unavailable'] as const;

const STRATEGY_KEYS = [
	'id',
	'title_en',
	'title_original',
	'language',
	'kind',
	'scope',
	'start_year',
	'start_month',
	'end_year',
	'lead_body',
	'legal_basis',
	'summary',
	'coding_status',
	'note',
	'document',
	'secondary_sources',
	'coding'
];

export interface CountryRows {
	strategies: Row[];
	codes: Row[];
}

/** What has been seen so far in any file (ids and coded documents must be unique), and where. */
export interface Seen {
	ids: Map<string, string>;
	documents: Map<string, string>;
	/** Hosts of official-journal reproductions accepted as documents (pending.yaml). */
	reproductions: ReadonlySet<string>;
}

const here = (w: Where, key: string) => `${w.f.file}, row ${w.f.line([...w.path, key])}`;

function readId(o: Obj, w: Where, country: string, seen: Seen): string {
	const id = text(o, 'id', w) as string;
	w.entry = `strategy "${id}"`;
	const prefix = country.toLowerCase();
	if (!new RegExp(`^${prefix}-\\d{4}-[a-z0-9]+(-[a-z0-9]+)*$`).test(id)) {
		fail(w.f, [...w.path, 'id'], w.entry, `id should look like ${prefix}-<year>-<lowercase-words>`);
	}
	const other = seen.ids.get(id);
	if (other) fail(w.f, [...w.path, 'id'], w.entry, `duplicate strategy id (first at ${other})`);
	seen.ids.set(id, here(w, 'id'));
	return id;
}

function readDocument(
	o: Obj,
	w: Where,
	required: boolean,
	reproductions: ReadonlySet<string>
): Row {
	if (o.document === undefined || o.document === null) {
		if (required) fail(w.f, w.path, w.entry, 'a coded row needs its "document"');
		return {
			document_publisher: null,
			document_title: null,
			document_date: null,
			document_url: null
		};
	}
	const dw: Where = { ...w, path: [...w.path, 'document'] };
	const d = object(o.document, dw, '"document"');
	knownKeys(d, ['publisher', 'title', 'date', 'url'], dw);
	const date = d.date === null || d.date === undefined ? null : String(d.date);
	if (date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date))
		fail(w.f, [...dw.path, 'date'], w.entry, '"date" should be YYYY, YYYY-MM or YYYY-MM-DD');
	return {
		document_publisher: text(d, 'publisher', dw, required),
		document_title: text(d, 'title', dw, required),
		document_date: date,
		document_url: addressField(d, 'url', dw, { official: true, required, reproductions })
	};
}

function readSecondary(o: Obj, w: Where): Row[] {
	if (o.secondary_sources === undefined || o.secondary_sources === null) return [];
	const sw: Where = { ...w, path: [...w.path, 'secondary_sources'] };
	return list(o.secondary_sources, sw, '"secondary_sources"').map((item, i) => {
		const iw: Where = { ...sw, path: [...sw.path, i] };
		const s = object(item, iw, 'a secondary source');
		knownKeys(s, ['publisher', 'title', 'url'], iw);
		return {
			publisher: text(s, 'publisher', iw),
			title: text(s, 'title', iw),
			url: addressField(s, 'url', iw, { official: false, required: true })
		};
	});
}

function readMonth(o: Obj, w: Where): number | null {
	const m = o.start_month;
	if (m === undefined || m === null) return null;
	if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 12)
		fail(w.f, [...w.path, 'start_month'], w.entry, '"start_month" should be 1 to 12');
	return m;
}

function readStrategy(o: Obj, w: Where, country: string, seen: Seen): Row {
	const id = readId(o, w, country, seen);
	knownKeys(o, STRATEGY_KEYS, w);
	const start = year(o, 'start_year', w) as number;
	const end = year(o, 'end_year', w, false);
	if (end !== null && end < start) {
		fail(w.f, [...w.path, 'end_year'], w.entry, `end_year ${end} is before start_year ${start}`);
	}
	const status = oneOf(o, 'coding_status', w, STATUSES);
	const coded = status === 'coded';
	const language = text(o, 'language', w, coded);
	if (language !== null && !/^[a-z]{2}$/.test(language))
		fail(w.f, [...w.path, 'language'], w.entry, '"language" should be an ISO 639-1 code, e.g. da');
	const document = readDocument(o, w, coded, seen.reproductions);
	const secondary = readSecondary(o, w);
	const urls = [document.document_url, ...secondary.map((s) => s.url)].filter((u) => u !== null);
	return {
		strategy_id: id,
		country,
		title_en: text(o, 'title_en', w),
		title_original: text(o, 'title_original', w, false),
		language,
		kind: oneOf(o, 'kind', w, KINDS),
		scope: oneOf(o, 'scope', w, SCOPES),
		start_year: start,
		start_month: readMonth(o, w),
		end_year: end,
		lead_body: text(o, 'lead_body', w, false),
		legal_basis: text(o, 'legal_basis', w, false),
		summary: text(o, 'summary', w),
		coding_status: status,
		note: text(o, 'note', w, !coded),
		...document,
		secondary_sources: secondary.length
			? secondary.map((s) => `${s.publisher}: ${s.title} <${s.url}>`).join('; ')
			: null,
		sources: urls.length ? urls.join(' ') : null
	};
}

function checkDocument(row: Row, w: Where, seen: Seen): void {
	const url = row.document_url as string;
	const key = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
	const other = seen.documents.get(key);
	if (other)
		fail(
			w.f,
			[...w.path, 'document', 'url'],
			w.entry,
			`the same document is coded twice (first at ${other})`
		);
	seen.documents.set(key, `${here(w, 'document')} (${row.strategy_id})`);
}

function readRow(item: unknown, w: Where, country: string, codebook: Codebook, seen: Seen) {
	const o = object(item, w, 'a strategy');
	const row = readStrategy(o, w, country, seen);
	const cw: Where = { ...w, path: [...w.path, 'coding'] };
	if (row.coding_status === 'text unavailable') {
		if (o.coding !== undefined && o.coding !== null)
			fail(w.f, cw.path, w.entry, 'a row whose text is unavailable has no codes: remove "coding"');
		return { row, codes: [] };
	}
	checkDocument(row, w, seen);
	if (o.coding === undefined || o.coding === null)
		fail(w.f, w.path, w.entry, 'a coded row needs its "coding"');
	const context = {
		strategyId: String(row.strategy_id),
		documentUrl: String(row.document_url),
		language: String(row.language)
	};
	return { row, codes: readCoding(o.coding, cw, context, codebook) };
}

/** Reads one country file: its strategies, laws, programmes and institutions, and their codes. */
export function readCountryFile(
	f: YamlFile,
	country: string,
	codebook: Codebook,
	seen: Seen
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
		const { row, codes } = readRow(item, w, country, codebook, seen);
		out.strategies.push(row);
		out.codes.push(...codes);
	});
	return out;
}
