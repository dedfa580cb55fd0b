import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { contentDir } from "../paths";
import { readContentText } from "../read";
import { field } from "./field";

/**
 * Every slug and id that content declares, including files that fail their schema. Cross-file checks
 * resolve against these, so one broken file gives one message, not one for every reference to it.
 */
export interface Declared {
  names: Set<string>;
  guides: Set<string>;
  sources: Set<string>;
  tables: Set<string>;
  routes: Set<string>;
}

function raw(file: string): unknown {
  try {
    return parse(readContentText(file));
  } catch {
    return undefined;
  }
}

/** File names (without extension) in a folder, plus the value of `key` in each file where readable. */
function folder(dir: string, ext: string, key?: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(ext))) {
    out.add(name.slice(0, -ext.length));
    const value = key ? field(raw(path.join(dir, name)), key) : undefined;
    if (typeof value === "string") out.add(value);
  }
  return out;
}

export function loadDeclared(): Declared {
  const root = contentDir();
  const listed = field(raw(path.join(root, "sources.yaml")), "sources");
  const sources = new Set(
    (Array.isArray(listed) ? listed : []).flatMap((s: unknown) => {
      const id = field(s, "id");
      return typeof id === "string" ? [id] : [];
    }),
  );
  return {
    names: folder(path.join(root, "names"), ".yaml", "slug"),
    guides: folder(path.join(root, "guides"), ".mdx"),
    sources,
    tables: folder(path.join(root, "tables"), ".yaml", "id"),
    routes: folder(path.join(root, "routes"), ".yaml", "id"),
  };
}
