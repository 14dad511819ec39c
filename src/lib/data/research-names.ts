import type { Locale } from '$lib/i18n/locales';
import type { Message } from '$lib/i18n/message';
import * as m from '$lib/i18n/pages/research';

/*
 * Names the data writes in English, in the page's language: the codebook's feature labels
 * (features.parquet), the kinds of rows (strategies.parquet) and the coding confidence, keyed by
 * the data's own value. A value not listed here keeps the data's English.
 */

const FEATURES: Readonly<Record<string, Message<string>>> = {
	coordination_model: m.rFeatureCoordinationModel,
	vertical_collaboration: m.rFeatureVerticalCollaboration,
	horizontal_collaboration: m.rFeatureHorizontalCollaboration,
	once_only: m.rFeatureOnceOnly,
	digital_by_default: m.rFeatureDigitalByDefault,
	user_centricity: m.rFeatureUserCentricity,
	interoperability_framework: m.rFeatureInteroperability,
	eid: m.rFeatureEid,
	open_data: m.rFeatureOpenData,
	cross_border: m.rFeatureCrossBorder,
	one_stop_portal: m.rFeatureOneStopPortal,
	monitoring_kpis: m.rFeatureMonitoring,
	dedicated_budget: m.rFeatureBudget,
	'all features': m.rFeatureAll
};

const KINDS: Readonly<Record<string, Message<string>>> = {
	strategy: m.rKindStrategy,
	law: m.rKindLaw,
	programme: m.rKindProgramme,
	agreement: m.rKindAgreement,
	institution: m.rKindInstitution
};

const SUBGROUPS: Readonly<Record<string, Message<string>>> = {
	model: m.rSubgroupModel,
	vertical: m.rSubgroupVertical,
	horizontal: m.rSubgroupHorizontal,
	budget: m.rSubgroupBudget,
	monitoring: m.rSubgroupMonitoring
};

const CONFIDENCE: Readonly<Record<string, Message<string>>> = {
	inferred: m.rInferred,
	stated: m.rStated
};

const named =
	(table: Readonly<Record<string, Message<string>>>, key: string, english: string) =>
	(locale: Locale) =>
		locale === 'en' || !Object.hasOwn(table, key)
			? english
			: (table[key] as Message<string>)(locale);

/** A feature's label: the data's English, or its translation keyed by the feature's id. */
export const featureName = (id: string, english: string, locale: Locale = 'en'): string =>
	named(FEATURES, id, english)(locale);

/** Features (or rows with a feature's id and label) with their labels in a language. */
export const withFeatureNames = <F extends { feature_id: string; label: string }>(
	features: readonly F[],
	locale: Locale
): F[] => features.map((f) => ({ ...f, label: featureName(f.feature_id, f.label, locale) }));

/** A row's kind (strategy, law, …) as the language names it. */
export const kindName = (kind: string, locale: Locale = 'en'): string =>
	named(KINDS, kind, kind)(locale);

/** A codebook feature's subgroup (model, vertical, …); English as before, `_` read as a space. */
export const subgroupName = (subgroup: string, locale: Locale = 'en'): string =>
	named(SUBGROUPS, subgroup, subgroup.replace('_', ' '))(locale);

/** A code's confidence (stated, inferred) as the language names it. */
export const confidenceName = (confidence: string, locale: Locale = 'en'): string =>
	named(CONFIDENCE, confidence, confidence)(locale);
