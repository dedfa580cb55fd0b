import type { MDXComponents } from "mdx/types";
import type { Source } from "@/lib/content/sources";
import { Callout } from "./callout";
import { Cite } from "./cite";
import { Claim } from "./claim";
import { ComparisonTable } from "./comparison-table";
import { makeHeading } from "./heading";
import { NameTable } from "./name-table";
import { ParameterMatrix } from "./parameter-matrix";
import { PriceTable } from "./price-table";
import { Term } from "./term";

/** What a guide's MDX can use. Anything else is an error (the content check lists unknown components). */
export interface MdxContext {
  /** The guide's sources in frontmatter order: <Cite> numbers follow it. */
  sources: readonly Source[];
}

export function mdxComponents(ctx: MdxContext) {
  return {
    h2: makeHeading("h2"),
    h3: makeHeading("h3"),
    Term,
    Cite: ({ source }: { source: string }) => <Cite source={source} sources={ctx.sources} />,
    Claim,
    Callout,
    ComparisonTable,
    NameTable,
    PriceTable,
    ParameterMatrix,
  } satisfies MDXComponents;
}
