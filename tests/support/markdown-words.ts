import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const INLINE = new Set(["emphasis", "strong", "link", "delete", "linkReference"]);

/**
 * The words a reader of a Markdown file gets, as they would copy them: the text of each block (paragraph,
 * heading, table cell, list item, code block) on its own, link and image text without the addresses, and
 * without the punctuation around a word. Marks the twin adds itself ("•" and "1." list items in a table
 * cell) are left out: they are how a Markdown table holds a list, not words.
 */
export function markdownWords(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const blocks: string[] = [];
  const walk = (node: Root | RootContent, line: string[]): void => {
    if (node.type === "code") blocks.push(node.value);
    else if (node.type === "text" || node.type === "inlineCode") line.push(node.value);
    else if (node.type === "image") line.push(node.alt ?? "");
    else if ("children" in node) {
      const own = INLINE.has(node.type) ? line : [];
      for (const child of node.children) walk(child, own);
      if (own !== line) blocks.push(own.join(""));
    }
  };
  walk(tree, []);
  return bareWords(blocks.join(" "));
}

/**
 * The words of a text without the parentheses, quotes and punctuation around them, as both sides of a comparison
 * read them; a citation's square brackets stay ("[1]"), as both show them. Bare numbers and "•" are left out:
 * they are list marks (a page's <ol> numbers are not in its text).
 */
export function bareWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“]+/, "").replace(/[)"'”.,:;]+$/, ""))
    .filter((w) => w && !/^(•|\d+)$/.test(w));
}
