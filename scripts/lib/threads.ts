/**
 * Work spread over worker threads, one per core: the post-export step's page stripping and the Markdown
 * twins' conversion. Each thread boots tsx (worker-boot.mjs), loads a TypeScript module, gets
 * `{ ...shared, items }` as its workerData and posts one reply.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";

/** Below this many items per thread, a thread costs more to start than it saves. */
const ITEMS_PER_THREAD = 64;

/** How many threads `items` pieces of work are worth; under 2, the caller does the work itself. */
export function threadsFor(items: number): number {
  return Math.min(os.availableParallelism(), Math.floor(items / ITEMS_PER_THREAD));
}

/** What a thread module receives as workerData. */
export type ThreadData<Shared, Item> = Shared & { items: Item[] };

/**
 * Runs `entry` in `threads` threads over `items`, dealt round-robin so long and short pages spread
 * evenly, and returns each thread's reply. A thread that throws or exits early rejects, naming `label`.
 */
export function inThreads<Shared extends object, Item, Reply>(
  label: string,
  entry: URL,
  shared: Shared,
  items: readonly Item[],
  threads: number,
): Promise<Reply[]> {
  const shares = Array.from({ length: threads }, (_, t) => items.filter((_, i) => i % threads === t));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<Reply>((resolve, reject) => {
          const workerData: ThreadData<Shared, Item> & { entry: string } = {
            ...shared,
            items: share,
            entry: entry.href,
          };
          const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData });
          worker.once("message", (reply: Reply) => resolve(reply));
          worker.once("error", reject);
          worker.once(
            "exit",
            (code) => code !== 0 && reject(new Error(`${label}: a worker thread exited with ${code}`)),
          );
        }),
    ),
  );
}
