import { afterAll, beforeAll } from "vitest";

/** Sets environment variables for the tests of the calling file and restores the previous values after them. */
export function withEnv(values: Record<string, string>): void {
  const saved = new Map(Object.keys(values).map((k) => [k, process.env[k]]));
  beforeAll(() => Object.assign(process.env, values));
  afterAll(() => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
}
