import { describe, expect, it } from 'vitest';
import { GROUP_WHY, groupNote, listNames } from '$lib/catalog/group-notes';
import { GROUPS } from '$lib/state/explore-state';

describe('group notes', () => {
	it('say why every preset group exists', () => {
		for (const g of GROUPS) expect(GROUP_WHY[g].length, g).toBeGreaterThan(10);
	});

	it('name the members of a small group after the reason', () => {
		const note = groupNote('five', ['Belgium', 'Denmark', 'Estonia', 'Germany', 'United Kingdom']);
		expect(note.startsWith(GROUP_WHY.five)).toBe(true);
		expect(note.endsWith('Belgium, Denmark, Estonia, Germany and United Kingdom.')).toBe(true);
	});

	it('count the members of a large group instead of listing them', () => {
		const members = Array.from({ length: 27 }, (_, i) => `Country ${i}`);
		expect(groupNote('eu27', members)).toBe(`${GROUP_WHY.eu27} 27 countries.`);
	});

	it('give the reason alone where there are no members to list', () => {
		expect(groupNote('none', [])).toBe(GROUP_WHY.none);
		expect(groupNote('all', ['Belgium'])).toBe(GROUP_WHY.all);
	});

	it('join names in prose', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['Estonia'])).toBe('Estonia');
		expect(listNames(['Estonia', 'France', 'Italy'])).toBe('Estonia, France and Italy');
	});
});
