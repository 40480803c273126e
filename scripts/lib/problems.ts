// One problem in the input, printed as `FILE:LINE: column "x": value "y" — rule` so that an analyst can
// jump straight to it in an editor.
export interface Problem {
  file: string;
  line: number;
  column?: string;
  value?: string | null;
  rule: string;
}

export function formatProblem(p: Problem): string {
  const parts = [`${p.file}:${p.line}:`];
  if (p.column !== undefined) parts.push(`column "${p.column}":`);
  if (p.value !== undefined) parts.push(p.value === null ? 'empty —' : `value "${p.value}" —`);
  else parts.push('—');
  parts.push(p.rule);
  return parts.join(' ');
}

export class ProblemList {
  readonly items: Problem[] = [];
  add(p: Problem): void {
    this.items.push(p);
  }
  get ok(): boolean {
    return this.items.length === 0;
  }
  sorted(): Problem[] {
    return [...this.items].sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        (a.column ?? '').localeCompare(b.column ?? '') ||
        a.rule.localeCompare(b.rule),
    );
  }
}
