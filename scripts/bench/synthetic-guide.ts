/**
 * Synthetic guides for the benchmark: about 1,500 words of deterministic filler MDX each, shaped like a
 * real guide (h2/h3 sections, paragraphs with <Term>, <Cite> and internal links, a bullet list, a Markdown
 * table, a <ComparisonTable> and a <Callout>), referencing names, sources and tables that exist in the
 * base content. The text is meaningless on purpose: it is never published and states no facts.
 */

export interface BaseRefs {
  names: string[];
  sources: string[];
  tables: string[];
}

const WORDS = (
  "the a route model name page guide request image output input setting option reader team product " +
  "account project plan account record table source date change version family layer surface tool " +
  "endpoint response quality size format cost limit ledger owner usage result review step test log " +
  "check compare choose keep move start finish return describe explain follow read write build ship " +
  "clear short long early late simple careful steady useful common separate single shared current " +
  "older newer public internal daily weekly visible hidden direct indirect each every other one two three"
).split(" ");

/** mulberry32: a tiny seeded generator, so every run writes the same guides. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const benchSlug = (i: number) => `bench-guide-${String(i).padStart(4, "0")}`;

export function syntheticGuide(i: number, total: number, refs: BaseRefs, date: string): string {
  const rand = rng(i * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const sentence = () => {
    const s = words(10 + Math.floor(rand() * 12));
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (n = 5) => Array.from({ length: n }, sentence).join(" ");
  const name = () => pick(refs.names);
  // A guide cites a few sources; <Cite> may only name sources listed in its frontmatter.
  const cited = refs.sources.slice(0, 3);
  const source = () => pick(cited);
  const other = benchSlug(((i + Math.floor(rand() * (total - 1))) % total) + 1);
  const linked = (): string =>
    `${sentence()} <Term slug="${name()}" /> ${words(14)}.<Cite source="${source()}" /> ${sentence()} ` +
    `See [the ${words(2)} guide](/guides/${other}/) and [the ${name()} page](/names/${name()}/). ${sentence()}`;

  const sections: string[] = [];
  for (let s = 1; s <= 6; s++) {
    const parts = [
      `## Section ${s}: ${words(3)}`,
      paragraph(4),
      linked(),
      `### ${words(2)} in part ${s}`,
      paragraph(3),
    ];
    if (s === 2) parts.push(`- ${sentence()}\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}`);
    if (s === 3) {
      const row = () => `| ${words(2)} | ${words(4)} | ${words(4)} |`;
      parts.push(
        `| Case | ${words(2)} | ${words(2)} |\n| --- | --- | --- |\n${Array.from({ length: 5 }, row).join("\n")}`,
      );
    }
    if (s === 4 && refs.tables.length) parts.push(`<ComparisonTable id="${pick(refs.tables)}" />`);
    if (s === 5) parts.push(`<Callout kind="note">\n${paragraph(2)}\n</Callout>`);
    parts.push(paragraph(2));
    sections.push(parts.join("\n\n"));
  }

  const covered = [...new Set([name(), name()])];
  const frontmatter = [
    "---",
    `title: "Synthetic guide ${i}: ${words(3)}"`,
    `description: "Benchmark guide number ${i} of ${total}, generated to measure build time and page weight; ${words(4)}."`,
    `shortAnswer: "Synthetic short answer ${i}. ${sentence()} ${sentence()}"`,
    `published: ${date}`,
    `updated: ${date}`,
    `lastVerified: ${date}`,
    `names: [${covered.join(", ")}]`,
    `related: [${total > 1 ? other : ""}]`,
    `sources: [${cited.join(", ")}]`,
    "faq:",
    `  - q: "Question one of guide ${i}?"`,
    `    a: "${sentence()} ${sentence()}"`,
    `  - q: "Question two of guide ${i}?"`,
    `    a: "${sentence()}"`,
    "nextSteps:",
    `  - href: /names/${covered[0]}/`,
    `    label: "The ${covered[0]} name page"`,
    "---",
  ];
  return `${frontmatter.join("\n")}\n\n${paragraph(4)}\n\n${sections.join("\n\n")}\n`;
}
