/**
 * Each build's phases, read from its log: the build prints `build: <step> done in N s` for every step
 * (scripts/build.ts), Next prints its compile and static-generation times, and the build prints how many
 * Open Graph cards it rendered and the time Next's workers and the cards step's threads spent on them.
 */
export interface Phases {
  /** The build found out/ already built from the same inputs and rebuilt nothing. */
  skipped: boolean;
  /** Seconds per build step, in the order the build ran them. */
  steps: Record<string, number>;
  /**
   * Seconds of each command run side by side inside a step (the checks: content check, type check); absent in
   * results stored before the checks ran side by side.
   */
  members?: Record<string, number>;
  /** Guide pages Next rendered / guides (the others came from the page store); absent when it rendered all. */
  guidePages?: { rendered: number; total: number };
  nextCompileS?: number;
  staticGenerationS?: number;
  staticWorkers?: number;
  /** Cards rendered / asked for, and seconds summed over Next's workers and the cards step's threads. */
  og?: { rendered: number; cards: number; workerS: number };
  /** Guides parsed by the content check / taken from its cache. */
  contentCheck?: { parsed: number; cached: number };
  /** Pages the post-export step parsed / took from its cache. */
  postExport?: { parsed: number; cached: number };
}

const seconds = (value: string, unit: string) => Number(value) / (unit === "ms" ? 1000 : unit === "min" ? 1 / 60 : 1);

export function buildPhases(log: string): Phases {
  const steps: Record<string, number> = {};
  for (const m of log.matchAll(/^build: (.+?) done in ([\d.]+) s$/gm)) steps[m[1]!] = Number(m[2]);
  const members: Record<string, number> = {};
  for (const m of log.matchAll(/^build: (.+?) finished in ([\d.]+) s$/gm)) members[m[1]!] = Number(m[2]);
  const guides = /^build: (\d+) of (\d+) guide pages to render/m.exec(log);
  const compile = /Compiled successfully in ([\d.]+)\s*(ms|s|min)/.exec(log);
  const generate = /Generating static pages using (\d+) workers? \(\d+\/\d+\) in ([\d.]+)\s*(ms|s|min)/.exec(log);
  const og = /build: Open Graph (\d+) of (\d+) cards rendered, \d+ from the cache, ([\d.]+) s in workers/.exec(log);
  const check = /content:check: .*; (\d+) guides parsed, (\d+) from the cache\)/.exec(log);
  const post = /post-export: \d+ pages stripped of \d+ runtime tags \((\d+) parsed, (\d+) from the cache\)/.exec(log);
  return {
    postExport: post ? { parsed: Number(post[1]), cached: Number(post[2]) } : undefined,
    skipped: /^build: nothing changed since the build in /m.test(log),
    steps,
    members,
    guidePages: guides ? { rendered: Number(guides[1]), total: Number(guides[2]) } : undefined,
    nextCompileS: compile ? seconds(compile[1]!, compile[2]!) : undefined,
    staticWorkers: generate ? Number(generate[1]) : undefined,
    staticGenerationS: generate ? seconds(generate[2]!, generate[3]!) : undefined,
    og: og ? { rendered: Number(og[1]), cards: Number(og[2]), workerS: Number(og[3]) } : undefined,
    contentCheck: check ? { parsed: Number(check[1]), cached: Number(check[2]) } : undefined,
  };
}
