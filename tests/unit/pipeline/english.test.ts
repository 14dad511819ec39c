import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../../pipeline/strategies/english.ts';

describe('looksEnglish: does a quotation need an English translation?', () => {
	it.each([
		'All public authorities are now required to use all relevant public sector solutions.',
		'The CETIC also adopted two key documents to initiate the provision of shared services.'
	])('English: %s', (quote) => expect(looksEnglish(quote)).toBe(true));

	it.each([
		'De diensten zamelen de gegevens in bij de authentieke bronnen.',
		'Med den nye digitaliseringsstrategi er der sat klare og forpligtende mål for digitaliseringen.',
		'Bund und Länder sind verpflichtet, ihre Verwaltungsleistungen auch elektronisch anzubieten.',
		'Riigi infosüsteemide andmevahetuskiht on infosüsteem, mis võimaldab andmevahetust.',
		'Les services collectent les données auprès des sources authentiques.',
		'Se aprobó la elevación a Consejo de Ministros de la aprobación de la Estrategia TIC.'
	])('not English: %s', (quote) => expect(looksEnglish(quote)).toBe(false));
});
