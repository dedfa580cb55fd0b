/**
 * Starting files for `npm run new:guide -- "Title"` and `npm run new:name -- "Name"`: every required
 * field filled with a TODO placeholder that still passes the schema, so the content check points at
 * what is left rather than at a broken file. New guides are drafts: they never publish until edited.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { asOfDate } from "../../lib/as-of";
import { slugify } from "../../lib/names/slug";
import { LAYERS } from "../../lib/content/schemas/name";
import { field } from "../../lib/content/check/field";
import { contentDir, displayPath } from "../../lib/content/paths";

/** The first source id in sources.yaml: a real id keeps the new file valid until the editor lists the right ones. */
function firstSourceId(): string {
  try {
    const sources = field(parse(readFileSync(path.join(contentDir(), "sources.yaml"), "utf8")), "sources");
    const id = Array.isArray(sources) ? field(sources[0], "id") : undefined;
    if (typeof id === "string") return id;
  } catch {
    // No readable sources.yaml: fall through to the placeholder, which the check reports as unknown.
  }
  return "todo-source-id";
}

const quote = (s: string) => JSON.stringify(s);

export function guideTemplate(title: string, today: string, sourceId: string): string {
  return `---
title: ${quote(title)}
# TODO: 50–160 characters; search engines show it under the title.
description: "TODO: say in one or two sentences what this guide answers and for whom it is written."
# TODO: two to four plain sentences that answer the question in the title. Readers see it first.
shortAnswer: "TODO: answer the title's question here in two to four plain sentences, without markup. Readers see this before the body."
published: ${today}
updated: ${today}
lastVerified: ${today}
# Glossary slugs this guide covers (content/names/<slug>.yaml); use <Term slug="..." /> for each in the body.
names: []
# Slugs of two to four related guides (content/guides/<slug>.mdx).
related: []
# TODO: the ids (content/sources.yaml) of every source the guide cites with <Cite source="..." />.
sources: [${sourceId}]
# TODO: at least four questions, each answered in one to three plain sentences.
faq: []
# TODO: two to four links inside the site, each path ending in "/".
nextSteps: []
# Remove this line when the guide is ready to publish.
draft: true
---

## TODO: the first section heading

TODO: write the guide here in Markdown. Use \`## \` and \`### \` headings, never \`# \` (the page prints the title).
See content/README.md for the components you can use, such as \`<Term slug="gpt-image-2" />\` and tables written as data.
`;
}

export function nameTemplate(name: string, slug: string, today: string, sourceId: string): string {
  return `# yaml-language-server: $schema=../../schemas/name.schema.json
name: ${quote(name)}
slug: ${slug}
# Other spellings readers paste (each gets a page that leads here).
aliases: []
# TODO: one of ${LAYERS.join(", ")}.
layer: api-model
# TODO: "yes" once an OpenAI source confirms the name and its meaning, "partial" or "no" otherwise.
verification: "no"
definition: "TODO: one line, 20 to 200 characters, saying what this name is."
whereYouSeeIt: "TODO: where readers meet this name (docs, the app, a changelog)."
meaning: "TODO: what the name means and what it does not mean, in plain sentences, with dates where they matter."
useItWhen: "TODO: when to use this name."
# Other names readers mix it up with, and why:
#   notToBeConfusedWith:
#     - slug: gpt-image-2
#       why: "..."
# Relations by slug (parent, pointsTo, apiCounterpart, replacedBy, supersededBy, related) and dated
# lifecycle events (released, deprecationAnnounced, shutdownScheduled, shutDown): see content/README.md.
# TODO: the ids (content/sources.yaml) of the sources for this entry.
sources: [${sourceId}]
lastVerified: ${today}
`;
}

export type ScaffoldResult = { ok: true; file: string } | { ok: false; message: string };

function write(relative: string, text: string, what: string): ScaffoldResult {
  const absolute = path.join(contentDir(), relative);
  const file = displayPath(absolute);
  if (existsSync(absolute)) return { ok: false, message: `${file} already exists; edit it, or choose another ${what}` };
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text, { flag: "wx" });
  return { ok: true, file };
}

export function scaffoldGuide(title: string): ScaffoldResult {
  const t = title.trim();
  if (t.length < 10 || t.length > 70)
    return { ok: false, message: `the title must be 10–70 characters (it has ${t.length})` };
  return write(path.join("guides", `${slugify(t)}.mdx`), guideTemplate(t, asOfDate(), firstSourceId()), "title");
}

export function scaffoldName(name: string): ScaffoldResult {
  const n = name.trim();
  const slug = slugify(n);
  if (!slug) return { ok: false, message: "the name needs at least one letter or digit" };
  return write(path.join("names", `${slug}.yaml`), nameTemplate(n, slug, asOfDate(), firstSourceId()), "name");
}
