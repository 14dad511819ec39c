import { SourceError, type SourceLocation } from '../../lib/source-error.ts';
import { normalise, type Column, type Heading, type SheetKey } from './sheets.ts';

export type Field =
	'country' | 'lifeEvent' | 'service' | 'type' | 'level' | 'year' | 'provider' | 'url';

/** A column holding answers: a question of the data sheets, or a result of sheets 3a/4a. */
export interface Question {
	code: string;
	label: string;
	/** `score` cells must be numbers (or "."); `answer` cells Yes, No, NR, …; `text` anything. */
	kind: 'answer' | 'score' | 'text';
	column: Column;
}

export interface Layout {
	fields: Map<Field, Column>;
	questions: Question[];
}

/** Descriptive columns, by their normalised heading; null: read by no one (definitions, ids). */
const FIELDS: Record<string, Field | null> = {
	country: 'country',
	'life event': 'lifeEvent',
	service: 'service',
	'label service': 'service',
	type: 'type',
	'service type': 'type',
	'government level': 'level',
	'year data collection': 'year',
	'service provider': 'provider',
	url: 'url',
	id: null,
	label: null,
	definition: null,
	description: null,
	targer: null,
	'target user': null,
	'national or cross-border': null,
	'domestic or international': null,
	'mystery shppper': null,
	representative: null
};

/** Result columns of sheets 3a and 4a; "Automated" is the 2021–2022 name of "Proactive". */
const RESULTS: Record<string, [string, Question['kind']]> = {
	applicable: ['applicable', 'answer'],
	proactive: ['proactive', 'answer'],
	automated: ['proactive', 'answer'],
	'mandatory online': ['mandatory_online', 'answer'],
	'online availability': ['online_availability', 'score'],
	'online availability score': ['online_availability', 'score'],
	'mobile friendliness': ['mobile_friendliness', 'score'],
	'service delivery': ['service_delivery', 'score'],
	eid: ['eid', 'score'],
	'eid score': ['eid', 'score'],
	edocuments: ['edocuments', 'score'],
	'edocuments score': ['edocuments', 'score'],
	'pre-filed forms': ['pre_filled_forms', 'score'],
	'authentic sources': ['pre_filled_forms', 'score']
};

const REQUIRED: Record<SheetKey, { fields: Field[]; codes: string[] }> = {
	'3a': {
		fields: ['country', 'lifeEvent', 'service', 'type', 'level'],
		codes: ['applicable', 'proactive', 'online_availability']
	},
	'4a': {
		fields: ['country', 'lifeEvent', 'service', 'type', 'level'],
		codes: ['applicable', 'proactive', 'online_availability']
	},
	'3b': {
		fields: ['country', 'lifeEvent', 'service', 'type', 'level', 'provider', 'url'],
		codes: ['A1', 'A2', 'A3']
	},
	'4b': {
		fields: ['country', 'lifeEvent', 'service', 'type', 'level', 'provider', 'url'],
		codes: ['G1', 'G2']
	},
	'5': { fields: ['country', 'lifeEvent', 'provider', 'url'], codes: ['B1'] },
	'6': { fields: ['country', 'lifeEvent', 'provider', 'url'], codes: ['H1'] },
	'2d': { fields: ['country'], codes: ['A1'] }
};

const FIELD_NAMES: Record<Field, string> = {
	country: 'Country',
	lifeEvent: 'Life event',
	service: 'Service',
	type: 'Type',
	level: 'Government level',
	year: 'Year data collection',
	provider: 'Service provider',
	url: 'Url'
};

const DATA_QUESTION = /^([A-Z]\d+(?:_\d+)?)\s*:?\s*(.+)$/;
const SCORE_QUESTION = /^([A-Z])\s*(\d+(?:_\d+)?)$/;

function question(key: SheetKey, column: Column): Question | null {
	const text = column.text;
	if (key === '3a' || key === '4a') {
		const found = RESULTS[normalise(text)];
		return found ? { code: found[0], label: text, kind: found[1], column } : null;
	}
	if (key === '2d') {
		if (normalise(text) === '% proactive')
			return { code: 'proactive', label: text, kind: 'score', column };
		const m = SCORE_QUESTION.exec(text);
		return m ? { code: `${m[1]}${m[2]}`, label: text, kind: 'score', column } : null;
	}
	if (normalise(text) === 'mobile friendliness')
		return { code: 'MF', label: text, kind: 'score', column };
	const m = DATA_QUESTION.exec(text);
	if (!m) return null;
	const free = /other barriers/i.test(m[2]!);
	return { code: m[1]!, label: m[2]!.trim(), kind: free ? 'text' : 'answer', column };
}

/** Sorts a sheet's columns into fields and questions; an unknown, repeated or missing one stops. */
export function readLayout(key: SheetKey, heading: Heading, at: SourceLocation): Layout {
	const where = { ...at, row: heading.row + 1 };
	const fields = new Map<Field, Column>();
	const questions: Question[] = [];
	for (const column of heading.columns) {
		const here = { ...where, column: column.name };
		const field = FIELDS[normalise(column.text)];
		if (field === null) continue;
		const q = field ? null : question(key, column);
		if (!field && !q) throw new SourceError(here, `unknown column "${column.text}"`);
		const twin = field ? fields.get(field) : questions.find((x) => x.code === q!.code)?.column;
		if (twin) throw new SourceError(here, `repeats column ${twin.name}`);
		if (field) fields.set(field, column);
		else questions.push(q!);
	}
	const required = REQUIRED[key];
	for (const field of required.fields)
		if (!fields.has(field))
			throw new SourceError(where, `column "${FIELD_NAMES[field]}" is missing`);
	for (const code of required.codes)
		if (!questions.some((q) => q.code === code))
			throw new SourceError(where, `column "${code}" is missing`);
	return { fields, questions };
}
