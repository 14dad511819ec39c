/** A change with its sign, e.g. "+0.021", "−3.5" or "±0.0". */
export const signed = (v: number, digits: number) =>
	`${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(digits)}`;
