/**
 * The scanner's compact name data, generated at build time from the glossary: only the names that can
 * appear in code (API models, snapshots, the alias, release labels people type as ids, reseller ids),
 * with their spellings and dated lifecycle, not the glossary's prose.
 */
import type { NameRecord } from "../content/names";
import type { NameEntry } from "../content/schemas/name";
import type { ScanData, ScanEntry } from "./scan";

const SCANNABLE = new Set(["api-model", "snapshot", "api-alias", "release-label"]);

/** Names that can appear in code: these get a scanner entry and a "For developers" section on their page. */
export function isScannable(n: Pick<NameEntry, "notOpenAI" | "layer">): boolean {
  return n.notOpenAI || SCANNABLE.has(n.layer);
}

export function buildScanData(names: readonly NameRecord[]): ScanData {
  const bySlug = new Map(names.map((n) => [n.slug, n]));
  const event = (e: NameRecord["lifecycle"]["released"]) =>
    e ? { date: e.date, ...(e.dateVerified ? { dateVerified: e.dateVerified } : {}) } : undefined;
  const entries: ScanEntry[] = names.filter(isScannable).map((n) => {
    const { released, shutdownScheduled, shutDown } = n.lifecycle;
    return {
      slug: n.slug,
      name: n.name,
      ...(n.apiId ? { apiId: n.apiId } : {}),
      aliases: n.aliases,
      ...(n.relations.parent ? { parent: n.relations.parent } : {}),
      url: n.url,
      ...(n.notOpenAI ? { notOpenAI: true as const } : {}),
      verification: n.verification,
      lifecycle: {
        ...(released ? { released: { ...event(released)!, ...n.release } } : {}),
        ...(shutdownScheduled ? { shutdownScheduled: event(shutdownScheduled)! } : {}),
        ...(shutDown ? { shutDown: event(shutDown)! } : {}),
      },
      supersededBy: n.relations.supersededBy,
      replacedBy: n.relations.replacedBy,
      lastVerified: n.lastVerified,
    };
  });
  const inData = new Set(entries.map((e) => e.slug));
  const others: ScanData["others"] = {};
  for (const e of entries) {
    for (const slug of [...e.supersededBy, ...e.replacedBy]) {
      const o = bySlug.get(slug);
      if (o && !inData.has(slug))
        others[slug] = {
          name: o.name,
          url: o.url,
          ...(o.release ? { released: o.release } : {}),
        };
    }
  }
  return { entries, others };
}

/**
 * The shortest set of literal prefixes that still matches every scannable id (gpt-image-1 covers
 * gpt-image-1.5 and gpt-image-1-mini), for a grep command readers can run without this page.
 */
export function grepPattern(data: ScanData): string {
  const ids = [...new Set(data.entries.map((e) => e.apiId ?? e.name).filter((id) => /^[a-z0-9._-]+$/.test(id)))].sort();
  const kept = ids.filter((id) => !ids.some((other) => other !== id && id.startsWith(other)));
  return kept.map((id) => id.replace(/\./g, "\\.")).join("|");
}
