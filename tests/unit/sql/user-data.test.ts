import { describe, expect, it, vi } from 'vitest';

vi.mock('$lib/db/user-tables', () => ({
	fileKind: () => 'csv',
	loadUserFile: async () => {},
	describeTable: async () => ({ columns: [{ name: 'a', type: 'BIGINT' }], rows: 1 }),
	dropUserTable: async () => {},
	retype: async () => {},
	addIso3: async () => []
}));
vi.mock('$lib/sql/user-store', () => ({
	keepFile: async () => {
		throw new Error('QuotaExceededError');
	},
	keptFiles: async () => [],
	forgetAll: async () => {},
	forgetFile: async () => {}
}));
vi.mock('$lib/sql/workbench.svelte', () => ({ loadSchema: async () => [] }));

const { UserData } = await import('$lib/sql/user-data.svelte');

describe('UserData keeping files', () => {
	it('says so when a file cannot be kept, and keeps its table', async () => {
		const data = new UserData(() => []);
		await data.setKeep(true);
		await data.add([new File(['a\n1\n'], 'mine.csv')]);
		expect(data.tables.map((t) => t.table)).toEqual(['mine']);
		expect(data.error).toMatch(/mine\.csv could not be kept in this browser .*QuotaExceededError/);
	});
});
