import { formatList } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';

/** A country's rank in one edition of a benchmark. */
export interface RankPoint {
	year: number;
	rank: number;
	/** Countries assessed that edition. */
	n: number;
	/** "break": this edition starts a new method, not comparable with the ones before. */
	flag?: string | null;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th. */
export function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
	return `${n}${suffix}`;
}

/** A rank as an ordinal in a language: 3rd (English), 3. (German, Danish, Estonian), 3e, 1er. */
export function ordinalIn(n: number, locale: Locale = 'en'): string {
	if (locale === 'en') return ordinal(n);
	if (locale === 'fr') return n === 1 ? '1er' : `${n}e`;
	if (locale === 'nl') return `${n}e`;
	return `${n}.`;
}

/**
 * One plain sentence on how a country's rank moved, from the first edition at or after `from`
 * (default: its first edition) to its latest, e.g. "Estonia rose from 20th to 2nd in the UN index
 * between 2010 and 2024". Null when it has no rank in that period.
 */
export function rankSentence(
	name: string,
	benchmark: string,
	ranks: readonly RankPoint[],
	from: number | null = null,
	locale: Locale = 'en'
): string | null {
	const nth = (n: number) => ordinalIn(n, locale);
	const sorted = [...ranks].sort((a, b) => a.year - b.year);
	const start = sorted.find((r) => from === null || r.year >= from);
	const end = sorted[sorted.length - 1];
	if (!start || !end) return null;
	if (start === end)
		return t.vRankedOnce(locale, {
			name,
			rank: nth(end.rank),
			n: end.n,
			benchmark,
			year: end.year
		});
	// A comparison across a change of method says so: the ranks before and after measure different things.
	const breaks = sorted.filter(
		(r) => r.flag === 'break' && r.year > start.year && r.year <= end.year
	);
	const years = breaks.map((b) => b.year);
	const list =
		years.length < 2
			? years.join('')
			: locale === 'en'
				? `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`
				: formatList(locale, years.map(String));
	const across = years.length
		? (years.length > 1 ? t.vAcrossChanges : t.vAcrossChange)(locale, { list })
		: '';
	const between = sorted.filter((r) => r.year > start.year && r.year < end.year);
	const bend = turn(between, start.rank, end.rank, locale);
	if (end.rank === start.rank)
		return t.vRankedSame(locale, {
			name,
			rank: nth(end.rank),
			benchmark,
			start: start.year,
			end: end.year,
			across,
			turn: bend
		});
	const moved = end.rank < start.rank ? t.vRankRose : t.vRankFell;
	return moved(locale, {
		name,
		from: nth(start.rank),
		to: nth(end.rank),
		benchmark,
		start: start.year,
		end: end.year,
		across,
		turn: bend
	});
}

/** Places beyond both ends a rank in between must reach to be told (at least; see turn). */
const TURN = 3;

/**
 * The edition in between furthest beyond both ends, when far enough to change the story: "9th to
 * 12th" hides a fall to 25th and a rise since. Far enough: 3 places, and half the net move (a
 * 16th-to-2nd rise is not retold for a dip to 20th). Empty when the path stayed near its ends.
 */
function turn(between: readonly RankPoint[], a: number, b: number, locale: Locale): string {
	const [best, worst] = [Math.min(a, b), Math.max(a, b)];
	const beyond = (r: RankPoint) => Math.max(r.rank - worst, best - r.rank);
	const far = [...between].sort((x, y) => beyond(y) - beyond(x))[0];
	if (!far || beyond(far) < Math.max(TURN, (worst - best) / 2)) return '';
	const point = far.rank > worst ? t.vLowPoint : t.vHighPoint;
	return point(locale, { rank: ordinalIn(far.rank, locale), year: far.year });
}
