import { describe, expect, it } from 'vitest';
import { readHistory, remember, type KeyValueStore } from '$lib/sql/history';

const memory = (): KeyValueStore & { data: Map<string, string> } => {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('query history', () => {
	it('keeps the newest first, once each, at most 50', () => {
		const store = memory();
		for (let i = 0; i < 60; i++) remember(store, `SELECT ${i}`);
		remember(store, 'SELECT 12');
		const list = readHistory(store);
		expect(list).toHaveLength(50);
		expect(list[0]).toBe('SELECT 12');
		expect(list.filter((q) => q === 'SELECT 12')).toHaveLength(1);
	});

	it('ignores blank queries, corrupt storage and a store that throws', () => {
		const store = memory();
		expect(remember(store, '   ')).toEqual([]);
		store.data.set('egov:sql-history', '{not json');
		expect(readHistory(store)).toEqual([]);
		store.data.set('egov:sql-history', '[1, "SELECT 1", null]');
		expect(readHistory(store)).toEqual(['SELECT 1']);
		const full: KeyValueStore = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(remember(full, 'SELECT 2')).toEqual(['SELECT 2']);
		expect(readHistory(null)).toEqual([]);
	});
});
