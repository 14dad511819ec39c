/**
 * Runs every check in order: format and lint, types, unit and chart tests, build, browser tests.
 * Prints one closing line `N passed, N failed (…)` from the test runners' counts, test files
 * included (a file that failed to load is a failure), and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import {
	addMissingReport,
	addReport,
	closingLine,
	emptyCounts,
	totalFailed,
	type VitestReport
} from './test-summary.ts';

interface Step {
	name: string;
	command: string[];
	/** Vitest JSON report to count tests from. */
	report?: string;
}

const vitest = (config: string, report: string) => [
	'npx',
	'vitest',
	'run',
	'--config',
	config,
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`
];

const STEPS: Step[] = [
	{ name: 'format', command: ['npx', 'prettier', '--check', '.'] },
	{ name: 'lint', command: ['npx', 'eslint', '.'] },
	{ name: 'types', command: ['npm', 'run', '--silent', 'check'] },
	{
		name: 'unit',
		command: vitest('vitest.config.ts', 'test-results/unit.json'),
		report: 'test-results/unit.json'
	},
	{ name: 'build', command: ['npx', 'vite', 'build'] },
	{
		name: 'e2e',
		command: vitest('vitest.e2e.config.ts', 'test-results/e2e.json'),
		report: 'test-results/e2e.json'
	}
];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
let counts = emptyCounts();
const steps = { passed: 0, failed: 0 };
const failedSteps: string[] = [];
for (const step of STEPS) {
	console.log(`\n── ${step.name}: ${step.command.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(step.command[0] as string, step.command.slice(1), {
		stdio: 'inherit',
		env: { ...process.env, TZ: 'UTC' }
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (step.report) {
		try {
			counts = addReport(counts, JSON.parse(readFileSync(step.report, 'utf8')) as VitestReport);
		} catch {
			counts = addMissingReport(counts, step.name);
		}
	} else if (result.status === 0) steps.passed += 1;
	else steps.failed += 1;
	if (result.status !== 0) failedSteps.push(step.name);
	console.log(`── ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
}
for (const file of counts.files.unloaded) console.log(`Not loaded: ${file}`);
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`);
const line = closingLine(counts, steps);
console.log(`\n${line}`);
process.exit(failedSteps.length || totalFailed(counts, steps) ? 1 : 0);
