import { createCodec, type Codec } from './codec';
import { catalogId, oneOf, yearRange, type Param, type YearRange } from './params';

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
		decode(raw) {
			if (raw.trim() === '') return { value: undefined, problems: [] };
			const { value, problems } = range.decode(raw);
			const unusable = problems.some((p) => p.startsWith('Ignored'));
			return { value: unusable ? undefined : value, problems };
		},
		encode: (value) => (value ? range.encode(value) : ''),
		equals: (a, b) => a === b || (!!a && !!b && range.equals(a, b))
	};
}

/**
 * The analysis page's URL grammar, e.g.
 * `feature=once_only&indicator=eu_egov.overall&strategy=first&window=2014..2024`.
 */
export function analysisCodec({ isFeature, isIndicator }: AnalysisCatalog): Codec<AnalysisState> {
	return createCodec<AnalysisState>({
		feature: catalogId('feature', isFeature, ANALYSIS_FEATURE),
		indicator: catalogId('indicator', isIndicator, ANALYSIS_INDICATOR),
		strategy: oneOf('strategy', STRATEGY_CHOICES, 'recent'),
		window: optionalRange('window')
	});
}
