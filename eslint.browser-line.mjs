/**
 * The browser/server line. Islands (islands/) run in the reader's browser; every other module runs at
 * build time and may read process.env, the file system or Node built-ins. The lib/ modules islands may
 * import are listed here, by name, as browser-safe; lint then holds each island and each listed module
 * to value imports of islands and listed modules only. By induction nothing an island bundles can reach
 * a server module, however many files lie between (a lint rule sees one file's imports, not the chain).
 * Type-only imports are allowed from anywhere: they are erased before bundling.
 *
 * To let an island use another lib module: make sure it and what it imports are browser-safe, then add it.
 */
import path from "node:path";

export const BROWSER_SAFE = [
  "lib/dated/markers.ts",
  "lib/dates.ts",
  "lib/icons.ts",
  "lib/island-data.ts",
  "lib/names/layers.ts",
  "lib/names/lookup-index.ts",
  "lib/names/resolve.ts",
  "lib/names/spelling.ts",
  "lib/names/status.ts",
  "lib/picker/resolve.ts",
  "lib/search/excerpt.ts",
  "lib/search/name-match.ts",
  "lib/search/not-found-index.ts",
  "lib/tools/cost.ts",
  "lib/tools/scan.ts",
  "lib/urls.ts",
];

const MESSAGE =
  "Browser code (islands/ and the BROWSER_SAFE modules in eslint.browser-line.mjs) may import only " +
  "islands and BROWSER_SAFE modules: anything else may read process.env, the file system or Node built-ins. " +
  "Use `import type` for types, or add the module to BROWSER_SAFE once it and its imports are browser-safe.";

/** How a file in `dir` spells an import of `file` (no extension, "./" for a sibling). */
function specifier(dir, file) {
  const rel = path.posix.relative(dir, file.replace(/\.tsx?$/, ""));
  return rel.startsWith(".") ? rel : `./${rel}`;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One block per folder, since an allowed import is spelt relative to the importing file's folder. */
export function browserLineBlocks() {
  const dirs = new Map([["islands", ["islands/**/*.ts"]]]);
  for (const file of BROWSER_SAFE) {
    const dir = path.posix.dirname(file);
    dirs.set(dir, [...(dirs.get(dir) ?? []), file]);
  }
  return [...dirs].map(([dir, files]) => {
    const allowed = BROWSER_SAFE.map((f) => escape(specifier(dir, f)));
    // Islands import each other by sibling name (./_search-ui).
    if (dir === "islands") allowed.push("\\./[\\w-]+");
    return {
      files,
      rules: {
        "@typescript-eslint/no-restricted-imports": [
          "error",
          {
            patterns: [{ regex: `^(?!(?:${allowed.join("|")})$)`, allowTypeImports: true, message: MESSAGE }],
          },
        ],
        "no-restricted-globals": [
          "error",
          ...["process", "require", "Buffer", "__dirname", "__filename", "module"].map((name) => ({
            name,
            message: "Browser code has no Node globals: take the value as data from the server HTML instead.",
          })),
        ],
      },
    };
  });
}
