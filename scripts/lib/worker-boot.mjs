// Starts a TypeScript worker thread: tsx's loader is registered in the thread first (Node 20 does not pass
// an --import loader on to worker threads), then the worker module named in workerData.entry is loaded.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
