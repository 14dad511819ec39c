import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import { tExpectedCell, tExpectedStrategy, tIgnoredPick } from '$lib/i18n/pages/tools';
import { createCodec, type Codec } from './codec';
import { clip, optional, type Param } from './params';

/** Which strategy of each country the matrix shows. */
export type StrategyChoice =
	| { by: 'first' }
	| { by: 'latest' }
	/** The most recent coded strategy launched in or before the year. */
	| { by: 'year'; year: number }
	/** This strategy for its country, the most recent coded one for the others. */
	| { by: 'strategy'; id: string };

export interface StrategiesState {
	pick: StrategyChoice;
	/** The matrix cell whose evidence is open: `DEU.once_only`. */
	cell?: string;
	/** The timeline strategy whose details are open. */
	strategy?: string;
}

export interface StrategiesCatalog {
	/** Countries of the matrix (ISO3). */
	countries: readonly string[];
	isStrategy: (id: string) => boolean;
	isFeature: (id: string) => boolean;
}

export const DEFAULT_CHOICE: StrategyChoice = { by: 'latest' };
const YEARS = { min: 1950, max: 2100 };

export const encodeChoice = (c: StrategyChoice): string =>
	c.by === 'year' ? String(c.year) : c.by === 'strategy' ? c.id : c.by;

export const sameChoice = (a: StrategyChoice, b: StrategyChoice) =>
	encodeChoice(a) === encodeChoice(b);

function choice(isStrategy: (id: string) => boolean): Param<StrategyChoice> {
	return {
		default: DEFAULT_CHOICE,
		decode(raw, locale = 'en') {
			const v = raw.trim().toLowerCase();
			if (v === 'first' || v === 'latest') return { value: { by: v }, problems: [] };
			const year = Number(v);
			if (/^\d{4}$/.test(v) && year >= YEARS.min && year <= YEARS.max)
				return { value: { by: 'year', year }, problems: [] };
			if (/^[a-z]{3}-\d{4}-[a-z0-9-]{1,80}$/.test(v) && isStrategy(v))
				return { value: { by: 'strategy', id: v }, problems: [] };
			return {
				value: DEFAULT_CHOICE,
				problems: [tIgnoredPick(locale, { value: clip(raw) })]
			};
		},
		encode: encodeChoice,
		equals: sameChoice
	};
}

/** Splits a cell key `DEU.once_only` into its country and feature. */
export function parseCell(key: string): { country: string; feature: string } {
	const dot = key.indexOf('.');
	return { country: key.slice(0, dot), feature: key.slice(dot + 1) };
}

export const cellKey = (country: string, feature: string) => `${country}.${feature}`;

/** The strategies page's URL grammar: `pick=first&cell=DEU.once_only&strategy=deu-2017-…`. */
export function strategiesCodec(catalog: StrategiesCatalog): Codec<StrategiesState> {
	const readCell = (raw: string) => {
		const m = /^([A-Za-z]{3})\.([a-z0-9_]{1,60})$/.exec(raw);
		if (!m) return undefined;
		const country = (m[1] as string).toUpperCase();
		const feature = m[2] as string;
		return catalog.countries.includes(country) && catalog.isFeature(feature)
			? cellKey(country, feature)
			: undefined;
	};
	const readStrategy = (raw: string) => {
		const id = raw.toLowerCase();
		return /^[a-z0-9-]{1,100}$/.test(id) && catalog.isStrategy(id) ? id : undefined;
	};
	return createCodec<StrategiesState>({
		pick: choice(catalog.isStrategy),
		cell: optional('cell', readCell, tExpectedCell),
		strategy: optional('strategy', readStrategy, tExpectedStrategy)
	});
}

/** The choice in words: "the first coded strategy", "… launched by 2012", or a named strategy. */
export function describeChoice(
	c: StrategyChoice,
	titleOf: (id: string) => string = (id) => id,
	locale: Locale = 'en'
): string {
	if (c.by === 'first') return m.rChoiceFirst(locale);
	if (c.by === 'latest') return m.rChoiceLatest(locale);
	if (c.by === 'year') return m.rChoiceYear(locale, { year: c.year });
	return m.rChoiceStrategy(locale, { title: titleOf(c.id) });
}
