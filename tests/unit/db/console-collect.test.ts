import { tableFromArrays, type RecordBatch } from 'apache-arrow';
import { describe, expect, it, vi } from 'vitest';

vi.mock('$lib/db/client.svelte', () => ({ db: {} }));
const { collect } = await import('$lib/db/console');

/** `count` batches of 1,000 rows, each row carrying `width` bytes of doubles. */
async function* batches(count: number, width: number): AsyncGenerator<RecordBatch> {
	const columns = Object.fromEntries(
		Array.from({ length: width / 8 }, (_, i) => [`c${i}`, new Float64Array(1000).fill(i)])
	);
	for (let b = 0; b < count; b++) yield* tableFromArrays(columns).batches;
}

const keptRows = (r: { batches: RecordBatch[] }) => r.batches.reduce((n, b) => n + b.numRows, 0);

describe('collect', () => {
	it('keeps rows up to the row cap and counts the rest', async () => {
		const out = await collect(batches(5, 8), () => false, { rows: 2500, bytes: 1e9 });
		expect(out.total).toBe(5000);
		expect(keptRows(out)).toBe(2500);
	});

	it('stops keeping wide rows at the byte cap, and still counts every row', async () => {
		// 800-byte rows: 1 MB holds 1,310 of them, long before the 1,000,000-row cap.
		const out = await collect(batches(4, 800), () => false, { rows: 1_000_000, bytes: 2 ** 20 });
		expect(out.total).toBe(4000);
		expect(keptRows(out)).toBe(1310);
		const kept = out.batches.reduce((n, b) => n + b.data.byteLength, 0);
		expect(kept).toBeLessThanOrEqual(2 ** 20);
	});
});
