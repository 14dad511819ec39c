/**
 * One polite status line per page says what a chart shows after a control redrew it. A control can
 * redraw several charts at once (the explorer's panels, one per indicator): their descriptions are
 * gathered for a moment and said once, the first in full and the others counted. The line empties
 * after a while, so a screen reader reading the page later does not meet old news.
 */
const GATHER_MS = 250;
const CLEAR_MS = 10_000;

let text = $state('');
let pending: string[] = [];
let gathering: ReturnType<typeof setTimeout> | undefined;
let clearing: ReturnType<typeof setTimeout> | undefined;

export const chartNews = {
	get text() {
		return text;
	}
};

/** The line for a batch of descriptions: the first in full, then how many other charts changed. */
export function newsText(descriptions: string[]): string {
	const [first = '', ...others] = descriptions.filter((d, i) => descriptions.indexOf(d) === i);
	if (!others.length) return first;
	return `${first} (${others.length} other chart${others.length > 1 ? 's' : ''} also changed.)`;
}

/** A chart was redrawn and now shows `description`. */
export function announceChart(description: string): void {
	pending.push(description);
	if (gathering) return;
	gathering = setTimeout(() => {
		text = newsText(pending);
		pending = [];
		gathering = undefined;
		clearTimeout(clearing);
		clearing = setTimeout(() => (text = ''), CLEAR_MS);
	}, GATHER_MS);
}
