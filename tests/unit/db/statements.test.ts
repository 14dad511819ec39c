import { describe, expect, it } from 'vitest';
import { statementCache } from '../../../src/lib/db/statements';

/** A fake engine that counts preparations and records closes. */
function fakeEngine(fail: (sql: string) => boolean = () => false) {
	const prepared: string[] = [];
	const closed: string[] = [];
	const prepare = async (sql: string) => {
		prepared.push(sql);
		if (fail(sql)) throw new Error(`cannot prepare ${sql}`);
		return { sql, close: async () => void closed.push(sql) };
	};
	return { prepared, closed, prepare };
}

describe('statementCache', () => {
	it('prepares a text once and runs it again with the kept statement', async () => {
		const engine = fakeEngine();
		const cache = statementCache(engine.prepare);
		const first = await cache.with('SELECT ?', async (s) => s);
		const second = await cache.with('SELECT ?', async (s) => s);
		expect(second).toBe(first);
		await cache.with('SELECT 2', async (s) => s);
		expect(engine.prepared).toEqual(['SELECT ?', 'SELECT 2']);
		expect(engine.closed).toEqual([]);
	});

	it('shares one preparation between queries asked at the same time', async () => {
		const engine = fakeEngine();
		const cache = statementCache(engine.prepare);
		const [a, b] = await Promise.all([
			cache.with('q', async (s) => s),
			cache.with('q', async (s) => s)
		]);
		expect(a).toBe(b);
		expect(engine.prepared).toEqual(['q']);
	});

	it('closes the least recently used statement past the limit', async () => {
		const engine = fakeEngine();
		const cache = statementCache(engine.prepare, 2);
		await cache.with('a', async () => {});
		await cache.with('b', async () => {});
		await cache.with('a', async () => {});
		await cache.with('c', async () => {});
		await Promise.resolve();
		expect(cache.kept()).toEqual(['a', 'c']);
		expect(engine.closed).toEqual(['b']);
		await cache.with('b', async () => {});
		expect(engine.prepared).toEqual(['a', 'b', 'c', 'b']);
	});

	it('does not close a statement while a query still runs it', async () => {
		const engine = fakeEngine();
		const cache = statementCache(engine.prepare, 1);
		let finish!: () => void;
		const running = cache.with('a', () => new Promise<void>((r) => (finish = r)));
		await cache.with('b', async () => {});
		await Promise.resolve();
		expect(engine.closed).toEqual([]);
		finish();
		await running;
		await Promise.resolve();
		expect(engine.closed).toEqual(['a']);
	});

	it('passes on a failed preparation and prepares the text again next time', async () => {
		let broken = true;
		const engine = fakeEngine(() => broken);
		const cache = statementCache(engine.prepare);
		await expect(cache.with('SELECT x', async () => 'ran')).rejects.toThrow(/cannot prepare/);
		expect(cache.kept()).toEqual([]);
		broken = false;
		await expect(cache.with('SELECT x', async () => 'ran')).resolves.toBe('ran');
		expect(engine.prepared).toEqual(['SELECT x', 'SELECT x']);
	});
});
