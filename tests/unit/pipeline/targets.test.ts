import { describe, expect, it } from 'vitest';
import { rawDir as defaultRawDir } from '../../../pipeline/lib/raw-dir.ts';
import { collect } from '../../../pipeline/run.ts';
import { euDesi } from '../../../pipeline/sources/eu-desi.ts';
import { euOdm } from '../../../pipeline/sources/eu-odm.ts';
import { oecd } from '../../../pipeline/sources/oecd.ts';
import { TARGETS, checkTargets, targets } from '../../../pipeline/sources/targets.ts';

const rawDir = defaultRawDir();

describe('policy targets', () => {
	it('maps the Digital Decade targets, citing the Decision itself, to the indicators that measure them', async () => {
		const { targets: rows } = await targets.read(rawDir);
		expect(rows?.map((t) => [t.indicator_id, t.target_value, t.target_year])).toEqual([
			['desi2022.services_citizens', 100, 2030],
			['desi2022.services_businesses', 100, 2030]
		]);
		expect(
			rows?.every((t) => t.source_url === 'https://eur-lex.europa.eu/eli/dec/2022/2481/oj')
		).toBe(true);
	});

	it('attaches no target to a series that starts after it is due', async () => {
		const { tables } = await collect({
			rawDir,
			outDir: '/nonexistent',
			sources: [euDesi, targets],
			strategiesDir: null
		});
		for (const t of tables.targets) {
			const years = tables.observations
				.filter((o) => o.indicator_id === t.indicator_id && o.value !== null)
				.map((o) => Number(o.year));
			expect(years.length, String(t.indicator_id)).toBeGreaterThan(0);
			expect(Math.min(...years), String(t.indicator_id)).toBeLessThan(Number(t.target_year));
		}
		expect(tables.targets.some((t) => t.indicator_id === 'desi2022.egov_users')).toBe(false);
	});

	it('points only at indicators the sources define, and passes the pipeline validation', async () => {
		const { tables } = await collect({
			rawDir,
			outDir: '/nonexistent',
			sources: [euDesi, oecd, euOdm, targets],
			strategiesDir: null
		});
		const ids = new Set(tables.indicators.map((i) => i.indicator_id));
		expect(tables.targets).toHaveLength(TARGETS.length);
		expect(tables.targets.every((t) => ids.has(t.indicator_id))).toBe(true);
	});

	it('stops on a target whose indicator does not exist, naming it', () => {
		const dps = {
			indicator_id: 'desi2022.services_citizens',
			target_value: 100,
			target_year: 2030
		};
		const eid = { ...dps, indicator_id: 'desi2022.eid' };
		expect(() => checkTargets([dps, eid], new Set(['desi2022.services_citizens']))).toThrow(
			/pipeline\/sources\/targets\.ts, row 2: target on unknown indicator "desi2022\.eid"/
		);
	});
});
