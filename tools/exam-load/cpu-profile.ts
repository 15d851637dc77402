import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** What `node --cpu-prof` writes: a sample of the running function every ~1 ms, timestamps in µs of the monotonic clock. */
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface CpuProfileSummary {
  /** Milliseconds sampled inside the window. */
  sampledMs: number;
  /** Share of the samples by where the code comes from: a package, Node's internals, HocSo, GC, idle. */
  byOrigin: Array<{ origin: string; percent: number }>;
  /** The functions with the most samples of their own. */
  topFunctions: Array<{ name: string; percent: number }>;
}

function originOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1];
  if (/\/dist\/server[^/]*\//.test(url)) return 'hocso';
  return url;
}

/**
 * Where an API process's CPU went, from a `--cpu-prof` file, limited to [fromUs, toUs] of the monotonic clock
 * (process.hrtime of another process on the same machine reads the same clock).
 */
export function summariseCpuProfile(file: string, fromUs = -Infinity, toUs = Infinity): CpuProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const origins = new Map<string, number>();
  const functions = new Map<string, number>();
  let time = profile.startTime;
  let sampledUs = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const delta = profile.timeDeltas[i] ?? 0;
    time += delta;
    if (time < fromUs || time > toUs) continue;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const origin = originOf(url, functionName);
    origins.set(origin, (origins.get(origin) ?? 0) + delta);
    const name = `${functionName || '(anonymous)'} ${origin}${url && !url.startsWith('node:') ? `:${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + delta);
    sampledUs += delta;
  }
  const ranked = (counts: Map<string, number>, limit: number) =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, percent: (us / Math.max(1, sampledUs)) * 100 }));
  return {
    sampledMs: sampledUs / 1000,
    byOrigin: ranked(origins, 10).map(({ name, percent }) => ({ origin: name, percent })),
    topFunctions: ranked(functions, 12),
  };
}
