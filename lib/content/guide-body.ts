/**
 * A guide's compiled body. Apart from the loader (guides.ts) because in `next dev` it runs the content
 * check first, and the check imports the loaders: kept in guides.ts, that import closed a cycle
 * (guides → check/guide → check/index → guides).
 */
import { cache } from "react";
import { getGuide } from "./guides";
import { throwIfErrors } from "./issues";
import { compileMdx, type Heading } from "./mdx";

/** Compiled body and headings; `cache` shares one result between generateMetadata and the page. */
export const getGuideBody = cache(async (slug: string): Promise<{ code: string; headings: Heading[] }> => {
  const guide = getGuide(slug);
  if (!guide) throw new Error(`No guide "${slug}"`);
  if (process.env.NODE_ENV === "development") {
    // Live preview: a broken body shows the content check's located message, not a compiler trace.
    // Imported lazily: the check is for `next dev` only, and a production build need not load it.
    const { checkGuideBody } = await import("./check/guide");
    // Run beside the compile so the preview waits for the slower of the two, not both.
    const [issues, compiled] = await Promise.all([
      checkGuideBody(slug),
      compileMdx(guide.body).then(
        (ok) => ({ ok }),
        (error: unknown) => ({ error }),
      ),
    ]);
    throwIfErrors(issues);
    if ("error" in compiled) throw compiled.error;
    return { code: compiled.ok.code, headings: compiled.ok.headings };
  }
  const { code, headings } = await compileMdx(guide.body);
  return { code, headings };
});
