/**
 * /llms.txt (the llmstxt.org format: a title, a summary, then sections of "- [title](url): note" lines)
 * and /llms-full.txt (every guide and name twin in one file). Links point at the Markdown twins where a
 * page has one, so a language model reads Markdown, not HTML.
 */
import type { Guide } from "../content/guides";
import type { NameRecord } from "../content/names";
import type { Route } from "../content/routes";
import { formatDate } from "../as-of";
import { statusText } from "../names/status";
import { outputText } from "../outputs/text";
import { API_PAGE, apiPaths, LLMS_FULL_TXT, LLMS_TXT, markdownTwinPath, PAGES, SHUTDOWNS_CALENDAR } from "../urls";
import { absoluteUrl, site } from "../site";

export interface LlmsInput {
  guides: readonly Guide[];
  names: readonly NameRecord[];
  routes: readonly Route[];
  asOf: string;
}

const line = (title: string, path: string, note: string) => `- [${title}](${absoluteUrl(path)}): ${note}`;
/**
 * Link text and notes as one line of Markdown text: backslash-escaped so a "<" never opens raw HTML, a
 * "]" never ends the link and "&copy;" stays five characters. Backticks are kept: content marks ids with them.
 */
export const markdownText = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/[\\<>[\]]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, "\\&");
const oneLine = (s: string, asOf: string) => markdownText(outputText(s, asOf));

export function llmsTxt({ guides, names, routes, asOf }: LlmsInput): string {
  const t = (s: string) => oneLine(s, asOf);
  return [
    `# ${site.name}`,
    "",
    `> ${t(site.description)}`,
    "",
    `Statuses are computed from dated lifecycle facts as of ${formatDate(asOf)} (${asOf}). Every guide and name page has a Markdown twin; the links below point at them. All guides and names in one file: ${absoluteUrl(LLMS_FULL_TXT)}`,
    "",
    "## Guides",
    "",
    ...guides.map((g) => line(t(g.title), markdownTwinPath(g.url)!, t(g.description))),
    "",
    "## Names",
    "",
    ...[...names]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((n) => line(t(n.name), markdownTwinPath(n.url)!, `${t(statusText(n.status))}. ${t(n.definition)}`)),
    "",
    "## Routes",
    "",
    ...routes.map((r) => line(t(r.name), r.url, t(r.verdict))),
    "",
    "## Data",
    "",
    line("JSON API documentation", API_PAGE, "endpoints, examples, JSON Schemas and the format changelog"),
    line("Every name as JSON", apiPaths.names, "statuses with raw lifecycle dates and their sources"),
    line("Shutdown calendar", SHUTDOWNS_CALENDAR, "iCalendar file with every shutdown date and alarms"),
    "",
    "## Optional",
    "",
    line("Timeline", PAGES.timeline, "every dated release, deprecation notice and shutdown"),
    line("Route picker", PAGES.picker, "questions that lead to a route: ChatGPT, Codex, the API or a provider"),
    line("All names", PAGES.names, "the glossary grouped by layer"),
    line("All guides", PAGES.guides, "every guide, newest first"),
    "",
  ].join("\n");
}

/** Every twin, guides first, each under a rule so a reader can split the file. */
export function llmsFullTxt(asOf: string, twins: ReadonlyArray<{ path: string; markdown: string }>): string {
  const head = `# ${site.name}: all guides and names\n\n> Every guide and glossary entry as Markdown, as of ${asOf}. Index: ${absoluteUrl(LLMS_TXT)}\n`;
  return [head, ...twins.map((t) => t.markdown.trim())].join("\n\n---\n\n") + "\n";
}
