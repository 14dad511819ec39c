/**
 * One polite status line per page says what a chart shows after a control redrew it. A control can
 * redraw several charts at once (the explorer's panels, one per indicator): their descriptions are
 * gathered for a moment and said once, the first in full and the others counted. The line empties
 * after a while, so a screen reader reading the page later does not meet old news.
 */
import type { Locale } from '$lib/i18n/locales';
import { vOtherChartChanged, vOtherChartsChanged } from '$lib/i18n/pages/views';

const GATHER_MS = 250;
const CLEAR_MS = 10_000;

let text = $state('');
let pending: string[] = [];
let language: Locale = 'en';
let gathering: ReturnType<typeof setTimeout> | undefined;
let clearing: ReturnType<typeof setTimeout> | undefined;

export const chartNews = {
	get text() {
		return text;
	}
};

/** The line for a batch of descriptions: the first in full, then how many other charts changed. */
export function newsText(descriptions: string[], locale: Locale = 'en'): string {
	const [first = '', ...others] = descriptions.filter((d, i) => descriptions.indexOf(d) === i);
	if (!others.length) return first;
	return others.length > 1
		? vOtherChartsChanged(locale, { first, count: others.length })
		: vOtherChartChanged(locale, { first });
}

/** A chart was redrawn and now shows `description`; the line is in the page's `locale`. */
export function announceChart(description: string, locale: Locale = 'en'): void {
	pending.push(description);
	language = locale;
	if (gathering) return;
	gathering = setTimeout(() => {
		text = newsText(pending, language);
		pending = [];
		gathering = undefined;
		clearTimeout(clearing);
		clearing = setTimeout(() => (text = ''), CLEAR_MS);
	}, GATHER_MS);
}
