/** One Markdown twin worker thread: converts the pages it is given into the twin cache (scripts/gen-outputs.ts splits them). */
import { parentPort, workerData } from "node:worker_threads";
import type { TwinInput } from "../../../lib/markdown/twin";
import { convertAndKeep } from "./cache";

export interface TwinJob {
  jobs: Array<{ file: string; input: TwinInput }>;
}

// workerData is what scripts/gen-outputs.ts passes to new Worker(); threads share no types.
const { jobs } = workerData as TwinJob & { entry: string };
for (const { file, input } of jobs) await convertAndKeep(file, input);
parentPort!.postMessage(jobs.length);
