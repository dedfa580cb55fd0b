/**
 * Build-time syntax highlighting with shiki, turned into class names instead of shiki's inline `style`
 * attributes, which the site's Content-Security-Policy (style-src 'self') would block. Each token is
 * classified by its TextMate scope; the classes are Tailwind utilities, so light and dark themes come from
 * the same stylesheet as the rest of the page. No JavaScript reaches the browser for this.
 */
import { createHighlighter, type Highlighter } from "shiki";
import type { Lang } from "./requests";

export interface Span {
  text: string;
  className?: string;
}

const SHIKI_LANG: Record<Lang, string> = {
  curl: "shellscript",
  python: "python",
  javascript: "javascript",
  jsonl: "json",
};

/** Scope fragments → classes, first match wins (more specific scopes first). */
const CLASSES: ReadonlyArray<[RegExp, string]> = [
  [/^comment/, "text-zinc-500 italic dark:text-zinc-400"],
  [/^support\.type\.property-name/, "text-sky-800 dark:text-sky-300"],
  [/^string/, "text-emerald-800 dark:text-emerald-300"],
  [/^constant\.(numeric|language)/, "text-amber-800 dark:text-amber-300"],
  [/^(keyword|storage)(?!\.operator)/, "text-fuchsia-800 dark:text-fuchsia-300"],
  [/^variable\.parameter/, "text-orange-800 dark:text-orange-300"],
  [/^(entity\.name\.function|support\.function|meta\.function-call\.generic)/, "text-indigo-700 dark:text-indigo-300"],
];

let highlighter: Promise<Highlighter> | undefined;
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: ["github-light"], langs: Object.values(SHIKI_LANG) });
  return highlighter;
}

function classify(scopes: readonly string[]): string | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    for (const [re, cls] of CLASSES) if (re.test(scopes[i]!)) return cls;
  }
  return undefined;
}

/** Lines of class-named spans for `code`; joining every span's text gives back `code` exactly. */
export async function highlight(code: string, lang: Lang): Promise<Span[][]> {
  const h = await getHighlighter();
  const { tokens } = h.codeToTokens(code, {
    lang: SHIKI_LANG[lang] as "python",
    theme: "github-light",
    includeExplanation: "scopeName",
  });
  return tokens.map((line) => {
    const spans: Span[] = [];
    for (const token of line) {
      for (const part of token.explanation ?? [{ content: token.content, scopes: [] }]) {
        const className = classify(part.scopes.map((s) => s.scopeName));
        const last = spans[spans.length - 1];
        if (last && last.className === className) last.text += part.content;
        else spans.push(className ? { text: part.content, className } : { text: part.content });
      }
    }
    return spans;
  });
}
