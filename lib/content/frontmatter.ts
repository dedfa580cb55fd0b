import { parseLocatedYaml, type LocatedYaml } from "./located-yaml";

export interface SplitMdx {
  doc: LocatedYaml;
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line in the file where the body starts (to map body positions back to the file). */
  bodyStartLine: number;
}

/** Splits `---` frontmatter from an MDX file, keeping YAML positions relative to the whole file. */
export function splitFrontmatter(source: string): SplitMdx | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const yaml = match[1] ?? "";
  const bodyStartLine = match[0].split("\n").length;
  return {
    doc: parseLocatedYaml(yaml, 1),
    body: source.slice(match[0].length),
    bodyStartLine: match[0].endsWith("\n") ? bodyStartLine : bodyStartLine + 1,
  };
}
