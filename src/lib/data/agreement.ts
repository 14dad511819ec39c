import { formatList } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';

/** One row of the agreement table (coding_agreement, with the feature's label). */
export interface AgreementRow {
	feature_id: string;
	label: string;
	n: number;
	agreed: number;
	percent_agreement: number | null;
	kappa: number | null;
	kappa_weighted: number | null;
	second_coded: string | null;
	awaiting_second_coding: string | null;
}

/** What the table cannot show yet: no second coding at all, or countries still waiting for one. */
export function agreementNote(rows: readonly AgreementRow[], locale: Locale = 'en'): string | null {
	const list = (codes: string | null | undefined) => {
		const items = codes?.split(' ');
		if (!items) return undefined;
		return locale === 'en' ? items.join(', ') : formatList(locale, items);
	};
	const total = rows.find((r) => r.feature_id === 'all features');
	const waiting = list(total?.awaiting_second_coding);
	if (!total || total.n === 0)
		return waiting
			? m.rAgreementNoneAwaited(locale, { countries: waiting })
			: m.rAgreementNone(locale);
	return waiting
		? m.rAgreementPartly(locale, { waiting, covered: list(total.second_coded) ?? '' })
		: null;
}
