import type { ComponentProps } from "react";

/** h2/h3 with a visible-on-hover anchor link, so readers can share a section. Ids come from rehype-slug. */
export function makeHeading(Tag: "h2" | "h3") {
  return function Heading({ id, children, ...rest }: ComponentProps<"h2">) {
    return (
      <Tag id={id} className="group scroll-mt-4" {...rest}>
        {children}
        {id && (
          <a href={`#${id}`} className="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="">
            #
          </a>
        )}
      </Tag>
    );
  };
}
