import type { z } from "zod";
import type { ContentIssue } from "./issues";
import type { LocatedYaml } from "./located-yaml";

type Issue = z.core.$ZodIssue;

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.length ? path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[") : "(top level)";
}

/** A plain-words fix for each kind of schema problem. */
function fixFor(issue: Issue, field: string): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `add the field \`${field}\`; see the field list in content/README.md`
        : `write \`${field}\` as ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
    case "unrecognized_keys":
      return "remove it, or check its spelling against the field list in content/README.md";
    case "invalid_value":
      return `use one of: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "array"
        ? `give at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`
        : `make it at least ${String(issue.minimum)} characters long`;
    case "too_big":
      return issue.origin === "array"
        ? `give at most ${String(issue.maximum)} items`
        : `shorten it to ${String(issue.maximum)} characters or fewer`;
    case "invalid_format":
      return issue.format === "url" ? "write the full address, starting with https://" : "check the format";
    default:
      if (issue.message.includes("YYYY-MM-DD")) return "write the date as YYYY-MM-DD, for example 2026-11-21";
      if (issue.message.includes("https://")) return "link to the https:// version of the page";
      if (issue.message.includes("lowercase")) return "use lowercase letters, digits and single hyphens, e.g. gpt-image-2";
      return "see the field list in content/README.md";
  }
}

function messageFor(issue: Issue, field: string): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return `\`${field}\` is missing`;
  if (issue.code === "unrecognized_keys") return `unknown field \`${issue.keys.join("`, `")}\`${field === "(top level)" ? "" : ` in \`${field}\``}`;
  const raw = issue.message.replace(/^Invalid input: /, "");
  return `\`${field}\` ${raw.charAt(0).toLowerCase()}${raw.slice(1)}`;
}

/** Validates parsed YAML against a schema and turns every problem into a located, plain-words issue. */
export function validateLocated<S extends z.ZodType>(
  schema: S,
  doc: LocatedYaml,
  file: string,
): { data?: z.infer<S>; issues: ContentIssue[] } {
  if (doc.syntaxErrors.length) {
    return {
      issues: doc.syntaxErrors.map((e) => ({
        file,
        line: e.line,
        column: e.column,
        message: `YAML syntax error: ${e.message}`,
        fix: "check indentation, colons and quotes on this line; quote text that contains `: ` or starts with a symbol",
        severity: "error" as const,
      })),
    };
  }
  const result = schema.safeParse(doc.data);
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.map((issue): ContentIssue => {
    const path = issue.path;
    const field = fieldName(path);
    const pos =
      issue.code === "unrecognized_keys" && issue.keys[0] ? doc.locateKey(path, issue.keys[0]) : doc.locate(path);
    return { file, ...pos, message: messageFor(issue, field), fix: fixFor(issue, field), severity: "error" };
  });
  return { issues };
}
