// Types for eslint.browser-line.mjs (plain JS because ESLint loads it), for tests/unit/lint-rules.test.ts.
import type { Linter } from "eslint";

export declare const BROWSER_SAFE: readonly string[];
export declare function browserLineBlocks(): Linter.Config[];
