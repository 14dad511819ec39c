/** Counts from a Vitest JSON report: tests and files, where a file that failed to load is a failure. */

export interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests?: number;
	numTodoTests?: number;
	testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
}

export interface Counts {
	tests: { passed: number; failed: number; skipped: number };
	files: { passed: number; failed: number; unloaded: string[] };
}

export const emptyCounts = (): Counts => ({
	tests: { passed: 0, failed: 0, skipped: 0 },
	files: { passed: 0, failed: 0, unloaded: [] }
});

/** Adds one report to the counts; a step that ran no test file counts as one failed file. */
export function addReport(counts: Counts, report: VitestReport): Counts {
	const files = report.testResults;
	const unloaded = files.filter((f) => f.status !== 'passed' && f.assertionResults.length === 0);
	const failedFiles = files.filter((f) => f.status !== 'passed').length;
	return {
		tests: {
			passed: counts.tests.passed + report.numPassedTests,
			failed: counts.tests.failed + report.numFailedTests,
			skipped: counts.tests.skipped + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
		},
		files: {
			passed: counts.files.passed + files.length - failedFiles,
			failed: counts.files.failed + failedFiles + (files.length === 0 ? 1 : 0),
			unloaded: [...counts.files.unloaded, ...unloaded.map((f) => f.name)]
		}
	};
}

/** A step whose report is missing or unreadable: one failed file. */
export const addMissingReport = (counts: Counts, step: string): Counts => ({
	...counts,
	files: {
		...counts.files,
		failed: counts.files.failed + 1,
		unloaded: [...counts.files.unloaded, `${step} (no report)`]
	}
});

/** Failed tests, skipped tests, files that never ran their tests, and failed steps. */
export const totalFailed = (c: Counts, steps: { failed: number }): number =>
	c.tests.failed + c.tests.skipped + c.files.unloaded.length + steps.failed;

/**
 * The closing line CI reads, `N passed, N failed`: tests that failed, skipped tests and files that
 * never ran their tests (failed to load, or no report) all count as failed; files follow in brackets.
 */
export function closingLine(c: Counts, steps: { passed: number; failed: number }): string {
	const failed = totalFailed(c, steps);
	const passed = c.tests.passed + steps.passed;
	const skipped = c.tests.skipped ? `, ${c.tests.skipped} skipped` : '';
	return (
		`${passed} passed, ${failed} failed (tests: ${c.tests.passed} passed, ${c.tests.failed} failed${skipped}; ` +
		`test files: ${c.files.passed} passed, ${c.files.failed} failed, ${c.files.unloaded.length} of them not loaded; ` +
		`other steps: ${steps.passed} passed, ${steps.failed} failed)`
	);
}
