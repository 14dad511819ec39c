import { describe, expect, it } from 'vitest';
import { keyProblems } from '$lib/state/key-problems';

describe('keyProblems', () => {
	it('reports repeated known keys and unknown keys, once each, in link order', () => {
		const query = new URLSearchParams('embed&x=1&embed=a&x=2&<script>=1');
		expect(keyProblems(query, ['embed'])).toEqual([
			'"embed" was given 2 times; the last one was used.',
			'Ignored unknown setting "x".',
			'Ignored unknown setting "<script>".'
		]);
		expect(keyProblems(new URLSearchParams('embed'), ['embed'])).toEqual([]);
		expect(keyProblems(new URLSearchParams(`${'k'.repeat(60)}=1`), [])).toEqual([
			`Ignored unknown setting "${'k'.repeat(40)}…".`
		]);
	});
});
