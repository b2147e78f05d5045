// Runs one command and measures it as the benchmark reports it: wall time, CPU time of the whole
// process tree, peak memory of the tree (and of its largest process by name), and when each phase
// began, from the moments the build's own log lines arrive.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  status: number | null;
  output: string;
  wallMs: number;
  cpuMs: number;
  /** The highest sum of resident memory over the process tree, in bytes. */
  peakBytes: number;
  /** The highest resident memory of any one process, by its command name, in bytes. */
  peakByName: Record<string, number>;
  /** Each log line with the milliseconds since the start at which it arrived. */
  lines: { at: number; text: string }[];
}

/** Clock ticks a second, as Linux counts CPU time in /proc (USER_HZ, 100 on every Linux we run on). */
const TICKS = 100;

/** The user and system CPU time of this process's waited-for children, in milliseconds. */
function childrenCpuMs(): number {
  // Fields after the command name; cutime and cstime are the 14th and 15th of them.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

interface Process {
  pid: number;
  parent: number;
  name: string;
  rss: number;
}

function processes(): Process[] {
  const found: Process[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(status)?.[1] ?? '';
      found.push({
        pid: Number(entry),
        parent: Number(field('PPid')),
        // Node names its main thread, and so its process, MainThread.
        name: field('Name') === 'MainThread' ? 'node' : field('Name'),
        rss: Number.parseInt(field('VmRSS') || '0', 10) * 1024,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function tree(root: number, all: Process[]): Process[] {
  const children = new Map<number, Process[]>();
  for (const p of all) children.set(p.parent, [...(children.get(p.parent) ?? []), p]);
  const inTree: Process[] = [];
  const queue = all.filter((p) => p.pid === root);
  while (queue.length) {
    const p = queue.pop()!;
    inTree.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return inTree;
}

export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<Measured>((resolve) => {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Measured['lines'] = [];
    let output = '';
    let pending = '';
    const take = (chunk: string) => {
      output += chunk;
      const at = performance.now() - started;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    let peakBytes = 0;
    const peakByName: Record<string, number> = {};
    const sample = () => {
      if (child.pid === undefined) return;
      const now = tree(child.pid, processes());
      peakBytes = Math.max(
        peakBytes,
        now.reduce((sum, p) => sum + p.rss, 0),
      );
      for (const p of now) peakByName[p.name] = Math.max(peakByName[p.name] ?? 0, p.rss);
    };
    const sampler = setInterval(sample, 100);
    child.on('close', (status) => {
      clearInterval(sampler);
      if (pending) lines.push({ at: performance.now() - started, text: pending });
      resolve({
        status,
        output,
        wallMs: performance.now() - started,
        cpuMs: childrenCpuMs() - cpuBefore,
        peakBytes,
        peakByName,
        lines,
      });
    });
  });
}
