/** One post-export worker thread: strips the pages it is given (scripts/postexport.ts splits them). */
import { parentPort, workerData } from "node:worker_threads";
import { pageStripper, stripPage, type PageOutcome, type StripStats } from "./strip-pages";

export interface StripJob {
  outDir: string;
  originalsDir: string;
  cacheDir?: string;
  pages: string[];
}
export interface StripReply {
  outcomes: PageOutcome[];
  stats: StripStats;
}

// workerData is what scripts/postexport.ts passes to new Worker(); threads share no types.
const job = workerData as StripJob & { entry: string };
const { strip, stats } = pageStripper(job.cacheDir);
const outcomes = job.pages.map((rel) => stripPage(job.outDir, job.originalsDir, rel, strip));
parentPort!.postMessage({ outcomes, stats } satisfies StripReply);
