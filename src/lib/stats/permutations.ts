/** Every ordering of `values` (n! of them, repeats included when values repeat). */
export function allOrderings<T>(values: readonly T[]): T[][] {
	if (values.length <= 1) return [values.slice()];
	return values.flatMap((first, i) =>
		allOrderings([...values.slice(0, i), ...values.slice(i + 1)]).map((rest) => [first, ...rest])
	);
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** How many orderings a blocked enumeration visits: the product of each block's n!. */
export const blockedOrderingCount = (blockSizes: readonly number[]) =>
	blockSizes.reduce((product, n) => product * factorial(n), 1);
