import type { NameRecord } from "../content/names";
import { statusText } from "./status";
import { plainText } from "../dated/plain";

const MAX = 160;

/**
 * A name page's meta description (50–160 characters): the one-line definition (at least 20 characters
 * by schema) followed by the status when it fits, or cut at a word boundary when the definition is long.
 */
export function nameDescription(n: Pick<NameRecord, "name" | "definition" | "status">): string {
  const definition = plainText(n.definition).replace(/\s+/g, " ").trim();
  if (definition.length <= MAX) {
    const withStatus = `${definition} Status: ${statusText(n.status)}.`;
    if (withStatus.length < 50) return `${withStatus} Sources, dates and related names.`;
    return withStatus.length <= MAX ? withStatus : definition;
  }
  const cut = definition.slice(0, MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:.]$/, "")}…`;
}
