import { describe, expect, it } from "vitest";
import { loadPricingWithIssues } from "@/lib/content/data";
import { nameRecordsAsOf } from "@/lib/content/names";
import {
  agreement,
  clampJob,
  computeModel,
  customSizeProblem,
  DEFAULT_JOB,
  jobFromQuery,
  jobToQuery,
  SIZE_KEYS,
  usd,
  type Agreement,
} from "@/lib/tools/cost";
import { buildCostData } from "@/lib/tools/cost-data";

const pricing = loadPricingWithIssues().records[0]!.data;
const names = nameRecordsAsOf("2026-11-21");
const data = buildCostData(pricing, new Map(names.map((n) => [n.slug, n])));
const model = (slug: string) => data.models.find((m) => m.slug === slug)!;
const job = (over: Partial<typeof DEFAULT_JOB>) => ({ ...DEFAULT_JOB, requests: 1, ...over });

describe("published per-image estimates against token counts × prices", () => {
  // How each published figure relates to tokens × image output price. Written out by hand from the fact
  // sheet (sections 4.1 and 4.2), so a changed price or count in pricing.yaml fails here.
  const EXPECTED: Record<string, Agreement> = {
    "gpt-image-1-5 low square": "rounded", // 272 × $32 = $0.008704 → $0.009
    "gpt-image-1-5 medium square": "rounded", // 1056 × $32 = $0.033792 → $0.034
    "gpt-image-1-5 high square": "rounded", // 4160 × $32 = $0.13312 → $0.133
    "gpt-image-1-5 low portrait": "rounded",
    "gpt-image-1-5 medium portrait": "rounded-to-cents", // $0.050688 published as $0.05
    "gpt-image-1-5 high portrait": "rounded", // $0.19968 → $0.2
    "gpt-image-1-5 low landscape": "rounded",
    "gpt-image-1-5 medium landscape": "rounded", // $0.050176 → $0.05
    "gpt-image-1-5 high landscape": "rounded-to-cents", // $0.198656 published as $0.2
    "gpt-image-1 low square": "rounded",
    "gpt-image-1 medium square": "rounded",
    "gpt-image-1 high square": "rounded-up", // 4160 × $40 = $0.1664 published as $0.167
    "gpt-image-1 low portrait": "rounded",
    "gpt-image-1 medium portrait": "rounded",
    "gpt-image-1 high portrait": "rounded", // $0.2496 → $0.25
    "gpt-image-1 low landscape": "equal", // 400 × $40 = $0.016
    "gpt-image-1 medium landscape": "rounded",
    "gpt-image-1 high landscape": "rounded-to-cents", // $0.24832 published as $0.25
  };
  for (const [key, expected] of Object.entries(EXPECTED)) {
    it(`${key}: ${expected}`, () => {
      const [slug, quality, size] = key.split(" ") as [string, string, string];
      const r = computeModel(model(slug), job({ quality, size }), data.partialTokens);
      expect(r.exact).toBeDefined();
      expect(r.published).toBeDefined();
      expect(r.agreement).toBe(expected);
      // The figure the calculator charges per image is the published one.
      expect(r.perImage).toBe(r.published);
    });
  }

  it("gpt-image-1-mini's published estimates exceed tokens × $8 by more than rounding", () => {
    for (const quality of ["low", "medium", "high"])
      for (const size of SIZE_KEYS) {
        const r = computeModel(model("gpt-image-1-mini"), job({ quality, size }), data.partialTokens);
        expect(r.agreement, `${quality} ${size}`).toBe("differs");
        expect(r.published! - r.exact!).toBeGreaterThan(0.0015);
        expect(r.published! - r.exact!).toBeLessThan(0.003);
      }
  });

  it("uses the published per-image figures for gpt-image-2, which has no published token counts", () => {
    const r = computeModel(model("gpt-image-2"), job({ quality: "high", size: "square" }), data.partialTokens);
    expect(r.tokens).toBeUndefined();
    expect(r.perImage).toBe(0.211);
    expect(computeModel(model("gpt-image-2"), job({ quality: "low", size: "portrait" }), 100).perImage).toBe(0.005);
  });

  it("gives no figure where none is published instead of estimating", () => {
    for (const slug of [
      "gpt-image-2-5-sunburst",
      "gpt-image-2-5-flare",
      "gpt-image-2-6-sunburst",
      "gpt-image-2-6-flare",
      "chatgpt-image-latest",
    ]) {
      const r = computeModel(model(slug), job({ quality: "medium", size: "square" }), data.partialTokens);
      expect(r.perImage, slug).toBeUndefined();
      expect(r.total, slug).toBeUndefined();
      expect(r.unavailable, slug).toMatch(/No per-image figure/);
    }
    const custom = computeModel(model("gpt-image-2"), job({ size: "2048x1152" }), data.partialTokens);
    expect(custom.perImage).toBeUndefined();
    expect(custom.unavailable).toMatch(/custom sizes/);
    expect(computeModel(model("gpt-image-1-5"), job({ size: "2048x1152" }), 100).unavailable).toMatch(/fixed sizes/);
  });
});

describe("totals, partial images and Batch", () => {
  it("multiplies per-image cost by images and requests, and adds 100 tokens per partial image", () => {
    const r = computeModel(
      model("gpt-image-1-5"),
      job({ quality: "medium", size: "square", imagesPerRequest: 2, requests: 1000, partialImages: 3 }),
      data.partialTokens,
    );
    // $0.034 × 2 × 1000 + 3 × 100 tokens × $32/1M × 1000
    expect(r.partialsPerRequest).toBeCloseTo(0.0096, 10);
    expect(r.total).toBeCloseTo(68 + 9.6, 8);
  });

  it("halves gpt-image-2 under Batch and leaves models without a documented Batch price at standard prices", () => {
    const batch = computeModel(model("gpt-image-2"), job({ quality: "medium", batch: true }), 100);
    expect(batch.batchApplied).toBe(true);
    expect(batch.perImage).toBeCloseTo(0.0265, 10);
    const noBatch = computeModel(model("gpt-image-1-5"), job({ quality: "medium", batch: true }), 100);
    expect(noBatch.batchApplied).toBe(false);
    expect(noBatch.perImage).toBe(0.034);
    expect(noBatch.notes.join(" ")).toMatch(/No Batch price/);
    expect(computeModel(model("gpt-image-2-6-sunburst"), job({ batch: true }), 100).notes.join(" ")).toMatch(
      /unresolved/,
    );
  });
});

describe("impossible values", () => {
  it("clamps negative and oversized counts with a message per field", () => {
    const { job: j, messages } = clampJob(job({ imagesPerRequest: -4, requests: -1, partialImages: 9 }));
    expect(j).toMatchObject({ imagesPerRequest: 1, requests: 1, partialImages: 3 });
    expect(messages.map((m) => m.field).sort()).toEqual(["imagesPerRequest", "partialImages", "requests"]);
    expect(messages.find((m) => m.field === "imagesPerRequest")!.message).toBe(
      "Images per request cannot be below 1; using 1.",
    );
    expect(clampJob(job({ requests: Number.NaN })).messages[0]!.message).toMatch(/whole number/);
    expect(clampJob(job({ imagesPerRequest: 2.5 })).job.imagesPerRequest).toBe(2);
    expect(clampJob(job({})).messages).toEqual([]);
  });

  it("checks custom sizes against gpt-image-2's limits", () => {
    expect(customSizeProblem("2048x1152")).toBeUndefined();
    expect(customSizeProblem("3840x2160")).toBeUndefined();
    expect(customSizeProblem("1000x1000")).toMatch(/multiples of 16/);
    expect(customSizeProblem("4096x2048")).toMatch(/3840/);
    expect(customSizeProblem("3840x1024")).toMatch(/three times/);
    expect(customSizeProblem("512x512")).toMatch(/655,360/);
    expect(customSizeProblem("big")).toMatch(/WIDTHxHEIGHT/);
  });
});

describe("state in the address", () => {
  it("round-trips a job", () => {
    const j = {
      ...DEFAULT_JOB,
      models: ["gpt-image-2", "gpt-image-1-5"],
      quality: "high",
      size: "portrait",
      imagesPerRequest: 4,
      requests: 25,
      partialImages: 2,
      batch: true,
    };
    expect(jobFromQuery(`?${jobToQuery(j)}`, data)).toEqual({ job: j, tampered: false });
    expect(jobToQuery(DEFAULT_JOB)).toBe("");
  });

  it("falls back to the defaults for tampered values and flags it", () => {
    for (const q of [
      "?m=<script>alert(1)</script>",
      "?n=-5",
      "?r=1e9",
      "?q=ultra",
      "?s=../../etc",
      "?b=yes",
      "?m=gpt-image-2,gpt-image-2",
      "?p=%00",
    ]) {
      const { job: j, tampered } = jobFromQuery(q, data);
      expect(tampered, q).toBe(true);
      expect(j, q).toEqual(DEFAULT_JOB);
    }
  });
});

describe("formatting", () => {
  it("prints dollars with the decimals a figure needs", () => {
    expect(usd(0.034)).toBe("$0.034");
    expect(usd(0.008704)).toBe("$0.008704");
    expect(usd(0.2)).toBe("$0.20");
    expect(usd(34)).toBe("$34.00");
    expect(usd(1234.5)).toBe("$1,234.50");
    expect(agreement(0.016, 0.016)).toBe("equal");
  });
});
