import type { SourceInfo } from '$lib/cite/dashboard';
import { sourcesQuery } from '$lib/queries/sources';
import type { NodeDb } from './node-db';

/** Every source's citation details, as the chart frames' Cite panels take them. */
export async function sourceInfos(db: NodeDb): Promise<SourceInfo[]> {
	return (await db.query(sourcesQuery())).map((s) => ({
		source_id: String(s.source_id),
		publisher: String(s.publisher),
		title: String(s.title),
		editions: String(s.editions),
		licence: String(s.licence),
		licence_id: s.licence_id === null ? null : String(s.licence_id),
		licence_url: String(s.licence_url),
		citation: String(s.citation),
		url: String(s.url)
	}));
}
