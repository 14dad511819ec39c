import { cp, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileStrategies } from '../../../pipeline/strategies/compile.ts';
import { SourceError } from '../../../pipeline/lib/source-error.ts';
import { checkTable } from '../../../pipeline/lib/validate.ts';
import { tables } from '../../../src/lib/catalog/schema.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/strategies');
const made: string[] = [];

/** A folder with the valid base fixture, overlaid with one fault folder, less the files named. */
async function fixture(fault?: string, remove: string[] = []): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'strategies-'));
	made.push(dir);
	await cp(join(fixtures, 'base'), dir, { recursive: true });
	if (fault) await cp(join(fixtures, fault), dir, { recursive: true });
	// Unparseable YAML is stored as *.broken so that the repository's formatter can read the folder.
	for (const name of await readdir(dir)) {
		if (name.endsWith('.broken')) await rename(join(dir, name), join(dir, name.slice(0, -7)));
	}
	for (const name of remove) await rm(join(dir, name), { recursive: true });
	return dir;
}

afterAll(async () => {
	await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('compileStrategies on the valid fixture', () => {
	it('writes rows that match the schemas, sorted by strategy and feature', async () => {
		const out = await compileStrategies(await fixture());
		checkTable(tables.strategies, out.strategies);
		checkTable(tables.strategy_features, out.strategyFeatures);
		checkTable(tables.features, out.features);
		checkTable(tables.feature_levels, out.featureLevels);
		checkTable(tables.coding_agreement, out.agreement);
		checkTable(tables.coding_reconciliation, out.reconciliation);
		expect(out.strategies.map((s) => s.strategy_id)).toEqual([
			'bel-2001-fedict',
			'bel-2014-once-only-law',
			'bel-2015-digital-belgium',
			'bel-2016-digital-wallonia'
		]);
		const keys = out.strategyFeatures.map((c) => `${c.strategy_id} ${c.feature_id}`);
		expect(keys).toEqual([...keys].sort());
		expect(out.featureLevels).toHaveLength(8);
		expect(out.features.map((f) => [f.feature_id, f.group, f.subgroup])).toEqual([
			['coordination_model', 'coordination', 'model'],
			['once_only', 'design', null]
		]);
	});

	it('keeps the document, the quotation, its translation and the secondary sources', async () => {
		const out = await compileStrategies(await fixture());
		const law = out.strategies.find((s) => s.strategy_id === 'bel-2014-once-only-law');
		expect(law).toMatchObject({
			language: 'nl',
			scope: 'national',
			start_month: 5,
			coding_status: 'coded',
			document_publisher: 'Belgian Official Journal',
			document_date: '2014-05-05',
			summary: 'Federal bodies must reuse data from authentic sources. They may not ask again.',
			secondary_sources:
				'OECD: Digital Government Review of Belgium <https://www.oecd.org/belgium-review>'
		});
		expect(String(law?.sources).split(' ')).toEqual([
			law?.document_url,
			'https://www.oecd.org/belgium-review'
		]);
		const code = (s: string, f: string) =>
			out.strategyFeatures.find((c) => c.strategy_id === s && c.feature_id === f);
		expect(code('bel-2014-once-only-law', 'once_only')).toMatchObject({
			code: '3',
			evidence: 'De diensten zamelen de gegevens in bij de authentieke bronnen.',
			evidence_en: 'The services collect the data from the authentic sources.',
			locator: 'Art. 2',
			source_url: law?.document_url,
			confidence: 'stated',
			reasoning: null
		});
		// English documents need no translation; a silent feature is 0 with no evidence.
		expect(code('bel-2015-digital-belgium', 'coordination_model')?.evidence_en).toBeNull();
		expect(code('bel-2015-digital-belgium', 'once_only')).toMatchObject({
			code: '0',
			evidence: null,
			locator: null,
			confidence: null
		});
		expect(code('bel-2016-digital-wallonia', 'once_only')?.source_url).toBe(
			'https://www.digitalwallonia.be/fr/strategie/axe-5'
		);
		expect(code('bel-2016-digital-wallonia', 'coordination_model')?.reasoning).toMatch(/central/);
		const fedict = out.strategies.find((s) => s.strategy_id === 'bel-2001-fedict');
		expect(fedict).toMatchObject({
			coding_status: 'text unavailable',
			document_url: null,
			sources: null
		});
		expect(out.strategyFeatures.some((c) => c.strategy_id === 'bel-2001-fedict')).toBe(false);
	});

	it('measures agreement with the first codes of the reconciliation, not the final ones', async () => {
		const out = await compileStrategies(await fixture());
		const row = (f: string) => out.agreement.find((a) => a.feature_id === f);
		// coordination_model: (D,C) (N,N) (D,D); once_only: (3,3) (0,0) (1,0), worked by hand.
		expect(row('coordination_model')).toMatchObject({ n: 3, agreed: 2, percent_agreement: 66.7 });
		expect(row('coordination_model')?.kappa).toBeCloseTo(0.5, 3);
		expect(row('coordination_model')?.kappa_weighted).toBeNull();
		expect(row('once_only')?.kappa).toBeCloseTo(0.5, 3);
		expect(row('once_only')?.kappa_weighted).toBeCloseTo(10 / 11, 3);
		expect(row('all features')).toMatchObject({ n: 6, agreed: 4, second_coded: 'BEL' });
		expect(out.reconciliation.map((r) => [r.strategy_id, r.first, r.second, r.final])).toEqual([
			['bel-2014-once-only-law', 'D', 'C', 'C'],
			['bel-2016-digital-wallonia', '1', '0', '1']
		]);
	});
});

describe('explicit exceptions while the coding is under way (pending.yaml)', () => {
	it('stops on a coded country without second coding, unless it is listed', async () => {
		const without = ['second', 'reconciliation.yaml'];
		await expect(compileStrategies(await fixture(undefined, without))).rejects.toThrow(
			/bel\.yaml: no second coding: add second\/bel\.yaml, or list BEL under second_coding/
		);
		const out = await compileStrategies(await fixture('second-coding-pending', without));
		const all = out.agreement.find((a) => a.feature_id === 'all features');
		expect(all).toMatchObject({
			n: 0,
			kappa: null,
			awaiting_second_coding: 'BEL',
			second_coded: null
		});
		expect(out.awaitingSecondCoding).toEqual(['BEL']);
	});

	it('suspends the share of unavailable texts for a country awaiting its recoding', async () => {
		const out = await compileStrategies(await fixture('recoding-pending'));
		expect(out.awaitingRecoding).toEqual(['BEL']);
		await expect(compileStrategies(await fixture('too-many-unavailable'))).rejects.toThrow(
			SourceError
		);
	});
});

const row = (id: string) => `strategy "${id}"`;
const LAW = row('bel-2014-once-only-law');
const PLAN = row('bel-2015-digital-belgium');
const WALLONIA = row('bel-2016-digital-wallonia');
const faults: [string, RegExp][] = [
	['denied-host', new RegExp(`bel\\.yaml, row \\d+: ${LAW}: "url" is on a document-sharing site`)],
	['wiki-proxy', new RegExp(`${LAW}: "url" is on Wikipedia, a wiki mirror or a proxy`)],
	[
		'unofficial-host',
		new RegExp(`${LAW}: "url" is not on an official host \\(www.example-law-mirror.be\\)`)
	],
	['truncated-url', new RegExp(`${LAW}: "url" is truncated`)],
	['url-without-host', new RegExp(`${PLAN}: "url" has no host`)],
	['url-with-space', new RegExp(`${PLAN}: "url" contains white space`)],
	['missing-quote', new RegExp(`${LAW}, feature "once_only": missing required field "quote"`)],
	[
		'coordination-without-quote',
		new RegExp(`${PLAN}, feature "coordination_model": missing required field "quote"`)
	],
	['missing-locator', new RegExp(`${LAW}, feature "once_only": missing required field "locator"`)],
	[
		'missing-translation',
		new RegExp(`${LAW}, feature "once_only": missing required field "quote_en"`)
	],
	[
		'missing-reasoning',
		new RegExp(`${WALLONIA}, feature "coordination_model": missing required field "reasoning"`)
	],
	['duplicate-feature', /bel\.yaml, row \d+: not valid YAML: Map keys must be unique/],
	[
		'duplicate-id',
		/strategy "bel-2015-digital-belgium": duplicate strategy id \(first at .*bel\.yaml, row \d+\)/
	],
	[
		'duplicate-document',
		new RegExp(`${PLAN}: the same document is coded twice \\(first at .*bel-2014-once-only-law`)
	],
	[
		'missing-feature',
		new RegExp(`${PLAN}: a coded row needs every feature of the codebook; missing: once_only`)
	],
	['missing-document', new RegExp(`${PLAN}: a coded row needs its "document"`)],
	[
		'unavailable-with-codes',
		/strategy "bel-2001-fedict": a row whose text is unavailable has no codes/
	],
	['unavailable-without-note', /strategy "bel-2001-fedict": missing required field "note"/],
	[
		'too-many-unavailable',
		/bel\.yaml: 1 of 2 strategies, agreements and programmes \(50 %\) are "text unavailable"/
	],
	['too-many-inferred', /bel\.yaml: 2 of 6 codes \(33 %\) are inferred/],
	[
		'too-many-inferred-overall',
		/bel\.yaml, .*dnk\.yaml: overall, 3 of 8 codes \(38 %\) are inferred/
	],
	['unknown-feature', new RegExp(`${PLAN}, feature "open_dta": unknown feature`)],
	['code-outside-ordinal-scale', /feature "once_only": code "4" is outside the ordinal scale/],
	[
		'code-outside-coordination-scale',
		/feature "coordination_model": code "X" is outside the coordination scale \(0, C, N, D\)/
	],
	[
		'unknown-confidence',
		/feature "once_only": unknown confidence "certain" \(allowed: stated, inferred\)/
	],
	['end-before-start', /strategy "bel-2001-fedict": end_year 1999 is before start_year 2001/],
	['unknown-kind', /strategy "bel-2001-fedict": unknown kind "agency"/],
	[
		'unknown-scope',
		new RegExp(`${WALLONIA}: unknown scope "local" \\(allowed: national, regional\\)`)
	],
	['bad-language', new RegExp(`${LAW}: "language" should be an ISO 639-1 code`)],
	['missing-required-field', /strategy "bel-2001-fedict": missing required field "summary"/],
	['misspelt-field', /strategy "bel-2001-fedict": unknown field "sumary"/],
	['bad-id', /strategy "dnk-2001-fedict": id should look like bel-<year>-/],
	['country-mismatch', /bel\.yaml, row 1: country "DNK" does not match the file name \(BEL\)/],
	['invalid-yaml', /bel\.yaml, row \d+: not valid YAML/],
	['unknown-country-file', /xyz\.yaml: unknown country file/],
	[
		'second-unknown-strategy',
		/second\/bel\.yaml, row \d+: strategy "bel-2015-digital-flanders": not a coded row of BEL/
	],
	[
		'second-missing-feature',
		/second\/bel\.yaml, row \d+: strategy "bel-2015-digital-belgium": second coding misses features: once_only/
	],
	[
		'second-code-outside-scale',
		/second\/bel\.yaml, row \d+: .*feature "once_only": code "5" is outside the ordinal scale/
	],
	[
		'unreconciled-disagreement',
		/reconciliation\.yaml: strategy "bel-2016-digital-wallonia", feature "once_only": the second coding \(0\) differs from the final code \(1\) with no reconciliation entry/
	],
	[
		'reconciliation-final-mismatch',
		/reconciliation\.yaml, row \d+: .*"once_only": "final" 0 is not the country file's code 1/
	],
	[
		'reconciliation-second-mismatch',
		/reconciliation\.yaml, row \d+: .*"coordination_model": "second" N is not the second coding's code \(C\)/
	],
	[
		'reconciliation-without-reason',
		/reconciliation\.yaml, row \d+: .*"once_only": missing required field "reason"/
	],
	[
		'reconciliation-duplicate',
		/reconciliation\.yaml, row \d+: .*"coordination_model": duplicate entry/
	],
	[
		'codebook-unknown-scale',
		/codebook\.yaml, row \d+: feature "coordination_model": unknown scale "nominal"/
	],
	[
		'codebook-scale-drift',
		/codebook\.yaml, row \d+: scale "ordinal": should define exactly the codes 0, 1, 2, 3/
	],
	[
		'codebook-missing-example',
		/codebook\.yaml, row \d+: feature "once_only", level 2: missing required field "example"/
	],
	[
		'codebook-unknown-group',
		/codebook\.yaml, row \d+: feature "once_only": unknown group "delivery"/
	],
	[
		'codebook-unknown-subgroup',
		/codebook\.yaml, row \d+: feature "coordination_model": unknown subgroup "horizontal"/
	]
];

describe('compileStrategies stops on a faulty file and names file, line, strategy, feature and rule', () => {
	it('covers every fault folder', async () => {
		const folders = (await readdir(fixtures)).filter(
			(n) => n !== 'base' && !n.endsWith('-pending')
		);
		expect(folders.sort()).toEqual(faults.map(([f]) => f).sort());
	});

	it.each(faults)('%s', async (fault, message) => {
		const dir = await fixture(fault);
		await expect(compileStrategies(dir)).rejects.toThrow(SourceError);
		await expect(compileStrategies(dir)).rejects.toThrow(message);
	});
});
