import type { Row } from './parquet-writer.ts';

/** Decimals of a number as a source file writes it (float noise beyond 12 digits dropped). */
export const decimalsOf = (v: number): number => {
	const text = String(Number(v.toPrecision(12)));
	if (/e-/.test(text)) return Number(text.split('e-')[1]);
	return text.includes('.') ? text.split('.')[1]!.length : 0;
};

/**
 * Sets each indicator's `decimals`, the precision its publisher prints, where the source module
 * left it unset: the most decimals among its values, at most `cap`.
 */
export function withDecimals(indicators: Row[], observations: readonly Row[], cap = 6): Row[] {
	const most = new Map<unknown, number>();
	for (const o of observations) {
		if (typeof o.value !== 'number') continue;
		most.set(o.indicator_id, Math.max(most.get(o.indicator_id) ?? 0, decimalsOf(o.value)));
	}
	return indicators.map((i) =>
		typeof i.decimals === 'number'
			? i
			: { ...i, decimals: Math.min(cap, most.get(i.indicator_id) ?? 0) }
	);
}
