import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	compileStrategies,
	type CompiledStrategies
} from '../../../pipeline/strategies/compile.ts';
import { renderStrategiesReadme } from '../../../pipeline/strategies/readme.ts';
import { checkTable } from '../../../pipeline/lib/validate.ts';
import { tables } from '../../../src/lib/catalog/schema.ts';

const dataDir = join(import.meta.dirname, '../../../data/strategies');
const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];

let data: CompiledStrategies;
beforeAll(async () => {
	data = await compileStrategies(dataDir);
});

describe('the strategy files in data/strategies', () => {
	it('compile into rows that match the published schemas, the same every time', async () => {
		checkTable(tables.strategies, data.strategies);
		checkTable(tables.strategy_features, data.strategyFeatures);
		checkTable(tables.features, data.features);
		checkTable(tables.feature_levels, data.featureLevels);
		checkTable(tables.coding_agreement, data.agreement);
		expect(data.features).toHaveLength(13);
		expect(await compileStrategies(dataDir)).toEqual(data);
	});

	it('group the 13 features under design, coordination and implementation', () => {
		const groups = new Set(data.features.map((f) => f.group));
		expect([...groups].sort()).toEqual(['coordination', 'design', 'implementation']);
		const sub = (id: string) => data.features.find((f) => f.feature_id === id)?.subgroup;
		expect(sub('vertical_collaboration')).toBe('vertical');
		expect(sub('horizontal_collaboration')).toBe('horizontal');
		expect(sub('dedicated_budget')).toBe('budget');
		expect(sub('monitoring_kpis')).toBe('monitoring');
		for (const f of data.features) {
			const levels = data.featureLevels.filter((l) => l.feature_id === f.feature_id);
			expect(levels).toHaveLength(4);
		}
	});

	it.each(FIVE)('%s has its strategies on file', (country) => {
		expect(data.strategies.filter((s) => s.country === country).length).toBeGreaterThanOrEqual(4);
	});

	it('code every feature of every coded row, and none of a row whose text is unavailable', () => {
		for (const s of data.strategies) {
			const n = data.strategyFeatures.filter((c) => c.strategy_id === s.strategy_id).length;
			expect(n).toBe(s.coding_status === 'coded' ? 13 : 0);
		}
	});

	it('match the generated README.md (run `npm run data` after changing them)', async () => {
		const committed = await readFile(join(dataDir, 'README.md'), 'utf8');
		expect(committed).toBe(renderStrategiesReadme(data));
	});
});
