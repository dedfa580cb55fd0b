import type { ContentIssue } from "../issues";
import type { Loaded } from "../read";
import { closest } from "./closest";
import { filePos, walk, type GuideTree } from "./mdx-tree";
import type { SiteMap } from "./site-paths";
import { yamlRecords, type ContentSnapshot } from "./snapshot";
import { guideUrl, PAGES } from "../../urls";

type Problem = { message: string; fix: string };

/** Why a link would not work on the built site, or undefined when it resolves. `here` is the page it sits on. */
export function linkProblem(href: string, site: SiteMap, here?: string): Problem | undefined {
  if (!href.trim())
    return {
      message: "a link has no address",
      fix: "put the address between the parentheses: [text](/guides/some-guide/)",
    };
  if (/^http:\/\//i.test(href))
    return { message: `link "${href}" is not https`, fix: "use the https:// address of the page" };
  if (/^(https:|mailto:)/i.test(href)) return undefined;
  if (href.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(href)) {
    return {
      message: `link "${href}" is not an https:// or site link`,
      fix: "write the full https:// address, or a site path starting with /",
    };
  }
  if (href.startsWith("#")) return anchorProblem(href.slice(1), here, site, "this page");
  if (!href.startsWith("/")) {
    return {
      message: `link "${href}" is relative`,
      fix: `start site links with "/", for example /${href.replace(/^\.?\//, "")}`,
    };
  }
  const [pathAndQuery = "", hash] = href.split("#", 2);
  const page = pathAndQuery.split("?")[0] ?? "";
  const last = page.split("/").pop() ?? "";
  if (!page.endsWith("/") && !last.includes(".")) {
    return {
      message: `link "${href}" does not end with "/"`,
      fix: `write ${page}/${hash === undefined ? "" : `#${hash}`}; every page address ends with "/"`,
    };
  }
  const draft = /^\/guides\/([^/]+)\/$/.exec(page)?.[1];
  if (draft && site.drafts.has(draft)) {
    return {
      message: `link "${href}" goes to a draft guide, which is not published`,
      fix: "remove `draft: true` from that guide when it is ready, or link to another page",
    };
  }
  if (!site.pages.has(page)) {
    const guess = closest(page, [...site.pages]);
    return {
      message: `link "${href}" goes to a page that does not exist`,
      fix: guess
        ? `did you mean ${guess}?`
        : "use a path such as /guides/<slug>/, /names/<slug>/, /routes/<id>/, /timeline/ or /route-picker/",
    };
  }
  return hash === undefined ? undefined : anchorProblem(hash, page, site, page);
}

function anchorProblem(id: string, page: string | undefined, site: SiteMap, where: string): Problem | undefined {
  const ids = page ? site.anchors.get(page) : undefined;
  if (!ids || ids.has(id)) return undefined;
  const guess = closest(id, [...ids]);
  const didYouMean = guess ? `did you mean #${guess}? ` : "";
  // Guide headings come from the editor's own Markdown; name and route pages have a fixed set of sections.
  if (page?.startsWith(PAGES.guides) || where === "this page")
    return {
      message: `anchor "#${id}" is not a heading or section on ${where}`,
      fix: `${didYouMean}a heading's id is its text in lowercase with spaces as hyphens (## Pin a version → #pin-a-version)`,
    };
  const sections = [...ids].filter((x) => x !== "main" && !x.startsWith("source-")).map((x) => `#${x}`);
  return {
    message: `anchor "#${id}" is not a section on ${where}`,
    fix: `${didYouMean}that page's sections are ${sections.join(", ")}; or link to the page without an anchor`,
  };
}

/** Markdown links and link definitions in guide bodies. */
export function checkMdxLinks(trees: readonly GuideTree[], site: SiteMap): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const tree of trees) {
    if (!tree.root) continue;
    const here = guideUrl(tree.guide.slug);
    walk(tree.root, (node) => {
      if ((node.type === "link" || node.type === "definition") && typeof node.url === "string") {
        const p = linkProblem(node.url, site, here);
        if (p) issues.push({ file: tree.guide.file, ...filePos(tree, node), ...p, severity: "error" });
      }
    });
  }
  return issues;
}

/** Visits every string in a YAML record with its path. */
function strings(value: unknown, path: PropertyKey[], visit: (s: string, path: PropertyKey[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...path, i], visit));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) strings(v, [...path, k], visit);
}

/** `href` fields and any http:// address written in YAML data or guide frontmatter. */
export function checkDataLinks(s: ContentSnapshot, site: SiteMap): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const scan = (rec: Pick<Loaded<unknown>, "file" | "doc">, data: unknown, here?: string) =>
    strings(data, [], (value, path) => {
      const p =
        path.at(-1) === "href"
          ? linkProblem(value, site, here)
          : /http:\/\//i.test(value)
            ? {
                message: `"${value.match(/http:\/\/[^\s)"'>\]]*/i)?.[0]}" is not https`,
                fix: "use the https:// address of the page",
              }
            : undefined;
      if (p) issues.push({ file: rec.file, ...rec.doc.locate(path), ...p, severity: "error" });
    });
  for (const r of yamlRecords(s)) scan(r, r.data);
  for (const g of s.guides) scan(g, g.frontmatter, guideUrl(g.slug));
  return issues;
}
