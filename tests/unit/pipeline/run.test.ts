import { mkdtemp, readFile, readdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, writeAll } from '../../../pipeline/run.ts';
import { sha256 } from '../../../pipeline/lib/datapackage.ts';
import { unEgdi } from '../../../pipeline/sources/un-egdi.ts';
import { openNodeDb } from '$lib/server/node-db';

const options = (rawDir: string) => ({
	rawDir,
	outDir: '',
	sources: [unEgdi],
	strategiesDir: null
});

async function build(rawDir = 'tests/fixtures/raw'): Promise<string> {
	const out = await mkdtemp(join(tmpdir(), 'egov-out-'));
	await writeAll(out, await collect(options(rawDir)));
	return out;
}

describe('pipeline on the tiny UN fixture', () => {
	it('writes every contract file, and the same bytes twice', async () => {
		const [a, b] = [await build(), await build()];
		const files = (await readdir(a)).sort();
		expect(files).toEqual([
			'coding_agreement.parquet',
			'coding_reconciliation.parquet',
			'countries.parquet',
			'datapackage.json',
			'egov_portals.parquet',
			'egov_question_scores.parquet',
			'egov_questions.parquet',
			'egov_services.parquet',
			'feature_levels.parquet',
			'features.parquet',
			'indicators.parquet',
			'observations.parquet',
			'pipeline-report.txt',
			'sources.parquet',
			'strategies.parquet',
			'strategy_features.parquet',
			'targets.parquet'
		]);
		for (const f of files)
			expect((await readFile(join(a, f))).equals(await readFile(join(b, f))), f).toBe(true);
	});

	it('describes each file in datapackage.json with its rows and hash', async () => {
		const out = await build();
		const pkg = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8'));
		const obs = pkg.resources.find((r: { name: string }) => r.name === 'observations');
		expect(obs.rows).toBe(3 * 12 * 6);
		expect(obs.hash).toBe(`sha256:${sha256(await readFile(join(out, 'observations.parquet')))}`);
		expect(obs.schema.primaryKey).toEqual(['indicator_id', 'country', 'year']);
		expect(obs.sources[0].title).toMatch(/UN DESA/);
	});

	it('stores not-assessed editions as null and keeps the values', async () => {
		const db = await openNodeDb(await build());
		const rows = await db.query({
			sql: `SELECT country, year, value FROM observations WHERE indicator_id = 'un_egdi.egdi' AND country IN ('SSD', 'DNK') AND year IN (2010, 2012) ORDER BY country, year`,
			params: []
		});
		expect(rows).toEqual([
			{ country: 'DNK', year: 2010, value: 0.85273 },
			{ country: 'DNK', year: 2012, value: 0.87091 },
			{ country: 'SSD', year: 2010, value: null },
			{ country: 'SSD', year: 2012, value: 0.19091 }
		]);
		db.connection.closeSync();
	});

	it('stops on a bad row and writes nothing', async () => {
		const raw = await mkdtemp(join(tmpdir(), 'egov-raw-'));
		await cp('tests/fixtures/raw', raw, { recursive: true });
		const file = join(raw, 'un-egdi', 'EGOV_DATA_2016.csv');
		await writeFile(file, (await readFile(file, 'utf8')).replace('"Estonia "', 'Estonie'));
		const out = await build();
		const before = await readFile(join(out, 'observations.parquet'));
		await expect(collect(options(raw)).then((c) => writeAll(out, c))).rejects.toThrow(
			'un-egdi/EGOV_DATA_2016.csv, row 3: unknown country name "Estonie"'
		);
		expect((await readFile(join(out, 'observations.parquet'))).equals(before)).toBe(true);
	});

	it('stops on a value outside the scale', async () => {
		const raw = await mkdtemp(join(tmpdir(), 'egov-raw-'));
		await cp('tests/fixtures/raw', raw, { recursive: true });
		const file = join(raw, 'un-egdi', 'EGOV_DATA_2018.csv');
		await writeFile(
			file,
			(await readFile(file, 'utf8')).replace(/("Denmark ",\d+,)[\d.]+/, '$11.50000')
		);
		await expect(collect(options(raw))).rejects.toThrow(
			/un_egdi.egdi \/ DNK \/ 2018: value 1.5 is outside the scale 0–1 \(from un-egdi\/EGOV_DATA_2018.csv \| row 2/
		);
	});
});
