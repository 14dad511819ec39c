import { tIgnoredYears } from '$lib/i18n/pages/tools';
import { createCodec, type Codec } from './codec';
import { MEASURES, type Measure } from '$lib/queries/event-paths';
import {
	catalogId,
	oneOf,
	optional,
	optionalOneOf,
	orList,
	yearRange,
	type Param,
	type YearRange
} from './params';

export const ANALYSIS_FEATURE = 'coordination_model';
export const ANALYSIS_INDICATOR = 'un_egdi.egdi';
export const STRATEGY_CHOICES = ['recent', 'first'] as const;

export interface AnalysisState {
	feature: string;
	indicator: string;
	/** Which of a country's coded strategies gives its point: the most recent or the first. */
	strategy: (typeof STRATEGY_CHOICES)[number];
	/** A fixed window for the change; absent: each strategy's own period. */
	window?: YearRange;
	/** How the benchmark is measured; absent: what suits it (rank for relative indices). */
	measure?: Measure;
	/** Years of editions kept before and after each launch in the event paths. */
	before: number;
	after: number;
	/** Laws count as events too. */
	laws: boolean;
}

export const WINDOW_YEARS = { min: 1, max: 10, before: 4, after: 4 };

/** A whole number of years within the allowed span. */
function years(name: string, fallback: number): Param<number> {
	return {
		default: fallback,
		decode(raw, locale = 'en') {
			const n = Number(raw.trim());
			return Number.isInteger(n) && n >= WINDOW_YEARS.min && n <= WINDOW_YEARS.max
				? { value: n, problems: [] }
				: {
						value: fallback,
						problems: [
							tIgnoredYears(locale, {
								name,
								value: raw.slice(0, 40),
								min: WINDOW_YEARS.min,
								max: WINDOW_YEARS.max
							})
						]
					};
		},
		encode: String,
		equals: (a, b) => a === b
	};
}

/** `laws=1` (or `yes`/`true`): on; absent: off. */
function flag(name: string): Param<boolean> {
	const on = optional(
		name,
		(raw) =>
			['1', 'yes', 'true'].includes(raw)
				? true
				: ['0', 'no', 'false'].includes(raw)
					? false
					: undefined,
		(locale) => orList(['1', '0'], locale),
		(v) => (v ? '1' : '0')
	);
	return {
		default: false,
		decode(raw, locale) {
			const { value, problems } = on.decode(raw, locale);
			return { value: value ?? false, problems };
		},
		encode: (v) => (v ? '1' : '0'),
		equals: (a, b) => a === b
	};
}

export interface AnalysisCatalog {
	isFeature: (id: string) => boolean;
	isIndicator: (id: string) => boolean;
}

/** A year range that may be absent (the default); an unusable one falls back to absent. */
function optionalRange(name: string): Param<YearRange | undefined> {
	const range = yearRange(name, { from: null, to: null });
	return {
		default: undefined,
		decode(raw, locale) {
			if (raw.trim() === '') return { value: undefined, problems: [] };
			const { value, problems } = range.decode(raw, locale);
			// Unusable when the range was ignored, not merely swapped (the English words tell).
			const unusable = range.decode(raw).problems.some((p) => p.startsWith('Ignored'));
			return { value: unusable ? undefined : value, problems };
		},
		encode: (value) => (value ? range.encode(value) : ''),
		equals: (a, b) => a === b || (!!a && !!b && range.equals(a, b))
	};
}

/**
 * The analysis page's URL grammar, e.g.
 * `feature=once_only&indicator=eu_egov.overall&measure=gap&after=6&laws=1` (event paths), with
 * `strategy=first&window=2014..2024` for the table of each country since its strategy.
 */
export function analysisCodec({ isFeature, isIndicator }: AnalysisCatalog): Codec<AnalysisState> {
	return createCodec<AnalysisState>({
		feature: catalogId('feature', isFeature, ANALYSIS_FEATURE),
		indicator: catalogId('indicator', isIndicator, ANALYSIS_INDICATOR),
		strategy: oneOf('strategy', STRATEGY_CHOICES, 'recent'),
		window: optionalRange('window'),
		measure: optionalOneOf('measure', MEASURES),
		before: years('before', WINDOW_YEARS.before),
		after: years('after', WINDOW_YEARS.after),
		laws: flag('laws')
	});
}
