import type { Row } from '../lib/parquet-writer.ts';
import { SCALES, type Codebook } from './codebook.ts';
import { cohenKappa, type CodePair } from './kappa.ts';
import { pairKey, type SecondCodes } from './second-coding.ts';

export const ALL_FEATURES = 'all features';

export interface AgreementInput {
	codebook: Codebook;
	/** Final codes (country files), keyed `strategy feature`. */
	finalCodes: Map<string, string>;
	second: SecondCodes;
	/** Reconciliation entries: their `first` is the first coder's code where it changed. */
	reconciliation: Row[];
	/** Countries with a second coding, and countries with coded rows still waiting for one. */
	secondCoded: string[];
	awaiting: string[];
}

const round = (x: number | null, digits: number) =>
	x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

function agreementRow(
	feature: string,
	pairs: CodePair[],
	categories: readonly string[] | null,
	ordinal: boolean
) {
	const agreed = pairs.filter(([a, b]) => a === b).length;
	return {
		feature_id: feature,
		n: pairs.length,
		agreed,
		percent_agreement: pairs.length ? round((100 * agreed) / pairs.length, 1) : null,
		kappa: categories ? round(cohenKappa(pairs, categories), 3) : null,
		kappa_weighted:
			categories && ordinal ? round(cohenKappa(pairs, categories, 'quadratic'), 3) : null
	};
}

/**
 * Agreement between the first and the second coding, per feature and over all features: n, codes
 * agreed, percent agreement, Cohen's kappa, and quadratic-weighted kappa for the ordinal features.
 */
export function codingAgreement(input: AgreementInput): Row[] {
	const firstOf = new Map(
		input.reconciliation.map((r) => [
			pairKey(String(r.strategy_id), String(r.feature_id)),
			String(r.first)
		])
	);
	const byFeature = new Map<string, CodePair[]>(
		[...input.codebook.scaleOf.keys()].map((f) => [f, []])
	);
	const all: CodePair[] = [];
	for (const [key, second] of input.second) {
		const feature = key.split(' ')[1] ?? '';
		const first = firstOf.get(key) ?? (input.finalCodes.get(key) as string);
		byFeature.get(feature)?.push([first, second]);
		all.push([first, second]);
	}
	const context = {
		second_coded: input.secondCoded.join(' ') || null,
		awaiting_second_coding: input.awaiting.join(' ') || null
	};
	const rows: Row[] = [...byFeature].map(([feature, pairs]) => {
		const scale = input.codebook.scaleOf.get(feature)!;
		return { ...agreementRow(feature, pairs, SCALES[scale], scale === 'ordinal'), ...context };
	});
	rows.sort((a, b) => (String(a.feature_id) < String(b.feature_id) ? -1 : 1));
	const pooled = [...new Set([...SCALES.ordinal, ...SCALES.coordination])];
	rows.push({ ...agreementRow(ALL_FEATURES, all, pooled, false), ...context });
	return rows;
}
