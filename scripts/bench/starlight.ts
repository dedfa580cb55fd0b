/**
 * The Astro Starlight site the benchmark builds beside this one (bench/starlight/), from the very same
 * synthetic guides: the words come from syntheticParts(); only the components differ, written here as the
 * plain Markdown a Starlight page uses (a name as a link, a citation as a numbered link to the sources, the
 * comparison table as a Markdown table, the callout as an aside, FAQ and sources as sections).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { baseRefs } from "./content";
import { runMeasured, type Measured } from "./run-measured";
import { benchSlug, syntheticParts, type Dialect } from "./synthetic-guide";

export const STARLIGHT_DIR = path.resolve("bench", "starlight");
const DOCS = path.join(STARLIGHT_DIR, "src", "content", "docs");
export const STARLIGHT_OUT = path.join(STARLIGHT_DIR, "dist");

interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  primary: boolean;
}
interface Table {
  caption: string;
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, string>>;
  sources: string[];
}

// Files the content check already validated; the caller names the shape it reads.
const yamlFile = <T>(file: string) => parseYaml(readFileSync(file, "utf8")) as T;
const quoted = (s: string) => JSON.stringify(s);

/** The base content's names by slug: display name and definition. */
function readNames(base: string): Map<string, { name: string; definition: string }> {
  return new Map(
    baseRefs(base).names.map((slug) => [
      slug,
      yamlFile<{ name: string; definition: string }>(path.join(base, "names", `${slug}.yaml`)),
    ]),
  );
}

/** Markdown for Starlight, with the display names, sources and tables of the base content. */
export function starlightDialect(base: string): Dialect {
  const names = readNames(base);
  const sources = yamlFile<{ sources: Source[] }>(path.join(base, "sources.yaml")).sources;
  const source = (id: string) => sources.find((s) => s.id === id)!;
  const number = (id: string) => sources.findIndex((s) => s.id === id) + 1;
  const table = (id: string) => yamlFile<Table>(path.join(base, "tables", `${id}.yaml`));
  return {
    term: (slug) => `[${names.get(slug)?.name ?? slug}](/names/${slug}/)`,
    cite: (id) =>
      `<sup><a href="#source-${id}">[${number(id)}${source(id).primary ? "" : ", secondary"}]</a></sup>`,
    table: (id) => {
      const t = table(id);
      return [
        `**${t.caption}**`,
        [
          `| ${t.columns.map((c) => c.label).join(" | ")} |`,
          `| ${t.columns.map(() => "---").join(" | ")} |`,
          ...t.rows.map((r) => `| ${t.columns.map((c) => r[c.key] ?? "").join(" | ")} |`),
        ].join("\n"),
        `Sources: ${t.sources.map((s) => `[${source(s).title}](${source(s).url}) (${source(s).publisher})`).join(", ")}`,
      ].join("\n\n");
    },
    callout: (body) => `:::note\n${body}\n:::`,
    file: (g) =>
      [
        "---",
        `title: ${quoted(g.title)}`,
        `description: ${quoted(g.description)}`,
        `lastUpdated: ${g.date}`,
        "---",
        "",
        `:::tip[Short answer]\n${g.shortAnswer}\n:::`,
        "",
        g.body,
        "",
        "## Frequently asked questions",
        "",
        ...g.faq.flatMap((f) => [`### ${f.q}`, "", f.a, ""]),
        "## Next steps",
        "",
        ...g.nextSteps.map((n) => `- [${n.label}](${n.href})`),
        ...g.related.map((slug) => `- [Related: ${slug}](/guides/${slug}/)`),
        "",
        "## Sources",
        "",
        ...g.sources.map((id, k) => {
          const s = source(id);
          return `${k + 1}. <span id="source-${id}">[${s.title}](${s.url}), ${s.publisher}${s.primary ? "" : " (secondary source)"}</span>`;
        }),
        "",
      ].join("\n"),
  };
}

/** Writes src/content/docs afresh: a home page listing the guides, the base names, and N guides. */
export function writeStarlightContent(base: string, n: number, date: string): void {
  rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(path.join(DOCS, "guides"), { recursive: true });
  mkdirSync(path.join(DOCS, "names"), { recursive: true });
  const refs = baseRefs(base);
  const dialect = starlightDialect(base);
  const titles: string[] = [];
  for (let i = 1; i <= n; i++) {
    const parts = syntheticParts(i, n, refs, date, dialect);
    titles.push(parts.title);
    writeFileSync(path.join(DOCS, "guides", `${benchSlug(i)}.md`), dialect.file(parts));
  }
  for (const [slug, { name, definition }] of readNames(base)) {
    writeFileSync(
      path.join(DOCS, "names", `${slug}.md`),
      `---\ntitle: ${quoted(name)}\ndescription: ${quoted(definition)}\n---\n\n${definition}\n`,
    );
  }
  writeFileSync(
    path.join(DOCS, "index.md"),
    [
      "---",
      'title: "Starlight bench"',
      `description: "${n} synthetic guides, the same words as GPT Image Field Guide's benchmark."`,
      "---",
      "",
      ...titles.map((t, k) => `- [${t}](/guides/${benchSlug(k + 1)}/)`),
      "",
    ].join("\n"),
  );
}

/**
 * Installs the Starlight site's pinned dependencies the first time (npm install: see bench/starlight/README.md).
 * `--no-save` keeps the committed lockfile as it is: a plain install writes the other platforms' entries for
 * rollup's and pagefind's optional packages into it, which left the working tree dirty after the first bench
 * on a fresh checkout.
 */
export function ensureStarlightInstalled(): void {
  if (existsSync(path.join(STARLIGHT_DIR, "node_modules", ".bin", "astro"))) return;
  console.log("  installing the Starlight comparison site (npm install --no-save in bench/starlight/) …");
  const r = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund"], { cwd: STARLIGHT_DIR, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm install in bench/starlight/ failed");
}

/** A cold `astro build`: no dist/ and no Astro cache. */
export async function buildStarlight(env: NodeJS.ProcessEnv): Promise<Measured> {
  for (const dir of ["dist", ".astro", path.join("node_modules", ".astro")])
    rmSync(path.join(STARLIGHT_DIR, dir), { recursive: true, force: true });
  const astro = path.join(STARLIGHT_DIR, "node_modules", ".bin", "astro");
  return runMeasured(astro, ["build"], { ...env, ASTRO_TELEMETRY_DISABLED: "1" }, STARLIGHT_DIR);
}

/** Number of HTML pages in the Starlight export. */
export function starlightPages(dir = STARLIGHT_OUT): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;
}
