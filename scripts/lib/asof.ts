// `--until DATE`: a publication as it stood at a date, made from the same validated input — only the
// observations whose reference date (or year) is on or before DATE. Used to publish the earlier snapshot of
// the default site, and by analysts who publish a cut-off.
import type { DuckDBConnection } from '@duckdb/node-api';
import { lit, q, type LoadedInput } from './validate.ts';

export async function restrictUntil(con: DuckDBConnection, input: LoadedInput, until: string): Promise<string[]> {
  const notes: string[] = [];
  const year = Number(until.slice(0, 4));
  for (const d of [...input.meta.datasets]) {
    const table = input.tables.get(d.id)!;
    const time = d.columns.find((c) => c.role === 'time')!;
    const cond = time.type === 'DATE' ? `${q(time.name)} > DATE ${lit(until)}` : `${q(time.name)} > ${year}`;
    await con.run(`DELETE FROM ${q(table)} WHERE ${cond}`);
    const [{ n }] = (await con.runAndReadAll(`SELECT count(*)::INT AS n FROM ${q(table)}`)).getRowObjectsJS();
    if (Number(n) === 0) {
      input.meta.datasets = input.meta.datasets.filter((x) => x.id !== d.id);
      input.tables.delete(d.id);
      notes.push(`dataset "${d.id}" left out: all its figures are after ${until}`);
    }
  }
  const kept = [];
  for (const h of input.meta.highlights) {
    const table = input.tables.get(h.dataset);
    const where = Object.entries(h.headline.where)
      .map(([k, v]) => `CAST(${q(k)} AS VARCHAR) = ${lit(v)}`)
      .join(' AND ');
    const n = table
      ? Number(
          (await con.runAndReadAll(`SELECT count(*)::INT AS n FROM ${q(table)} WHERE ${where}`)).getRowObjectsJS()[0].n,
        )
      : 0;
    if (n === 1) kept.push(h);
    else notes.push(`key figure "${h.id}" left out: its figure is after ${until}`);
  }
  input.meta.highlights = kept;
  return notes;
}
