import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countries, egovQuestions, egovServices } from '$lib/catalog/schema';
import type { Sql } from '$lib/queries/query';
import { serviceDetailQuery } from '$lib/queries/services-detail';
import { servicesGridQuery } from '$lib/queries/services-grid';
import { codedCountriesQuery, latestCodesQuery } from '$lib/queries/services-strategies';
import { servicesSummaryQuery } from '$lib/queries/services-summary';
import { openNodeDb } from '$lib/server/node-db';
import { countryRows } from '../../../pipeline/countries';
import { openWriter, writeParquet } from '../../../pipeline/lib/parquet-writer';
import { readServiceBook, type ServiceTables } from '../../../pipeline/sources/eu-egov-services';
import { FIXTURE_DIR } from '../../fixtures/make-eu-egov-services-fixtures';

type Db = Awaited<ReturnType<typeof openNodeDb>>;
let db: Db;

/** DuckDB over the tables the pipeline writes from the fixture workbook. */
beforeAll(async () => {
	const out: ServiceTables = {
		egov_services: [],
		egov_portals: [],
		egov_questions: [],
		egov_question_scores: []
	};
	const workbook = { edition: 2024, file: 'valid-2024.xlsx', sheet: '', latest: 2023 };
	readServiceBook(
		'valid-2024.xlsx',
		readFileSync(join(FIXTURE_DIR, 'valid-2024.xlsx')),
		workbook,
		out,
		[]
	);
	const dir = mkdtempSync(join(tmpdir(), 'services-q-'));
	const writer = await openWriter();
	await writeParquet(writer, egovServices, out.egov_services, join(dir, 'egov_services.parquet'));
	await writeParquet(
		writer,
		egovQuestions,
		out.egov_questions,
		join(dir, 'egov_questions.parquet')
	);
	await writeParquet(writer, countries, countryRows(), join(dir, 'countries.parquet'));
	writer.closeSync();
	db = await openNodeDb(dir);
});
afterAll(() => db.connection.closeSync());

const GRID = {
	countries: ['EST', 'DEU'],
	edition: 2024,
	lifeEvent: 'Business Start-up',
	level: 'all',
	type: 'all'
} as const;

describe('service queries on DuckDB', () => {
	it.each([
		['grid', servicesGridQuery(GRID)],
		['grid, filtered', servicesGridQuery({ ...GRID, level: 'local', type: 'informational' })],
		[
			'detail',
			serviceDetailQuery({ country: 'DEU', edition: 2024, lifeEvent: 'Health', service: 'x' })
		],
		[
			'summary by life event',
			servicesSummaryQuery({ countries: ['EST'], by: 'life_event', lifeEvent: 'Family' })
		],
		['summary by country', servicesSummaryQuery({ countries: ['EST', 'DEU'], by: 'country' })]
	] as [string, Sql][])('%s: EXPLAIN accepts the generated SQL', async (_, q) => {
		const plan = await db.connection.runAndReadAll(`EXPLAIN ${q.sql}`, q.params as never);
		expect(plan.getRows().length).toBeGreaterThan(0);
	});

	it('gives each national service its result per country, in service order', async () => {
		const rows = await db.query(servicesGridQuery(GRID));
		expect(rows.map((r) => `${r.country} ${String(r.service).slice(0, 3)}`)).toEqual([
			'DEU 1.1',
			'EST 1.1',
			'EST 2.1'
		]);
		expect(rows[0]).toMatchObject({
			name: 'Germany',
			gov_level: 'Local',
			online: 62.5,
			applicable: 'Yes',
			proactive: 'No'
		});
		expect(rows[2]).toMatchObject({ proactive: 'Yes', online: 100, service_type: 'Transactional' });
	});

	it('filters by government level and service type', async () => {
		const local = await db.query(servicesGridQuery({ ...GRID, level: 'local' }));
		expect(local.map((r) => r.country)).toEqual(['DEU']);
		const trans = await db.query(servicesGridQuery({ ...GRID, type: 'transactional' }));
		expect(trans.map((r) => r.country)).toEqual(['EST']);
	});

	it("lists a service's result and each website with its provider, URL and labelled answers", async () => {
		const rows = await db.query(
			serviceDetailQuery({
				country: 'DEU',
				edition: 2024,
				lifeEvent: 'Business Start-up',
				service: '1.1 Check requirements for starting a business'
			})
		);
		expect([...new Set(rows.map((r) => r.site))]).toEqual([0, 1, 2]);
		expect(rows.find((r) => r.site === 1 && r.question_code === 'A1')).toMatchObject({
			provider: 'City of Berlin',
			url: 'https://service.berlin.de',
			label: 'information available online?',
			answer_text: 'Yes'
		});
		expect(
			rows.find((r) => r.site === 0 && r.question_code === 'online_availability')
		).toMatchObject({ label: 'Online availability', answer_text: '62.5' });
	});

	it('computes the summary measures as defined', async () => {
		const [est] = await db.query(
			servicesSummaryQuery({ countries: ['EST'], by: 'life_event', lifeEvent: 'Business Start-up' })
		);
		expect(est).toMatchObject({
			country: 'EST',
			edition: 2024,
			years: '2022',
			services: 2,
			central: 100,
			local: 0,
			proactive: 50,
			portal: 100,
			cross_border: 100,
			providers: 1
		});
		const [de] = await db.query(servicesSummaryQuery({ countries: ['DEU'], by: 'country' }));
		expect(de).toMatchObject({
			services: 1,
			local: 100,
			providers: 2,
			portal: 100,
			proactive: 0,
			cross_border: null,
			life_event: null
		});
	});
});

const REAL = 'static/data';
describe.skipIf(!existsSync(join(REAL, 'egov_services.parquet')))(
	'summary on the published data',
	() => {
		let real: Db;
		beforeAll(async () => (real = await openNodeDb(REAL)));
		afterAll(() => real.connection.closeSync());

		it("reproduces the workbook's % proactive (sheet 2d) for the five and the rest, 2024 edition", async () => {
			const rows = await real.query(
				servicesSummaryQuery({
					countries: ['BEL', 'DNK', 'EST', 'DEU', 'FRA', 'NLD', 'ALB'],
					by: 'country'
				})
			);
			const published = await real.query({
				sql: `SELECT country, score FROM egov_question_scores WHERE question_code = 'proactive'`,
				params: []
			});
			const latest = rows.filter((r) => r.edition === 2024);
			expect(latest).toHaveLength(7);
			for (const r of latest)
				expect(r.proactive, String(r.country)).toBeCloseTo(
					published.find((p) => p.country === r.country)?.score as number,
					9
				);
		});
	}
);

describe('strategy codes beside the service measures', () => {
	let real: Db;
	beforeAll(async () => (real = await openNodeDb(REAL)));
	afterAll(() => real.connection.closeSync());

	it("takes each country's code from its most recent coded instrument", async () => {
		const countries = (await real.query(codedCountriesQuery())).map((r) => r.country);
		expect(countries).toEqual(expect.arrayContaining(['BEL', 'DNK', 'EST', 'DEU', 'GBR']));
		const rows = await real.query(latestCodesQuery());
		const coordination = rows.filter((r) => r.feature_id === 'coordination_model');
		expect(coordination.length).toBe(countries.length);
		for (const r of coordination) expect(['0', 'C', 'N', 'D']).toContain(r.code);
		const latest = await real.query({
			sql: `SELECT max(s.start_year)::INTEGER AS y FROM strategies s JOIN strategy_features sf USING (strategy_id)
				WHERE s.country = 'DNK' AND sf.feature_id = 'once_only' AND s.kind <> 'institution'
				AND s.scope = 'national'`,
			params: []
		});
		expect(rows.find((r) => r.country === 'DNK' && r.feature_id === 'once_only')?.start_year).toBe(
			latest[0]?.y
		);
	});
});
