/** A located content problem, printed as `path:line:column  message  (how to fix)`. */
export interface ContentIssue {
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string;
  severity: "error" | "warning";
}

export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const label = issue.severity === "warning" ? "warning: " : "";
  return `${where}  ${label}${issue.message}  (${issue.fix})`;
}

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Thrown by loaders so the build stops with every located problem, not a stack trace. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const errors = sortIssues(issues.filter((i) => i.severity === "error"));
    super(
      `Content has ${errors.length} problem${errors.length === 1 ? "" : "s"}:\n${errors.map(formatIssue).join("\n")}`,
    );
    this.name = "ContentError";
    this.issues = errors;
  }
}

export function throwIfErrors(issues: ContentIssue[]): void {
  if (issues.some((i) => i.severity === "error")) throw new ContentError(issues);
}
