/**
 * Writes tmp/bench/big.parquet: 10 million deterministic rows (no clock, no random source),
 * sorted by year then country so that the row groups' statistics let a reader skip most of them.
 * Usage: tsx scripts/make-big-parquet.ts [--rows 10000000] [--out tmp/bench/big.parquet]
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const COUNTRIES = [
	'AUT',
	'BEL',
	'BGR',
	'CYP',
	'CZE',
	'DEU',
	'DNK',
	'ESP',
	'EST',
	'FIN',
	'FRA',
	'GBR',
	'GRC',
	'HRV',
	'HUN',
	'IRL',
	'ITA',
	'LTU',
	'LUX',
	'LVA',
	'MLT',
	'NLD',
	'NOR',
	'POL',
	'PRT',
	'ROU',
	'SVK',
	'SVN',
	'SWE',
	'CHE'
];
const INDICATORS = [
	'egdi',
	'osi',
	'hci',
	'tii',
	'epi',
	'overall',
	'user_centricity',
	'transparency',
	'key_enablers',
	'cross_border'
];

/** Writes the file and returns its path. Rows: years 2000–2024 in equal blocks, then country. */
export async function makeBigParquet(
	rows = 10_000_000,
	out = 'tmp/bench/big.parquet'
): Promise<string> {
	const path = resolve(out);
	mkdirSync(dirname(path), { recursive: true });
	const db = await (await DuckDBInstance.create(':memory:')).connect();
	const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
	const perYear = Math.ceil(rows / 25);
	await db.run(`COPY (
		SELECT i AS id,
			(2000 + i // ${perYear})::INTEGER AS year,
			${list(COUNTRIES)}[(i * 7 % ${COUNTRIES.length}) + 1] AS country,
			${list(INDICATORS)}[(i * 3 % ${INDICATORS.length}) + 1] AS indicator,
			((i * 2654435761) % 1000003) / 10000.0 AS value
		FROM range(${rows}) t(i)
		ORDER BY year, country, id
	) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)`);
	db.closeSync();
	return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const rows = Number(args[args.indexOf('--rows') + 1]) || 10_000_000;
	const out = args.includes('--out') ? (args[args.indexOf('--out') + 1] as string) : undefined;
	const started = Date.now();
	const path = await makeBigParquet(rows, out);
	console.log(
		`Wrote ${path} (${rows.toLocaleString('en')} rows) in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
}
