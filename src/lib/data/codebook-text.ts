import type { FeatureRow, LevelRow } from '$lib/charts/strategy-codes';
import type { Locale } from '$lib/i18n/locales';
import type { Message } from '$lib/i18n/message';
import * as codebook from '$lib/i18n/pages/research-codebook';

/*
 * The codebook's own text in the page's language. The English comes from the data package
 * (features.parquet, feature_levels.parquet); a translation, keyed by feature id and code, is shown
 * only while the data's English is the English it was made from, so that a changed rule never
 * shows an outdated translation.
 */

const MESSAGES = codebook as unknown as Readonly<Record<string, Message<string>>>;

const pascal = (id: string) =>
	id
		.split('_')
		.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
		.join('');

/** A codebook text by its message name: translated while its English matches, else as in the data. */
export function codebookText(name: string, english: string, locale: Locale): string {
	if (locale === 'en' || !Object.hasOwn(MESSAGES, name)) return english;
	const say = MESSAGES[name] as Message<string>;
	return say.texts.en === english ? say(locale) : english;
}

type Feature = Pick<FeatureRow, 'feature_id' | 'definition' | 'not_counted'>;

export const definitionIn = (f: Feature, locale: Locale) =>
	codebookText(`rCb${pascal(f.feature_id)}Definition`, f.definition, locale);

export const notCountedIn = (f: Feature, locale: Locale) =>
	codebookText(`rCb${pascal(f.feature_id)}NotCounted`, f.not_counted, locale);

export const ruleIn = (l: LevelRow, locale: Locale) =>
	codebookText(`rCb${pascal(l.feature_id)}Rule${l.code}`, l.rule, locale);

export const exampleIn = (l: LevelRow, locale: Locale) =>
	codebookText(`rCb${pascal(l.feature_id)}Example${l.code}`, l.example, locale);
