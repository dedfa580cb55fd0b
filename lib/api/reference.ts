/** What the /api/ page documents: the endpoints, the per-name files, and examples built by the same code that writes them. */
import { getNames } from "../content/names";
import { json } from "./files";
import { nameDocument } from "./documents";
import { apiNotFoundBody } from "./not-found";
import { API_SCHEMAS, type ApiDocumentKind } from "./schemas";
import {
  apiPaths,
  badgePath,
  FEED_PATH,
  LLMS_FULL_TXT,
  LLMS_TXT,
  nameCalendarPath,
  nameFeedPath,
  SHUTDOWNS_CALENDAR,
} from "../urls";

interface Endpoint {
  path: string;
  /** A real file to link to, when the path has no placeholder. */
  link?: string;
  what: string;
  schema: string;
  schemaLabel: string;
}

const schema = (kind: ApiDocumentKind) => ({ schema: apiPaths.schema(kind), schemaLabel: `${kind}.schema.json` });

/** A name to show in examples: the first with a scheduled shutdown, else the first name. */
function exampleName() {
  const names = getNames();
  return names.find((n) => n.lifecycle.shutdownScheduled) ?? names[0]!;
}

export function apiEndpoints(): Endpoint[] {
  const n = exampleName();
  return [
    {
      path: apiPaths.names,
      link: apiPaths.names,
      what: "Every name with its status, dates, relations and sources.",
      ...schema("names"),
    },
    {
      path: apiPaths.name("<slug>"),
      link: apiPaths.name(n.slug),
      what: `One name (example: ${n.slug}).`,
      ...schema("name"),
    },
    {
      path: apiPaths.guides,
      link: apiPaths.guides,
      what: "Every guide: title, summary, dates, names covered, FAQ, sources.",
      ...schema("guides"),
    },
    {
      path: apiPaths.routes,
      link: apiPaths.routes,
      what: "The four routes with their scorecards and sources.",
      ...schema("routes"),
    },
    {
      path: apiPaths.prices,
      link: apiPaths.prices,
      what: "Token and per-image prices, Codex credits, provider offers, rate limits, each with its date and sources.",
      ...schema("prices"),
    },
    { path: "404 under /api/v1/", what: "The error body.", ...schema("error") },
  ];
}

export function apiExamples(asOf: string) {
  const n = exampleName();
  const doc = nameDocument(asOf, n);
  const { slug, name, apiId, status, lifecycle, links } = doc.name;
  const excerpt = { apiVersion: doc.apiVersion, asOf: doc.asOf, name: { slug, name, apiId, status, lifecycle, links } };
  const files = [
    {
      path: nameFeedPath("<slug>"),
      link: nameFeedPath(n.slug),
      what: "Atom feed of the name's lifecycle events, with reminders 30 and 7 days before a scheduled shutdown (each appears on its day).",
    },
    {
      path: nameCalendarPath("<slug>"),
      link: nameCalendarPath(n.slug),
      what: "iCalendar file of the name's dated events, all-day, with alarms 30, 7 and 1 days before a shutdown.",
    },
    {
      path: SHUTDOWNS_CALENDAR,
      link: SHUTDOWNS_CALENDAR,
      what: "Every shutdown in the glossary, scheduled or past, with the same alarms. Each event links its page (URL) and source (ATTACH).",
    },
    {
      path: badgePath("<slug>"),
      link: badgePath(n.slug),
      what: "A status badge (SVG) coloured by status; each name page shows it with Markdown and HTML to copy.",
    },
    { path: FEED_PATH, link: FEED_PATH, what: "The site feed: new guides and every lifecycle event." },
  ];
  return {
    name: { path: apiPaths.name(n.slug), json: json(excerpt).trim() },
    notFound: { path: apiPaths.notFound, json: json(apiNotFoundBody(apiPaths.name("no-such-name"))).trim() },
    llms: LLMS_TXT,
    llmsFull: LLMS_FULL_TXT,
    files,
    schemas: Object.keys(API_SCHEMAS),
  };
}
