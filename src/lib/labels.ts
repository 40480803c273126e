// Code labels of a snapshot's code lists, in their own module so that the snapshot command can use it too.
import type { Code, ColumnMeta, Lang, Manifest } from './manifest';

/** Looks up code labels of a manifest's code lists. */
export class Labels {
  private readonly maps = new Map<string, Map<string, Code>>();
  constructor(manifest: Manifest) {
    for (const [id, cl] of Object.entries(manifest.codelists))
      this.maps.set(id, new Map(cl.codes.map((c) => [c.code, c])));
  }
  /** The codes of a list in the list's own order. */
  codes(codelist: string): string[] {
    return [...(this.maps.get(codelist)?.keys() ?? [])];
  }
  code(codelist: string | undefined, code: string): Code | undefined {
    return codelist ? this.maps.get(codelist)?.get(code) : undefined;
  }
  label(codelist: string | undefined, code: string, lang: Lang): string {
    const c = this.code(codelist, code);
    return c ? c.label[lang] || c.label.nl : code;
  }
  forColumn(col: ColumnMeta, lang: Lang): (code: string) => string {
    return (code) => this.label(col.codelist, code, lang);
  }
}
