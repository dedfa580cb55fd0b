import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PYTHON = `from openai import OpenAI

client = OpenAI()
result = client.images.generate(model="chatgpt-image-latest", prompt="A lighthouse")
edited = client.images.edit(model="gpt-image-1", image=[open("in.png", "rb")], prompt="Add a boat")
cheap = {"model": "gpt-image-2-all"}
`;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

const results = (page: Page) => page.locator("#scan-results");
const row = (page: Page, id: string) =>
  results(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: id, exact: true }) });

test.describe("code scanner", () => {
  test("lists each id in a pasted Python file with its line, status today and replacement, most urgent first", async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date("2026-11-29T12:00:00Z"));
    await page.goto("/tools/scan/");
    await expect(page.getByText("nothing you paste is sent anywhere")).toBeVisible();
    await page.getByLabel("Code, config or Batch JSONL").fill(PYTHON);
    await page.getByRole("button", { name: "Scan", exact: true }).click();
    await expect(results(page)).toContainText("3 names found in 7 lines");
    await expect(results(page)).toContainText("1 shuts down in 2 days");
    await expect(results(page)).toContainText("Statuses as of November 29, 2026");

    const latest = row(page, "chatgpt-image-latest");
    await expect(latest.getByRole("cell").nth(1)).toHaveText("4");
    await expect(latest).toContainText("Shuts down in 2 days, on December 1, 2026");
    await expect(latest.getByRole("link", { name: "gpt-image-2.6-sunburst" })).toHaveAttribute(
      "href",
      "/names/gpt-image-2-6-sunburst/",
    );

    const one = row(page, "gpt-image-1");
    await expect(one.getByRole("cell").nth(1)).toHaveText("5");
    await expect(one).toContainText("Shut down on October 23, 2026");
    await expect(one.getByRole("link", { name: "gpt-image-2" })).toBeVisible();

    const reseller = row(page, "gpt-image-2-all");
    await expect(reseller.getByRole("cell").nth(1)).toHaveText("6");
    await expect(reseller).toContainText("Not an OpenAI name");
    await expect(reseller.getByRole("rowheader").getByRole("link")).toHaveAttribute("href", "/names/gpt-image-2-all/");

    const order = await results(page).getByRole("rowheader").allTextContents();
    expect(order).toEqual(["gpt-image-1", "chatgpt-image-latest", "gpt-image-2-all"]);
    expect(await axe(page)).toEqual([]);
  });

  test("follows the reader's clock: after 1 December the alias's shutdown date has passed", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-12-02T09:00:00Z"));
    await page.goto("/tools/scan/");
    await page.getByLabel("Code, config or Batch JSONL").fill(PYTHON);
    await expect(row(page, "chatgpt-image-latest")).toContainText("Scheduled shutdown date passed: December 1, 2026");
    // The summary never counts a passed scheduled date as a shutdown: only gpt-image-1's was recorded.
    await expect(results(page)).toContainText("1 shutdown date passed");
    await expect(results(page)).toContainText("1 shut down,");
    // The static list below is brought to the reader's date as well.
    await expect(page.locator("[data-scan-status=chatgpt-image-latest]")).toContainText(
      "Scheduled shutdown date passed: December 1, 2026",
    );
  });

  test("treats HTML, script and binary junk as text, and scans a 1 MB paste", async ({ page }) => {
    await page.goto("/tools/scan/");
    const field = page.getByLabel("Code, config or Batch JSONL");
    const junk =
      '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\u0000\u0001\ufffd "gpt-image-1"';
    await field.fill(junk);
    await expect(row(page, "gpt-image-1")).toContainText("Shut down on October 23, 2026");
    await expect(results(page).locator("img, script")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const big = "const x = 1; // filler with gpt-image-1-mini inside\n".repeat(21_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    // A paste: the whole text arrives at once, as one input event.
    await field.evaluate((el: HTMLTextAreaElement, text) => {
      el.value = text;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }, big);
    await expect(results(page)).toContainText("1 name found in 21,001 lines", { timeout: 20_000 });
    await expect(row(page, "gpt-image-1-mini")).toContainText("and 20,988 more");
    // The page still answers: typing replaces the result.
    await field.fill("gpt-image-2-vip");
    await expect(row(page, "gpt-image-2-vip")).toContainText("Not an OpenAI name");
  });

  test("loads an example with one click", async ({ page }) => {
    await page.goto("/tools/scan/");
    await page.getByRole("button", { name: "Load an example" }).click();
    await expect(row(page, "chatgpt-image-latest")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the scanner page explains how to search and lists every id with its status", async ({ page }) => {
    await page.goto("/tools/scan/");
    await expect(page.getByLabel("Code, config or Batch JSONL")).toBeHidden();
    await expect(page.getByRole("heading", { name: "Search your code without this page" })).toBeVisible();
    await expect(page.locator("pre#grep-command")).toContainText('grep -rnE "');
    const table = page.getByRole("table", { name: /ids and names the scanner knows/ });
    await expect(table.getByRole("row").filter({ hasText: "chatgpt-image-latest" })).toContainText(
      /Shuts down in \d+ days?, on December 1, 2026|Shutdown scheduled for December 1, 2026|Scheduled shutdown date passed: December 1, 2026/,
    );
    await expect(table.getByRole("row").filter({ hasText: "gpt-image-2-all" })).toContainText("Not an OpenAI name");
  });

  test("the calculator page shows the published per-image figures", async ({ page }) => {
    await page.goto("/tools/cost/");
    await expect(page.getByLabel("Quality")).toBeHidden();
    const table = page.getByRole("table", { name: /Image output cost per image/ });
    await expect(table.getByRole("row", { name: /gpt-image-1\.5 · medium/ })).toContainText("$0.034");
    await expect(table.getByRole("row", { name: /gpt-image-1\.5 · medium/ })).toContainText(
      "1,056 tokens × $32/1M = $0.033792",
    );
    await expect(page.getByText(/rounded up, not to the nearest tenth of a cent/)).toBeVisible();
  });

  test("code samples stay selectable text without the copy button", async ({ page }) => {
    await page.goto("/tools/requests/gpt-image-2/");
    await expect(page.locator("pre#code-generate-python")).toContainText('model="gpt-image-2"');
    await expect(page.getByRole("button", { name: /Copy/ })).toHaveCount(0);
  });
});

test.describe("cost calculator", () => {
  test("prices the default job, explains the formula and keeps the state in the address", async ({ page }) => {
    await page.goto("/tools/cost/");
    const card = page.getByRole("article").filter({ hasText: "gpt-image-2" }).first();
    await expect(card).toContainText("Output cost per image$0.053");
    await expect(card).toContainText("Total for 1,000 images$53.00");
    await expect(card).toContainText("Token count per image: not published");

    await page.getByLabel("Model", { exact: true }).selectOption("gpt-image-1-5");
    const one5 = page.getByRole("article").filter({ hasText: "gpt-image-1.5" });
    await expect(one5).toContainText("1,056 image output tokens × $32 per 1M = $0.033792 per image.");
    await expect(one5).toContainText("OpenAI's published estimate: $0.034 per image.");
    await expect(one5).toContainText("Image generation guide");
    await expect(page).toHaveURL(/\?m=gpt-image-1-5$/);

    await page.getByLabel("Second model (optional)").selectOption("gpt-image-2-6-sunburst");
    const sunburst = page.getByRole("article").filter({ hasText: "gpt-image-2.6-sunburst" });
    await expect(sunburst).toContainText("No figure published");
    await expect(page.getByRole("article")).toHaveCount(2);

    await page.getByLabel("Streamed partial images per request").fill("2");
    await expect(one5).toContainText("Partial images: 2 × 100 tokens × $32 per 1M = $0.0064 per request.");
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await expect(page.getByLabel("Model", { exact: true })).toHaveValue("gpt-image-1-5");
    await expect(page.getByLabel("Streamed partial images per request")).toHaveValue("2");
  });

  test("a model's card says on the reader's day that its shutdown is near or its date has passed", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-11-29T12:00:00Z"));
    await page.goto("/tools/cost/?m=chatgpt-image-latest,gpt-image-2");
    const latest = page.getByRole("article").filter({ hasText: "chatgpt-image-latest" });
    await expect(latest).toContainText("Shuts down in 2 days, on December 1, 2026");
    // A model with no shutdown date gets no status line.
    await expect(
      page.getByRole("article").filter({ hasText: "gpt-image-2" }).locator("[data-cost-status]"),
    ).toHaveCount(0);

    await page.clock.setFixedTime(new Date("2026-12-08T12:00:00Z"));
    await page.reload();
    await expect(latest.locator("[data-cost-status]")).toHaveText(
      "Scheduled shutdown date passed: December 1, 2026 (not re-checked since November 29, 2026)",
    );
    expect(await axe(page)).toEqual([]);
  });

  test("a price taken from a page known only through quotes says so beside its source", async ({ page }) => {
    await page.goto("/tools/cost/?m=chatgpt-image-latest");
    const card = page.getByRole("article").filter({ hasText: "chatgpt-image-latest" });
    // OpenAI's model page for the alias was never read here, only quoted by third parties.
    await expect(card).toContainText("chatgpt-image-latest model page (OpenAI, quoted)");
    await expect(card).not.toContainText("model page (OpenAI)");
  });

  test("clamps impossible values with a message next to the field", async ({ page }) => {
    await page.goto("/tools/cost/");
    const count = page.getByLabel("Images per request", { exact: true });
    await count.fill("-3");
    await expect(count).toHaveAccessibleDescription("Images per request cannot be below 1; using 1.");
    await expect(page.getByRole("article").first()).toContainText("Total for 1,000 images");
    await page.getByLabel("Number of requests").fill("-20");
    await expect(page.getByLabel("Number of requests")).toHaveAccessibleDescription(
      "Requests cannot be below 1; using 1.",
    );
    await page.getByLabel("Size", { exact: true }).selectOption("custom");
    await page.getByLabel("Custom size, WIDTHxHEIGHT").fill("4096x4096");
    await expect(page.getByLabel("Custom size, WIDTHxHEIGHT")).toHaveAccessibleDescription(
      "The longest edge can be at most 3840 pixels.",
    );
    await page.getByLabel("Custom size, WIDTHxHEIGHT").fill("2048x1152");
    await expect(page.getByRole("article").first()).toContainText("No per-image figure is published for custom sizes");
  });

  test("a tampered link falls back to defaults without echoing it", async ({ page }) => {
    await page.goto("/tools/cost/?m=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&n=-5&q=ultra");
    await expect(page.getByRole("status").filter({ hasText: "not valid" })).toHaveText(
      "Some settings in this link were not valid, so the calculator shows its defaults for them.",
    );
    await expect(page.getByLabel("Model", { exact: true })).toHaveValue("gpt-image-2");
    await expect(page.getByLabel("Images per request", { exact: true })).toHaveValue("1");
    await expect(page.getByText("onerror")).toHaveCount(0);
    await expect(page.getByText("ultra")).toHaveCount(0);
    expect(new URL(page.url()).search).toBe("");
  });

  test.describe("dark mode", () => {
    test.use({ colorScheme: "dark" });
    test("axe finds no violations with results shown", async ({ page }) => {
      await page.goto("/tools/cost/?m=gpt-image-2,gpt-image-1-5&b=1");
      await expect(page.getByRole("article")).toHaveCount(2);
      expect(await axe(page)).toEqual([]);
    });
  });
});

test.describe("capability matrix", () => {
  test("shows every API model with a value in every cell, footnotes and a dated change", async ({ page }) => {
    await page.goto("/tools/capabilities/");
    const table = page.getByRole("table", { name: /What each image model supports/ });
    for (const id of [
      "gpt-image-2",
      "gpt-image-2.5-sunburst",
      "gpt-image-2.5-flare",
      "gpt-image-2.6-sunburst",
      "gpt-image-2.6-flare",
      "gpt-image-1.5",
      "chatgpt-image-latest",
      "gpt-image-1-mini",
      "gpt-image-1",
      "dall-e-3",
      "dall-e-2",
    ])
      await expect(table.getByRole("columnheader").filter({ hasText: id }).first()).toBeVisible();
    const cells = table.locator("td");
    const texts = await cells.allTextContents();
    expect(texts.length).toBe(14 * 11);
    for (const t of texts) expect(t).toMatch(/(Yes|No|Partial|Unknown)\[\d+\]/);
    const transparency = table
      .getByRole("row", { name: /Transparent background/ })
      .locator("td[data-model=gpt-image-2]");
    await expect(transparency).toContainText("Partial");
    await expect(transparency).toContainText("changed 2026-08-21");
    await transparency.getByRole("link").click();
    await expect(page.locator(":target")).toContainText("call it a preview");
    await expect(page.locator(":target")).toContainText("Verification: verified in an OpenAI source");
  });

  test.describe("dark mode", () => {
    test.use({ colorScheme: "dark" });
    test("axe finds no violations", async ({ page }) => {
      await page.goto("/tools/capabilities/");
      expect(await axe(page)).toEqual([]);
    });
  });
});

test.describe("copy-ready requests", () => {
  test("copies a request with the button, with no CSP violation from the highlighting", async ({ page, context }) => {
    const csp: string[] = [];
    page.on("console", (m) => {
      if (m.text().includes("Content Security Policy")) csp.push(m.text());
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/tools/requests/gpt-image-2/");
    const code = page.locator("pre#code-generate-python");
    await expect(code).toContainText('quality="medium"');
    await page.getByRole("button", { name: "Copy Python (openai SDK) code" }).first().click();
    await expect(page.locator('[data-copy-status="code-generate-python"]')).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
    await expect(page.locator("pre#code-batch-jsonl")).toContainText('"url":"/v1/images/generations"');
    // Highlighting is classes only: no inline style attribute anywhere in the code.
    await expect(page.locator("pre [style]")).toHaveCount(0);
    expect(csp).toEqual([]);
  });

  test("leaves out what is not confirmed for a model and says why", async ({ page }) => {
    await page.goto("/tools/requests/gpt-image-2-6-sunburst/");
    await expect(page.getByText(/Left out because no OpenAI source/)).toContainText("size");
    const batch = page.getByRole("region", { name: "Batch input line" });
    await expect(batch).toContainText("No example: Support is unknown");
    await expect(page.locator("pre#code-generate-curl")).not.toContainText("quality");
  });

  test("the migration guide shows a request before and after", async ({ page }) => {
    await page.goto("/guides/gpt-image-2-or-chatgpt-image-latest/");
    await expect(page.getByRole("heading", { name: "The same request, before and after" })).toBeVisible();
    await expect(page.getByText("Before: chatgpt-image-latest").first()).toBeVisible();
    await expect(page.locator("pre#migrate-chatgpt-image-latest-gpt-image-2-after")).toContainText(
      'model="gpt-image-2"',
    );
    await expect(page.locator("pre#migrate-chatgpt-image-latest-gpt-image-2-before")).toContainText(
      'model="chatgpt-image-latest"',
    );
  });

  test.describe("dark mode", () => {
    test.use({ colorScheme: "dark" });
    test("axe finds no contrast violations in highlighted code", async ({ page }) => {
      await page.goto("/tools/requests/chatgpt-image-latest/");
      expect(await axe(page)).toEqual([]);
    });
  });
});

test("the header and the home page link to the tools", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tools" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Developer tools" })).toBeVisible();
  await page.goto("/");
  await expect(
    page.getByRole("region", { name: "Tools for developers" }).getByRole("link", { name: "Code scanner" }),
  ).toHaveAttribute("href", "/tools/scan/");
  await page.goto("/names/chatgpt-image-latest/");
  await expect(page.getByRole("link", { name: "Copy-ready requests for chatgpt-image-latest" })).toBeVisible();
});
