import type { Row } from '../lib/parquet-writer.ts';
import { SourceError } from '../lib/source-error.ts';

/** At most this share of the strategies, agreements and programmes may lack their text. */
export const MAX_UNAVAILABLE = 1 / 5;
/** At most this share of all codes may be inferred, overall and in each country. */
export const MAX_INFERRED = 1 / 5;

const COUNTED_KINDS = new Set(['strategy', 'agreement', 'programme']);
const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Strategies, agreements and programmes whose text is unavailable, of all of them. */
export function unavailableShare(strategies: readonly Row[]): { unavailable: number; of: number } {
	const counted = strategies.filter((s) => COUNTED_KINDS.has(String(s.kind)));
	const unavailable = counted.filter((s) => s.coding_status === 'text unavailable').length;
	return { unavailable, of: counted.length };
}

/** Inferred codes among the non-zero codes (coordination codes count as non-zero). */
export function inferredShare(codes: readonly Row[]): { inferred: number; of: number } {
	const nonZero = codes.filter((c) => c.code !== '0');
	return {
		inferred: nonZero.filter((c) => c.confidence === 'inferred').length,
		of: nonZero.length
	};
}

/** Inferred codes among all codes, a silent feature's 0 included (the rule's measure). */
export function inferredOfAll(codes: readonly Row[]): { inferred: number; of: number } {
	return {
		inferred: codes.filter((c) => c.confidence === 'inferred').length,
		of: codes.length
	};
}

export interface CountryCoding {
	country: string;
	file: string;
	strategies: Row[];
	codes: Row[];
}

/**
 * Stops when more than a fifth of the strategies, agreements and programmes lack their text
 * (over the countries checked), or when inferred codes are more than a fifth of all codes,
 * overall or in a country. Countries awaiting their recoding, and those coded on their first and
 * most recent strategies only (pending.yaml), are left out of every share.
 */
export function checkShares(
	countries: readonly CountryCoding[],
	exempt: ReadonlySet<string>
): void {
	const checked = countries.filter((c) => !exempt.has(c.country));
	const { unavailable, of } = unavailableShare(checked.flatMap((c) => c.strategies));
	if (unavailable > of * MAX_UNAVAILABLE)
		throw new SourceError(
			{ file: checked.map((c) => c.file).join(', ') },
			`${unavailable} of ${of} strategies, agreements and programmes (${pct(unavailable / of)}) are "text unavailable": at most a fifth may be`
		);
	const all = inferredOfAll(checked.flatMap((c) => c.codes));
	if (all.inferred > all.of * MAX_INFERRED)
		throw new SourceError(
			{ file: checked.map((c) => c.file).join(', ') },
			`overall, ${all.inferred} of ${all.of} codes (${pct(all.inferred / all.of)}) are inferred: at most a fifth may be`
		);
	for (const c of checked) {
		const { inferred, of } = inferredOfAll(c.codes);
		if (inferred > of * MAX_INFERRED)
			throw new SourceError(
				{ file: c.file },
				`${inferred} of ${of} codes (${pct(inferred / of)}) are inferred: at most a fifth may be`
			);
	}
}
