import type { Row } from '../lib/parquet-writer.ts';

/**
 * The editions from which the UN computed an indicator differently, as the UN's own method
 * annexes state them; see data/raw/un-egdi/PROVENANCE.md for the quotations.
 *
 * TII: the 2022 Survey, Annex, Table A.1 "Telecommunication infrastructure index (TII) and changes
 * of its components (2001-2022)" (p. 197; copy read at
 * https://fliphtml5.com/gnel/kbca/UN_E-Government_Survey_2022%3A_The_Future_of_Digital_Government/228)
 * groups the editions "TII (2001,2003,2004,2005)", "TII (2008,2010)", "TII (2012)",
 * "TII (2014,2016)", "TII (2018)" and "TII (2020, 2022)": online population gives way to
 * fixed-broadband subscriptions in 2008, PC users to fixed Internet subscriptions in 2012, these to
 * wireless broadband subscriptions in 2014 and to active mobile-broadband subscriptions in 2018; and
 * "Another measure introduced in 2020 is that a cut-off limit of 120 has been applied to TII
 * components". 2020 and 2022 share one column: no break in 2022.
 *
 * EGDI: "a weighted average of normalised scores on [...] (OSI), [...] (TII) and [...] (HCI)"
 * (2016 Survey, Annex A.1; copy read at https://pdfslide.us/documents/un-e-government-final-report-web-e-government-in-support-of-sustainable-development.html),
 * so it breaks wherever the TII does.
 *
 * Not flagged, for want of a UN text read to back them: the HCI change reported for 2014, OSI
 * questionnaire changes, the 2010 renaming (Readiness Index → Development Index), and 2024.
 */
export const METHOD_CHANGES: Readonly<Record<string, readonly number[]>> = {
	'un_egdi.tii': [2008, 2012, 2014, 2018, 2020],
	'un_egdi.egdi': [2008, 2012, 2014, 2018, 2020]
};

/**
 * Flags "break" on the first value at or after each method change, in each country's series that
 * has a value before it. A gap spanning several changes gets one flag. Other flags are kept.
 */
export function flagMethodBreaks(observations: readonly Row[]): Row[] {
	const flagged = new Set<Row>();
	const series = new Map<string, Row[]>();
	for (const o of observations) {
		if (o.value === null || !METHOD_CHANGES[String(o.indicator_id)]) continue;
		const key = `${o.indicator_id}|${o.country}`;
		const rows = series.get(key);
		if (rows) rows.push(o);
		else series.set(key, [o]);
	}
	for (const rows of series.values()) {
		const held = [...rows].sort((a, b) => Number(a.year) - Number(b.year));
		for (const change of METHOD_CHANGES[String(held[0]!.indicator_id)]!) {
			const first = held.find((o) => Number(o.year) >= change);
			if (first && Number(held[0]!.year) < change) flagged.add(first);
		}
	}
	return observations.map((o) => (flagged.has(o) && !o.flag ? { ...o, flag: 'break' } : o));
}
