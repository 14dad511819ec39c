import { describe, expect, it } from 'vitest';
import { negotiate } from '../../../scripts/accept-encoding';

describe('negotiate', () => {
	const both = ['br', 'gzip'] as const;
	it.each([
		['gzip, deflate, br, zstd', both, 'br'],
		['gzip, deflate', both, 'gzip'],
		['br', ['gzip'], null],
		[undefined, both, null],
		['', both, null],
		['identity', both, null],
		['br;q=0, gzip', both, 'gzip'],
		['br;q=0.5, gzip;q=0.8', both, 'gzip'],
		['br;q=1.0, gzip;q=1.0', both, 'br'],
		['*', both, 'br'],
		['*;q=0', both, null],
		['gzip;q=0, *', both, 'br'],
		['x-gzip', ['gzip'], 'gzip'],
		['GZIP', both, 'gzip'],
		['br;q=0.000, gzip', both, 'gzip'],
		['gzip', [], null]
	] as const)('%s from %j → %s', (header, available, expected) => {
		expect(negotiate(header, available)).toBe(expected);
	});
});
