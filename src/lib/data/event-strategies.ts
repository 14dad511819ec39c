import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import type { EventPathRow } from '$lib/queries/event-paths';

/** One strategy as an event: its code, its base edition and its change by the horizon. */
export interface EventStrategy extends Pick<
	EventPathRow,
	| 'strategy_id'
	| 'country'
	| 'name'
	| 'kind'
	| 'launch'
	| 'code'
	| 'confidence'
	| 'evidence'
	| 'evidence_en'
	| 'locator'
	| 'base_year'
	| 'base_value'
	| 'crosses_break'
> {
	title: string;
	/** The last edition after the launch within the window, and the measure there. */
	after_year: number | null;
	after_value: number | null;
	/** Change from base to after, positive = progress; null when it cannot be measured. */
	change: number | null;
	/** Why the change could not be measured. */
	note: string | null;
	/** The strategy's path: years since launch and change since base. */
	path: { t: number; year: number; change: number }[];
}

function whyNot(
	rows: readonly EventPathRow[],
	before: number,
	after: number,
	locale: Locale
): string {
	const launch = (rows[0] as EventPathRow).launch;
	if (rows.every((r) => r.base_year === null))
		return m.rNoEditionBefore(locale, { years: before, launch });
	return m.rNoEditionAfter(locale, { years: after, launch });
}

/**
 * Folds the path rows (one per strategy × edition) into one event per strategy. The change is
 * measured at the last edition after the launch within the window.
 */
export function eventStrategies(
	rows: readonly EventPathRow[],
	window: { before: number; after: number },
	locale: Locale = 'en'
): EventStrategy[] {
	const byId = new Map<string, EventPathRow[]>();
	for (const r of rows) byId.set(r.strategy_id, [...(byId.get(r.strategy_id) ?? []), r]);
	return [...byId.values()].map((own) => {
		const first = own[0] as EventPathRow;
		const last = own.filter((r) => r.t > 0 && r.change !== null).at(-1);
		return {
			strategy_id: first.strategy_id,
			country: first.country,
			name: first.name,
			title: first.title_en,
			kind: first.kind,
			launch: first.launch,
			code: first.code,
			confidence: first.confidence,
			evidence: first.evidence,
			evidence_en: first.evidence_en,
			locator: first.locator,
			base_year: first.base_year,
			base_value: first.base_value,
			after_year: last?.year ?? null,
			after_value: last?.value ?? null,
			change: last?.change ?? null,
			crosses_break: last?.crosses_break ?? false,
			note: last ? null : whyNot(own, window.before, window.after, locale),
			path: own.flatMap((r) =>
				r.change === null ? [] : [{ t: r.t, year: r.year, change: r.change }]
			)
		};
	});
}
