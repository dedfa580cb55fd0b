import { afterAll, beforeAll } from "vitest";

/** Sets environment variables for the tests of the calling file and restores the previous values after them. */
export function withEnv(values: Record<string, string>): void {
  let saved: () => void = () => {};
  beforeAll(() => (saved = setEnv(values)));
  afterAll(() => saved());
}

/** Runs `run` with these variables set (undefined: unset) and puts the previous values back after it. */
export function duringEnv<T>(values: Record<string, string | undefined>, run: () => T): T {
  const restore = setEnv(values);
  try {
    return run();
  } finally {
    restore();
  }
}

/** Sets the variables (undefined: unset) and returns what puts the previous values back. */
function setEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.keys(values).map((k) => [k, process.env[k]] as const);
  const apply = (pairs: ReadonlyArray<readonly [string, string | undefined]>) => {
    for (const [k, v] of pairs)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  };
  apply(Object.entries(values));
  return () => apply(saved);
}
