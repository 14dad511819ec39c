import { describe, expect, it } from 'vitest';
import { schemaFromRows } from '$lib/sql/schema-rows';

describe('schemaFromRows', () => {
	it('groups columns by table, shipped first, and lists unloaded shipped tables', () => {
		const rows = [
			{ t: 'mine', c: 'a', type: 'INTEGER', n: 3 },
			{ t: 'countries', c: 'country', type: 'VARCHAR', n: 252 },
			{ t: 'countries', c: 'name', type: 'VARCHAR', n: 252 },
			{ t: 'just_a_view', c: 'x', type: 'DOUBLE', n: null }
		];
		const contract = [
			{ name: 'countries', rows: null, columns: [], user: false },
			{
				name: 'egov_services',
				rows: null,
				columns: [{ name: 'site', type: 'string' }],
				user: false
			}
		];
		const schema = schemaFromRows(rows, ['countries', 'egov_services'], contract);
		expect(schema.map((t) => [t.name, t.user, t.rows, t.loaded])).toEqual([
			['countries', false, 252, undefined],
			['egov_services', false, null, false],
			['just_a_view', true, null, undefined],
			['mine', true, 3, undefined]
		]);
		expect(schema[0]?.columns.map((c) => c.name)).toEqual(['country', 'name']);
	});
});
