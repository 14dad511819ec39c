import { cp, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	compileStrategies,
	type CompiledStrategies
} from '../../../pipeline/strategies/compile.ts';
import type { Row } from '../../../pipeline/lib/parquet-writer.ts';
import { SourceError } from '../../../pipeline/lib/source-error.ts';
import { checkTable } from '../../../pipeline/lib/validate.ts';
import { features, strategies, strategyFeatures } from '../../../src/lib/catalog/schema.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/strategies');
const made: string[] = [];

/** A folder with the valid base fixture, overlaid with the files of one fault folder. */
async function fixture(fault?: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'strategies-'));
	made.push(dir);
	await cp(join(fixtures, 'base'), dir, { recursive: true });
	if (!fault) return dir;
	await cp(join(fixtures, fault), dir, { recursive: true });
	// Unparseable YAML is stored as *.broken so that the repository's formatter can read the folder.
	for (const name of await readdir(dir)) {
		if (name.endsWith('.broken')) await rename(join(dir, name), join(dir, name.slice(0, -7)));
	}
	return dir;
}

afterAll(async () => {
	await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('compileStrategies on the valid fixture', () => {
	it('writes rows that match the schemas, sorted by strategy and feature', async () => {
		const out = await compileStrategies(await fixture());
		checkTable(strategies, out.strategies);
		checkTable(strategyFeatures, out.strategyFeatures);
		checkTable(features, out.features);
		expect(out.strategies.map((s) => s.strategy_id)).toEqual([
			'bel-2001-fedict',
			'bel-2014-once-only-law'
		]);
		expect(out.strategyFeatures.map((c) => c.feature_id)).toEqual([
			'coordination_model',
			'once_only'
		]);
		expect(out.features.map((f) => f.feature_id)).toEqual(['coordination_model', 'once_only']);
	});

	it('joins sources with a space, folds prose onto one line and keeps codes as text', async () => {
		const out = await compileStrategies(await fixture());
		const law = out.strategies.find((s) => s.strategy_id === 'bel-2014-once-only-law');
		expect(law).toMatchObject({
			country: 'BEL',
			kind: 'law',
			start_year: 2014,
			end_year: null,
			sources: 'https://example.org/a https://example.org/b',
			summary: 'Federal bodies must reuse data from authentic sources. They may not ask again.'
		});
		expect(out.strategyFeatures.find((c) => c.feature_id === 'once_only')?.code).toBe('3');
		const fedict = out.strategies.find((s) => s.strategy_id === 'bel-2001-fedict');
		expect(fedict).toMatchObject({ title_original: null, end_year: 2017, lead_body: null });
	});
});

const faults: [string, RegExp][] = [
	[
		'unknown-feature',
		/bel\.yaml, row \d+: strategy "bel-2014-once-only-law", feature "open_dta": unknown feature/
	],
	[
		'code-outside-ordinal-scale',
		/bel\.yaml, row 19: .*feature "once_only": code "4" is outside the ordinal scale/
	],
	[
		'code-outside-coordination-scale',
		/feature "coordination_model": code "X" is outside the coordination scale \(C, N, D\)/
	],
	[
		'missing-evidence',
		/bel\.yaml, row \d+: .*feature "once_only": missing required field "evidence"/
	],
	['missing-source-url', /feature "coordination_model": missing required field "source_url"/],
	['missing-confidence', /feature "coordination_model": missing required field "confidence"/],
	[
		'unknown-confidence',
		/feature "once_only": unknown confidence "certain" \(allowed: stated, inferred\)/
	],
	[
		'end-before-start',
		/bel\.yaml, row \d+: strategy "bel-2001-fedict": end_year 1999 is before start_year 2001/
	],
	['unknown-country-file', /xyz\.yaml: unknown country file/],
	['duplicate-id', /strategy "bel-2014-once-only-law": duplicate strategy id/],
	['unknown-kind', /strategy "bel-2001-fedict": unknown kind "agency"/],
	['missing-required-field', /strategy "bel-2001-fedict": missing required field "summary"/],
	['misspelt-field', /strategy "bel-2001-fedict": unknown field "sumary"/],
	['source-not-a-url', /strategy "bel-2001-fedict": "sources" item 1 should be an http\(s\) URL/],
	['bad-id', /strategy "dnk-2001-fedict": id should look like bel-<year>-/],
	['country-mismatch', /bel\.yaml, row 1: country "DNK" does not match the file name \(BEL\)/],
	['invalid-yaml', /bel\.yaml, row \d+: not valid YAML/],
	[
		'codebook-unknown-scale',
		/codebook\.yaml, row \d+: feature "coordination_model": unknown scale "nominal"/
	],
	[
		'codebook-scale-drift',
		/codebook\.yaml, row \d+: scale "ordinal": should define exactly the codes 0, 1, 2, 3/
	]
];

describe('compileStrategies stops on a corrupted file and names file, line, entry and reason', () => {
	it.each(faults)('%s', async (fault, message) => {
		const dir = await fixture(fault);
		const run = compileStrategies(dir);
		await expect(run).rejects.toThrow(SourceError);
		await expect(compileStrategies(dir)).rejects.toThrow(message);
	});
});

const dataDir = join(import.meta.dirname, '../../../data/strategies');
const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
const EXTENSION = ['FRA', 'ITA', 'NLD', 'NOR', 'ESP'];

let data: CompiledStrategies;
beforeAll(async () => {
	data = await compileStrategies(dataDir);
});

const of = (country: string) => data.strategies.filter((s) => s.country === country);
const find = (country: string, kind: string, start: number[], title: RegExp): Row | undefined =>
	of(country).find(
		(s) => s.kind === kind && start.includes(Number(s.start_year)) && title.test(String(s.title_en))
	);

function fullyCoded(country: string): string[] {
	const count = new Map<string, number>();
	for (const c of data.strategyFeatures) {
		count.set(String(c.strategy_id), (count.get(String(c.strategy_id)) ?? 0) + 1);
	}
	return of(country)
		.map((s) => String(s.strategy_id))
		.filter((id) => count.get(id) === data.features.length);
}

describe('the strategy authoring files in data/strategies', () => {
	it('compile into rows that match the published schemas', () => {
		checkTable(strategies, data.strategies);
		checkTable(strategyFeatures, data.strategyFeatures);
		checkTable(features, data.features);
		expect(data.features).toHaveLength(13);
	});

	it('compile to the same rows every time, sorted by strategy and feature', async () => {
		const again = await compileStrategies(dataDir);
		expect(again).toEqual(data);
		const keys = data.strategyFeatures.map((c) => `${c.strategy_id} ${c.feature_id}`);
		expect(keys).toEqual([...keys].sort());
	});

	it.each(FIVE)('%s has at least six dated entries and two fully coded strategies', (country) => {
		expect(of(country).length).toBeGreaterThanOrEqual(6);
		expect(fullyCoded(country).length).toBeGreaterThanOrEqual(2);
	});

	it.each(EXTENSION)('%s has a sourced timeline', (country) => {
		expect(of(country).length).toBeGreaterThanOrEqual(4);
		for (const s of of(country)) expect(String(s.sources)).toMatch(/^https?:\/\//);
	});

	it('gives every code evidence, a source URL and a confidence value', () => {
		for (const c of data.strategyFeatures) {
			expect(String(c.evidence).length).toBeGreaterThan(20);
			expect(c.source_url).toMatch(/^https?:\/\//);
			expect(['stated', 'inferred']).toContain(c.confidence);
		}
	});
});

describe('checked facts hold', () => {
	it("Germany's Online Access Act is a law of 2017", () => {
		expect(find('DEU', 'law', [2017], /Online Access Act/)).toBeDefined();
	});

	it("Belgium's once-only law is a law of 2014", () => {
		expect(find('BEL', 'law', [2014], /once-only/i)).toBeDefined();
	});

	it("Denmark's Digital Post became mandatory in 2013 (businesses) and 2014 (citizens)", () => {
		const post = find('DNK', 'law', [2013, 2014], /Digital Post/);
		expect(post?.legal_basis).toMatch(/2013.*2014/);
	});

	it("Estonia's X-Road dates from 2001", () => {
		expect(find('EST', 'programme', [2001], /X-Road/)).toBeDefined();
	});

	it('the UK set up the Government Digital Service in 2011 and published its strategy in 2012', () => {
		expect(find('GBR', 'institution', [2011], /Government Digital Service/)).toBeDefined();
		expect(find('GBR', 'strategy', [2012], /^Government Digital Strategy$/)).toBeDefined();
	});
});
