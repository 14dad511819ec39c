/**
 * Holds a start back while something more urgent finishes. `hold(p)` asks the start to wait for
 * `p` (its failure releases it as well as its success); `open()` resolves once every hold asked
 * before the end of the current task has settled, or after `cap` ms, whichever comes first. Holds
 * asked after that change nothing.
 */
export function startGate(cap: number) {
	const holds: Promise<void>[] = [];
	let opened = false;
	let opening: Promise<void> | null = null;
	return {
		hold(p: Promise<unknown>): void {
			if (!opened)
				holds.push(
					p.then(
						() => {},
						() => {}
					)
				);
		},
		open(): Promise<void> {
			// A macrotask first: the holds a page asks in the same round of effects as its first
			// query are all counted.
			opening ??= new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
				if (holds.length === 0) return void (opened = true);
				let timer: ReturnType<typeof setTimeout> | undefined;
				const capped = new Promise<void>((resolve) => (timer = setTimeout(resolve, cap)));
				return Promise.race([Promise.all(holds).then(() => {}), capped]).then(() => {
					clearTimeout(timer);
					opened = true;
				});
			});
			return opening;
		}
	};
}
