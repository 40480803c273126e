// The SQL console's editor: CodeMirror 6 with DuckDB-flavoured SQL highlighting, completion of the
// snapshot's tables and columns, Ctrl/Cmd+Enter to run, and a mark on the spot an error points at. This
// module is only ever imported dynamically, so CodeMirror loads with the SQL page and nowhere else.
import { closeCompletion, completeFromList, type Completion } from '@codemirror/autocomplete';
import { PostgreSQL, sql, SQLDialect } from '@codemirror/lang-sql';
import { EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { basicSetup } from 'codemirror';

export interface SqlColumnInfo {
  name: string;
  type: string;
  description: string;
}

export interface SqlEditorOptions {
  doc: string;
  /** The accessible name of the editing area. */
  label: string;
  describedBy?: string;
  tables: Record<string, SqlColumnInfo[]>;
  onRun: () => void;
  onChange: (doc: string) => void;
}

export interface SqlEditorHandle {
  get(): string;
  set(doc: string): void;
  /** Puts the cursor (and the focus) at a line and column, both from 1. */
  focusAt(line: number, column: number): void;
  focus(): void;
  /** Marks the spot an error points at; null clears the mark. */
  markError(at: { line: number; column: number } | null): void;
  destroy(): void;
}

/** PostgreSQL's grammar with DuckDB's own statements and clauses as keywords. */
const DuckDB = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} summarize describe pivot unpivot qualify exclude replace columns struct list map`,
});

const setError = StateEffect.define<number | null>();
const errorMark = Decoration.mark({ class: 'cm-sql-error' });
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    // Any edit clears the mark: the error was about the text as it was.
    marks = tr.docChanged ? Decoration.none : marks;
    for (const e of tr.effects)
      if (e.is(setError)) {
        if (e.value === null) marks = Decoration.none;
        else {
          const from = Math.min(e.value, tr.state.doc.length);
          const line = tr.state.doc.lineAt(from);
          // Underline the word at the spot (or one character), never past the end of the line.
          const word = tr.state.wordAt(from);
          const to = word && word.from === from ? word.to : Math.min(from + 1, line.to);
          marks = to > from ? Decoration.set([errorMark.range(from, to)]) : Decoration.none;
        }
      }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const theme = EditorView.theme(
  {
    // Light in both colour schemes, so the highlighting keeps its contrast.
    '&': {
      backgroundColor: '#ffffff',
      color: '#1b1b1b',
      border: '1px solid var(--c-control-border)',
      borderRadius: '4px',
      fontSize: '0.95rem',
    },
    // The site's focus ring (app.css :focus-visible), so the editor is not the one control that looks different.
    '&.cm-focused': {
      outline: '3px solid var(--c-focus)',
      outlineOffset: '2px',
      boxShadow: '0 0 0 2px var(--c-focus-edge)',
    },
    '.cm-content': {
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      minHeight: '9rem',
      caretColor: '#1b1b1b',
    },
    '.cm-scroller': { maxHeight: '24rem' },
    '.cm-gutters': { backgroundColor: '#f3f3f3', color: '#535353', borderRight: '1px solid #d0d0d0' },
    '.cm-activeLine': { backgroundColor: '#f5f8fc' },
    '.cm-activeLineGutter': { backgroundColor: '#e6edf5' },
    '.cm-sql-error': { textDecoration: 'underline wavy #b3261e', textDecorationSkipInk: 'none' },
    '.cm-tooltip-autocomplete': { fontFamily: 'ui-monospace, monospace' },
  },
  { dark: false },
);

export function createSqlEditor(parent: HTMLElement, opts: SqlEditorOptions): SqlEditorHandle {
  const schema: Record<string, Completion[]> = {};
  const columns = new Map<string, { tables: string[]; info: SqlColumnInfo }>();
  for (const [table, cols] of Object.entries(opts.tables)) {
    schema[table] = cols.map((c) => ({
      label: c.name,
      type: 'property',
      detail: c.type,
      info: c.description || undefined,
    }));
    for (const c of cols) {
      const known = columns.get(c.name);
      if (known) known.tables.push(table);
      else columns.set(c.name, { tables: [table], info: c });
    }
  }
  // Column names complete without a table prefix too (most queries read one table).
  const bareColumns = completeFromList(
    [...columns.entries()].map(([name, { tables, info }]) => ({
      label: name,
      type: 'property',
      detail: tables.length > 2 ? `${tables.slice(0, 2).join(', ')}…` : tables.join(', '),
      info: info.description || undefined,
      boost: -1,
    })),
  );

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.doc,
      extensions: [
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: (view) => {
                closeCompletion(view);
                opts.onRun();
                return true;
              },
            },
          ]),
        ),
        basicSetup,
        sql({ dialect: DuckDB, schema, upperCaseKeywords: true }),
        DuckDB.language.data.of({ autocomplete: bareColumns }),
        errorField,
        theme,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': opts.label,
          ...(opts.describedBy ? { 'aria-describedby': opts.describedBy } : {}),
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
        }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) opts.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });

  const offset = (line: number, column: number) => {
    const doc = view.state.doc;
    const l = doc.line(Math.max(1, Math.min(line, doc.lines)));
    return Math.min(l.from + Math.max(0, column - 1), l.to);
  };

  return {
    get: () => view.state.doc.toString(),
    set(doc) {
      if (doc === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    },
    focusAt(line, column) {
      const pos = offset(line, column);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    focus: () => view.focus(),
    markError(at) {
      view.dispatch({ effects: setError.of(at ? offset(at.line, at.column) : null) });
    },
    destroy: () => view.destroy(),
  };
}
