import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { browserLineBlocks } from "./eslint.browser-line.mjs";

/**
 * The layers, outermost first: app → components → lib (→ content/, which holds no code). An import may
 * only point inward; islands/ is browser code and has its own line (eslint.browser-line.mjs).
 */
const LAYER_ZONES = [
  {
    target: "./lib",
    from: ["./app", "./components", "./islands"],
    message: "lib/ is the inner layer: move what it needs out of app/ or components/ into lib/.",
  },
  {
    target: "./components",
    from: ["./app", "./islands"],
    message: "components/ may not import app/: move what both need into components/ or lib/.",
  },
];

const config = [
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".cache/",
      "out/",
      ".scratch/",
      "bench/tmp/",
      "bench/starlight/",
      "public/",
      "next-env.d.ts",
      "test-results/",
      // Files written to fail lint; tests/unit/lint-rules.test.ts lints them with this config.
      "tests/fixtures/lint/",
    ],
  },
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      // The TypeScript resolver reads tsconfig's "@/*" path, so aliased imports are checked like relative ones.
      "import-x/resolver-next": [createTypeScriptImportResolver(), createNodeResolver()],
    },
    rules: {
      // Type-only imports are erased and never form a runtime cycle; the rule skips them.
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones: LAYER_ZONES }],
    },
  },
  ...browserLineBlocks(),
];

export default config;
