/** A lastVerified date older than 90 days shows a "may be out of date" note (guides, names and routes all use PageDates). */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { PageDates } from "@/components/article/page-dates";

const render = (lastVerified: string) => renderToStaticMarkup(createElement(PageDates, { lastVerified }));
const NOTE = "This page may be out of date";

describe("PageDates", () => {
  afterEach(() => {
    delete process.env.SITE_AS_OF;
  });

  it("shows the note when lastVerified is more than 90 days before the as-of date", () => {
    process.env.SITE_AS_OF = "2026-11-21";
    expect(render("2026-08-22")).toContain(NOTE); // 91 days
  });

  it("shows no note at 90 days or fewer", () => {
    process.env.SITE_AS_OF = "2026-11-21";
    expect(render("2026-08-23")).not.toContain(NOTE); // 90 days
  });
});
