import { formatNumber, formatPercent } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { Message } from '$lib/i18n/message';
import * as t from '$lib/i18n/pages/tools';
import type { ServicesSummaryRow } from '$lib/queries/services-summary';
import type { ServicesState } from '$lib/state/services-state';

export interface MeasureInfo {
	column: keyof ServicesSummaryRow & string;
	label: string;
	unit: string;
	/** The definition shown on the page beside the numbers. */
	definition: string;
}

type Measure = ServicesState['measure'];
type Texts = { label: Message<string>; unit: Message<string>; definition: Message<string> };

/** The summary measures, by the URL's name for them: their column and texts. */
const MEASURES: Record<Measure, { column: MeasureInfo['column'] } & Texts> = {
	central: {
		column: 'central',
		label: t.tMeasureCentral,
		unit: t.tUnitServices,
		definition: t.tMeasureCentralDef
	},
	regional: {
		column: 'regional',
		label: t.tMeasureRegional,
		unit: t.tUnitServices,
		definition: t.tMeasureRegionalDef
	},
	local: {
		column: 'local',
		label: t.tMeasureLocal,
		unit: t.tUnitServices,
		definition: t.tMeasureLocalDef
	},
	providers: {
		column: 'providers',
		label: t.tMeasureProviders,
		unit: t.tUnitProviders,
		definition: t.tMeasureProvidersDef
	},
	portal: {
		column: 'portal',
		label: t.tMeasurePortal,
		unit: t.tUnitServices,
		definition: t.tMeasurePortalDef
	},
	'cross-border': {
		column: 'cross_border',
		label: t.tMeasureCrossBorder,
		unit: t.tUnitCrossBorder,
		definition: t.tMeasureCrossBorderDef
	},
	proactive: {
		column: 'proactive',
		label: t.tMeasureProactive,
		unit: t.tUnitServices,
		definition: t.tMeasureProactiveDef
	}
};

/** A summary measure's column, label, unit and definition in a language. */
export function measureInfo(measure: Measure, locale: Locale = 'en'): MeasureInfo {
	const m = MEASURES[measure];
	return {
		column: m.column,
		label: m.label(locale),
		unit: m.unit(locale),
		definition: m.definition(locale)
	};
}

/** The summary measures in English, by the URL's name for them. */
export const MEASURE_INFO = Object.fromEntries(
	Object.keys(MEASURES).map((m) => [m, measureInfo(m as Measure)])
) as Record<Measure, MeasureInfo>;

/** A measure's value as the page prints it. */
export function formatMeasure(
	value: number | null | undefined,
	info: MeasureInfo,
	locale: Locale = 'en'
): string {
	if (value === null || value === undefined) return '–';
	if (info.column !== 'providers')
		return locale === 'en' ? `${Math.round(value)}%` : formatPercent(locale, value / 100);
	// A count; an average over life events keeps one decimal.
	const digits = Number.isInteger(value) ? 0 : 1;
	if (locale !== 'en') return formatNumber(locale, value, digits);
	return digits === 0 ? String(value) : value.toFixed(1);
}
