import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import type { EventEffect } from './event-effect';

const pText = (p: number, locale: Locale) =>
	p < 0.001
		? `p < ${locale === 'en' ? '0.001' : formatNumber(locale, 0.001, 3)}`
		: `p = ${locale === 'en' ? p.toFixed(3) : formatNumber(locale, p, 3)}`;

/** The comparison as the reader sees it: a difference shown as "±0" is not called more or less. */
const compared = (shown: string, value: number, locale: Locale) =>
	shown.startsWith('±')
		? m.rAboutAsMuch(locale)
		: value > 0
			? m.rMoreProgress(locale)
			: m.rLessProgress(locale);

/**
 * The effect in plain words, and plainly when the data cannot tell. `fmt` writes a change (signed),
 * `variance` the nominal codes' between-group variance (never negative: no sign).
 */
export function eventVerdict(
	effect: EventEffect,
	fmt: (v: number) => string,
	variance: (v: number) => string = fmt,
	locale: Locale = 'en'
): string {
	const { n, countries, varying } = effect;
	if (n < 4 || countries < 2) {
		if (locale === 'en')
			return `Only ${n} strateg${n === 1 ? 'y' : 'ies'} in ${countries} ${countries === 1 ? 'country' : 'countries'} could be measured: too few to say anything.`;
		if (n === 1) return m.rVerdictTooFewOne(locale);
		return countries === 1
			? m.rVerdictTooFewOneCountry(locale, { n })
			: m.rVerdictTooFew(locale, { n, countries });
	}
	if (varying === 0) return m.rVerdictNoVariation(locale);
	const tested = effect.difference ?? effect.spread;
	if (!tested) return m.rVerdictOneLevel(locale, { n });
	const what = effect.difference
		? m.rVerdictDifference(locale, {
				compared: compared(fmt(tested.value), tested.value, locale),
				value: fmt(tested.value)
			})
		: m.rVerdictSpread(locale, { value: variance(tested.value) });
	const interval = tested.interval
		? m.rVerdictInterval(locale, { low: fmt(tested.interval.low), high: fmt(tested.interval.high) })
		: '';
	const clear =
		tested.p < 0.05 && (!tested.interval || tested.interval.low > 0 || tested.interval.high < 0);
	const params = { what, interval, p: pText(tested.p, locale), n, countries };
	return clear ? m.rVerdictClear(locale, params) : m.rVerdictUnclear(locale, params);
}
