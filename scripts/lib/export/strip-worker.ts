/** One post-export worker thread: strips the pages it is given (scripts/postexport.ts splits them). */
import { parentPort, workerData } from "node:worker_threads";
import type { ThreadData } from "../threads";
import { pageStripper, stripPage, type PageOutcome, type StripStats } from "./strip-pages";

/** What every thread shares; each gets its own pages (paths relative to outDir) as `items`. */
export interface StripJob {
  outDir: string;
  originalsDir: string;
  cacheDir?: string;
}
export interface StripReply {
  outcomes: PageOutcome[];
  stats: StripStats;
}

// workerData is what scripts/postexport.ts passes to inThreads(); threads share no types.
const job = workerData as ThreadData<StripJob, string>;
const { strip, stats } = pageStripper(job.cacheDir);
const outcomes = job.items.map((rel) => stripPage(job.outDir, job.originalsDir, rel, strip));
parentPort!.postMessage({ outcomes, stats } satisfies StripReply);
