import { ordinalIn, rankSentence, type RankPoint } from '$lib/data/country-summary';
import { formatList } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';

/** A country's rank in one edition of a benchmark. */
export interface ReadingPoint extends RankPoint {
	country: string;
	name: string;
}

export interface ReadingSpec {
	/** How a sentence names the benchmark, e.g. "the UN e-government index". */
	benchmark: string;
	/** The countries the panel is about, to say which were not assessed. */
	countries: readonly { country: string; name: string }[];
}

const and = (names: readonly string[], locale: Locale) =>
	names.length < 2
		? (names[0] ?? '')
		: locale === 'en'
			? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
			: formatList(locale, names);

function byCountry(points: readonly ReadingPoint[]): ReadingPoint[][] {
	const lines = new Map<string, ReadingPoint[]>();
	for (const p of points) lines.set(p.country, [...(lines.get(p.country) ?? []), p]);
	return [...lines.values()].map((l) => l.sort((a, b) => a.year - b.year));
}

/** The lines whose rank moved most between their first and latest edition; none if none moved. */
function biggestMoves(lines: readonly ReadingPoint[][]): ReadingPoint[][] {
	const move = (l: readonly ReadingPoint[]) => Math.abs(l[0]!.rank - l.at(-1)!.rank);
	const most = Math.max(0, ...lines.map(move));
	return most === 0 ? [] : lines.filter((l) => move(l) === most);
}

/** Who ranked best in the latest edition, ties named together. */
function leaders(
	points: readonly ReadingPoint[],
	benchmark: string,
	alone: boolean,
	locale: Locale
): string {
	const year = Math.max(...points.map((p) => p.year));
	const latest = points.filter((p) => p.year === year);
	const best = Math.min(...latest.map((p) => p.rank));
	const top = latest.filter((p) => p.rank === best);
	const of = t.vRankOfN(locale, { rank: ordinalIn(best, locale), n: String(top[0]!.n) });
	if (top.length > 1) {
		const say = alone ? t.vSharedBestIn : t.vSharedBest;
		return say(locale, {
			names: and(
				top.map((p) => p.name),
				locale
			),
			benchmark,
			year,
			of
		});
	}
	const say = alone ? t.vRankedHighestIn : t.vRankedHighest;
	return say(locale, { name: top[0]!.name, benchmark, year, of });
}

/**
 * A plain-language reading of a benchmark panel: the biggest rank change among the countries
 * between their first and latest edition (e.g. "Estonia rose from 20th to 2nd in the UN index
 * between 2010 and 2024."), who ranked best in the latest edition, and who was not assessed.
 */
export function reading(
	points: readonly ReadingPoint[],
	spec: ReadingSpec,
	locale: Locale = 'en'
): string {
	if (points.length === 0) return t.vNoneOfFive(locale, { benchmark: spec.benchmark });
	const lines = byCountry(points);
	const moves = biggestMoves(lines.filter((l) => l.length > 1)).map((l) =>
		rankSentence(l[0]!.name, spec.benchmark, l, null, locale)
	);
	const seen = new Set(points.map((p) => p.country));
	const missing = spec.countries.filter((c) => !seen.has(c.country)).map((c) => c.name);
	const said = missing.length > 1 ? t.vWereNotAssessed : t.vWasNotAssessed;
	const absent = missing.length ? ` ${said(locale, { names: and(missing, locale) })}` : '';
	return [...moves, leaders(points, spec.benchmark, moves.length === 0, locale)].join(' ') + absent;
}
