import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../pipeline/lib/raw-dir.ts';

const run = (cwd: string, command: string, args: string[], env = process.env) =>
	execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A fresh clone in an empty folder, with nothing beside it (no ../shared), rebuilds the data
 * package byte for byte. The clone borrows this checkout's node_modules instead of a second npm ci.
 */
describe('a fresh clone', () => {
	let folder: string;
	let clone: string;
	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'egov-clone-'));
		clone = join(folder, 'repo');
		run(folder, 'git', ['clone', '--quiet', ROOT, clone]);
		await symlink(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
	}, 120_000);
	afterAll(async () => {
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	it('has the raw files and nothing beside it', () => {
		expect(
			existsSync(join(clone, 'data', 'raw', 'un-egdi', 'EGOV_DATA_2024_renamed_columns.csv'))
		).toBe(true);
		expect(existsSync(join(dirname(clone), 'shared'))).toBe(false);
	});

	it('runs npm run data and reproduces the committed static/data byte for byte', () => {
		const env = { ...process.env };
		delete env.EGOV_RAW_DIR;
		delete env.EGOV_OUT_DIR;
		const out = run(clone, 'npm', ['run', '--silent', 'data'], env);
		expect(out).toContain(`Reading raw sources from ${join(clone, 'data', 'raw')}`);
		expect(run(clone, 'git', ['status', '--porcelain', '--', 'static/data'])).toBe('');
		expect(
			run(clone, 'git', ['ls-files', 'static/data']).split('\n').filter(Boolean).length
		).toBeGreaterThan(12);
	}, 300_000);
});
