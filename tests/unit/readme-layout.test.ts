/** The README's folder layout names every folder of the tree (top level, components/*, lib/*) and no other. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
/** Listed, but written by the build and gitignored, so a clone does not have them. */
const GENERATED = new Set(["lib/islands/", "public/"]);
/** Folders whose sub-folders the layout lists one by one. */
const DETAILED = ["components", "lib"];

function layoutFolders(): string[] {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Folder layout"));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block.split("\n").flatMap((line) => /^([a-z][\w.-]*\/(?:[\w.-]+\/)?)\s/.exec(line)?.[1] ?? []);
}

function trackedFolders(): Set<string> {
  const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
  const out = new Set<string>();
  for (const file of files) {
    const parts = file.split("/");
    if (parts.length < 2 || parts[0]?.startsWith(".")) continue;
    out.add(`${parts[0]}/`);
    if (DETAILED.includes(parts[0] ?? "") && parts.length > 2) out.add(`${parts[0]}/${parts[1]}/`);
  }
  return out;
}

describe("README folder layout", () => {
  const listed = layoutFolders();
  const tracked = trackedFolders();

  it("names only folders the repository has (or the build writes)", () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(
      listed.filter((f) => !tracked.has(f) && !GENERATED.has(f) && !tracked.has(f.replace(/[^/]+\/$/, ""))),
    ).toEqual([]);
  });

  it("names every top-level folder and every folder under components/ and lib/", () => {
    // A top-level folder is named by its own line or by lines of its sub-folders (tests/unit/, …).
    const named = (folder: string) =>
      listed.some((f) => f === folder || (folder.split("/").length === 2 && f.startsWith(folder)));
    expect([...tracked].filter((f) => !named(f)).sort()).toEqual([]);
  });
});
