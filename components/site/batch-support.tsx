import type { NameRecord } from "@/lib/content/names";
import { batchSupportWords, type ModelData } from "@/lib/content/model-data";
import { Timed } from "./timed";

/**
 * A model's Batch support in words, following the reader's day like its status badge: a row built
 * "Supported" reads "Supported before its scheduled shutdown date" from the day that date passes.
 */
export function BatchSupport({
  support,
  name,
}: {
  support: NonNullable<ModelData["batch"]>["support"];
  name: Pick<NameRecord, "statusChanges">;
}) {
  const variants = name.statusChanges
    .map((c) => ({ from: c.from, words: batchSupportWords(support, c.status) }))
    // Statuses that change nothing here (a countdown starting) would only repeat the words.
    .filter((v, i, all) => i === 0 || v.words !== all[i - 1]!.words);
  return <Timed variants={variants.map((v) => ({ from: v.from, node: v.words }))} />;
}
