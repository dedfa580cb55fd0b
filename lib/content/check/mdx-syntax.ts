import type { ContentIssue } from "../issues";

/** The fields of a VFileMessage (thrown by the MDX parser) that locate and name the problem. */
interface MdxError {
  reason?: string;
  message?: string;
  ruleId?: string | null;
  source?: string | null;
  line?: number | null;
  column?: number | null;
}

const TAG_RANGE = /\s*\((\d+):(\d+)-\d+:\d+\)/;

function explain(e: MdxError, reason: string): { message: string; fix: string } {
  const tag = /`<\/?([^`>]*)>`/.exec(reason)?.[1];
  if (e.ruleId === "end-tag-mismatch" && reason.startsWith("Expected a closing tag")) {
    return {
      message: `\`<${tag}>\` is never closed`,
      fix: `add \`</${tag}>\` after its content (inside the same paragraph when it sits in a sentence), or write \`<${tag} ... />\` if it wraps nothing`,
    };
  }
  if (e.ruleId === "end-tag-mismatch" && reason.startsWith("Unexpected closing tag")) {
    const open = /expected corresponding closing tag for `<([^`>]*)>`/.exec(reason)?.[1];
    return {
      message: `\`</${tag}>\` does not match the open tag${open ? ` \`<${open}>\`` : ""}`,
      fix: open
        ? `close \`<${open}>\` with \`</${open}>\`, or fix the tag names so they pair up`
        : "remove the stray closing tag",
    };
  }
  if (e.ruleId === "unexpected-character" && reason.includes("to create a comment")) {
    return { message: "HTML comments (`<!-- -->`) do not work in MDX", fix: "write a comment as {/* text */}" };
  }
  if (e.ruleId === "unexpected-character" && reason.includes("before name")) {
    return {
      message: "a `<` here starts a component tag, but no component name follows",
      fix: "write `&lt;` for a literal less-than sign",
    };
  }
  if (e.ruleId === "unexpected-character" && reason.includes("attribute value")) {
    return {
      message: "a prop value is not in quotes or braces",
      fix: 'write text props in quotes (slug="gpt-image-2") and lists in braces (names={["a", "b"]})',
    };
  }
  if (e.source === "micromark-extension-mdx-expression" || e.ruleId === "acorn") {
    return {
      message:
        e.ruleId === "unexpected-eof"
          ? "a `{` starts a code expression that is never closed"
          : "the text inside `{…}` is read as code, and it is not valid code",
      fix: "write `\\{` for a literal brace, or {/* text */} for a comment",
    };
  }
  if (e.source === "micromark-extension-mdx-jsx") {
    return {
      message: `a component tag is malformed: ${reason.replace(/\.$/, "")}`,
      fix: "compare the tag with the examples in content/README.md; write `&lt;` for a literal `<`",
    };
  }
  return {
    message: `MDX cannot read this: ${reason.replace(/\.$/, "")}`,
    fix: "check the markup on this line against content/README.md",
  };
}

/** Turns an MDX parse error into a located issue, with the line counted in the whole .mdx file. */
export function mdxSyntaxIssue(error: unknown, file: string, bodyStartLine: number): ContentIssue {
  // What MDX throws (a VFileMessage) has these optional fields; anything else reads as an empty object.
  const e = (error ?? {}) as MdxError;
  const reason = e.reason ?? e.message ?? String(error);
  // "Expected a closing tag for `<X>` (3:1-3:22)": the range points at the open tag, a better place than the paragraph end.
  const range = TAG_RANGE.exec(reason);
  const line =
    range && reason.startsWith("Expected a closing tag")
      ? Number(range[1])
      : (e.line ?? (range ? Number(range[1]) : 1));
  const column =
    range && reason.startsWith("Expected a closing tag")
      ? Number(range[2])
      : (e.column ?? (range ? Number(range[2]) : 1));
  const { message, fix } = explain(e, reason.replace(TAG_RANGE, ""));
  return { file, line: line + bodyStartLine - 1, column, message, fix, severity: "error" };
}
