import type { Row } from '../lib/parquet-writer.ts';

export interface CompiledStrategies {
	strategies: Row[];
	strategyFeatures: Row[];
	features: Row[];
}

/** Placeholder until the strategy authoring files land (issue 4): compiles nothing. */
export async function compileStrategies(_dir: string): Promise<CompiledStrategies> {
	return { strategies: [], strategyFeatures: [], features: [] };
}
