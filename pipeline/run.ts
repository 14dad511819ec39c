import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tables, type TableName } from '../src/lib/catalog/schema.ts';
import { countryRows } from './countries.ts';
import { toDataPackage, type SourceRecord } from './lib/datapackage.ts';
import { withDecimals } from './lib/decimals.ts';
import { openWriter, writeParquet, type Row } from './lib/parquet-writer.ts';
import { rawDir as defaultRawDir } from './lib/raw-dir.ts';
import { RESOURCES, type ResourceMeta } from './lib/resources.ts';
import { checkReferences, checkScales, checkTable } from './lib/validate.ts';
import type { PipelineSource } from './lib/types.ts';
import { SOURCES } from './sources/index.ts';
import { compileStrategies } from './strategies/compile.ts';
import { renderStrategiesReadme } from './strategies/readme.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STRATEGIES_DIR = join(root, 'data', 'strategies');

export interface PipelineOptions {
	rawDir: string;
	outDir: string;
	sources?: PipelineSource[];
	/** Folder of the strategy authoring files; null skips them (tests of one source). */
	strategiesDir?: string | null;
	log?: (line: string) => void;
}

export type Tables = Record<TableName, Row[]>;

export interface Collected {
	tables: Tables;
	sources: SourceRecord[];
	report: string[];
	/** data/strategies/README.md, generated from the strategy files; null when they were skipped. */
	strategiesReadme: string | null;
}

/** Reads every source and validates everything; throws on the first fault, writes nothing. */
export async function collect(options: PipelineOptions): Promise<Collected> {
	const log = options.log ?? (() => {});
	const out = Object.fromEntries(Object.keys(tables).map((t) => [t, [] as Row[]])) as Tables;
	out.countries = countryRows();
	const records: SourceRecord[] = [];
	const report: string[] = [];
	let strategiesReadme: string | null = null;
	for (const source of options.sources ?? SOURCES) {
		const started = performance.now();
		const result = await source.read(options.rawDir);
		records.push(...result.sources);
		out.observations.push(...result.observations);
		out.indicators.push(...result.indicators);
		out.targets.push(...(result.targets ?? []));
		report.push(...(result.report ?? []));
		for (const [name, rows] of Object.entries(result.tables ?? {}) as [TableName, Row[]][])
			for (const row of rows) out[name].push(row);
		const extra = Object.entries(result.tables ?? {}).map(([t, rows]) => `, ${rows.length} ${t}`);
		log(
			`${source.label}: ${result.observations.length} observations, ${result.indicators.length} indicators${extra.join('')} (${Math.round(performance.now() - started)} ms)`
		);
	}
	out.sources = records as unknown as Row[];
	out.indicators = withDecimals(out.indicators, out.observations);
	if (options.strategiesDir !== null) {
		const s = await compileStrategies(options.strategiesDir ?? STRATEGIES_DIR);
		out.strategies = s.strategies;
		out.strategy_features = s.strategyFeatures;
		out.features = s.features;
		out.feature_levels = s.featureLevels;
		out.coding_agreement = s.agreement;
		out.coding_reconciliation = s.reconciliation;
		strategiesReadme = renderStrategiesReadme(s);
		log(`Strategies: ${s.strategies.length} strategies, ${s.strategyFeatures.length} codes`);
	}
	for (const name of Object.keys(tables) as TableName[]) checkTable(tables[name], out[name]);
	const ids = (rows: Row[], key: string) => new Set(rows.map((r) => String(r[key])));
	for (const [name, meta] of Object.entries(RESOURCES) as [TableName, ResourceMeta][]) {
		for (const [column, target] of Object.entries(meta.references ?? {})) {
			checkReferences(name, out[name], column, ids(out[target], tables[target].primaryKey[0]!));
		}
	}
	checkScales(out.observations, out.indicators);
	return { tables: out, sources: records, report, strategiesReadme };
}

/** Writes all tables to a staging folder, then moves them into place: all or nothing. */
export async function writeAll(outDir: string, collected: Collected): Promise<void> {
	const staging = `${outDir}.staging`;
	await rm(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	const connection = await openWriter();
	const resources = [];
	for (const name of Object.keys(tables) as TableName[]) {
		const rows = collected.tables[name];
		const path = join(staging, `${name}.parquet`);
		await writeParquet(connection, tables[name], rows, path, {
			rowGroupSize: tables[name].rowGroupSize
		});
		const sourceIds = [
			...new Set(rows.map((r) => r.source_id).filter((s) => typeof s === 'string'))
		] as string[];
		resources.push({
			schema: tables[name],
			rows: rows.length,
			bytes: await readFile(path),
			sourceIds
		});
	}
	connection.closeSync();
	const descriptor = toDataPackage(resources, collected.sources);
	await writeFile(join(staging, 'datapackage.json'), JSON.stringify(descriptor, null, '\t') + '\n');
	await writeFile(
		join(staging, 'pipeline-report.txt'),
		collected.report.join('\n') + (collected.report.length ? '\n' : '')
	);
	await mkdir(outDir, { recursive: true });
	for (const name of [
		...Object.keys(tables).map((t) => `${t}.parquet`),
		'datapackage.json',
		'pipeline-report.txt'
	]) {
		await rename(join(staging, name), join(outDir, name));
	}
	await rm(staging, { recursive: true, force: true });
}

async function main(): Promise<void> {
	const rawDir = defaultRawDir();
	const outDir = resolve(process.env.EGOV_OUT_DIR ?? join(root, 'static', 'data'));
	const started = performance.now();
	console.log(`Reading raw sources from ${rawDir}`);
	const collected = await collect({ rawDir, outDir, log: (line) => console.log(`  ${line}`) });
	await writeAll(outDir, collected);
	if (collected.strategiesReadme !== null)
		await writeFile(join(STRATEGIES_DIR, 'README.md'), collected.strategiesReadme);
	console.log(`Wrote ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error: unknown) => {
		console.error(
			`\nPipeline stopped, nothing was written:\n  ${error instanceof Error ? error.message : String(error)}`
		);
		process.exit(1);
	});
}
