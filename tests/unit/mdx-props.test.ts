/**
 * lib/content/mdx-props.ts is the one list of what MDX may use: the registry renders exactly those
 * components, each example there passes the content check, and content/README.md shows every example.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx/registry";
import { MDX_COMPONENTS } from "@/lib/content/mdx-props";
import { checkContent } from "@/lib/content/check";
import { formatIssue } from "@/lib/content/issues";

const examples = Object.entries(MDX_COMPONENTS).map(([name, spec]) => ({ name, example: spec.example }));

describe("MDX components", () => {
  it("the registry renders exactly the components props.ts allows (plus heading overrides)", () => {
    const registered = Object.keys(mdxComponents({ sources: [] })).filter((k) => !/^h[1-6]$/.test(k));
    expect(registered.sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
  });

  it("every example passes the content check against the real content", async () => {
    const dir = path.join(".cache", "test-content", "examples");
    rmSync(dir, { recursive: true, force: true });
    cpSync("content", dir, { recursive: true });
    const guide = `---
title: "Every MDX component, once"
description: "A temporary guide that uses every component example from lib/content/mdx-props.ts."
shortAnswer: "This guide exists only inside a unit test, to prove that each documented example passes the check."
published: 2026-11-21
updated: 2026-11-21
lastVerified: 2026-11-21
sources: [openai-changelog, apiyi-gpt-image-2-6-launch]
draft: true
---

${examples.map((e) => (MDX_COMPONENTS[e.name as keyof typeof MDX_COMPONENTS].block ? e.example : `Text ${e.example} text.`)).join("\n\n")}
`;
    writeFileSync(path.join(dir, "guides", "all-components.mdx"), guide);
    const issues = (await checkContent({ contentDir: dir })).filter((i) => i.file.endsWith("all-components.mdx"));
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it("content/README.md documents every component with its example", () => {
    const readme = readFileSync("content/README.md", "utf8");
    for (const e of examples) {
      expect(readme, e.name).toContain(`### ${e.name}`);
      expect(readme, e.name).toContain(e.example);
    }
  });
});
