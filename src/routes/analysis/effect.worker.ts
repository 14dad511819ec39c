/// <reference lib="webworker" />
import { withTests, type EventEffect } from '$lib/data/event-effect';
import type { EventStrategy } from '$lib/data/event-strategies';

/**
 * Runs an effect's permutation tests and bootstrap off the page's main thread, so that the page
 * draws a changed chart at once and takes the tests' result when it comes.
 */
export interface TestsRequest {
	id: number;
	summary: EventEffect;
	/** Only what the tests read of each strategy. */
	strategies: Pick<EventStrategy, 'country' | 'code' | 'change'>[];
}

export interface TestsReply {
	id: number;
	effect: EventEffect;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = ({ data }: MessageEvent<TestsRequest>) =>
	scope.postMessage({
		id: data.id,
		effect: withTests(data.summary, data.strategies as EventStrategy[])
	} satisfies TestsReply);
