import { describe, expect, it } from 'vitest';
import {
	addMissingReport,
	addReport,
	closingLine,
	emptyCounts,
	totalFailed,
	type VitestReport
} from '../../../scripts/test-summary.ts';

const file = (name: string, status: string, tests: number) => ({
	name,
	status,
	message: status === 'failed' && tests === 0 ? 'Cannot find module' : '',
	assertionResults: Array.from({ length: tests }, () => ({}))
});

const report = (over: Partial<VitestReport>): VitestReport => ({
	numPassedTests: 0,
	numFailedTests: 0,
	numPendingTests: 0,
	numTodoTests: 0,
	testResults: [],
	...over
});

describe('the closing line of npm test', () => {
	it('counts a file that failed to load as a failure, and says how many files ran', () => {
		const r = report({
			numPassedTests: 872,
			numFailedTests: 1,
			testResults: [
				file('a.test.ts', 'passed', 800),
				file('b.test.ts', 'failed', 73),
				file('c.test.ts', 'failed', 0)
			]
		});
		const counts = addReport(emptyCounts(), r);
		expect(counts.files).toEqual({ passed: 1, failed: 2, unloaded: ['c.test.ts'] });
		const line = closingLine(counts, { passed: 4, failed: 0 });
		expect(line.startsWith('876 passed, 2 failed (')).toBe(true);
		expect(line).toContain('test files: 1 passed, 2 failed, 1 of them not loaded');
		expect(totalFailed(counts, { failed: 0 })).toBe(2);
	});

	it('counts skipped and todo tests as failures, never silently', () => {
		const counts = addReport(
			emptyCounts(),
			report({
				numPassedTests: 3,
				numPendingTests: 1,
				numTodoTests: 1,
				testResults: [file('a', 'passed', 5)]
			})
		);
		expect(totalFailed(counts, { failed: 0 })).toBe(2);
		expect(closingLine(counts, { passed: 0, failed: 0 })).toMatch(
			/^3 passed, 2 failed .*2 skipped/
		);
	});

	it('fails a step that ran no file or left no report', () => {
		let counts = addReport(emptyCounts(), report({}));
		expect(counts.files.failed).toBe(1);
		counts = addMissingReport(counts, 'e2e');
		expect(counts.files.unloaded).toEqual(['e2e (no report)']);
		expect(totalFailed(counts, { failed: 0 })).toBe(1);
	});

	it('adds reports of several steps and reports 0 failed only when all passed', () => {
		const one = report({ numPassedTests: 2, testResults: [file('a', 'passed', 2)] });
		const counts = addReport(addReport(emptyCounts(), one), one);
		expect(closingLine(counts, { passed: 3, failed: 0 })).toMatch(
			/^7 passed, 0 failed \(tests: 4 passed, 0 failed; test files: 2 passed, 0 failed/
		);
		expect(totalFailed(counts, { failed: 1 })).toBe(1);
	});
});
