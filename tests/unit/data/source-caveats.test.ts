import { describe, expect, it } from 'vitest';
import { sentencesOf, sourceCaveats } from '$lib/data/source-caveats';

const ind = (id: string, caveat: string | null) => ({
	indicator_id: id,
	label: id.toUpperCase(),
	unit: 'score',
	caveat
});

describe('source caveats', () => {
	it('splits a caveat into sentences, keeping abbreviations like "e.g." inside', () => {
		expect(
			sentencesOf('The method changed in 2020. Values before, e.g. 2019, differ; (UK) left.')
		).toEqual(['The method changed in 2020.', 'Values before, e.g. 2019, differ;', '(UK) left.']);
		expect(sentencesOf(null)).toEqual([]);
	});

	it('says a sentence most indicators carry once, and keeps each indicator’s own notes', () => {
		const common = 'The method changed in 2020.';
		const { shared, indicators } = sourceCaveats([
			ind('a', `${common} A is averaged over services.`),
			ind('b', common),
			ind('c', `${common} The UK left after 2020.`),
			ind('d', null)
		]);
		expect(shared).toEqual([common]);
		expect(indicators.map((i) => i.notes)).toEqual([
			['A is averaged over services.'],
			[],
			['The UK left after 2020.'],
			[]
		]);
	});

	it('keeps a sentence two of five indicators carry with each of them', () => {
		const { shared, indicators } = sourceCaveats([
			ind('a', 'Rare note.'),
			ind('b', 'Rare note.'),
			ind('c', null),
			ind('d', null),
			ind('e', null)
		]);
		expect(shared).toEqual([]);
		expect(indicators[0]?.notes).toEqual(['Rare note.']);
	});

	it('says the whole caveat once for a source of one indicator', () => {
		expect(sourceCaveats([ind('a', 'One. Two.')]).shared).toEqual(['One.', 'Two.']);
	});
});
