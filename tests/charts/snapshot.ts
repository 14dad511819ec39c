import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Rounds numbers and renumbers generated ids so that snapshots compare what a reader sees. */
export function normalise(svg: string): string {
	const ids = new Map<string, string>();
	return svg
		.replace(/\d+\.\d{3,}/g, (n) => Number(n).toFixed(2))
		.replace(/plot-[a-z0-9]+/g, (id) => {
			if (!ids.has(id)) ids.set(id, `plot-${ids.size}`);
			return ids.get(id) as string;
		})
		.replace(/></g, '>\n<');
}

/**
 * Compares with tests/charts/output/<name>.svg. A mismatch writes <name>-changed.svg beside it;
 * a missing snapshot is written locally but fails in CI.
 */
export function expectSnapshot(name: string, svg: string): void {
	const path = `tests/charts/output/${name}.svg`;
	const actual = normalise(svg);
	if (!existsSync(path)) {
		if (process.env.CI)
			throw new Error(`Snapshot ${path} is missing; run the tests locally and commit it.`);
		writeFileSync(path, actual);
		return;
	}
	const expected = readFileSync(path, 'utf8');
	if (actual !== expected) writeFileSync(path.replace(/\.svg$/, '-changed.svg'), actual);
	expect(actual, `${path} differs; see ${name}-changed.svg`).toBe(expected);
}
