/** What the "Copy as checklist" Markdown is built from. */
export interface ChecklistInput {
  title: string;
  routeName: string;
  /** Absolute URL of the route profile. */
  routeUrl: string;
  routeTest: readonly string[];
  extraChecks: readonly string[];
  whatToLog: readonly string[];
}

/** One Markdown task item; line breaks in the text would end the item, so they become spaces. */
const task = (text: string) => `- [ ] ${text.replace(/\s*\n\s*/g, " ").trim()}`;

/**
 * The route test for one outcome as a Markdown task list: the route's own test, the checks specific to
 * this outcome, then what to log. Inline `code` in the data is Markdown already and stays as it is.
 */
export function checklistMarkdown(c: ChecklistInput): string {
  return [
    `## Route test: ${c.title}`,
    "",
    `Route: ${c.routeName} (${c.routeUrl})`,
    "",
    ...c.routeTest.map(task),
    ...c.extraChecks.map(task),
    "",
    "### Log for every image",
    "",
    ...c.whatToLog.map(task),
    "",
  ].join("\n");
}
