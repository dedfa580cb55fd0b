import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderCard, type CardData } from "../../../lib/seo/og-card";

/** One card to draw: its data, and the export file it goes to. */
export interface CardJob {
  file: string;
  data: CardData;
}

/** Writes one card's PNG into the export (its folder made if missing). */
export function writeCard(file: string, png: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
}

/** Draws each card (and keeps it in the card cache, lib/seo/og-cache.ts) into its file. */
export async function writeCards(jobs: readonly CardJob[]): Promise<void> {
  for (const { file, data } of jobs) writeCard(file, Buffer.from(await (await renderCard(data)).arrayBuffer()));
}
