/**
 * English function words that are not also common words of the other languages coded here (no
 * "in", "on", "is", "a", "an", "for", "by", "die"), so a quote rich in them is English.
 */
const ENGLISH = new Set([
	'the',
	'and',
	'of',
	'to',
	'that',
	'this',
	'with',
	'will',
	'are',
	'from',
	'which',
	'should',
	'must',
	'have',
	'has',
	'been',
	'their',
	'its',
	'be'
]);

/**
 * True when a quotation reads as English: at least two words, and at least 15 % of them, are
 * English function words. A document in another language may quote its official English page;
 * such a quotation needs no translation.
 */
export function looksEnglish(quote: string): boolean {
	const words = quote.toLowerCase().match(/\p{L}+/gu) ?? [];
	const hits = words.filter((w) => ENGLISH.has(w)).length;
	return hits >= 2 && hits >= 0.15 * words.length;
}
