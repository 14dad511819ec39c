import { cp, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileStrategies } from '../../../pipeline/strategies/compile.ts';
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
