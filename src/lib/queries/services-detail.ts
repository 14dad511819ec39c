import type { Query } from './query';

export interface ServiceDetailRequest {
	country: string;
	edition: number;
	lifeEvent: string;
	service: string;
}

/** One answer of a service: its result (site 0) or a website's (site 1, 2, …), with its question. */
export interface ServiceAnswerRow {
	scope: string;
	site: number;
	gov_level: string | null;
	provider: string | null;
	url: string | null;
	question_code: string;
	label: string;
	answer_text: string;
}

/** Every answer about one service in one country, national and cross-border, labelled. */
export function serviceDetailQuery(r: ServiceDetailRequest): Query<ServiceAnswerRow> {
	return {
		columns: [
			'scope',
			'site',
			'gov_level',
			'provider',
			'url',
			'question_code',
			'label',
			'answer_text'
		],
		sql: `SELECT s.scope, s.site, s.gov_level, s.provider, s.url, s.question_code,
	coalesce(q.label, s.question_code) AS label, s.answer_text
FROM egov_services s
LEFT JOIN egov_questions q ON q.edition = s.edition AND q.question_code = s.question_code
	AND q.sheet = CASE WHEN s.scope = 'national' THEN '3' ELSE '4' END || CASE WHEN s.site = 0 THEN 'a' ELSE 'b' END
WHERE s.country = ? AND s.edition = ? AND s.life_event = ? AND s.service = ?
ORDER BY s.scope DESC, s.site,
	CASE s.question_code WHEN 'applicable' THEN 0 WHEN 'proactive' THEN 1 WHEN 'online_availability' THEN 2 ELSE 3 END,
	s.question_code`,
		params: [r.country, r.edition, r.lifeEvent, r.service]
	};
}

/** The answers grouped by result and website, in query order. */
export function groupAnswers(rows: readonly ServiceAnswerRow[]): ServiceAnswerRow[][] {
	const groups: ServiceAnswerRow[][] = [];
	for (const r of rows) {
		const last = groups[groups.length - 1];
		if (last && last[0]!.scope === r.scope && last[0]!.site === r.site) last.push(r);
		else groups.push([r]);
	}
	return groups;
}
