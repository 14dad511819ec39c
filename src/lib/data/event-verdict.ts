import type { EventEffect } from './event-effect';

const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** The comparison as the reader sees it: a difference shown as "±0" is not called more or less. */
const compared = (shown: string, value: number) =>
	shown.startsWith('±')
		? 'about as much progress as'
		: value > 0
			? 'more progress than'
			: 'less progress than';

/**
 * The effect in plain words, and plainly when the data cannot tell. `fmt` writes a change (signed),
 * `variance` the nominal codes' between-group variance (never negative: no sign).
 */
export function eventVerdict(
	effect: EventEffect,
	fmt: (v: number) => string,
	variance: (v: number) => string = fmt
): string {
	const { n, countries, varying } = effect;
	if (n < 4 || countries < 2)
		return `Only ${n} strateg${n === 1 ? 'y' : 'ies'} in ${countries} ${countries === 1 ? 'country' : 'countries'} could be measured: too few to say anything.`;
	if (varying === 0)
		return `No country's measured strategies differ in this code, so comparing strategies within countries cannot tell anything; differences between countries are not evidence of an effect.`;
	const tested = effect.difference ?? effect.spread;
	if (!tested)
		return `All ${n} measured strategies share one level of the code: nothing to compare.`;
	const what = effect.difference
		? `Strategies coded 2–3 were followed by ${compared(fmt(tested.value), tested.value)} those coded 0–1 (${fmt(tested.value)}`
		: `The mean change differs between coordination models (between-group variance ${variance(tested.value)}`;
	const interval = tested.interval
		? `, 95% interval ${fmt(tested.interval.low)} to ${fmt(tested.interval.high)}`
		: '';
	const clear =
		tested.p < 0.05 && (!tested.interval || tested.interval.low > 0 || tested.interval.high < 0);
	return clear
		? `${what}${interval}; ${pText(tested.p)}, n = ${n} in ${countries} countries). An association within countries, not an effect of the strategies.`
		: `The data cannot tell. ${what}${interval}; ${pText(tested.p)}, n = ${n} in ${countries} countries) is within what shuffling the codes within each country produces.`;
}
