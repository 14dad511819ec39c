import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { countryListQuery, type CountryEntry } from '$lib/queries/country-list';
import { sourcesQuery } from '$lib/queries/sources';
import { withNodeDb } from '$lib/server/prerender';

export interface Shared {
	countries: CountryEntry[];
	catalogue: IndicatorMeta[];
	/** Publisher of each source, for the source lines. */
	publishers: Record<string, string>;
}

let cached: Promise<Shared> | undefined;

/** What every profile needs, queried once per build rather than once per country. */
export const shared = (): Promise<Shared> =>
	(cached ??= withNodeDb(async (db) => ({
		countries: (await db.query(countryListQuery())) as unknown as CountryEntry[],
		catalogue: (await db.query(indicatorCatalogQuery())) as unknown as IndicatorMeta[],
		publishers: Object.fromEntries(
			(await db.query(sourcesQuery())).map((s) => [String(s.source_id), String(s.publisher)])
		)
	})));

/** "Sources: UN DESA (UN E-Government Survey); …" for the indicators shown. */
export function sourceLine(
	metas: readonly Pick<IndicatorMeta, 'source_id' | 'family'>[],
	publishers: Record<string, string>,
	locale: Locale = 'en'
): string {
	const byPublisher = new Map<string, Set<string>>();
	for (const m of metas) {
		const publisher = publishers[m.source_id] ?? m.source_id;
		byPublisher.set(publisher, (byPublisher.get(publisher) ?? new Set()).add(m.family));
	}
	const parts = [...byPublisher].map(([p, families]) => `${p} (${[...families].join(', ')})`);
	const lead = t.vSourcesRanks(locale, { parts: parts.join('; '), rule: t.vRankRule(locale) });
	return `${lead} ${t.vEu27RuleClause(locale)}`;
}
