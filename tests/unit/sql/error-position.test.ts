import { describe, expect, it } from 'vitest';
import { errorPosition } from '$lib/sql/error-position';

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
