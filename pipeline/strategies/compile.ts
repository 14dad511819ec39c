import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { countryRows } from '../countries.ts';
import type { Row } from '../lib/parquet-writer.ts';
import { SourceError } from '../lib/source-error.ts';
import { codingAgreement } from './agreement.ts';
import { readCodebook } from './codebook.ts';
import { readCountryFile, type Seen } from './country-file.ts';
import { compareText } from './fields.ts';
import { PENDING_FILE, readPending } from './pending.ts';
import {
	pairKey,
	readReconciliation,
	readSecondCoding,
	type FirstCoding
} from './second-coding.ts';
import { checkShares, type CountryCoding } from './shares.ts';
import { readYaml } from './yaml-file.ts';

export interface CompiledStrategies {
	strategies: Row[];
	strategyFeatures: Row[];
	features: Row[];
	featureLevels: Row[];
	agreement: Row[];
	reconciliation: Row[];
	/** Countries whose v2 recoding has not arrived (pending.yaml), sorted. */
	awaitingRecoding: string[];
	/** Countries coded on their first and most recent strategies only (pending.yaml), sorted. */
	partialCoding: string[];
	/** Countries with coded rows whose second coding has not arrived (pending.yaml), sorted. */
	awaitingSecondCoding: string[];
	/** Hosts of official-journal reproductions accepted as documents (pending.yaml), sorted. */
	reproductions: string[];
}

const CODEBOOK = 'codebook.yaml';
const RECONCILIATION = 'reconciliation.yaml';
const NOT_COUNTRIES = new Set([CODEBOOK, RECONCILIATION, PENDING_FILE]);

/** Country files in the folder, in name order; any other YAML file there is a fault. */
async function countryFiles(dir: string): Promise<{ path: string; country: string }[]> {
	const known = new Set(
		countryRows()
			.filter((c) => !c.is_aggregate)
			.map((c) => String(c.country))
	);
	const names = (await readdir(dir))
		.filter((n) => /\.ya?ml$/i.test(n) && !NOT_COUNTRIES.has(n))
		.sort();
	return names.map((name) => {
		const country = name.replace(/\.yaml$/, '').toUpperCase();
		if (!/^[a-z]{3}\.yaml$/.test(name) || !known.has(country)) {
			throw new SourceError(
				{ file: relative(process.cwd(), join(dir, name)) },
				'unknown country file: name each file <ISO 3166-1 alpha-3 code in lower case>.yaml, e.g. bel.yaml'
			);
		}
		return { path: join(dir, name), country };
	});
}

const byKeys =
	(...keys: string[]) =>
	(a: Row, b: Row): number => {
		for (const k of keys) {
			const order = compareText(String(a[k]), String(b[k]));
			if (order !== 0) return order;
		}
		return 0;
	};

function firstCoding(countries: CountryCoding[]): FirstCoding {
	const codedByCountry = new Map<string, Set<string>>();
	const finalCodes = new Map<string, string>();
	for (const c of countries) {
		const coded = c.strategies
			.filter((s) => s.coding_status === 'coded')
			.map((s) => String(s.strategy_id));
		codedByCountry.set(c.country, new Set(coded));
		for (const code of c.codes)
			finalCodes.set(pairKey(String(code.strategy_id), String(code.feature_id)), String(code.code));
	}
	return { codedByCountry, finalCodes };
}

/**
 * Validates the codebook, every country file in `dir`, the second coding and the reconciliation,
 * and compiles them into the rows of the strategy tables. Stops at the first fault with a
 * SourceError naming the file, the line, the entry (strategy, feature) and the reason.
 */
export async function compileStrategies(dir: string): Promise<CompiledStrategies> {
	const codebook = await readCodebook(join(dir, CODEBOOK));
	const pending = await readPending(join(dir, PENDING_FILE));
	const seen: Seen = { ids: new Map(), documents: new Map(), reproductions: pending.reproductions };
	const countries: CountryCoding[] = [];
	for (const { path, country } of await countryFiles(dir)) {
		const f = await readYaml(path);
		countries.push({ country, file: f.file, ...readCountryFile(f, country, codebook, seen) });
	}
	checkShares(countries, new Set([...pending.recoding, ...pending.partial]));
	const first = firstCoding(countries);
	const second = await readSecondCoding(join(dir, 'second'), first, codebook);
	const awaiting: string[] = [];
	for (const c of countries) {
		if (!first.codedByCountry.get(c.country)?.size || second.countries.has(c.country)) continue;
		// The second coding covers the five case countries; the partial ones are coded once.
		if (pending.partial.has(c.country)) continue;
		if (!pending.secondCoding.has(c.country))
			throw new SourceError(
				{ file: c.file },
				`no second coding: add second/${c.country.toLowerCase()}.yaml, or list ${c.country} under second_coding in ${PENDING_FILE}`
			);
		awaiting.push(c.country);
	}
	const reconciliation = await readReconciliation(
		join(dir, RECONCILIATION),
		first,
		second.codes,
		codebook
	);
	const agreement = codingAgreement({
		codebook,
		finalCodes: first.finalCodes,
		second: second.codes,
		reconciliation,
		secondCoded: [...second.countries].sort(),
		awaiting: awaiting.sort()
	});
	const strategies = countries.flatMap((c) => c.strategies).sort(byKeys('strategy_id'));
	const strategyFeatures = countries
		.flatMap((c) => c.codes)
		.sort(byKeys('strategy_id', 'feature_id'));
	return {
		strategies,
		strategyFeatures,
		features: codebook.features,
		featureLevels: codebook.levels,
		agreement,
		reconciliation: reconciliation.sort(byKeys('strategy_id', 'feature_id')),
		awaitingRecoding: [...pending.recoding]
			.filter((c) => countries.some((k) => k.country === c))
			.sort(),
		partialCoding: [...pending.partial]
			.filter((c) => countries.some((k) => k.country === c))
			.sort(),
		awaitingSecondCoding: awaiting,
		reproductions: [...pending.reproductions].sort()
	};
}
