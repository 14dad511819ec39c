import { describe, expect, it } from 'vitest';
import { decodeError } from '$lib/db/decode-in-worker';
import { DataFileError, loadFailure } from '$lib/db/engine';
import { messageOf, SaidError } from '$lib/db/said-error';
import { workerClient } from '$lib/db/worker-client';
import { LOCALES } from '$lib/i18n/locales';

const URL_404 = 'https://example.org/data/targets.parquet';

describe('errors the reader sees', () => {
	it('are said in the page’s language, English in their message', () => {
		const error = new SaidError((locale) => (locale === 'de' ? 'kaputt' : 'broken'));
		expect(error.message).toBe('broken');
		expect(messageOf(error, 'de')).toBe('kaputt');
		expect(messageOf(error)).toBe('broken');
		expect(messageOf(new Error('plain'), 'de')).toBe('plain');
		expect(messageOf('a string', 'fr')).toBe('a string');
	});

	it('say the decode worker’s reasons in every language, each its own', () => {
		const failures = [
			{ kind: 'http', status: 404 },
			{ kind: 'parquet', detail: 'bad magic' },
			{ kind: 'fetch', detail: 'Failed to fetch' }
		] as const;
		expect(failures.map((f) => decodeError(URL_404, f).message)).toEqual([
			`HTTP 404 for ${URL_404}`,
			'the file is not valid Parquet (bad magic)',
			`could not reach ${URL_404} (Failed to fetch)`
		]);
		for (const failure of failures) {
			const error = decodeError(URL_404, failure);
			const said = LOCALES.map((locale) => messageOf(error, locale));
			expect(new Set(said).size, failure.kind).toBe(
				LOCALES.length - (failure.kind === 'http' ? 1 : 0)
			);
			for (const text of said) expect(text).toContain('detail' in failure ? failure.detail : '404');
		}
	});

	it('name the data file in the page’s language, with the reason said in it too', () => {
		const reason = decodeError(URL_404, { kind: 'parquet', detail: 'bad magic' });
		expect(loadFailure('targets', reason)).toBe(
			'Could not load targets.parquet: the file is not valid Parquet (bad magic)'
		);
		const de = messageOf(new DataFileError('targets', reason), 'de');
		expect(de).toContain('targets.parquet');
		expect(de).toContain('kein gültiges Parquet');
		expect(de).not.toMatch(/Could not load|not valid/);
		// A reason that is not the site's own (DuckDB's) is passed on as it is.
		expect(loadFailure('targets', new Error('Catalog Error'), 'fr')).toContain('Catalog Error');
	});
});

describe('a worker client', () => {
	it('starts its worker once and hands each reply to the request with its id', async () => {
		const posted: { id: number; n: number }[] = [];
		let starts = 0;
		const fake = {
			onmessage: null as ((event: MessageEvent) => void) | null,
			postMessage: (message: { id: number; n: number }) => posted.push(message)
		};
		const call = workerClient<{ n: number }, { id: number; doubled: number }>(() => {
			starts++;
			return fake as unknown as Worker;
		});
		const answers = [call({ n: 1 }), call({ n: 2 }), call({ n: 3 })];
		expect(starts).toBe(1);
		expect(new Set(posted.map((p) => p.id)).size).toBe(3);
		// The worker answers out of order.
		for (const { id, n } of [...posted].reverse())
			fake.onmessage?.({ data: { id, doubled: 2 * n } } as MessageEvent);
		expect((await Promise.all(answers)).map((a) => a.doubled)).toEqual([2, 4, 6]);
	});
});
