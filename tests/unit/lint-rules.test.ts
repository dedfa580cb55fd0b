/**
 * The layer, cycle and browser/server rules of eslint.config.mjs, run through ESLint's Node API with the
 * real config on the files in tests/fixtures/lint/. Most fixtures are linted as if they stood elsewhere
 * in the tree (the rules depend on where a file is); their imports are spelt from there.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { BROWSER_SAFE } from "../../eslint.browser-line.mjs";

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/lint");
// ignore: false because the repo lint skips the fixture folder; here it is linted on purpose.
const eslint = new ESLint({ cwd: root, ignore: false });

function rules(result: ESLint.LintResult | undefined): string[] {
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

async function lintAs(fixture: string, as: string): Promise<string[]> {
  const text = readFileSync(path.join(fixtures, fixture), "utf8");
  const [result] = await eslint.lintText(text, { filePath: path.join(root, as) });
  return rules(result);
}

describe("npm run lint holds the layers", () => {
  it("fails on lib importing components (a backwards import)", async () => {
    expect(await lintAs("backwards-import.ts", "lib/lint-fixture.ts")).toEqual(["import-x/no-restricted-paths"]);
  });

  it("passes lib importing lib, relative and through the @/ alias", async () => {
    expect(await lintAs("lib-good.ts", "lib/lint-fixture.ts")).toEqual([]);
  });

  it("fails on an import cycle, in both files", async () => {
    const results = await eslint.lintFiles([path.join(fixtures, "cycle/a.ts"), path.join(fixtures, "cycle/b.ts")]);
    expect(results.map(rules)).toEqual([["import-x/no-cycle"], ["import-x/no-cycle"]]);
  });
});

describe("npm run lint holds the browser/server line", () => {
  it("fails on an island importing a server module (lib/as-of.ts reads process.env)", async () => {
    expect(await lintAs("island-server-import.ts", "islands/lint-fixture.ts")).toEqual([
      "@typescript-eslint/no-restricted-imports",
    ]);
  });

  it("fails on an island importing a Node built-in or using a Node global", async () => {
    expect(await lintAs("island-node-builtin.ts", "islands/lint-fixture.ts")).toEqual([
      "@typescript-eslint/no-restricted-imports",
      "no-restricted-globals",
    ]);
  });

  it("fails on a browser-safe lib module importing a server module (the line holds through lib)", async () => {
    expect(await lintAs("browser-safe-server-import.ts", "lib/dates.ts")).toEqual([
      "@typescript-eslint/no-restricted-imports",
    ]);
  });

  it("passes an island importing browser-safe modules, a sibling island, and types from anywhere", async () => {
    expect(await lintAs("island-good.ts", "islands/lint-fixture.ts")).toEqual([]);
  });

  it("lists only modules that exist (a renamed module must be renamed in the list too)", () => {
    expect(BROWSER_SAFE.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
  });
});
