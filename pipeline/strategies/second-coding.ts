import { access, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Row } from '../lib/parquet-writer.ts';
import { SourceError } from '../lib/source-error.ts';
import type { Codebook } from './codebook.ts';
import { readScaleCode } from './coding.ts';
import { knownKeys, object, type Where } from './fields.ts';
import { fail, readYaml } from './yaml-file.ts';

/** The second coder's code for each (strategy, feature), keyed `strategy feature`. */
export type SecondCodes = Map<string, string>;

const ENTRY_KEYS = ['code', 'locator', 'quote', 'quote_en', 'confidence', 'reasoning', 'note'];
export const pairKey = (strategy: string, feature: string) => `${strategy} ${feature}`;

/** Which strategies are coded, by country, and their final codes (from the country files). */
export interface FirstCoding {
	codedByCountry: Map<string, Set<string>>;
	finalCodes: Map<string, string>;
}

/**
 * Reads second/<cc>.yaml for every country that has one: each strategy it lists must be a coded
 * row of that country, coded on every feature of the codebook.
 */
export async function readSecondCoding(
	dir: string,
	first: FirstCoding,
	codebook: Codebook
): Promise<{ codes: SecondCodes; countries: Set<string> }> {
	const codes: SecondCodes = new Map();
	const countries = new Set<string>();
	const exists = await access(dir).then(
		() => true,
		() => false
	);
	if (!exists) return { codes, countries };
	const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
	for (const name of names) {
		const f = await readYaml(join(dir, name));
		const country = name.replace(/\.ya?ml$/, '').toUpperCase();
		const top: Where = { f, path: [], entry: '' };
		const root = object(f.data, top, 'a second-coding file');
		knownKeys(root, ['country', 'coder', 'codes'], top);
		if (root.country !== country)
			fail(
				f,
				['country'],
				'',
				`country "${String(root.country)}" does not match the file name (${country})`
			);
		const coded = first.codedByCountry.get(country) ?? new Set<string>();
		const byStrategy = object(root.codes, { ...top, path: ['codes'] }, '"codes"');
		for (const [strategy, features] of Object.entries(byStrategy)) {
			const w: Where = { f, path: ['codes', strategy], entry: `strategy "${strategy}"` };
			if (!coded.has(strategy)) fail(f, w.path, w.entry, `not a coded row of ${country}`);
			const entries = object(features, w, 'the codes of a strategy');
			for (const [feature, entry] of Object.entries(entries)) {
				const fw: Where = {
					...w,
					path: [...w.path, feature],
					entry: `${w.entry}, feature "${feature}"`
				};
				const o = object(entry, fw, 'a code');
				knownKeys(o, ENTRY_KEYS, fw);
				codes.set(pairKey(strategy, feature), readScaleCode(o, fw, feature, codebook));
			}
			const missing = [...codebook.scaleOf.keys()].filter((id) => !(id in entries));
			if (missing.length)
				fail(f, w.path, w.entry, `second coding misses features: ${missing.join(', ')}`);
		}
		countries.add(country);
	}
	return { codes, countries };
}

/**
 * Reads reconciliation.yaml and checks it against both codings: every entry's `final` is the
 * country file's code and its `second` the second file's; every pair where the second code differs
 * from the final one has an entry.
 */
export async function readReconciliation(
	path: string,
	first: FirstCoding,
	second: SecondCodes,
	codebook: Codebook
): Promise<Row[]> {
	const exists = await access(path).then(
		() => true,
		() => false
	);
	const rows: Row[] = [];
	const file = exists ? await readYaml(path) : null;
	const items = file?.data ?? [];
	if (file && !Array.isArray(items))
		fail(file, [], '', 'the reconciliation file should be a list of entries');
	(items as unknown[]).forEach((item, i) => {
		const f = file!;
		const w: Where = { f, path: [i], entry: `entry ${i + 1}` };
		const o = object(item, w, 'an entry');
		knownKeys(o, ['strategy_id', 'feature_id', 'first', 'second', 'final', 'reason'], w);
		const strategy = String(o.strategy_id ?? '');
		const feature = String(o.feature_id ?? '');
		w.entry = `strategy "${strategy}", feature "${feature}"`;
		const key = pairKey(strategy, feature);
		const final = first.finalCodes.get(key);
		if (final === undefined) fail(f, w.path, w.entry, 'not a code of a coded row');
		const code = (k: string) =>
			readScaleCode({ code: o[k] }, { ...w, entry: `${w.entry}, "${k}"` }, feature, codebook);
		const row = {
			strategy_id: strategy,
			feature_id: feature,
			first: code('first'),
			second: code('second'),
			final: code('final')
		};
		if (row.final !== final)
			fail(
				f,
				[...w.path, 'final'],
				w.entry,
				`"final" ${row.final} is not the country file's code ${final}`
			);
		if (second.get(key) !== row.second)
			fail(
				f,
				[...w.path, 'second'],
				w.entry,
				`"second" ${row.second} is not the second coding's code (${second.get(key) ?? 'none'})`
			);
		if (rows.some((r) => r.strategy_id === strategy && r.feature_id === feature))
			fail(f, w.path, w.entry, 'duplicate entry');
		if (typeof o.reason !== 'string' || !o.reason.trim())
			fail(f, w.path, w.entry, 'missing required field "reason"');
		rows.push({ ...row, reason: o.reason.replace(/\s+/g, ' ').trim() });
	});
	const resolved = new Set(rows.map((r) => pairKey(String(r.strategy_id), String(r.feature_id))));
	for (const [key, code] of second) {
		if (code !== first.finalCodes.get(key) && !resolved.has(key)) {
			const [strategy, feature] = key.split(' ');
			throw new SourceError(
				{ file: relative(process.cwd(), path) },
				`strategy "${strategy}", feature "${feature}": the second coding (${code}) differs from the final code (${first.finalCodes.get(key)}) with no reconciliation entry`
			);
		}
	}
	return rows;
}
