/**
 * Build-time syntax highlighting with shiki, turned into class names instead of shiki's inline `style`
 * attributes, which the site's Content-Security-Policy (style-src 'self') would block. Each token's theme
 * colour becomes a class; the classes are Tailwind utilities, so light and dark themes come from
 * the same stylesheet as the rest of the page. No JavaScript reaches the browser for this.
 * The JavaScript regex engine (not Oniguruma's WebAssembly) and explicitly imported grammars keep the
 * highlighter deterministic inside Next's prerender workers.
 */
import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
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

/**
 * github-light's token colours → Tailwind classes with a light and a dark shade. Mapping the theme's
 * colours (rather than asking shiki to explain scopes) keeps tokenisation on shiki's main path.
 * A colour not listed here (the theme's default text colour among them) gets no class.
 */
const CLASSES: Readonly<Record<string, string>> = {
  "#D73A49": "text-fuchsia-800 dark:text-fuchsia-300", // keywords, operators
  "#6F42C1": "text-indigo-700 dark:text-indigo-300", // functions, commands
  "#005CC5": "text-sky-800 dark:text-sky-300", // constants, flags, JSON keys
  "#032F62": "text-emerald-800 dark:text-emerald-300", // strings
  "#E36209": "text-orange-800 dark:text-orange-300", // parameters
  "#22863A": "text-teal-800 dark:text-teal-300", // tags
  "#6A737D": "text-zinc-600 italic dark:text-zinc-400", // comments
};

let highlighter: Promise<HighlighterCore> | undefined;
function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import("shiki/themes/github-light.mjs")],
    langs: [
      import("shiki/langs/shellscript.mjs"),
      import("shiki/langs/python.mjs"),
      import("shiki/langs/javascript.mjs"),
      import("shiki/langs/json.mjs"),
    ],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** Lines of class-named spans for `code`; joining every span's text gives back `code` exactly. */
export async function highlight(code: string, lang: Lang): Promise<Span[][]> {
  const h = await getHighlighter();
  // No time limit: shiki's default (500 ms a line) leaves a line unhighlighted when a busy machine is slow to
  // compile the grammar's first regexes, so the same input gave different HTML from build to build.
  const { tokens } = h.codeToTokens(code, { lang: SHIKI_LANG[lang], theme: "github-light", tokenizeTimeLimit: 0 });
  return tokens.map((line) => {
    const spans: Span[] = [];
    for (const token of line) {
      const className = CLASSES[(token.color ?? "").toUpperCase()];
      const last = spans[spans.length - 1];
      if (last && last.className === className) last.text += token.content;
      else spans.push(className ? { text: token.content, className } : { text: token.content });
    }
    return spans;
  });
}
