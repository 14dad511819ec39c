import type { FeatureRow, LevelRow } from '$lib/charts/strategy-codes';
import { SCALE_ORDER } from '$lib/charts/strategy-codes';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';

/** The codebook's groups, in reading order, with what each covers. */
export const GROUPS = [
	{ id: 'design', label: 'Design', about: 'what the strategy sets out to build' },
	{
		id: 'coordination',
		label: 'Coordination',
		about:
			'the coordination model; vertical (across levels of government) and horizontal (across ministries and agencies) collaboration'
	},
	{
		id: 'implementation',
		label: 'Implementation',
		about:
			'budget and monitoring; legal basis is the row’s kind and legal basis, and level 3 of every feature'
	}
] as const;

export interface FeatureWithLevels extends FeatureRow {
	levels: LevelRow[];
}

const NAMES = {
	design: [m.rGroupDesign, m.rGroupDesignAbout],
	coordination: [m.rGroupCoordination, m.rGroupCoordinationAbout],
	implementation: [m.rGroupImplementation, m.rGroupImplementationAbout]
} as const;

/** A group's label and what it covers in a language; English is GROUPS. */
const inLanguage = (g: (typeof GROUPS)[number], locale: Locale) =>
	locale === 'en' ? g : { ...g, label: NAMES[g.id][0](locale), about: NAMES[g.id][1](locale) };

/** Features under their groups (in the features' order), each with its levels in scale order. */
export function groupFeatures(
	features: readonly FeatureRow[],
	levels: readonly LevelRow[],
	locale: Locale = 'en'
) {
	const rank = (code: string) => SCALE_ORDER.indexOf(code);
	const withLevels = features.map((f) => ({
		...f,
		levels: levels
			.filter((l) => l.feature_id === f.feature_id)
			.sort((a, b) => rank(a.code) - rank(b.code))
	}));
	const known = new Set<string>(GROUPS.map((g) => g.id));
	const other = withLevels.filter((f) => !known.has(f.group));
	return [
		...GROUPS.map((g) => ({
			...inLanguage(g, locale),
			features: withLevels.filter((f) => f.group === g.id)
		})),
		...(other.length
			? [{ id: 'other', label: m.rGroupOther(locale), about: '', features: other }]
			: [])
	].filter((g) => g.features.length > 0);
}
