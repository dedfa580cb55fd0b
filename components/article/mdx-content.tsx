import { createElement } from "react";
import type { MDXComponents } from "mdx/types";
import { getMDXComponent } from "mdx-bundler/client";

/**
 * Renders compiled MDX on the server. The component is made from the compiled code on each render,
 * which is harmless here: server components keep no state between renders.
 */
export function MdxContent({ code, components }: { code: string; components: MDXComponents }) {
  return createElement(getMDXComponent(code), { components });
}
