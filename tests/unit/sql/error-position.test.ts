import { describe, expect, it } from 'vitest';
import { errorPosition, positionAt, readDuckDbError } from '$lib/sql/error-position';

describe('errorPosition', () => {
	it('reads the line and column DuckDB points at', () => {
		const message =
			'Parser Error: syntax error at or near "FORM"\n\nLINE 1: SELECT * FORM countries\n                 ^';
		expect(errorPosition(message)).toEqual({ line: 1, column: 10 });
		const binder =
			'Binder Error: Referenced column "nme" not found\n\nLINE 2: SELECT nme FROM countries\n               ^';
		expect(errorPosition(binder)).toEqual({ line: 2, column: 8 });
	});

	it('returns null when there is no position', () => {
		expect(errorPosition('Catalog Error: Table with name x does not exist!')).toBeNull();
		expect(errorPosition('LINE 1: x')).toBeNull();
		expect(errorPosition('')).toBeNull();
	});
});

describe('readDuckDbError', () => {
	it('reads DuckDB-WASM JSON errors and turns the offset into a line and column', () => {
		const raw = JSON.stringify({
			exception_type: 'Parser',
			exception_message:
				'syntax error at or near "countries"\n\nLINE 2: FORM countries\n             ^',
			position: '16'
		});
		const sql = 'SELECT *\nFORM countries';
		expect(readDuckDbError(raw, sql)).toEqual({
			message:
				'Parser Error: syntax error at or near "countries"\n\nLINE 2: FORM countries\n             ^',
			position: { line: 2, column: 8 }
		});
	});

	it('keeps plain messages, and never throws on odd input', () => {
		expect(readDuckDbError('query was canceled', 'x')).toEqual({
			message: 'query was canceled',
			position: null
		});
		expect(readDuckDbError('{"a":1}', 'x').message).toBe('{"a":1}');
		expect(readDuckDbError('null', 'x').message).toBe('null');
		expect(positionAt('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
	});
});
