import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGate } from '../../../src/lib/db/start-gate';

/** Whether `p` has settled, after the pending callbacks have run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
	let done = false;
	void p.then(() => (done = true));
	await vi.advanceTimersByTimeAsync(0);
	return done;
}

describe('startGate', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('opens after a task when nothing holds it', async () => {
		const gate = startGate(2000);
		expect(await settled(gate.open())).toBe(true);
	});

	it('waits for every hold asked in the same task, then opens', async () => {
		const gate = startGate(2000);
		let first!: () => void;
		let second!: () => void;
		gate.hold(new Promise<void>((r) => (first = r)));
		const open = gate.open();
		gate.hold(new Promise<void>((r) => (second = r)));
		expect(await settled(open)).toBe(false);
		first();
		expect(await settled(open)).toBe(false);
		second();
		expect(await settled(open)).toBe(true);
	});

	it('is released by a hold that fails', async () => {
		const gate = startGate(2000);
		gate.hold(Promise.reject(new Error('no result file')));
		expect(await settled(gate.open())).toBe(true);
	});

	it('opens after the cap when a hold never settles', async () => {
		const gate = startGate(2000);
		gate.hold(new Promise(() => {}));
		const open = gate.open();
		await vi.advanceTimersByTimeAsync(1999);
		expect(await settled(open)).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(await settled(open)).toBe(true);
	});

	it('ignores holds asked once it has opened, and opens once', async () => {
		const gate = startGate(2000);
		const open = gate.open();
		expect(await settled(open)).toBe(true);
		gate.hold(new Promise(() => {}));
		expect(gate.open()).toBe(open);
	});
});
