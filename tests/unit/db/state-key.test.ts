import { describe, expect, it } from 'vitest';
import { sameWhileEqual, stateKey } from '../../../src/lib/db/state-key';

describe('stateKey', () => {
	it('is the same for equal states whatever the order of their keys', () => {
		expect(stateKey({ a: 1, b: ['x', 'y'], c: { d: true, e: null } })).toBe(
			stateKey({ c: { e: null, d: true }, b: ['x', 'y'], a: 1 })
		);
	});

	it('differs when any value differs, including the order of an array', () => {
		const base = { feature: 'once_only', countries: ['DNK', 'EST'], laws: false, before: 4 };
		const key = stateKey(base);
		expect(stateKey({ ...base, feature: 'coordination_model' })).not.toBe(key);
		expect(stateKey({ ...base, countries: ['EST', 'DNK'] })).not.toBe(key);
		expect(stateKey({ ...base, laws: true })).not.toBe(key);
		expect(stateKey({ ...base, before: 5 })).not.toBe(key);
		expect(stateKey({ ...base, before: '4' })).not.toBe(key);
		expect(stateKey('once_only')).not.toBe(stateKey(['once_only']));
	});

	it('treats a key set to undefined as absent', () => {
		expect(stateKey({ a: 1, b: undefined })).toBe(stateKey({ a: 1 }));
	});

	it('refuses values whose JSON would hide what they hold', () => {
		expect(() => stateKey({ countries: new Set(['DNK']) })).toThrow(/Set/);
		expect(() => stateKey({ m: new Map() })).toThrow(/Map/);
		expect(() => stateKey({ when: new Date(0) })).toThrow(/Date/);
		expect(() => stateKey({ f: () => 1 })).toThrow(/Function/);
		expect(() => stateKey([1, undefined])).toThrow(/undefined/);
		expect(() => stateKey({ n: Number.NaN })).toThrow(/NaN/);
	});
});

describe('sameWhileEqual', () => {
	it('keeps the first object while equal states follow, and takes a different one', () => {
		let state: { feature: string } | null = { feature: 'a' };
		const get = sameWhileEqual(() => state);
		const first = get();
		state = { feature: 'a' };
		expect(get()).toBe(first);
		state = { feature: 'b' };
		const second = get();
		expect(second).toEqual({ feature: 'b' });
		expect(second).not.toBe(first);
		state = null;
		expect(get()).toBeNull();
		state = { feature: 'b' };
		expect(get()).not.toBe(second);
	});
});
