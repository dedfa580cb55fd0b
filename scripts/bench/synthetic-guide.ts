/**
 * Synthetic guides for the benchmark: about 1,500 words of deterministic filler each, shaped like a real
 * guide (h2/h3 sections, paragraphs with <Term>, <Cite> and internal links, a bullet list, a Markdown
 * table, a <ComparisonTable> and a <Callout>), referencing names, sources and tables that exist in the
 * base content. The text is meaningless on purpose: it is never published and states no facts.
 * The words are drawn once; a dialect writes them out, as this site's MDX (below) or as plain Markdown for
 * the Astro Starlight comparison (scripts/bench/starlight.ts), so both sites build the very same guides.
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

/** The parts of a guide a dialect lays out into a file. */
export interface GuideParts {
  i: number;
  total: number;
  date: string;
  title: string;
  description: string;
  shortAnswer: string;
  /** Name slugs the guide covers. */
  names: string[];
  related: string[];
  sources: string[];
  faq: Array<{ q: string; a: string }>;
  nextSteps: Array<{ href: string; label: string }>;
  /** The body: intro paragraph and six sections, with the dialect's own components already in place. */
  body: string;
}

/** How one kind of site writes the guide's components and its file. */
export interface Dialect {
  term(slug: string): string;
  cite(source: string): string;
  table(id: string): string;
  callout(body: string): string;
  file(g: GuideParts): string;
}

/** This site's MDX: the components by name, everything else in frontmatter. */
export const mdxDialect: Dialect = {
  term: (slug) => `<Term slug="${slug}" />`,
  cite: (source) => `<Cite source="${source}" />`,
  table: (id) => `<ComparisonTable id="${id}" />`,
  callout: (body) => `<Callout kind="note">\n${body}\n</Callout>`,
  file: (g) =>
    [
      "---",
      `title: "${g.title}"`,
      `description: "${g.description}"`,
      `shortAnswer: "${g.shortAnswer}"`,
      `published: ${g.date}`,
      `updated: ${g.date}`,
      `lastVerified: ${g.date}`,
      `names: [${g.names.join(", ")}]`,
      `related: [${g.related.join(", ")}]`,
      `sources: [${g.sources.join(", ")}]`,
      "faq:",
      ...g.faq.flatMap((f) => [`  - q: "${f.q}"`, `    a: "${f.a}"`]),
      "nextSteps:",
      ...g.nextSteps.flatMap((n) => [`  - href: ${n.href}`, `    label: "${n.label}"`]),
      "---",
      "",
      `${g.body}\n`,
    ].join("\n"),
};

/** Guide number `i` of `total`, the same words in every dialect. */
export function syntheticParts(i: number, total: number, refs: BaseRefs, date: string, d: Dialect): GuideParts {
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
    `${sentence()} ${d.term(name())} ${words(14)}.${d.cite(source())} ${sentence()} ` +
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
    if (s === 4 && refs.tables.length) parts.push(d.table(pick(refs.tables)));
    if (s === 5) parts.push(d.callout(paragraph(2)));
    parts.push(paragraph(2));
    sections.push(parts.join("\n\n"));
  }

  // The order of these calls fixes the words each field gets: keep it.
  const covered = [...new Set([name(), name()])];
  const title = `Synthetic guide ${i}: ${words(3)}`;
  const description = `Benchmark guide number ${i} of ${total}, generated to measure build time and page weight; ${words(4)}.`;
  const shortAnswer = `Synthetic short answer ${i}. ${sentence()} ${sentence()}`;
  const faq = [
    { q: `Question one of guide ${i}?`, a: `${sentence()} ${sentence()}` },
    { q: `Question two of guide ${i}?`, a: sentence() },
  ];
  return {
    i,
    total,
    date,
    title,
    description,
    shortAnswer,
    names: covered,
    related: total > 1 ? [other] : [],
    sources: cited,
    faq,
    nextSteps: [{ href: `/names/${covered[0]}/`, label: `The ${covered[0]} name page` }],
    body: `${paragraph(4)}\n\n${sections.join("\n\n")}`,
  };
}

/** Guide number `i` as this site's MDX. */
export function syntheticGuide(i: number, total: number, refs: BaseRefs, date: string): string {
  return mdxDialect.file(syntheticParts(i, total, refs, date, mdxDialect));
}
