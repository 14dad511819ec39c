import { clusterBootstrap, type Interval } from '$lib/stats/bootstrap';
import {
	codedUnits,
	codeRankCorrelation,
	groupSummaries,
	groupVarianceIndexed,
	highMinusLowCoded,
	indexedUnits,
	rankedUnits,
	rankPearson,
	type GroupSummary
} from '$lib/stats/effects';
import {
	blockedPermutationTest,
	type PermutationResult,
	type Statistic,
	type Unit
} from '$lib/stats/permutation-test';
import { levelsOf } from './analysis-scale';
import type { EventStrategy } from './event-strategies';

/** A statistic with its blocked permutation test and, where it has one, its bootstrap interval. */
export interface Tested {
	value: number;
	p: number;
	exact: boolean;
	arrangements: number;
	interval: Interval | null;
}

export interface EventEffect {
	scale: string;
	/** Strategies measured, and the countries they belong to. */
	n: number;
	countries: number;
	/** Countries whose measured strategies do not all share one code (the test's information). */
	varying: number;
	groups: GroupSummary[];
	/** Ordinal: mean change of codes 2–3 minus codes 0–1. */
	difference: Tested | null;
	/** Ordinal: Spearman's rho between code and change. */
	rho: Tested | null;
	/** Nominal: between-group variance of the mean change. */
	spread: Tested | null;
}

export const PERMUTATIONS = 10_000;

function tested<L>(
	units: readonly Unit<L>[],
	statistic: Statistic<L>,
	withInterval: boolean
): Tested | null {
	const result: PermutationResult = blockedPermutationTest(units, statistic, {
		permutations: PERMUTATIONS
	});
	if (result.observed === null || result.p === null) return null;
	// Scratch arrays the bootstrap's resamples are read into, one at a time.
	const labels: L[] = [];
	const outcomes: number[] = [];
	const interval = withInterval
		? clusterBootstrap(units, (sample) => {
				labels.length = outcomes.length = 0;
				for (const u of sample) {
					labels.push(u.label);
					outcomes.push(u.outcome);
				}
				return statistic(labels, outcomes);
			})
		: null;
	return {
		value: result.observed,
		p: result.p,
		exact: result.exact,
		arrangements: result.arrangements,
		interval
	};
}

/** Spearman's rho with its test: on ranks computed once where it can (same result, faster). */
function rankCorrelation(units: readonly Unit<string>[]): Tested | null {
	const ranked = rankedUnits(units);
	return ranked ? tested(ranked, rankPearson, false) : tested(units, codeRankCorrelation, false);
}

/** The between-group variance with its test, on labels indexed once (same result, faster). */
function groupSpread(units: readonly Unit<string>[]): Tested | null {
	const indexed = indexedUnits(units);
	return tested(indexed.units, groupVarianceIndexed(indexed.groups), false);
}

const unitsOf = (strategies: readonly EventStrategy[]): Unit<string>[] =>
	strategies.flatMap((s) =>
		s.change === null ? [] : [{ block: s.country, label: s.code, outcome: s.change }]
	);

/**
 * What the strategies measured show, without the tests: n, countries, and each level's count,
 * mean and median. Cheap, so a view can show it in the frame its chart changes; `difference`,
 * `rho` and `spread` are null until `withTests` adds them.
 */
export function eventSummary(strategies: readonly EventStrategy[], scale: string): EventEffect {
	const units = unitsOf(strategies);
	const countries = new Set(units.map((u) => u.block));
	const varying = [...countries].filter(
		(c) => new Set(units.filter((u) => u.block === c).map((u) => u.label)).size > 1
	).length;
	return {
		scale,
		n: units.length,
		countries: countries.size,
		varying,
		groups: groupSummaries(
			units.map((u) => u.label),
			units.map((u) => u.outcome),
			levelsOf(scale).map((l) => l.code)
		),
		difference: null,
		rho: null,
		spread: null
	};
}

/** The summary with its tests: 10,000 blocked permutations each, and a bootstrap interval. */
export function withTests(summary: EventEffect, strategies: readonly EventStrategy[]): EventEffect {
	const units = unitsOf(strategies);
	const ordinal = summary.scale !== 'coordination';
	return {
		...summary,
		difference: ordinal ? tested(codedUnits(units), highMinusLowCoded, true) : null,
		rho: ordinal ? rankCorrelation(units) : null,
		spread: ordinal ? null : groupSpread(units)
	};
}

/** Effect sizes and tests over the strategies whose change could be measured. */
export const eventEffect = (strategies: readonly EventStrategy[], scale: string): EventEffect =>
	withTests(eventSummary(strategies, scale), strategies);
