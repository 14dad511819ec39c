/** A change with its sign, e.g. "+0.021", "−3.5" or "±0.0" (also for a change that rounds to 0). */
export function signed(v: number, digits: number): string {
	const text = Math.abs(v).toFixed(digits);
	const sign = Number(text) === 0 ? '±' : v > 0 ? '+' : '−';
	return `${sign}${text}`;
}
