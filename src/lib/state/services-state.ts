import { createCodec, type Codec } from './codec';
import { codeList, oneOf } from './params';
import type { ServicesGridRequest } from '$lib/queries/services-grid';
import { FIVE } from './home-state';

/** Life events of the 2020–2023 method, as URL slugs, with the workbooks' names and labels. */
export const LIFE_EVENTS = [
	{ slug: 'business-start-up', name: 'Business Start-up', label: 'Business start-up' },
	{ slug: 'career', name: 'Career', label: 'Career (losing and finding a job)' },
	{ slug: 'family', name: 'Family', label: 'Family' },
	{ slug: 'studying', name: 'Studying', label: 'Studying' },
	{ slug: 'economic', name: 'Economic', label: 'Regular business operations' },
	{ slug: 'health', name: 'Health', label: 'Health' },
	{ slug: 'justice', name: 'Justice', label: 'Starting a small claims procedure' },
	{ slug: 'moving', name: 'Moving', label: 'Moving' },
	{ slug: 'transport', name: 'Transport', label: 'Owning and driving a car (transport)' }
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

/** The label a person reads for a life event. */
export const lifeEventLabel = (slug: LifeEventSlug) =>
	LIFE_EVENTS.find((e) => e.slug === slug)?.label ?? slug;
