/**
 * Runs a command and measures it: wall time, the peak resident memory of its whole process tree
 * (sampled from /proc every 100 ms: Next renders in worker processes, so one process's peak would
 * understate it) and, when GNU time is installed (`apt-get install -y time`), the largest single
 * process's peak as the kernel counted it. Without /proc or GNU time those numbers are left out.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Measured {
  status: number;
  ms: number;
  /** Sum of RSS over the process tree at its highest sample, bytes. */
  peakTreeBytes?: number;
  /** GNU time's "Maximum resident set size" (the largest single process), bytes. */
  maxProcessBytes?: number;
  log: string;
}

const GNU_TIME = "/usr/bin/time";
const PAGE = 4096;

function treeRss(root: number): number | undefined {
  if (!existsSync("/proc/self/stat")) return undefined;
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * PAGE);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

export async function runMeasured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<Measured> {
  const timeFile = path.join(tmpdir(), `bench-time-${process.pid}.txt`);
  const useTime = existsSync(GNU_TIME);
  if (useTime) writeFileSync(timeFile, "");
  const [cmd, argv] = useTime ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let peak: number | undefined;
  const sample = () => {
    const now = child.pid ? treeRss(child.pid) : undefined;
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  };
  const timer = setInterval(sample, 100);
  const status = await new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const ms = performance.now() - started;
  let maxProcessBytes: number | undefined;
  if (useTime) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, "utf8"))?.[1];
    if (kb) maxProcessBytes = Number(kb) * 1024;
  }
  return { status, ms, peakTreeBytes: peak, maxProcessBytes, log };
}
