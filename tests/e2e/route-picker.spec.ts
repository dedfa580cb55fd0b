import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loadGuidesWithIssues } from "../../lib/content/guides";
import { loadPickerWithIssues } from "../../lib/content/picker";
import { loadRoutesWithIssues } from "../../lib/content/routes";
import type { PickerQuestion } from "../../lib/content/schemas/picker";
import { toGraph } from "../../lib/picker/graph";
import { enumeratePaths, enumerateSteps, type PickerPath } from "../../lib/picker/paths";

/**
 * The route picker, driven from the decision data itself: every path is walked by clicking, by keyboard
 * alone and (without JavaScript) by following links, and every step is scanned with axe.
 */
const picker = loadPickerWithIssues().records[0]!.data;
const routes = new Map(loadRoutesWithIssues().records.map((r) => [r.data.id, r.data]));
const graph = toGraph(picker);
const paths = enumeratePaths(graph);
const steps = enumerateSteps(graph);
const questions = new Map(picker.questions.map((q) => [q.id, q]));
const outcomes = new Map(picker.outcomes.map((o) => [o.id, o]));
const first = questions.get(picker.start)!;
const PICKER = "/route-picker/";

/** Each answer of a path with the question it answers and its position in that question. */
function walk(answers: readonly string[]) {
  let q: PickerQuestion = first;
  return answers.map((id) => {
    const index = q.answers.findIndex((a) => a.id === id);
    const step = { question: q, answer: q.answers[index]!, index };
    if (step.answer.next) q = questions.get(step.answer.next)!;
    return step;
  });
}

const name = (p: PickerPath) => `${p.answers.join(" › ")} → ${p.outcome}`;
const group = (page: Page, q: PickerQuestion) => page.getByRole("group", { name: q.question, exact: true });
const outcomeHeading = (page: Page, id: string) =>
  page.getByRole("status").getByRole("heading", { name: outcomes.get(id)!.title, exact: true });
const routeParam = (page: Page) => new URL(page.url()).searchParams.get("route");
/** The island has taken over once the first question offers radios. */
const ready = (page: Page) => expect(page.getByRole("radio").first()).toBeVisible();

/** Presses Tab until the focused element matches `selector` (keyboard only; bounded so a trap fails fast). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const longest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));

test.describe("with JavaScript, clicking", () => {
  for (const p of paths) {
    test(`reaches ${name(p)}`, async ({ page }) => {
      await page.goto(PICKER);
      for (const s of walk(p.answers)) {
        await group(page, s.question).getByRole("radio", { name: s.answer.label, exact: true }).check();
        await page.getByRole("button", { name: "Continue" }).click();
      }
      await expect(outcomeHeading(page, p.outcome)).toBeVisible();
      expect(routeParam(page)).toBe(p.answers.join("."));
    });
  }
});

test.describe("with JavaScript, keyboard alone", () => {
  for (const p of paths) {
    test(`reaches ${name(p)}`, async ({ page }) => {
      await page.goto(PICKER);
      await ready(page);
      for (const s of walk(p.answers)) {
        await expect(group(page, s.question)).toBeVisible();
        await tabTo(page, "input[type=radio]");
        // Tabbing into an unchecked group focuses its first radio; arrows move and check.
        if (s.index === 0) await page.keyboard.press("Space");
        for (let k = 0; k < s.index; k++) await page.keyboard.press("ArrowDown");
        await expect(group(page, s.question).getByRole("radio", { name: s.answer.label, exact: true })).toBeChecked();
        await tabTo(page, "button[type=submit]");
        await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
        expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
        await page.keyboard.press("Enter");
      }
      await expect(outcomeHeading(page, p.outcome)).toBeVisible();
      await expect(outcomeHeading(page, p.outcome)).toBeFocused();
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const p of paths) {
    test(`reaches ${name(p)} by links`, async ({ page }) => {
      await page.goto(PICKER);
      for (const s of walk(p.answers)) {
        // A link is named by its visible text: the answer's label, then its hint when it has one.
        const label = new RegExp(`^${s.answer.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`);
        await group(page, s.question).getByRole("link", { name: label }).click();
      }
      await expect(page).toHaveURL(new RegExp(`${PICKER}${p.answers.join("/")}/$`));
      await expect(outcomeHeading(page, p.outcome)).toBeVisible();
      await expect(
        page.getByRole("link", { name: `${routes.get(outcomes.get(p.outcome)!.route)!.name} route profile` }),
      ).toBeVisible();
      await page.getByRole("link", { name: "Back", exact: true }).click();
      const parent = p.answers.slice(0, -1);
      await expect(page).toHaveURL(new RegExp(`${PICKER}${parent.length ? `${parent.join("/")}/` : ""}$`));
      await expect(group(page, walk(p.answers).at(-1)!.question)).toBeVisible();
    });
  }

  test("the static pages show no radios and no copy button", async ({ page }) => {
    await page.goto(`${PICKER}${longest.answers.join("/")}/`);
    await expect(outcomeHeading(page, longest.outcome)).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy as checklist" })).toBeHidden();
    await page.goto(PICKER);
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expect(group(page, first).getByRole("link")).toHaveCount(first.answers.length);
  });
});

test.describe("state in the URL", () => {
  test("a shared URL restores the step, and a reload keeps it", async ({ page }) => {
    const before = walk(longest.answers).at(-1)!;
    await page.goto(`${PICKER}?route=${longest.answers.slice(0, -1).join(".")}`);
    await expect(group(page, before.question)).toBeVisible();
    await page.goto(`${PICKER}?route=${longest.answers.join(".")}`);
    await expect(outcomeHeading(page, longest.outcome)).toBeVisible();
    await page.reload();
    await expect(outcomeHeading(page, longest.outcome)).toBeVisible();
  });

  test("a static step page continues in place with JavaScript", async ({ page }) => {
    const last = walk(longest.answers).at(-1)!;
    await page.goto(`${PICKER}${longest.answers.slice(0, -1).join("/")}/`);
    await group(page, last.question).getByRole("radio", { name: last.answer.label, exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(outcomeHeading(page, longest.outcome)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(PICKER);
    expect(routeParam(page)).toBe(longest.answers.join("."));
    // The page's own breadcrumb and title follow the step shown.
    const title = outcomes.get(longest.outcome)!.title;
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).locator("[aria-current=page]")).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^Route picker result: ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  test("the Back control and the browser's Back button move between steps", async ({ page }) => {
    const [one, two] = walk(longest.answers);
    await page.goto(PICKER);
    for (const s of [one!, two!]) {
      await group(page, s.question).getByRole("radio", { name: s.answer.label, exact: true }).check();
      await page.getByRole("button", { name: "Continue" }).click();
    }
    const third = walk(longest.answers)[2]?.question;
    const after = third ? group(page, third) : outcomeHeading(page, longest.outcome);
    await expect(after).toBeVisible();

    await page.getByText("Your answers (2)").click();
    await expect(page.getByText(one!.question.question, { exact: true })).toBeVisible();
    await expect(page.getByText(two!.answer.label, { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Back" }).click();
    await expect(group(page, two!.question)).toBeVisible();
    await expect(group(page, two!.question).getByRole("radio", { name: two!.answer.label, exact: true })).toBeChecked();
    expect(routeParam(page)).toBe(one!.answer.id);

    await page.goBack();
    await expect(group(page, first)).toBeVisible();
    expect(routeParam(page)).toBeNull();
    await page.goForward();
    await expect(group(page, two!.question)).toBeVisible();
    await page.goForward();
    await expect(after).toBeVisible();

    await page.getByRole("button", { name: "Start over" }).click();
    await expect(group(page, first)).toBeVisible();
    expect(routeParam(page)).toBeNull();
  });

  for (const bad of [
    "<script>alert(1)</script>",
    "no-such-answer",
    `${longest.answers.join(".")}.extra`,
    "constructor",
    "__proto__",
    "a..b",
  ]) {
    test(`a tampered ?route=${bad} falls back to the first question`, async ({ page }) => {
      await page.goto(`${PICKER}?route=${encodeURIComponent(bad)}`);
      await expect(group(page, first)).toBeVisible();
      await expect(page.getByRole("radio").first()).toBeVisible();
      expect(routeParam(page)).toBeNull();
      expect(await page.locator("main").innerHTML()).not.toContain(bad.replace(/</g, "&lt;"));
      expect(await page.locator("main").innerText()).not.toContain(bad);
    });
  }
});

test.describe("copy as checklist", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("puts the route test for the outcome on the clipboard as Markdown", async ({ page }) => {
    const outcome = outcomes.get(longest.outcome)!;
    const route = routes.get(outcome.route)!;
    await page.goto(`${PICKER}?route=${longest.answers.join(".")}`);
    await page.getByRole("button", { name: "Copy as checklist" }).click();
    await expect(page.getByRole("status").getByText("Copied", { exact: true })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split("\n");
    expect(lines[0]).toBe(`## Route test: ${outcome.title}`);
    const tasks = lines.filter((l) => l.startsWith("- [ ] "));
    expect(tasks).toEqual([...route.routeTest, ...outcome.extraChecks, ...route.whatToLog].map((t) => `- [ ] ${t}`));
  });
});

test.describe("embedded in a guide", () => {
  const hosts = loadGuidesWithIssues().guides.filter((g) => g.body.includes("<RoutePicker") && !g.frontmatter.draft);
  for (const g of hosts) {
    test(`/guides/${g.slug}/ restores a shared answer in place`, async ({ page }) => {
      await page.goto(`/guides/${g.slug}/?route=${longest.answers.join(".")}`);
      await expect(outcomeHeading(page, longest.outcome)).toBeVisible();
      await page.getByRole("button", { name: "Start over" }).click();
      await expect(group(page, first)).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(`/guides/${g.slug}/`);
    });

    test(`/guides/${g.slug}/ keeps working links until the reader scrolls near the picker`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/guides/${g.slug}/`);
      const picker = page.locator("[data-route-picker]");
      // The deferral only means something when the picker starts well below the first screen.
      expect((await picker.boundingBox())!.y).toBeGreaterThan(844 + 400);
      await expect(group(page, first).getByRole("link")).toHaveCount(first.answers.length);
      await expect(picker.getByRole("radio")).toHaveCount(0);
      await picker.scrollIntoViewIfNeeded();
      await expect(group(page, first).getByRole("radio")).toHaveCount(first.answers.length);
      await expect(group(page, first).getByRole("link")).toHaveCount(0);
    });

    test(`/guides/${g.slug}/ moves keyboard focus from a link to the radio in its place`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/guides/${g.slug}/`);
      const second = first.answers[1]!;
      await group(page, first).getByRole("link").nth(1).focus();
      await expect(group(page, first).getByRole("radio", { name: second.label })).toBeFocused();
      await page.keyboard.press("Space");
      await page.getByRole("button", { name: "Continue" }).click();
      expect(routeParam(page)).toBe(second.id);
    });
  }
});

test.describe("layout", () => {
  test("the island swaps links for radios without moving the options", async ({ page, browser }) => {
    const boxes = async (p: Page, role: "link" | "radio") => {
      const options = group(p, first).locator(role === "link" ? "a" : "label");
      await expect(options).toHaveCount(first.answers.length);
      return options.evaluateAll((els) =>
        els
          .map((e) => e.getBoundingClientRect())
          .map((r) => [Math.round(r.top), Math.round(r.height), Math.round(r.width)]),
      );
    };
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noJs.newPage();
    await staticPage.goto(PICKER);
    const before = await boxes(staticPage, "link");
    await noJs.close();
    await page.goto(PICKER);
    await ready(page);
    expect(await boxes(page, "radio")).toEqual(before);
  });

  test("a question and an outcome fit a 360 px screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PICKER);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.goto(`${PICKER}?route=${longest.answers.join(".")}`);
    await expect(outcomeHeading(page, longest.outcome)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe("accessibility", () => {
  for (const s of steps) {
    const where = s.answers.length ? `?route=${s.answers.join(".")}` : "";
    test(`axe finds no violations at step ${where || "(start)"}`, async ({ page }) => {
      await page.goto(`${PICKER}${where}`);
      const expected =
        s.target.kind === "outcome"
          ? outcomeHeading(page, s.target.id)
          : group(page, questions.get(s.target.id)!).getByRole("radio").first();
      await expect(expected).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});

test.describe("accessibility in dark mode and in every state", () => {
  test.use({ colorScheme: "dark", permissions: ["clipboard-read", "clipboard-write"] });
  const scan = async (page: Page) => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };

  test("a question with an answer chosen, and an outcome after copying", async ({ page }) => {
    await page.goto(PICKER);
    await group(page, first).getByRole("radio").first().check();
    await scan(page);
    await page.goto(`${PICKER}?route=${longest.answers.join(".")}`);
    await page.getByRole("button", { name: "Copy as checklist" }).click();
    await expect(page.getByText("Copied", { exact: true })).toBeVisible();
    await page.getByText(/^What to log/).click();
    await scan(page);
  });

  for (const id of routes.keys()) {
    test(`the /routes/${id}/ profile`, async ({ page }) => {
      await page.goto(`/routes/${id}/`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await scan(page);
    });
  }
});
