import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";
import type { Source } from "@/lib/content/sources";
import { CapabilityMatrix } from "@/components/tools/capability-matrix";
import { RequestMigration } from "@/components/tools/request-migration";
import { Callout } from "./callout";
import { Cite } from "./cite";
import { Dated } from "./dated";
import { Claim } from "./claim";
import { ComparisonTable } from "./comparison-table";
import { makeHeading } from "./heading";
import { LayerMap } from "./layer-map";
import { MigrationTable } from "./migration-table";
import { NameTable } from "./name-table";
import { ParameterMatrix } from "./parameter-matrix";
import { PriceTable } from "./price-table";
import type { MDX_COMPONENTS, MdxComponentName, MdxPropsOf } from "../../lib/content/mdx-props";
import { RouteCard } from "./route-card";
import { RoutePicker } from "./route-picker";
import { RouteTable } from "./route-table";
import { Term } from "./term";
import { TimelineList } from "./timeline-list";

/** What a guide's MDX can use. Anything else is an error (the content check lists unknown components). */
export interface MdxContext {
  /** The guide's sources in frontmatter order: <Cite> numbers follow it. */
  sources: readonly Source[];
}

type ChildrenOf<K extends MdxComponentName> = (typeof MDX_COMPONENTS)[K]["children"] extends "none"
  ? object
  : (typeof MDX_COMPONENTS)[K]["children"] extends "required"
    ? { children: ReactNode }
    : { children?: ReactNode };

/**
 * Every component in lib/content/mdx-props.ts, each accepting the props its schema lets through: the
 * content check validates MDX against those schemas, so what passes the check renders.
 */
type PropsContract = {
  [K in MdxComponentName]: (props: MdxPropsOf<K> & ChildrenOf<K>) => ReactNode | Promise<ReactNode>;
};

export function mdxComponents(ctx: MdxContext) {
  return {
    h2: makeHeading("h2"),
    h3: makeHeading("h3"),
    Term,
    Dated,
    Cite: ({ source }: { source: string }) => <Cite source={source} sources={ctx.sources} />,
    Claim,
    Callout,
    ComparisonTable,
    NameTable,
    PriceTable,
    ParameterMatrix,
    MigrationTable: () => <MigrationTable />,
    TimelineList: ({ from }: { from?: string }) => <TimelineList from={from} />,
    LayerMap: () => <LayerMap />,
    CapabilityMatrix,
    RequestMigration,
    RouteTable,
    RouteCard,
    // No props from MDX: the embedded picker always starts at the first question.
    RoutePicker: () => <RoutePicker />,
  } satisfies MDXComponents & PropsContract;
}
