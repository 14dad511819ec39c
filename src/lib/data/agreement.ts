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
export function agreementNote(rows: readonly AgreementRow[]): string | null {
	const total = rows.find((r) => r.feature_id === 'all features');
	const waiting = total?.awaiting_second_coding?.split(' ').join(', ');
	if (!total || total.n === 0)
		return `No second coding yet${waiting ? ` (awaited for ${waiting})` : ''}: the table fills in when it arrives.`;
	return waiting
		? `No second coding yet for ${waiting}; the figures cover ${total.second_coded?.split(' ').join(', ')}.`
		: null;
}
