/** One thread of the cards step: draws the guide cards it is given (scripts/guide-cards.ts splits them). */
import { parentPort, workerData } from "node:worker_threads";
import type { ThreadData } from "../threads";
import { writeCards, type CardJob } from "./write";

// workerData is what scripts/guide-cards.ts passes to inThreads(); threads share no types.
const { items } = workerData as ThreadData<object, CardJob>;
await writeCards(items);
parentPort!.postMessage(items.length);
