import type { ContentIssue } from "../issues";
import { closest } from "./closest";
import type { ComponentUse } from "./components";
import type { ContentSnapshot } from "./snapshot";

const hint = (value: string, known: Set<string>, otherwise: string) => {
  const guess = closest(value, [...known]);
  return guess ? `did you mean "${guess}"? Otherwise ${otherwise}` : otherwise;
};

/** Slugs and ids written in component props resolve to content, and every <Cite> is in the guide's sources. */
export function checkMdxReferences(uses: readonly ComponentUse[], s: ContentSnapshot): ContentIssue[] {
  const { names, sources, tables, routes } = s.declared;
  const issues: ContentIssue[] = [];
  const push = (use: ComponentUse, pos: { line: number; column: number }, message: string, fix: string) =>
    issues.push({ file: use.tree.guide.file, ...pos, message, fix, severity: "error" });
  const nameFix = (slug: string) =>
    hint(slug, names, "use a slug from content/names/ (the file name without .yaml), or add that name first");

  for (const use of uses) {
    switch (use.name) {
      case "Term":
        if (!names.has(use.props.slug))
          push(
            use,
            use.at("slug"),
            `\`<Term>\` names an unknown name slug "${use.props.slug}"`,
            nameFix(use.props.slug),
          );
        break;
      case "NameTable":
        use.props.names.forEach((slug, i) => {
          if (!names.has(slug))
            push(use, use.at("names", i), `\`<NameTable>\` names an unknown name slug "${slug}"`, nameFix(slug));
        });
        break;
      case "Cite": {
        const id = use.props.source;
        if (!sources.has(id)) {
          push(
            use,
            use.at("source"),
            `\`<Cite>\` names an unknown source id "${id}"`,
            hint(id, sources, "use an id from content/sources.yaml, or add the source there first"),
          );
        } else if (!use.tree.guide.frontmatter.sources.includes(id)) {
          push(
            use,
            use.at("source"),
            `\`<Cite>\` source "${id}" is not in this guide's frontmatter \`sources\``,
            `add ${id} to the \`sources:\` list at the top of the file`,
          );
        }
        break;
      }
      case "ComparisonTable":
        if (!tables.has(use.props.id)) {
          push(
            use,
            use.at("id"),
            `\`<ComparisonTable>\` names an unknown table id "${use.props.id}"`,
            hint(use.props.id, tables, "use the id of a file in content/tables/ (the file name without .yaml)"),
          );
        }
        break;
      case "CapabilityMatrix": {
        const caps = s.capabilities[0]?.data;
        if (!caps) break;
        const features = new Set(caps.rows.map((r) => r.feature));
        const models = new Set(caps.models);
        (use.props.features ?? []).forEach((f, i) => {
          if (!features.has(f))
            push(
              use,
              use.at("features", i),
              `\`<CapabilityMatrix>\` names an unknown feature "${f}"`,
              hint(f, features, "use a `feature` id from content/data/capabilities.yaml"),
            );
        });
        (use.props.models ?? []).forEach((m, i) => {
          if (!models.has(m))
            push(
              use,
              use.at("models", i),
              `\`<CapabilityMatrix>\` names a model "${m}" that is not in the matrix`,
              hint(m, models, "use a slug from `models` in content/data/capabilities.yaml"),
            );
        });
        break;
      }
      case "RouteCard":
        if (!routes.has(use.props.route)) {
          push(
            use,
            use.at("route"),
            `\`<RouteCard>\` names route "${use.props.route}", which has no profile`,
            "add content/routes/<id>.yaml for it, or use another route",
          );
        }
        break;
    }
  }
  return issues;
}
