// Memory of the Chromium processes this benchmark started (and only those: other Chromiums on the machine
// are left out), read from /proc: the resident set (RSS) summed over all of them, and the proportional set
// (PSS), which counts pages shared between the processes once.
import { readdir, readFile } from 'node:fs/promises';

interface Proc {
  pid: number;
  ppid: number;
  comm: string;
}

async function processes(): Promise<Proc[]> {
  const out: Proc[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      out.push({ pid: Number(name), ppid, comm });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** Chromium processes that descend from this Node process. */
export async function chromiumPids(root = process.pid): Promise<number[]> {
  const all = await processes();
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const c of children.get(pid) ?? []) {
      queue.push(c.pid);
      if (/chrom/i.test(c.comm)) out.push(c.pid);
    }
  }
  return out;
}

async function fieldKb(file: string, field: string): Promise<number> {
  try {
    const text = await readFile(file, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export interface MemSample {
  rssMb: number;
  pssMb: number;
  processes: number;
}

/** One sample of the memory of this benchmark's Chromium (PSS only when `pss`: it costs a page-table walk). */
export async function chromiumMemory(pss = true): Promise<MemSample> {
  const pids = await chromiumPids();
  let rss = 0;
  let pssKb = 0;
  for (const pid of pids) {
    rss += await fieldKb(`/proc/${pid}/status`, 'VmRSS');
    if (pss) pssKb += await fieldKb(`/proc/${pid}/smaps_rollup`, 'Pss');
  }
  return { rssMb: rss / 1024, pssMb: pssKb / 1024, processes: pids.length };
}
