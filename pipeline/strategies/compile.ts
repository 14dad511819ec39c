import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { countryRows } from '../countries.ts';
import type { Row } from '../lib/parquet-writer.ts';
import { SourceError } from '../lib/source-error.ts';
import { readCodebook } from './codebook.ts';
import { readCountryFile, type SeenIds } from './country-file.ts';
import { compareText } from './fields.ts';
import { readYaml } from './yaml-file.ts';

export interface CompiledStrategies {
	strategies: Row[];
	strategyFeatures: Row[];
	features: Row[];
}

const CODEBOOK = 'codebook.yaml';

/** Country files in the folder, in name order; any other YAML file there is a fault. */
async function countryFiles(dir: string): Promise<{ path: string; country: string }[]> {
	const known = new Set(
		countryRows()
			.filter((c) => !c.is_aggregate)
			.map((c) => String(c.country))
	);
	const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n) && n !== CODEBOOK).sort();
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

/**
 * Validates the codebook and every country file in `dir` and compiles them into the rows of
 * strategies.parquet, strategy_features.parquet and features.parquet. Stops at the first fault
 * with a SourceError naming the file, the line, the entry and the reason.
 */
export async function compileStrategies(dir: string): Promise<CompiledStrategies> {
	const codebook = await readCodebook(join(dir, CODEBOOK));
	const seen: SeenIds = new Map();
	const strategies: Row[] = [];
	const strategyFeatures: Row[] = [];
	for (const { path, country } of await countryFiles(dir)) {
		const rows = readCountryFile(await readYaml(path), country, codebook, seen);
		strategies.push(...rows.strategies);
		strategyFeatures.push(...rows.codes);
	}
	strategies.sort(byKeys('strategy_id'));
	strategyFeatures.sort(byKeys('strategy_id', 'feature_id'));
	return { strategies, strategyFeatures, features: codebook.features };
}
