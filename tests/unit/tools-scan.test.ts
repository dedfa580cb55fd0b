import { formatDate } from "@/lib/as-of";
import { readFileSync, readdirSync } from "node:fs";
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { nameRecordsAsOf } from "@/lib/content/names";
import { assess, createScanner, splitLines } from "@/lib/tools/scan";
import { buildScanData, grepPattern } from "@/lib/tools/scan-data";

const names = nameRecordsAsOf("2026-11-21");
const data = buildScanData(names);

function scan(text: string, today: string) {
  const s = createScanner(data);
  s.scan(splitLines(text), 1);
  return assess(s.findings(), data, today);
}

const PYTHON = `from openai import OpenAI

client = OpenAI()
a = client.images.generate(model="chatgpt-image-latest", prompt="x")
b = client.images.generate(model="gpt-image-1", prompt="y")
c = {"model": "gpt-image-2-all"}
d = "gpt-image-1"
`;

describe("the code scanner", () => {
  it("finds each id with its lines, status for the given day and replacement, most urgent first", () => {
    const found = scan(PYTHON, "2026-11-29");
    expect(found.map((f) => [f.entry.slug, f.lines, f.statusText])).toEqual([
      ["gpt-image-1", [5, 7], "Shut down on October 23, 2026"],
      ["chatgpt-image-latest", [4], "Shuts down in 2 days, on December 1, 2026"],
      ["gpt-image-2-all", [6], "Not an OpenAI name"],
    ]);
    expect(found[0]!.instead.map((x) => x.name)).toEqual(["gpt-image-2"]);
    expect(found[1]!.insteadText).toBe("gpt-image-2.6-sunburst or gpt-image-2.6-flare");
  });

  it("follows the reader's date: on 1 December the alias's scheduled shutdown date has passed", () => {
    const found = scan(PYTHON, "2026-12-01");
    expect(found.find((f) => f.entry.slug === "chatgpt-image-latest")!.statusText).toBe(
      `Scheduled shutdown date passed: December 1, 2026 (not re-checked since ${formatDate(names.find((n) => n.slug === "chatgpt-image-latest")!.lastVerified)})`,
    );
    expect(scan(PYTHON, "2026-11-30").find((f) => f.entry.slug === "chatgpt-image-latest")!.statusText).toMatch(
      /^Shuts down in 1 day, /,
    );
  });

  it("dates a previous generation as firmly as the page does, in the browser's data too", () => {
    const found = (id: string) => scan(`model="${id}"`, "2026-12-07")[0]!.statusText;
    // 2.6's release date comes only from secondary sources; 2.5's from OpenAI's changelog.
    expect(found("gpt-image-2.5-flare")).toBe("Previous generation since November 4, 2026 (secondary sources only)");
    expect(found("gpt-image-2")).toBe("Previous generation since September 8, 2026");
  });

  it("recognises snapshots, misspellings, suffixes and reseller ids, and ignores look-alikes", () => {
    const text = [
      'MODEL = "gpt-image-1.5-2025-12-16"',
      "dalle3 # old", // misspelling
      'x = "gpt_image_2"',
      'y = "gpt-image-2.5-flare:official"',
      'z = "sora_image"',
      "gpt-image is the family, gpt-5 a text model, imageio a library",
    ].join("\n");
    const slugs = scan(text, "2026-11-21")
      .map((f) => f.entry.slug)
      .sort();
    expect(slugs).toEqual(
      ["dall-e-3", "gpt-image-1-5-2025-12-16", "gpt-image-2", "gpt-image-2-5-flare", "sora-image"].sort(),
    );
  });

  it("treats HTML, script and binary junk as text", () => {
    const text = '<script>alert("gpt-image-1")</script>\u0000\u0001\ufffd<img src=x onerror=1> gpt-image-2-vip';
    const found = scan(text, "2026-11-21");
    expect(found.map((f) => f.entry.slug).sort()).toEqual(["gpt-image-1", "gpt-image-2-vip"]);
    expect(found.every((f) => f.lines[0] === 1)).toBe(true);
  });

  it("scans a megabyte in slices with the right line numbers", () => {
    const big = "x = 1 # filler line with gpt-image-1\n".repeat(30_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const s = createScanner(data);
    const lines = splitLines(big);
    for (let i = 0; i < lines.length; i += 4000) s.scan(lines.slice(i, i + 4000), i + 1);
    const [f] = s.findings();
    expect(f!.lines.length).toBe(30_000);
    expect(f!.lines[29_999]).toBe(30_000);
  });

  it("counts lines however they end", () => {
    expect(scan("a\r\nb\rgpt-image-1\n", "2026-11-21")[0]!.lines).toEqual([3]);
  });

  it("ships only code names, compactly, and a grep pattern that matches every id", () => {
    const json = JSON.stringify(data);
    expect(gzipSync(json).length).toBeLessThan(2048);
    expect(data.entries.map((e) => e.slug)).not.toContain("chatgpt-images-2-0");
    const re = new RegExp(grepPattern(data));
    for (const e of data.entries) if (e.apiId) expect(re.test(e.apiId), e.apiId).toBe(true);
    expect(re.test("gpt-5")).toBe(false);
  });

  it("the browser bundle reads no environment (only pure modules)", async () => {
    const out = await build({
      entryPoints: ["islands/scan.ts"],
      bundle: true,
      write: false,
      format: "esm",
      minify: true,
      metafile: true,
      logLevel: "silent",
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/process\.env/);
    expect(Object.keys(out.metafile.inputs)).not.toContain("lib/as-of.ts");
    // The island and its name data together stay within the 12 KiB budget (the build test measures the export).
    expect(gzipSync(code).length + gzipSync(JSON.stringify(data)).length).toBeLessThan(12 * 1024);
  });
});

describe("islands that may run in the browser import no server module", () => {
  for (const file of readdirSync("islands").filter((f) => f.endsWith(".ts"))) {
    it(file, () => {
      const src = readFileSync(`islands/${file}`, "utf8");
      expect(src).not.toMatch(/from "\.\.\/lib\/as-of"|lib\/content\/(?!schemas)/);
    });
  }
});
