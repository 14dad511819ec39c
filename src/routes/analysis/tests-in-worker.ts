import { withTests, type EventEffect } from '$lib/data/event-effect';
import type { EventStrategy } from '$lib/data/event-strategies';
import { workerClient } from '$lib/db/worker-client';
import type { TestsReply, TestsRequest } from './effect.worker';

const tester = workerClient<Omit<TestsRequest, 'id'>, TestsReply>(
	() => new Worker(new URL('./effect.worker.ts', import.meta.url), { type: 'module' })
);

/**
 * The summary with its tests, computed in a worker (the same `withTests`, so the same numbers);
 * where the browser has no workers, here.
 */
export async function testsInWorker(
	summary: EventEffect,
	strategies: readonly EventStrategy[]
): Promise<EventEffect> {
	if (typeof Worker === 'undefined') return withTests(summary, strategies);
	const lean = strategies.map(({ country, code, change }) => ({ country, code, change }));
	return (await tester({ summary, strategies: lean })).effect;
}
