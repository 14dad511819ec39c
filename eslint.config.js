import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const duckdbOnlyInDb = {
	patterns: [
		{
			group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'],
			message: 'Only src/lib/db owns DuckDB-WASM.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/**'],
		rules: { 'no-restricted-imports': ['error', duckdbOnlyInDb] }
	},
	{
		files: ['src/lib/charts/**', 'src/lib/data/**', 'src/lib/state/**', 'src/lib/queries/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...duckdbOnlyInDb.patterns,
						{ group: ['$lib/db/*', '../db/*'], message: 'Pure modules never import the database.' }
					]
				}
			]
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/no-at-html-tags': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'tmp/',
			'node_modules/',
			'test-results/',
			'static/'
		]
	}
);
