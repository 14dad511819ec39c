import { codeLabel } from '$lib/charts/strategy-codes';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';

export interface CodeLevel {
	code: string;
	label: string;
}

const ORDINAL: CodeLevel[] = [
	{ code: '0', label: '0 absent' },
	{ code: '1', label: '1 stated aim' },
	{ code: '2', label: '2 operationalised' },
	{ code: '3', label: '3 legally binding' }
];

/**
 * The codebook orders the coordination models from central steering to autonomy; 0 is a text that
 * does not say who steers (silence is 0 on every feature).
 */
const COORDINATION: CodeLevel[] = [
	{ code: '0', label: '0 not stated' },
	{ code: 'C', label: 'C centralised' },
	{ code: 'N', label: 'N networked' },
	{ code: 'D', label: 'D decentralised' }
];

/** A level's label in a language other than English: the code and its meaning. */
function labelIn(code: string, locale: Locale): string {
	const label = code === '0' ? m.rCode0(locale) : codeLabel(code, locale);
	return `${code} ${locale === 'de' ? label : label.toLowerCase()}`;
}

/** The codes of a feature's scale, in order, labelled in a language (default English). */
export function levelsOf(scale: string, locale: Locale = 'en'): CodeLevel[] {
	const levels = scale === 'coordination' ? COORDINATION : ORDINAL;
	if (locale === 'en') return levels;
	return levels.map(({ code }) => ({
		code,
		label:
			scale === 'coordination' && code === '0' ? `0 ${m.rNotStated(locale)}` : labelIn(code, locale)
	}));
}

/** A code's position on its scale (0, 1, 2, …), or null if the scale has no such code. */
export function levelOf(scale: string, code: string): number | null {
	const i = levelsOf(scale).findIndex((l) => l.code === code);
	return i < 0 ? null : i;
}
