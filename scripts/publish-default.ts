// The publications the site is served with by default (`npm start`) and tested with: the newest, plus an
// earlier one made from the same figures cut off at the end of 2022, so that the publication history, the
// "what changed" view and the older-publication banner have something real to show.
import { runSnapshot, type SnapshotArgs } from './snapshot.ts';

export const DEFAULT_PUBLICATIONS: Omit<SnapshotArgs, 'in' | 'out'>[] = [
  { id: '2023-06', published: '2023-06-30', until: '2022-12-31', notes: 'data/releases/2023-06.md' },
  { id: '2024-12', published: '2024-12-12', notes: 'data/releases/2024-12.md' },
];
export const NEWEST = '2024-12';

export async function publishDefault(out: string, input = 'data'): Promise<string[]> {
  const lines: string[] = [];
  for (const p of DEFAULT_PUBLICATIONS) {
    const res = await runSnapshot({ ...p, in: input, out });
    lines.push(...res.lines.filter((l) => !l.startsWith('read ')));
    if (res.code !== 0) throw new Error(lines.join('\n'));
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'public/data';
  try {
    for (const l of await publishDefault(out)) console.log(l);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
