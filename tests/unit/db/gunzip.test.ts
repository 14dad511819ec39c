import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipIfGzip, isGzip, wasmResponse } from '../../../src/lib/db/gunzip';

/** A stream that hands out the bytes in chunks of `size`, as a network would. */
const chunked = (bytes: Uint8Array, size: number) =>
	new ReadableStream<Uint8Array>({
		start(controller) {
			for (let at = 0; at < bytes.length; at += size)
				controller.enqueue(bytes.slice(at, at + size));
			controller.close();
		}
	});

const read = async (stream: ReadableStream<Uint8Array>) =>
	new Uint8Array(await new Response(stream).arrayBuffer());

const text = new TextEncoder().encode('DuckDB '.repeat(400));

describe('gzip detection', () => {
	it('knows gzip by its two magic bytes, and nothing shorter', () => {
		expect(isGzip(gzipSync(text))).toBe(true);
		expect(isGzip(new Uint8Array([0x1f, 0x8b]))).toBe(true);
		expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
		expect(isGzip(new Uint8Array([0x00, 0x61, 0x73, 0x6d]))).toBe(false);
		expect(isGzip(new Uint8Array([0x8b, 0x1f]))).toBe(false);
	});
});

describe('gunzipIfGzip', () => {
	it('inflates gzip, even when the magic bytes arrive in separate chunks', async () => {
		for (const size of [1, 2, 7, 4096, 1 << 20]) {
			expect(await read(await gunzipIfGzip(chunked(gzipSync(text), size)))).toEqual(text);
		}
	});

	it('passes bytes that are not gzip through unchanged (a host inflated them already)', async () => {
		for (const size of [1, 3, 100_000]) {
			expect(await read(await gunzipIfGzip(chunked(text, size)))).toEqual(text);
		}
	});

	it('passes an empty stream through', async () => {
		expect((await read(await gunzipIfGzip(chunked(new Uint8Array(0), 1)))).length).toBe(0);
	});

	it('fails on a gzip stream that is cut short', async () => {
		const cut = gzipSync(text).slice(0, 40);
		await expect(read(await gunzipIfGzip(chunked(cut, 8)))).rejects.toThrow();
	});
});

describe('wasmResponse', () => {
	const wasm = readFileSync(
		createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
	).subarray(0, 1 << 18);

	it('turns the gzip-compressed module into a typed application/wasm response', async () => {
		const response = await wasmResponse(
			new Response(chunked(gzipSync(wasm), 65_536), {
				headers: { 'content-type': 'application/gzip' }
			})
		);
		expect(response.headers.get('content-type')).toBe('application/wasm');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
		expect(Buffer.from(bytes).equals(wasm)).toBe(true);
	});

	it('leaves a failed response as it is', async () => {
		const failed = new Response('not found', { status: 404 });
		const answer = await wasmResponse(failed);
		expect(answer.status).toBe(404);
		expect(await answer.text()).toBe('not found');
	});
});
