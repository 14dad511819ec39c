import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/tools';
import { createCodec, type Codec } from './codec';
import { codeList, oneOf } from './params';
import type { ServicesGridRequest } from '$lib/queries/services-grid';
import { FIVE } from './home-state';

/** Life events of the 2020–2023 method, as URL slugs, with the workbooks' names and labels. */
export const LIFE_EVENTS = [
	{ slug: 'business-start-up', name: 'Business Start-up', label: t.tEventBusinessStartUp },
	{ slug: 'career', name: 'Career', label: t.tEventCareer },
	{ slug: 'family', name: 'Family', label: t.tEventFamily },
	{ slug: 'studying', name: 'Studying', label: t.tEventStudying },
	{ slug: 'economic', name: 'Economic', label: t.tEventEconomic },
	{ slug: 'health', name: 'Health', label: t.tEventHealth },
	{ slug: 'justice', name: 'Justice', label: t.tEventJustice },
	{ slug: 'moving', name: 'Moving', label: t.tEventMoving },
	{ slug: 'transport', name: 'Transport', label: t.tEventTransport }
] as const;

export type LifeEventSlug = (typeof LIFE_EVENTS)[number]['slug'];
export const EDITIONS = ['2021', '2022', '2023', '2024'] as const;
export const LEVELS = ['all', 'central', 'regional', 'local'] as const;
export const TYPES = ['all', 'informational', 'transactional'] as const;
/** The summary measures, as the trend chart's choice. */
export const MEASURES = [
	'central',
	'regional',
	'local',
	'providers',
	'portal',
	'cross-border',
	'proactive'
] as const;

export interface ServicesState {
	country: string[];
	event: LifeEventSlug;
	edition: (typeof EDITIONS)[number];
	level: (typeof LEVELS)[number];
	type: (typeof TYPES)[number];
	measure: (typeof MEASURES)[number];
}

/**
 * The /services URL grammar, e.g.
 * `country=BEL~DEU&event=family&edition=2023&level=local&type=transactional&measure=portal`.
 */
export function servicesCodec(isCountry: (code: string) => boolean): Codec<ServicesState> {
	return createCodec<ServicesState>({
		country: codeList('country', isCountry, FIVE),
		event: oneOf(
			'life event',
			LIFE_EVENTS.map((e) => e.slug),
			'business-start-up'
		),
		edition: oneOf('edition', EDITIONS, '2024'),
		level: oneOf('level', LEVELS, 'all'),
		type: oneOf('type', TYPES, 'all'),
		measure: oneOf('measure', MEASURES, 'proactive')
	});
}

/** The workbooks' name of a life event (the value in egov_services.life_event). */
export const lifeEventName = (slug: LifeEventSlug) =>
	LIFE_EVENTS.find((e) => e.slug === slug)?.name ?? 'Business Start-up';

/** The grid query's request for a page state. */
export const gridRequest = (s: ServicesState): ServicesGridRequest => ({
	countries: s.country,
	edition: Number(s.edition),
	lifeEvent: lifeEventName(s.event),
	level: s.level,
	type: s.type
});

/** The label a person reads for a life event, in a language. */
export const lifeEventLabel = (slug: LifeEventSlug, locale: Locale = 'en') =>
	LIFE_EVENTS.find((e) => e.slug === slug)?.label(locale) ?? slug;
