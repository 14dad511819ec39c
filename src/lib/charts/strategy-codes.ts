import type { Locale } from '$lib/i18n/locales';
import type { Message } from '$lib/i18n/message';
import * as m from '$lib/i18n/pages/research';

/** A feature of the codebook (features.parquet). */
export interface FeatureRow {
	feature_id: string;
	label: string;
	/** design, coordination or implementation; subgroup e.g. vertical, horizontal, budget. */
	group: string;
	subgroup: string | null;
	definition: string;
	scale: string;
	coding_rule: string;
	not_counted: string;
}

/** One level of a feature (feature_levels.parquet): its decision rule and an example. */
export interface LevelRow {
	feature_id: string;
	code: string;
	rule: string;
	example: string;
}

/** What each code means: the ordinal scale and the coordination model (schema: strategy_features). */
export const CODE_LABELS: Record<string, string> = {
	'0': 'Absent',
	'1': 'Stated aim',
	'2': 'Operationalised',
	'3': 'Legally binding',
	C: 'Centralised',
	N: 'Networked',
	D: 'Decentralised'
};

/** Sequential blues for 0–3, three distinct hues for the coordination model. */
const FILLS: Record<string, string> = {
	'0': '#f2f2f2',
	'1': '#c6dbef',
	'2': '#6baed6',
	'3': '#08519c',
	C: '#f4a582',
	N: '#b2abd2',
	D: '#a6dba0'
};
const DARK = new Set(['3']);
export const NO_CODE_FILL = '#ffffff';

export const fillOf = (code: string | null) =>
	code === null ? NO_CODE_FILL : (FILLS[code] ?? '#999999');
export const inkOf = (code: string | null) =>
	code !== null && DARK.has(code) ? '#ffffff' : '#1a1a1a';
const CODE_MESSAGES: Record<string, Message<string>> = {
	'0': m.rCode0,
	'1': m.rCode1,
	'2': m.rCode2,
	'3': m.rCode3,
	C: m.rCodeC,
	N: m.rCodeN,
	D: m.rCodeD
};

/** What a code means, in a language; English is CODE_LABELS. */
export function codeLabel(code: string | null, locale: Locale = 'en'): string {
	if (locale === 'en') return code === null ? 'Not coded' : (CODE_LABELS[code] ?? code);
	if (code === null) return m.rNotCoded(locale);
	return Object.hasOwn(CODE_MESSAGES, code)
		? (CODE_MESSAGES[code] as Message<string>)(locale)
		: code;
}

export const ORDINAL_CODES = ['0', '1', '2', '3'];
export const COORDINATION_CODES = ['C', 'N', 'D'];

/** Codes in scale order: 0 first, then 1–3 or C, N, D. */
export const SCALE_ORDER = ['0', ...ORDINAL_CODES.slice(1), ...COORDINATION_CODES];

/** The codebook's reading order; features the list does not know follow, by id. */
const FEATURE_ORDER = [
	'coordination_model',
	'vertical_collaboration',
	'horizontal_collaboration',
	'once_only',
	'digital_by_default',
	'user_centricity',
	'interoperability_framework',
	'eid',
	'open_data',
	'cross_border',
	'one_stop_portal',
	'monitoring_kpis',
	'dedicated_budget'
];

/** Features in the codebook's reading order. */
export function orderFeatures<F extends { feature_id: string }>(features: readonly F[]): F[] {
	const rank = (id: string) => {
		const i = FEATURE_ORDER.indexOf(id);
		return i < 0 ? FEATURE_ORDER.length : i;
	};
	return [...features].sort(
		(a, b) => rank(a.feature_id) - rank(b.feature_id) || a.feature_id.localeCompare(b.feature_id)
	);
}

/** Only http(s) links are shown as links. */
export const safeHref = (url: string | null | undefined) =>
	url && /^https?:\/\//i.test(url) ? url : undefined;

/** The host of a source URL, for a short link text. */
export function hostOf(url: string): string {
	try {
		return new URL(url).host.replace(/^www\./, '');
	} catch {
		return url;
	}
}
