import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { Compartment, EditorSelection, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import { sqlEditorTheme, sqlHighlighting } from './highlight';

export interface EditorOptions {
	doc: string;
	label: string;
	onChange: (text: string) => void;
	onRun: () => void;
	schema: Record<string, string[]>;
}

export interface SqlEditorHandle {
	setDoc(text: string): void;
	insert(text: string): void;
	setSchema(schema: Record<string, string[]>): void;
	/** Puts the cursor at a 1-based line and column (where DuckDB reported an error). */
	select(line: number, column: number): void;
	destroy(): void;
}

const language = (schema: Record<string, string[]>) =>
	sql({ dialect: PostgreSQL, schema, upperCaseKeywords: true });

/** A CodeMirror 6 SQL editor: highlighting, completion from the schema, Ctrl/Cmd+Enter runs. */
export function createEditor(parent: HTMLElement, options: EditorOptions): SqlEditorHandle {
	const lang = new Compartment();
	const view = new EditorView({
		parent,
		doc: options.doc,
		extensions: [
			Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
			basicSetup,
			sqlHighlighting,
			sqlEditorTheme,
			lang.of(language(options.schema)),
			EditorView.lineWrapping,
			EditorView.contentAttributes.of({ 'aria-label': options.label }),
			EditorView.updateListener.of((u) => {
				if (u.docChanged) options.onChange(u.state.doc.toString());
			})
		]
	});
	return {
		setDoc(text) {
			if (text !== view.state.doc.toString())
				view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
		},
		insert(text) {
			view.dispatch(view.state.replaceSelection(text));
			view.focus();
		},
		setSchema(schema) {
			view.dispatch({ effects: lang.reconfigure(language(schema)) });
		},
		select(line, column) {
			const l = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
			const at = Math.min(l.from + Math.max(0, column - 1), l.to);
			view.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
		},
		destroy: () => view.destroy()
	};
}
