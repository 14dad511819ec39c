import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_DOCS, originWithoutPointer, rawFolderOf } from '$lib/catalog/provenance';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';
import { rawDocEntries, readRawDoc } from '$lib/server/raw-docs';

describe('provenance notes a visitor can open', () => {
	let db: NodeDb;
	let sources: Record<string, unknown>[];
	beforeAll(async () => {
		db = await openNodeDb('static/data');
		sources = await db.query({ sql: 'SELECT * FROM sources ORDER BY source_id', params: [] });
	});
	afterAll(() => db.connection.closeSync());

	it("finds each source's folder in its origin, and both notes exist there", () => {
		expect(sources.length).toBeGreaterThan(5);
		for (const s of sources) {
			const folder = rawFolderOf(String(s.origin));
			expect(folder, String(s.source_id)).not.toBeNull();
			for (const doc of RAW_DOCS)
				expect(existsSync(`data/raw/${folder}/${doc}`), `${folder}/${doc}`).toBe(true);
			expect(originWithoutPointer(String(s.origin))).not.toContain('PROVENANCE.md');
		}
	});

	it('serves only the listed notes, never another path', () => {
		const entries = rawDocEntries();
		expect(entries).toContainEqual({ folder: 'un-egdi', doc: 'PROVENANCE.md' });
		expect(readRawDoc('un-egdi', 'TERMS.md')).toMatch(/terms of use/);
		expect(readRawDoc('un-egdi', 'EGOV_DATA_2003.csv')).toBeNull();
		expect(readRawDoc('..', 'README.md')).toBeNull();
		expect(readRawDoc('un-egdi/../eu-desi', 'TERMS.md')).toBeNull();
	});

	it('marks the sources without an open licence as restricted, with a link to their terms', () => {
		const restricted = sources.filter((s) => s.licence_id === null).map((s) => s.source_id);
		expect(restricted).toEqual(['oecd_dgi', 'oecd_ourdata', 'un_egdi']);
		for (const s of sources) expect(String(s.licence_url)).toMatch(/^https:\/\//);
		for (const s of sources.filter((s) => s.licence_id === null))
			expect(String(s.licence)).toMatch(/^Reuse restricted/);
	});
});
