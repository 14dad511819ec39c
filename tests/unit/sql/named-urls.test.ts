import { describe, expect, it } from 'vitest';
import { namedUrls } from '$lib/sql/named-urls';

describe('namedUrls', () => {
	it('finds the addresses in a query’s strings, with their hosts', () => {
		expect(
			namedUrls(
				"SELECT * FROM read_text('http://127.0.0.2:9/x') UNION SELECT * FROM 'https://a.example/f.parquet'"
			)
		).toEqual([
			{ url: 'http://127.0.0.2:9/x', host: '127.0.0.2:9' },
			{ url: 'https://a.example/f.parquet', host: 'a.example' }
		]);
		expect(namedUrls("SELECT $$//evil.example/p$$, E's3://bucket/k'")).toEqual([
			{ url: '//evil.example/p', host: 'evil.example' },
			{ url: 's3://bucket/k', host: 'bucket' }
		]);
	});

	it('ignores addresses in comments and identifiers, and plain strings', () => {
		expect(
			namedUrls('-- see https://x.example\nSELECT \'a://\' IS NULL, "http://y" FROM t')
		).toEqual([{ url: 'a://', host: 'a://' }]);
		expect(namedUrls("SELECT 'hello', 'http:' FROM countries")).toEqual([]);
	});
});
