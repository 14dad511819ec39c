import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { oversized, precompress } from '../../../src/lib/server/precompress';

describe('precompress', () => {
	const dir = mkdtempSync(join(tmpdir(), 'egov-precompress-'));
	mkdirSync(join(dir, 'a', 'b'), { recursive: true });
	const page = '<p>A page of the site.</p>\n'.repeat(100);
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, 'a', 'b', 'app.js'), 'export const x = 1;\n'.repeat(100));
	writeFileSync(join(dir, 'tiny.css'), 'p{}');
	writeFileSync(join(dir, 'data.parquet'), page);
	writeFileSync(join(dir, 'engine.wasm.gz'), page);
	const total = precompress(dir);

	it('writes a .br and a .gz beside each text file that decode to the same bytes', () => {
		for (const file of ['index.html', join('a', 'b', 'app.js')]) {
			const raw = readFileSync(join(dir, file));
			expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(raw);
			expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(raw);
		}
		expect(total.files).toBe(2);
		expect(total.brotliBytes).toBeLessThan(total.bytes / 5);
	});

	it('leaves out files too small to gain, and files that are not text or compressed already', () => {
		for (const file of ['tiny.css', 'data.parquet', 'engine.wasm.gz']) {
			expect(existsSync(join(dir, `${file}.gz`))).toBe(false);
			expect(existsSync(join(dir, `${file}.br`))).toBe(false);
		}
	});

	it('names the files over a size limit', () => {
		expect(oversized(dir, 2000).map((f) => f.file)).toEqual(
			expect.arrayContaining(['index.html', 'data.parquet', 'engine.wasm.gz'])
		);
		expect(oversized(dir)).toEqual([]);
	});
});
