import { describe, expect, it, vi } from 'vitest';

const registered: Uint8Array[] = [];
vi.mock('$lib/db/engine', () => ({
	duckDbInstance: async () => ({
		// As DuckDB-WASM does: the buffer moves to the worker and is detached here.
		registerFileBuffer: async (_: string, bytes: Uint8Array) => {
			registered.push(structuredClone(bytes, { transfer: [bytes.buffer as ArrayBuffer] }));
		},
		dropFile: async () => {}
	})
}));
vi.mock('$lib/db/console', () => ({
	withConsole: async () => {},
	consoleRows: async () => []
}));

const { loadUserFile } = await import('$lib/db/user-tables');

describe('loadUserFile', () => {
	it('leaves the caller’s CSV bytes whole, so they can still be kept', async () => {
		const bytes = new TextEncoder().encode('a,b\n1,2\n');
		await loadUserFile('mine', 'csv', bytes);
		expect(registered).toHaveLength(1);
		expect(bytes.byteLength).toBe(8);
		expect(new TextDecoder().decode(bytes)).toBe('a,b\n1,2\n');
	});
});
