// DuckDB's errors, made readable: its kind ("Parser", "Catalog", "Binder"…), its message, and where in the
// reader's SQL it points. DuckDB reports errors in two shapes: as JSON (`getTableNames` in DuckDB-WASM:
// {"exception_type":"Parser","exception_message":"…","position":"14"}) and as text ("Catalog Error: …" followed
// by "LINE 2: <the line>" and a caret under the spot). Both become one `DuckError`.

export interface DuckError {
  /** DuckDB's exception type without " Error": "Parser", "Catalog", "Binder", "Permission", "Out of Memory"… */
  type: string;
  /** The message without the type prefix and without the LINE/caret context. */
  message: string;
  /** Offset in the SQL that was sent, when DuckDB gave one. */
  position: number | null;
  /** The "LINE n: …" context with its caret line, as DuckDB printed it. */
  context: { line: number; snippet: string; caret: number } | null;
}

export function duckError(e: unknown): DuckError {
  const raw = e instanceof Error ? e.message : String(e);
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) {
    try {
      const j = JSON.parse(trimmed) as Record<string, unknown>;
      if (typeof j.exception_message === 'string') {
        const inner = fromText(j.exception_message);
        const pos = Number(j.position);
        return {
          type: typeof j.exception_type === 'string' ? j.exception_type : inner.type,
          message: inner.message,
          position: Number.isFinite(pos) && j.position !== undefined ? pos : null,
          context: inner.context,
        };
      }
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  return fromText(raw);
}

function fromText(raw: string): DuckError {
  let text = raw.replace(/\r\n/g, '\n');
  let type = '';
  const m = /^([A-Za-z][A-Za-z ]*?) Error: /.exec(text);
  if (m) {
    type = m[1];
    text = text.slice(m[0].length);
  }
  // The first "LINE n: …" block is DuckDB's pointer into the SQL; some errors repeat it, once is enough.
  let context: DuckError['context'] = null;
  const lm = /\n*LINE (\d+): ([^\n]*)\n( *)\^/.exec(text);
  if (lm) {
    const prefix = `LINE ${lm[1]}: `.length;
    context = { line: Number(lm[1]), snippet: lm[2], caret: lm[3].length - prefix };
    text = text.slice(0, lm.index);
  }
  return { type, message: text.trim(), position: null, context };
}

/** Line and column (both from 1) in `sql` that an error points at, if it points anywhere. */
export function locate(sql: string, err: DuckError): { line: number; column: number } | null {
  const lines = sql.replace(/\r\n?/g, '\n').split('\n');
  if (err.context) {
    const { line, snippet, caret } = err.context;
    const text = lines[line - 1];
    if (text === undefined) return null;
    // DuckDB shortens long lines to a window with "..." at either end; find the window in the real line.
    const lead = snippet.startsWith('...') ? 3 : 0;
    const core = snippet.slice(lead).replace(/\.\.\.$/, '');
    const at = core ? text.indexOf(core) : 0;
    if (at < 0) return null;
    const column = at + Math.max(0, caret - lead) + 1;
    return { line, column: Math.min(column, text.length + 1) };
  }
  if (err.position !== null && err.position >= 0 && err.position <= sql.length) {
    const before = sql.slice(0, err.position).replace(/\r\n?/g, '\n').split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  }
  return null;
}
