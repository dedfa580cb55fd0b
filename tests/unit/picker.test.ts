import { describe, expect, it } from "vitest";
import type { PickerData } from "@/lib/content/schemas/picker";
import type { NameStatus } from "@/lib/names/status";
import { checklistMarkdown } from "@/lib/picker/checklist";
import { toGraph } from "@/lib/picker/graph";
import { clampDescription } from "@/lib/picker/meta";
import { enumeratePaths, enumerateSteps } from "@/lib/picker/paths";
import { recommendableOnly, staleRecommendations } from "@/lib/picker/recommendable";
import { formatRouteParam, parseRouteParam, resolveAnswers } from "@/lib/picker/resolve";
import { checkOutcomeRefs, checkTree } from "@/lib/picker/soundness";

const outcome = (id: string, route: "api" | "chatgpt" = "api") => ({
  id,
  route,
  title: `Outcome ${id}`,
  why: "A reason long enough for the schema.",
  names: [],
  guides: [],
  extraChecks: [],
});

/** job → (product → o-image) | (other → surface → (one → o-image) | (chat → o-chat)) */
function tree(): PickerData {
  return {
    start: "job",
    questions: [
      {
        id: "job",
        question: "What is it for?",
        answers: [
          { id: "product", label: "Product", outcome: "o-image" },
          { id: "other", label: "Other", next: "surface" },
        ],
      },
      {
        id: "surface",
        question: "One or many?",
        answers: [
          { id: "one", label: "One", outcome: "o-image" },
          { id: "chat", label: "Chat", outcome: "o-chat" },
        ],
      },
    ],
    outcomes: [outcome("o-image"), outcome("o-chat")],
  };
}
const ROUTES = new Set(["api", "chatgpt"]);
const messages = (p: PickerData) => checkTree(p, ROUTES).map((x) => x.message);

describe("tree soundness", () => {
  it("accepts a sound tree", () => {
    expect(checkTree(tree(), ROUTES)).toEqual([]);
  });
  it("rejects an answer that leads to two places or none", () => {
    const t = tree();
    t.questions[0]!.answers[0] = { id: "product", label: "Product", outcome: "o-image", next: "surface" };
    t.questions[1]!.answers[1] = { id: "chat", label: "Chat" };
    expect(messages(t)).toEqual(
      expect.arrayContaining([
        'answer "product" must lead to exactly one place',
        'answer "chat" must lead to exactly one place',
      ]),
    );
  });
  it("rejects unknown targets and a missing start", () => {
    const t = tree();
    t.start = "nope";
    t.questions[0]!.answers[1]!.next = "missing";
    t.questions[1]!.answers[0]!.outcome = "gone";
    expect(messages(t)).toEqual(
      expect.arrayContaining([
        'start question "nope" does not exist',
        'answer "other" leads to unknown question "missing"',
        'answer "one" leads to unknown outcome "gone"',
      ]),
    );
  });
  it("finds a cycle and reports where it closes", () => {
    const t = tree();
    t.questions[1]!.answers[1] = { id: "chat", label: "Chat", next: "job" };
    const problems = checkTree(t, ROUTES);
    expect(problems.map((p) => p.message)).toContain('answer "chat" loops back to question "job"');
    expect(problems.find((p) => p.message.includes("loops"))?.path).toEqual(["questions", 1, "answers", 1, "next"]);
  });
  it("finds unreachable questions and outcomes", () => {
    const t = tree();
    t.questions.push({
      id: "orphan",
      question: "Never asked?",
      answers: [
        { id: "a", label: "A", outcome: "o-lost" },
        { id: "b", label: "B", outcome: "o-image" },
      ],
    });
    t.outcomes.push(outcome("o-lost"));
    expect(messages(t)).toEqual(
      expect.arrayContaining([
        'question "orphan" cannot be reached from the start',
        'outcome "o-lost" cannot be reached from the start',
      ]),
    );
  });
  it("rejects duplicate ids and an outcome whose route has no profile", () => {
    const t = tree();
    t.outcomes.push(outcome("o-chat", "chatgpt"));
    t.questions[1]!.answers.push({ id: "one", label: "Again", outcome: "o-chat" });
    expect(checkTree(t, new Set(["api"])).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'duplicate outcome id "o-chat"',
        'duplicate answer id "one"',
        'outcome "o-chat" names route "chatgpt", which has no profile',
      ]),
    );
  });
  it("checks that every name and guide an outcome links to exists", () => {
    const t = tree();
    t.outcomes[0] = { ...t.outcomes[0]!, names: ["gpt-image-2", "nope"], guides: ["missing-guide"] };
    const problems = checkOutcomeRefs(t, { names: new Set(["gpt-image-2"]), guides: new Set() });
    expect(problems.map((p) => p.path)).toEqual([
      ["outcomes", 0, "names", 1],
      ["outcomes", 0, "guides", 0],
    ]);
  });
});

describe("paths and steps", () => {
  const graph = toGraph(tree());
  it("enumerates every path to an outcome", () => {
    expect(enumeratePaths(graph)).toEqual([
      { answers: ["product"], outcome: "o-image" },
      { answers: ["other", "one"], outcome: "o-image" },
      { answers: ["other", "chat"], outcome: "o-chat" },
    ]);
  });
  it("enumerates every step page, parents first", () => {
    expect(enumerateSteps(graph).map((s) => s.answers.join("/"))).toEqual([
      "",
      "product",
      "other",
      "other/one",
      "other/chat",
    ]);
  });
  it("terminates on a cyclic tree", () => {
    const t = tree();
    t.questions[1]!.answers[1] = { id: "chat", label: "Chat", next: "job" };
    expect(enumeratePaths(toGraph(t)).length).toBeGreaterThan(0);
  });
});

describe("resolving answers", () => {
  const graph = toGraph(tree());
  const start = { kind: "question", id: "job", answers: [] };
  it("follows answers to a question or an outcome", () => {
    expect(resolveAnswers(graph, [])).toEqual(start);
    expect(resolveAnswers(graph, ["other"])).toEqual({ kind: "question", id: "surface", answers: ["other"] });
    expect(resolveAnswers(graph, ["other", "chat"])).toEqual({
      kind: "outcome",
      id: "o-chat",
      answers: ["other", "chat"],
    });
  });
  it("falls back to the first question for anything that does not walk the tree", () => {
    for (const bad of [
      ["nope"],
      ["other", "nope"],
      ["product", "one"],
      ["other", "chat", "chat"],
      ["constructor"],
      ["__proto__"],
      Array(50).fill("other"),
    ]) {
      expect(resolveAnswers(graph, bad)).toEqual(start);
    }
  });
  it("parses only well-formed ?route= values", () => {
    expect(parseRouteParam("other.chat")).toEqual(["other", "chat"]);
    expect(parseRouteParam("product-feature.single-prompt")).toEqual(["product-feature", "single-prompt"]);
    for (const bad of [
      null,
      undefined,
      "",
      ".",
      "a..b",
      "a.",
      "A.b",
      "a b",
      "<script>alert(1)</script>",
      "a/b",
      "a".repeat(401),
    ]) {
      expect(parseRouteParam(bad)).toEqual([]);
    }
    expect(formatRouteParam(["other", "chat"])).toBe("other.chat");
  });
});

describe("copy as checklist", () => {
  it("builds a titled Markdown task list: route test, outcome checks, then what to log", () => {
    const md = checklistMarkdown({
      title: "Use the Image API",
      routeName: "OpenAI API",
      routeUrl: "https://example.test/routes/api/",
      routeTest: ["Run one request.", "Log the\n  request id."],
      extraChecks: ["Pin `gpt-image-2-2026-04-21`."],
      whatToLog: ["Model id"],
    });
    expect(md).toBe(
      [
        "## Route test: Use the Image API",
        "",
        "Route: OpenAI API (https://example.test/routes/api/)",
        "",
        "- [ ] Run one request.",
        "- [ ] Log the request id.",
        "- [ ] Pin `gpt-image-2-2026-04-21`.",
        "",
        "### Log for every image",
        "",
        "- [ ] Model id",
        "",
      ].join("\n"),
    );
  });
});

describe("names a route may recommend", () => {
  const statuses: Record<string, NameStatus> = {
    live: { kind: "current" },
    going: { kind: "shutdown-scheduled", date: "2026-12-01" },
    gone: { kind: "shut-down", date: "2026-10-23" },
    reseller: { kind: "not-openai" },
  };
  const statusOf = (slug: string) => statuses[slug];
  it("flags shut-down and scheduled names in outcomes and routes", () => {
    expect(
      staleRecommendations(
        [{ id: "o", names: ["live", "going"] }],
        [{ id: "api", names: ["gone", "reseller"] }],
        statusOf,
      ),
    ).toEqual([
      { where: "outcome o", slug: "going", status: "shutdown-scheduled" },
      { where: "route api", slug: "gone", status: "shut-down" },
    ]);
  });
  it("keeps only recommendable names, in order", () => {
    const lookup = (slug: string) => (statuses[slug] ? { slug, status: statuses[slug] } : undefined);
    expect(recommendableOnly(["gone", "reseller", "going", "live", "unknown"], lookup).map((n) => n.slug)).toEqual([
      "reseller",
      "live",
    ]);
  });
});

describe("page descriptions", () => {
  it("stay within 160 characters without cutting a word", () => {
    const long = "First sentence is here. ".repeat(12);
    const d = clampDescription(long);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d.endsWith(".")).toBe(true);
    const words = "word ".repeat(60);
    expect(clampDescription(words)).toMatch(/word…$/);
    expect(clampDescription("Keep `gpt-image-1.5` out.")).toBe("Keep gpt-image-1.5 out.");
  });
});
