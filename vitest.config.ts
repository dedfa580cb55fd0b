import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    projects: [
      // Pure logic and content rules: run before the build.
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      // Checks of the exported site in out/: run after the build.
      {
        extends: true,
        test: { name: "build", include: ["tests/build/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
    ],
  },
});
