import { describe, expect, it } from 'vitest';
import { message, pieces, placeholdersOf } from '$lib/i18n/message';

const hello = message({
	en: 'Hello {name}, {name}!',
	de: 'Hallo {name}!',
	fr: 'Bonjour {name} !',
	nl: 'Hallo {name}!',
	da: 'Hej {name}!',
	et: 'Tere, {name}!'
});

describe('message', () => {
	it('fills every placeholder, and leaves values unread as markup', () => {
		expect(hello('en', { name: 'Ada' })).toBe('Hello Ada, Ada!');
		expect(hello('fr', { name: '<b>' })).toBe('Bonjour <b> !');
		expect(hello('da', { name: 7 })).toBe('Hej 7!');
	});

	it('does not read a placeholder inside a value', () => {
		expect(hello('de', { name: '{name}' })).toBe('Hallo {name}!');
	});

	it('lists placeholders sorted, repeats kept', () => {
		expect(placeholdersOf('{b} and {a} and {b}')).toEqual(['a', 'b', 'b']);
		expect(placeholdersOf('none')).toEqual([]);
	});

	it('splits a text into pieces around its placeholders', () => {
		expect(pieces(hello.texts, 'et')).toEqual([
			{ text: 'Tere, ' },
			{ slot: 'name' },
			{ text: '!' }
		]);
		expect(pieces(hello.texts, 'en').filter((p) => 'slot' in p)).toHaveLength(2);
	});
});
