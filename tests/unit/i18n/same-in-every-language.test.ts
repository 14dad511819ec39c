import { describe, expect, it } from 'vitest';
import { sameInEveryLanguage } from '$lib/i18n/same-in-every-language';

describe('sameInEveryLanguage', () => {
	it('runs a load once per set of parameters, and shares its answer or its error', async () => {
		const runs: string[] = [];
		const load = sameInEveryLanguage(async ({ params }: { params: { code: string } }) => {
			runs.push(params.code);
			if (params.code === 'XXX') throw new Error('unknown');
			return { code: params.code };
		});
		const first = await load({ params: { code: 'EST' } });
		expect(await load({ params: { code: 'EST' } })).toBe(first);
		expect(await load({ params: { code: 'DNK' } })).toEqual({ code: 'DNK' });
		await expect(load({ params: { code: 'XXX' } })).rejects.toThrow('unknown');
		await expect(load({ params: { code: 'XXX' } })).rejects.toThrow('unknown');
		expect(runs).toEqual(['EST', 'DNK', 'XXX']);
	});
});
