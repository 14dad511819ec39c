import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILE } from '../../../pipeline/lib/datapackage.ts';
import { RESOURCES } from '../../../pipeline/lib/resources.ts';
import { tables } from '../../../src/lib/catalog/schema.ts';
import { openNodeDb } from '$lib/server/node-db';

interface ForeignKey {
	fields: string[];
	reference: { resource: string; fields: string[] };
}
interface Resource {
	name: string;
	type?: string;
	path: string;
	format: string;
	encoding?: string;
	licenses: { name?: string; path: string; title: string }[];
	sources: { title: string; path?: string }[];
	schema: {
		fields: { name: string; description: string }[];
		primaryKey: string[];
		foreignKeys?: ForeignKey[];
	};
}
type Package = { $schema: string; licenses: Resource['licenses']; resources: Resource[] };

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const profile = (name: string) => json(`pipeline/profiles/2.0/${name}.json`);
const pkg = json('static/data/datapackage.json') as Package;
const resource = (name: string) => pkg.resources.find((r) => r.name === name) as Resource;
const clone = (): Package => structuredClone(pkg);

describe('datapackage.json against the vendored Data Package v2 profiles', () => {
	let validate: ValidateFunction;
	beforeAll(() => {
		const ajv = new Ajv({ strict: false, allErrors: true });
		addFormats(ajv);
		ajv.addSchema(profile('tableschema')).addSchema(profile('dataresource'));
		validate = ajv.compile(profile('datapackage'));
	});

	it('is valid and names the v2 profile', () => {
		expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(pkg.$schema).toBe(PROFILE);
	});

	it('rejects what the standard forbids (the validator is real)', () => {
		const freeText = clone();
		freeText.licenses[0]!.name = 'CC BY 4.0 (European Commission reuse policy)';
		expect(validate(freeText)).toBe(false);
		const noPath = clone();
		delete (noPath.resources[0] as Partial<Resource>).path;
		expect(validate(noPath)).toBe(false);
		const badKey = clone();
		const fk = resource('observations').schema.foreignKeys![0]!;
		badKey.resources[0]!.schema.foreignKeys = [{ ...fk, reference: {} as ForeignKey['reference'] }];
		expect(validate(badKey)).toBe(false);
		const badType = clone();
		badType.resources[0]!.type = 'parquet';
		expect(validate(badType)).toBe(false);
	});
});

describe('what the data package says about its data', () => {
	it('gives every table a resource of type table, with no text encoding on Parquet', () => {
		for (const name of Object.keys(tables)) expect(resource(name)?.type, name).toBe('table');
		for (const r of pkg.resources.filter((r) => r.format === 'parquet'))
			expect(r.encoding, r.name).toBeUndefined();
	});

	it('declares every reference as a foreign key to an existing resource and its primary key', () => {
		const keys = (name: string) =>
			(resource(name).schema.foreignKeys ?? []).map(
				(k) => `${k.fields[0]}→${k.reference.resource}`
			);
		expect(keys('observations')).toEqual([
			'indicator_id→indicators',
			'country→countries',
			'source_id→sources'
		]);
		expect(keys('strategy_features')).toEqual(['strategy_id→strategies', 'feature_id→features']);
		expect(keys('targets')).toEqual(['indicator_id→indicators']);
		for (const r of pkg.resources)
			for (const k of r.schema.foreignKeys ?? []) {
				const target = resource(k.reference.resource);
				expect(target, `${r.name} → ${k.reference.resource}`).toBeDefined();
				expect(k.reference.fields).toEqual(target.schema.primaryKey);
			}
		const declared = Object.values(RESOURCES).flatMap((m) => Object.keys(m.references ?? {}));
		const written = pkg.resources
			.filter((r) => r.format === 'parquet')
			.flatMap((r) => r.schema.foreignKeys ?? []);
		expect(written).toHaveLength(declared.length);
	});

	it("licenses the project's own tables CC-BY-4.0, with the project as source", () => {
		for (const name of ['strategies', 'strategy_features', 'features', 'countries', 'targets']) {
			expect(
				resource(name).licenses.map((l) => l.name),
				name
			).toEqual(['CC-BY-4.0']);
			expect(resource(name).sources[0]?.title, name).toMatch(/dashboard project/);
		}
	});

	it("gives the publishers' licences by id, or by their terms' link where none is open", () => {
		const licences = resource('observations').licenses;
		expect(licences.find((l) => l.path === 'https://www.un.org/en/about-us/terms-of-use')).toEqual({
			path: 'https://www.un.org/en/about-us/terms-of-use',
			title: expect.stringMatching(/^Reuse restricted/)
		});
		expect(licences.filter((l) => l.name).map((l) => l.name)).toEqual(['CC-BY-4.0']);
		expect(licences.every((l) => /^https:\/\//.test(l.path))).toBe(true);
	});

	it('describes the CSV copies the site serves, with the same columns', () => {
		const csv = resource('observations_csv');
		expect(csv).toMatchObject({ path: 'csv/observations.csv', format: 'csv', encoding: 'utf-8' });
		expect(csv.schema.fields).toEqual(resource('observations').schema.fields);
		expect(resource('egov_services_csv')).toBeUndefined();
	});

	it("says in the schema what each source's year means", async () => {
		const year = resource('observations').schema.fields.find((f) => f.name === 'year')!;
		const db = await openNodeDb('static/data');
		const ids = await db.query({ sql: 'SELECT source_id FROM sources', params: [] });
		db.connection.closeSync();
		expect(ids.length).toBeGreaterThan(5);
		for (const { source_id } of ids)
			expect(year.description).toMatch(new RegExp(`\\b${source_id}\\b`));
		expect(year.description).toContain('eu_egov_yearly');
	});
});
