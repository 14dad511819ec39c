import { SourceError, type SourceLocation } from '../../lib/source-error.ts';

/**
 * The life events of the 2020–2023 method as sheets 3–6 name them (odd data years: Economic,
 * Health, Justice, Moving, Transport; even: Business Start-up, Career, Family, Studying).
 */
export const LIFE_EVENTS = [
	'Business Start-up',
	'Career',
	'Family',
	'Studying',
	'Economic',
	'Health',
	'Justice',
	'Moving',
	'Transport'
] as const;

const LEVELS = ['Central', 'Regional', 'Local'];
const TYPES = ['Informational', 'Transactional', 'Portal'];

const byKey = (values: readonly string[]) => new Map(values.map((v) => [v.toLowerCase(), v]));
const lifeEvents = byKey(LIFE_EVENTS);
const levels = byKey(LEVELS);
const types = byKey(TYPES);

/** The life event's canonical name (the workbooks vary its case); an unknown one stops. */
export function lifeEvent(text: string, where: SourceLocation): string {
	const found = lifeEvents.get(text.trim().toLowerCase());
	if (!found) throw new SourceError(where, `unknown life event "${text}"`);
	return found;
}

/** Central, Regional or Local; null where the workbook writes "." or 0 (not applicable). */
export function govLevel(text: string, where: SourceLocation): string | null {
	const t = text.trim().toLowerCase();
	if (t === '' || t === '.' || t === '0') return null;
	const found = levels.get(t);
	if (!found) throw new SourceError(where, `unknown government level "${text}"`);
	return found;
}

/** Informational or Transactional; an empty cell is null. */
export function serviceType(text: string, where: SourceLocation): string | null {
	const t = text.trim().toLowerCase();
	if (t === '') return null;
	const found = types.get(t);
	if (!found) throw new SourceError(where, `unknown service type "${text}"`);
	return found;
}

/** The provider named for a site, or null where the workbook names none. */
export function provider(text: string): string | null {
	const t = text.replace(/\s+/g, ' ').trim();
	return ['', '.', 'not applicable', 'n/a', 'proactive'].includes(t.toLowerCase()) ? null : t;
}

/** A service label with its whitespace tidied (some carry trailing spaces). */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
