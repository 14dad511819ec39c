import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/tools';
import type { ServiceResultRow } from '$lib/queries/services-grid';

export type ServiceStatus = 'online' | 'partly' | 'offline' | 'na';

/** Online (score 100), partly (above 0), offline (0), or not applicable in the country. */
export function statusOf(row: Pick<ServiceResultRow, 'applicable' | 'online'>): ServiceStatus {
	if (row.applicable !== 'Yes' || row.online === null) return 'na';
	return row.online >= 100 ? 'online' : row.online > 0 ? 'partly' : 'offline';
}

const STATUS = {
	online: t.tStatusOnline,
	partly: t.tStatusPartly,
	offline: t.tStatusOffline,
	na: t.tStatusNa
} as const;

const LEVELS: Readonly<Record<string, (locale: Locale) => string>> = {
	central: t.tLevelCentral,
	regional: t.tLevelRegional,
	local: t.tLevelLocal
};

/** A level of government as the workbooks name it (`Central`), lower-case, in a language. */
export const levelWord = (level: string, locale: Locale = 'en'): string =>
	LEVELS[level.toLowerCase()]?.(locale) ?? level.toLowerCase();

/** A status as a person reads it: Online, Partly online, Offline, Not applicable. */
export const statusLabel = (status: ServiceStatus, locale: Locale = 'en'): string =>
	STATUS[status](locale);

export interface GridCell {
	row: ServiceResultRow;
	status: ServiceStatus;
	proactive: boolean;
}

export interface ServiceGridModel {
	services: string[];
	countries: { country: string; name: string }[];
	/** Keyed by `country|service`. */
	cells: Map<string, GridCell>;
	/** Cells per status, for the legend and the description. */
	counts: Record<ServiceStatus, number>;
}

/** The service-by-country grid: services in the order the rows come (by number). */
export function toServiceGrid(
	rows: readonly ServiceResultRow[],
	countries: readonly { country: string; name: string }[]
): ServiceGridModel {
	const services = [...new Set(rows.map((r) => r.service))];
	const cells = new Map<string, GridCell>();
	const counts: Record<ServiceStatus, number> = { online: 0, partly: 0, offline: 0, na: 0 };
	for (const row of rows) {
		const status = statusOf(row);
		counts[status]++;
		cells.set(`${row.country}|${row.service}`, { row, status, proactive: row.proactive === 'Yes' });
	}
	return { services, countries: [...countries], cells, counts };
}

/**
 * The sentence naming chosen countries a report did not measure (the UK after 2021), so that an
 * empty column and a summary without them are explained; null when every country was measured.
 */
export function unmeasuredNote(
	names: readonly string[],
	edition: string,
	locale: Locale = 'en'
): string | null {
	if (names.length === 0) return null;
	const note = names.length === 1 ? t.tServicesUnmeasuredOne : t.tServicesUnmeasuredMany;
	return note(locale, { edition, names: names.join(', ') });
}
