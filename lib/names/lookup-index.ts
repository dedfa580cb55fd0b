import type { NameRecord } from "../content/names";
import { LAYER_INFO } from "./layers";
import type { ResolverEntry } from "./resolve";
import { statusText, type StatusKind } from "./status";

/** What the lookup island needs per name: the spellings to match and what to show for a match. */
export interface LookupEntry extends ResolverEntry {
  url: string;
  layer: string;
  status: string;
}

/** Among equally good matches, a name still in use comes before a retired one or a reseller id. */
const STATUS_RANK: Record<StatusKind, number> = {
  current: 0,
  upcoming: 1,
  previous: 2,
  "shutdown-scheduled": 3,
  unverified: 4,
  "shut-down": 5,
  "not-openai": 6,
};

/** Which layers count as callable models, and which as generations, for the resolver's shape rules. */
const ROLE: Partial<Record<NameRecord["layer"], NonNullable<ResolverEntry["role"]>>> = {
  "api-model": "model",
  "api-alias": "model",
  "release-label": "generation",
};

/** The resolver index for the glossary, small enough to ship as JSON in the /names/ page. */
export function lookupEntries(names: readonly NameRecord[]): LookupEntry[] {
  return names.map((n) => ({
    slug: n.slug,
    name: n.name,
    ...(n.apiId ? { apiId: n.apiId } : {}),
    aliases: n.aliases,
    ...(n.relations.parent ? { parent: n.relations.parent } : {}),
    rank: STATUS_RANK[n.status.kind],
    ...(n.notOpenAI ? { notOpenAI: true } : {}),
    ...(n.lifecycle.released ? { released: n.lifecycle.released.date } : {}),
    ...(ROLE[n.layer] ? { role: ROLE[n.layer] } : {}),
    url: n.url,
    layer: LAYER_INFO[n.layer].label,
    status: statusText(n.status),
  }));
}
