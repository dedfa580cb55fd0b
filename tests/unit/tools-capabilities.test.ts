import { describe, expect, it } from "vitest";
import { loadCapabilitiesWithIssues, resolveCapabilities } from "@/lib/content/capabilities";
import { capabilitiesSchema } from "@/lib/content/schemas/capabilities";
import { loadNamesWithIssues } from "@/lib/content/names";
import { loadSourcesWithIssues } from "@/lib/content/sources";
import { highlight } from "@/lib/tools/highlight";
import { REQUEST_MODELS, requestsFor } from "@/lib/tools/requests";

const { records, issues } = loadCapabilitiesWithIssues();
const caps = resolveCapabilities(records[0]!.data);
const names = loadNamesWithIssues().records.map((r) => r.data);
const sources = new Set(loadSourcesWithIssues().record!.data.sources.map((s) => s.id));
const cell = (feature: string, model: string) => caps.rows.find((r) => r.feature === feature)!.cells[model]!;

describe("capability matrix data", () => {
  it("loads without issues", () => expect(issues).toEqual([]));

  it("has a column for every API model of the glossary; snapshots follow a model that has one", () => {
    const api = names.filter((n) => n.apiId && !n.notOpenAI && ["api-model", "api-alias"].includes(n.layer));
    for (const n of api) expect(caps.models, n.slug).toContain(n.slug);
    for (const n of names.filter((n) => n.layer === "snapshot"))
      expect(caps.models, n.slug).toContain(n.relations.parent);
    for (const slug of [
      "gpt-image-2-5-flare",
      "gpt-image-2-5-sunburst",
      "gpt-image-2-6-flare",
      "gpt-image-2-6-sunburst",
    ])
      expect(caps.models).toContain(slug);
  });

  it("gives every cell a value, a verification label and known sources (only unknown may cite none)", () => {
    for (const row of caps.rows)
      for (const m of caps.models) {
        const c = row.cells[m]!;
        expect(["yes", "no", "partial", "unknown"], `${row.feature}/${m}`).toContain(c.value);
        expect(["yes", "partial", "no"]).toContain(c.verification);
        for (const s of c.sources) expect(sources.has(s), `${row.feature}/${m}: ${s}`).toBe(true);
        if (!c.sources.length) expect(c.value, `${row.feature}/${m}`).toBe("unknown");
        if (c.value === "unknown" || c.value === "partial") expect(c.note, `${row.feature}/${m}`).toBeTruthy();
      }
  });

  it("records the facts the fact sheet gives", () => {
    expect(cell("transparent-background", "gpt-image-2")).toMatchObject({
      value: "partial",
      changed: { date: "2026-08-21" },
    });
    expect(cell("batch", "gpt-image-2")).toMatchObject({ value: "yes", since: "2026-04-21" });
    expect(cell("batch", "gpt-image-1-5")).toMatchObject({ value: "yes", since: "2026-02-10" });
    expect(cell("batch", "gpt-image-2-6-sunburst").value).toBe("unknown");
    expect(cell("responses-tool", "gpt-image-2-5-flare")).toMatchObject({ value: "yes", verification: "yes" });
    expect(cell("responses-tool", "gpt-image-2-6-sunburst").value).toBe("unknown");
    expect(cell("complexity", "gpt-image-2-6-sunburst").value).toBe("yes");
    expect(cell("variations", "dall-e-2").value).toBe("yes");
    expect(cell("input-fidelity", "gpt-image-1-mini").value).toBe("no");
  });

  it("rejects a blank cell and a sourceless yes", () => {
    const bad = structuredClone(records[0]!.data) as unknown as { rows: Array<{ cells: Record<string, unknown> }> };
    delete bad.rows[0]!.cells["gpt-image-2"];
    bad.rows[1]!.cells["gpt-image-2"] = { value: "yes", sources: [] };
    const r = capabilitiesSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join("\n");
    expect(messages).toMatch(/no cell for gpt-image-2/);
    expect(messages).toMatch(/only an unknown cell may cite no source/);
  });
});

describe("copy-ready requests", () => {
  const apiId = (slug: string) => names.find((n) => n.slug === slug)!.apiId!;

  it("uses only confirmed parameters per model", () => {
    const two = requestsFor("gpt-image-2", "gpt-image-2", caps);
    expect(two.params).toEqual({ model: "gpt-image-2", size: "1024x1024", quality: "medium" });
    expect(two.omitted).toEqual(["input_fidelity"]);
    const sunburst = requestsFor("gpt-image-2-6-sunburst", apiId("gpt-image-2-6-sunburst"), caps);
    expect(sunburst.params).toEqual({ model: "gpt-image-2.6-sunburst" });
    expect(sunburst.missing.map((m) => m.endpoint)).toEqual(["responses", "batch"]);
    const flare25 = requestsFor("gpt-image-2-5-flare", apiId("gpt-image-2-5-flare"), caps);
    expect(flare25.params.quality).toBe("xhigh");
    expect(flare25.params.size).toBeUndefined();
    expect(flare25.missing.map((m) => m.endpoint)).toEqual(["batch"]);
    const latest = requestsFor("chatgpt-image-latest", "chatgpt-image-latest", caps);
    const edit = latest.examples.find((e) => e.endpoint === "edit" && e.lang === "python")!;
    expect(edit.code).toContain('input_fidelity="high"');
    expect(
      requestsFor("gpt-image-2", "gpt-image-2", caps).examples.find((e) => e.endpoint === "edit")!.code,
    ).not.toContain("input_fidelity");
  });

  it("writes valid JSON in the curl bodies and the Batch line", () => {
    for (const slug of REQUEST_MODELS) {
      for (const e of requestsFor(slug, apiId(slug), caps).examples) {
        if (e.lang === "jsonl") expect(() => JSON.parse(e.code)).not.toThrow();
        if (e.lang === "curl" && e.code.includes("-d '")) {
          const body = /-d '(.*)'$/m.exec(e.code)![1]!;
          const json = JSON.parse(body) as { model: string; tools?: Array<{ model: string }> };
          expect(json.tools ? json.tools[0]!.model : json.model).toBe(apiId(slug));
        }
      }
    }
  });

  it("highlights into class-named spans that give back the code exactly", async () => {
    const code = requestsFor("gpt-image-2", "gpt-image-2", caps).examples.find((e) => e.lang === "python")!.code;
    const lines = await highlight(code, "python");
    expect(lines.map((l) => l.map((s) => s.text).join("")).join("\n")).toBe(code);
    const classes = new Set(
      lines
        .flat()
        .map((s) => s.className)
        .filter(Boolean),
    );
    expect(classes.size).toBeGreaterThan(2);
    for (const c of classes) expect(c).not.toMatch(/[:;]\s*#|style/);
  });

  it("highlights every example of every model", async () => {
    for (const slug of REQUEST_MODELS)
      for (const e of requestsFor(slug, apiId(slug), caps).examples) {
        const lines = await highlight(e.code, e.lang);
        expect(lines.map((l) => l.map((s) => s.text).join("")).join("\n"), `${slug} ${e.endpoint} ${e.lang}`).toBe(
          e.code,
        );
      }
  });
});
