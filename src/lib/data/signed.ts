import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';

/** A change with its sign, e.g. "+0.021", "−3.5" or "±0.0" (also for a change that rounds to 0). */
export function signed(v: number, digits: number, locale: Locale = 'en'): string {
	const text = Math.abs(v).toFixed(digits);
	const sign = Number(text) === 0 ? '±' : v > 0 ? '+' : '−';
	return `${sign}${locale === 'en' ? text : formatNumber(locale, Number(text), digits)}`;
}

/** A number with `digits` decimals: toFixed in English (as before), the language's own otherwise. */
export const fixed = (v: number, digits: number, locale: Locale = 'en'): string =>
	locale === 'en' ? v.toFixed(digits) : formatNumber(locale, v, digits);
