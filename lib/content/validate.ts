import type { z } from "zod";
import type { ContentIssue } from "./issues";
import type { LocatedYaml } from "./located-yaml";

type Issue = z.core.$ZodIssue;

/** `relations.replacedBy[0]`: the field path as an editor would point at it. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.length
    ? path
        .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
        .join(".")
        .replace(/\.\[/g, "[")
    : "(top level)";
}

/** Fixes for fields whose purpose is worth a sentence when they are missing. */
const MISSING_HINTS: Record<string, string> = {
  seen: "add `seen: YYYY-MM-DD`, the day you read the source; every source needs a date",
  lastVerified: "add `lastVerified: YYYY-MM-DD`, the day you last checked the facts against the sources",
  published: "add `published: YYYY-MM-DD`, the day the page first went online",
  updated: "add `updated: YYYY-MM-DD`, the day of the last change readers should know about",
  sources: "add `sources: [source-id]` with ids from content/sources.yaml",
  description: "add a `description` of 50–160 characters; search engines show it under the title",
  title: "add a `title` of at most 70 characters",
};

/** Why a length limit exists, for the fields where readers see the limit's effect. */
const LENGTH_HINTS: Record<string, string> = {
  title: "write a title of 10–70 characters; search results cut longer ones off",
  description: "write 50–160 characters; search engines show it under the title and cut it off beyond 160",
};

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of `key: value` lines",
  date: "a date",
};

function describeValue(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a group of `key: value` lines";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `${typeof value === "number" ? "the number" : "the value"} ${String(value)}`;
}

/** zod's own wording starts with these; anything else is a message written in our schemas. */
const isZodDefault = (message: string) => /^(Invalid|Too small|Too big|Unrecognized)/.test(message);
const hasInput = (issue: Issue) => "input" in issue && issue.input !== undefined;
const leafKey = (path: ReadonlyArray<PropertyKey>) =>
  [...path].reverse().find((p): p is string => typeof p === "string");

function fixFor(issue: Issue, field: string): string {
  switch (issue.code) {
    case "invalid_type":
      if (!hasInput(issue)) {
        return (
          MISSING_HINTS[leafKey(issue.path) ?? ""] ??
          `add the field \`${field}\`; see the field list in content/README.md`
        );
      }
      if (issue.input === null) return "write a value after the colon, or remove the line if the field is optional";
      if (!isZodDefault(issue.message) && issue.message.includes("YYYY-MM-DD"))
        return "write the date as YYYY-MM-DD, for example 2026-11-21";
      return issue.expected === "array"
        ? `write \`${field}\` as a list: [a, b] on one line, or one \`- item\` per line`
        : `write \`${field}\` as ${TYPE_WORDS[issue.expected] ?? issue.expected}${issue.expected === "string" ? ' (put it in "quotes" if it looks like a number or a date)' : ""}`;
    case "unrecognized_keys":
      return "remove it, or check its spelling against the field list in content/README.md";
    case "invalid_value":
      return `use one of: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_small":
      if (issue.origin === "string" && LENGTH_HINTS[field]) return LENGTH_HINTS[field];
      return issue.origin === "array"
        ? `give at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`
        : `write at least ${String(issue.minimum)} characters`;
    case "too_big":
      if (issue.origin === "string" && LENGTH_HINTS[field]) return LENGTH_HINTS[field];
      return issue.origin === "array"
        ? `give at most ${String(issue.maximum)} items`
        : `shorten it to ${String(issue.maximum)} characters or fewer`;
    case "invalid_format":
      if (issue.format === "url") return "write the full address, starting with https://";
      return messageHint(issue.message) ?? "check the format";
    default:
      return messageHint(issue.message) ?? "see the field list in content/README.md";
  }
}

/** Fixes for the messages written in our own schemas (lib/content/schemas/common.ts). */
function messageHint(message: string): string | undefined {
  if (message.includes("YYYY-MM-DD") || message.includes("calendar date"))
    return "write a real date as YYYY-MM-DD, for example 2026-11-21";
  if (message.includes("https://")) return "link to the https:// version of the page";
  if (message.includes("lowercase")) return "use lowercase letters, digits and single hyphens, e.g. gpt-image-2";
  if (message.includes("site path"))
    return 'write a path inside this site that starts and ends with "/", e.g. /names/gpt-image-2/';
  return undefined;
}

function messageFor(issue: Issue, field: string): string {
  const f = `\`${field}\``;
  const input = "input" in issue ? issue.input : undefined;
  const length =
    typeof input === "string" ? ` (it has ${input.length})` : Array.isArray(input) ? ` (it has ${input.length})` : "";
  switch (issue.code) {
    case "invalid_type":
      if (!hasInput(issue)) return `${f} is missing`;
      if (input === null) return `${f} is empty`;
      if (!isZodDefault(issue.message)) return `${f} ${issue.message} (it is ${describeValue(input)})`;
      return `${f} should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, but it is ${describeValue(input)}`;
    case "unrecognized_keys":
      return `unknown field \`${issue.keys.join("`, `")}\`${field === "(top level)" ? "" : ` in ${f}`}`;
    case "invalid_value":
      return `${f} is ${describeValue(input)}, which is not one of the allowed values`;
    case "too_small":
    case "too_big": {
      if (!isZodDefault(issue.message)) return `${f} ${issue.message}${length}`;
      const bound =
        issue.code === "too_small" ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      return issue.origin === "array"
        ? `${f} needs ${bound} item${bound.endsWith(" 1") ? "" : "s"}${length}`
        : `${f} is too ${issue.code === "too_small" ? "short" : "long"}: ${bound} characters${length}`;
    }
    default: {
      const raw = issue.message.replace(/^Invalid input: /, "");
      const shown = typeof input === "string" ? ` (it is ${describeValue(input)})` : "";
      return `${f} ${raw.charAt(0).toLowerCase()}${raw.slice(1)}${shown}`;
    }
  }
}

/** The YAML parser's error codes in plain words. */
function yamlSyntax(e: { code: string; message: string }): { message: string; fix: string } {
  switch (e.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      if (e.message.includes("compact mappings")) {
        return {
          message: "YAML read part of this value as a new field (a `: ` inside text does that)",
          fix: 'put the whole value in double quotes: key: "text: with a colon"',
        };
      }
      return {
        message: "the indentation of this line does not match the lines around it",
        fix: "indent with two spaces per level, list items (`- `) under their field",
      };
    case "MISSING_CHAR":
      return { message: `YAML syntax error: ${e.message}`, fix: "close the quote or bracket opened on this line" };
    case "DUPLICATE_KEY":
      return { message: "this field appears twice", fix: "keep one of the two lines" };
    case "TAB_AS_INDENT":
      return { message: "a tab is used for indentation", fix: "indent with spaces (two per level)" };
    case "BAD_INDENT":
    case "MULTILINE_IMPLICIT_KEY":
      return {
        message: "the indentation of this line does not match the lines around it",
        fix: "indent with two spaces per level, list items (`- `) under their field",
      };
    case "BAD_SCALAR_START":
      return {
        message: "this value starts with a character YAML reserves",
        fix: 'put the value in double quotes: key: "@value" or key: "`code`"',
      };
    default:
      return {
        message: `YAML syntax error: ${e.message}`,
        fix: "check indentation, colons and quotes on this line; quote text that contains `: ` or starts with a symbol",
      };
  }
}

/** A zod problem in plain words, for a field named `field` (also used for MDX component props). */
export function describeZodIssue(issue: Issue, field: string): { message: string; fix: string } {
  return { message: messageFor(issue, field), fix: fixFor(issue, field) };
}

/** Validates parsed YAML against a schema and turns every problem into a located, plain-words issue. */
export function validateLocated<S extends z.ZodType>(
  schema: S,
  doc: LocatedYaml,
  file: string,
): { data?: z.infer<S>; issues: ContentIssue[] } {
  if (doc.syntaxErrors.length) {
    // The YAML parser often reports one mistake twice on a line; one message per line is enough.
    const lines = new Set<number>();
    const first = doc.syntaxErrors.filter((e) => !lines.has(e.line) && lines.add(e.line));
    return {
      issues: first.map((e) => ({
        file,
        line: e.line,
        column: e.column,
        ...yamlSyntax(e),
        severity: "error" as const,
      })),
    };
  }
  // reportInput: without it zod drops the offending value and a wrong type looks like a missing field.
  const result = schema.safeParse(doc.data, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  // One line per unknown key, each at its own position.
  const split = result.error.issues.flatMap((issue): Issue[] =>
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
  const issues = split.map((issue): ContentIssue => {
    const field = fieldName(issue.path);
    const pos =
      issue.code === "unrecognized_keys" ? doc.locateKey(issue.path, issue.keys[0] ?? "") : doc.locate(issue.path);
    return { file, ...pos, message: messageFor(issue, field), fix: fixFor(issue, field), severity: "error" };
  });
  return { issues };
}
