/** One Markdown twin worker thread: converts the pages it is given into the twin cache (scripts/gen-outputs.ts splits them). */
import { parentPort, workerData } from "node:worker_threads";
import type { TwinInput } from "../../../lib/markdown/twin";
import type { ThreadData } from "../threads";
import { convertAndKeep } from "./cache";

/** One page to convert: its input, and the cache file its twin goes to. */
export interface TwinJob {
  file: string;
  input: TwinInput;
}

// workerData is what scripts/gen-outputs.ts passes to inThreads(); threads share no types.
const { items } = workerData as ThreadData<object, TwinJob>;
for (const { file, input } of items) await convertAndKeep(file, input);
parentPort!.postMessage(items.length);
