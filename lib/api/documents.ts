/**
 * The JSON API documents (format v1), built from the loaders: the same records the pages render, with
 * raw lifecycle dates and the status derived for the build's as-of date. Each builder returns a
 * document already checked against its zod schema (lib/api/schemas.ts).
 */
import { getGuides, type Guide } from "../content/guides";
import { getNames, type NameRecord } from "../content/names";
import { getPricing } from "../content/data";
import { getRoutes, type Route } from "../content/routes";
import { getSources, type Source } from "../content/sources";
import { LAYER_INFO } from "../names/layers";
import { statusLabel, statusText, type NameStatus } from "../names/status";
import { absoluteUrl } from "../site";
import { resolveTexts } from "../outputs/text";
import { API_PAGE, apiPaths, badgePath, markdownTwinPath, nameCalendarPath, nameFeedPath } from "../urls";
import {
  guidesDocumentSchema,
  nameDocumentSchema,
  namesDocumentSchema,
  pricesDocumentSchema,
  routesDocumentSchema,
  type ApiName,
} from "./schemas";

const KINDS = ["released", "deprecationAnnounced", "shutdownScheduled", "shutDown"] as const;

const envelope = (asOf: string) => ({
  apiVersion: "v1" as const,
  asOf,
  documentation: absoluteUrl(API_PAGE),
});

function sourceRef(s: Source) {
  return {
    id: s.id,
    title: s.title,
    url: s.url ?? null,
    publisher: s.publisher,
    primary: s.primary,
    read: s.read,
    quotedBy: s.quotedBy ?? null,
    seen: s.seen,
  };
}

function sourceRefs(ids: readonly string[], all: ReadonlyMap<string, Source>) {
  return ids.flatMap((id) => {
    const s = all.get(id);
    return s ? [sourceRef(s)] : [];
  });
}

function statusDate(s: NameStatus): string | null {
  if (s.kind === "shut-down" || s.kind === "shutdown-scheduled" || s.kind === "upcoming") return s.date;
  if (s.kind === "previous") return s.since;
  return null;
}

export function apiName(n: NameRecord, sources: ReadonlyMap<string, Source>): ApiName {
  const source = (id: string) => {
    const s = sources.get(id);
    return s ? sourceRef(s) : null;
  };
  return {
    slug: n.slug,
    name: n.name,
    apiId: n.apiId ?? null,
    aliases: n.aliases,
    layer: n.layer,
    layerLabel: LAYER_INFO[n.layer].label,
    notOpenAI: n.notOpenAI,
    verification: n.verification,
    definition: n.definition,
    status: {
      kind: n.status.kind,
      label: statusLabel(n.status),
      text: statusText(n.status),
      date: statusDate(n.status),
      reported: n.status.kind === "shut-down" && n.status.reported === true,
    },
    lifecycle: KINDS.flatMap((kind) => {
      const e = n.lifecycle[kind];
      return e
        ? [
            {
              kind,
              date: e.date,
              source: source(e.source),
              dateVerified: e.dateVerified ?? null,
              dateBasis: e.dateBasis ?? null,
              note: e.note ?? null,
            },
          ]
        : [];
    }),
    relations: {
      parent: n.relations.parent ?? null,
      pointsTo: n.relations.pointsTo ?? null,
      apiCounterpart: n.relations.apiCounterpart ?? null,
      replacedBy: n.relations.replacedBy,
      supersededBy: n.relations.supersededBy,
      related: n.relations.related,
    },
    sources: sourceRefs(n.sources, sources),
    lastVerified: n.lastVerified,
    links: {
      page: absoluteUrl(n.url),
      markdown: absoluteUrl(markdownTwinPath(n.url)!),
      json: absoluteUrl(apiPaths.name(n.slug)),
      feed: absoluteUrl(nameFeedPath(n.slug)),
      calendar: absoluteUrl(nameCalendarPath(n.slug)),
      badge: absoluteUrl(badgePath(n.slug)),
    },
  };
}

export function namesDocument(asOf: string, names: readonly NameRecord[] = getNames()) {
  const sources = getSources();
  const list = [...names].sort((a, b) => a.slug.localeCompare(b.slug)).map((n) => apiName(n, sources));
  return namesDocumentSchema.parse(resolveTexts({ ...envelope(asOf), count: list.length, names: list }, asOf));
}

export function nameDocument(asOf: string, name: NameRecord) {
  return nameDocumentSchema.parse(resolveTexts({ ...envelope(asOf), name: apiName(name, getSources()) }, asOf));
}

function apiGuide(g: Guide, sources: ReadonlyMap<string, Source>) {
  return {
    slug: g.slug,
    title: g.title,
    description: g.description,
    shortAnswer: g.shortAnswer,
    published: g.published,
    updated: g.updated,
    lastVerified: g.lastVerified,
    readingMinutes: g.readingMinutes,
    names: g.names,
    related: g.related,
    faq: g.faq.map(({ q, a }) => ({ q, a })),
    sources: sourceRefs(g.sources, sources),
    links: { page: absoluteUrl(g.url), markdown: absoluteUrl(markdownTwinPath(g.url)!) },
  };
}

export function guidesDocument(asOf: string) {
  const sources = getSources();
  const list = getGuides().map((g) => apiGuide(g, sources));
  return guidesDocumentSchema.parse(resolveTexts({ ...envelope(asOf), count: list.length, guides: list }, asOf));
}

function apiRoute(r: Route, sources: ReadonlyMap<string, Source>) {
  const { url, sources: ids, ...rest } = r;
  return { ...rest, sources: sourceRefs(ids, sources), links: { page: absoluteUrl(url) } };
}

export function routesDocument(asOf: string) {
  const sources = getSources();
  const list = getRoutes().map((r) => apiRoute(r, sources));
  return routesDocumentSchema.parse(resolveTexts({ ...envelope(asOf), count: list.length, routes: list }, asOf));
}

export function pricesDocument(asOf: string) {
  const p = getPricing();
  // Every row of pricing.yaml, as it is (the schema is the content schema); every source any row cites.
  const rows = [
    ...p.apiTokens,
    ...p.perImage,
    ...p.codexCredits,
    ...p.providers,
    ...p.batch,
    ...p.batchDiscounts,
    p.partialImages,
    p.rateLimits,
  ];
  const cited = new Set(rows.flatMap((row) => row.sources));
  const doc = { ...envelope(asOf), ...p, sources: sourceRefs([...cited], getSources()) };
  return pricesDocumentSchema.parse(resolveTexts(doc, asOf));
}
