/**
 * GitHub Actions cannot run here, so the workflow is checked by parsing it: it tests every push and pull
 * request, rebuilds and deploys daily shortly after 00:00 UTC with that day's as-of date, and every
 * command it runs is the one README.md documents.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: unknown; pull_request?: unknown; schedule?: Array<{ cron: string }> };
  jobs: Record<string, { if?: string; needs?: string; steps: Step[]; permissions?: Record<string, string> }>;
}

const workflow = parse(readFileSync(".github/workflows/site.yml", "utf8")) as Workflow;
const readme = readFileSync("README.md", "utf8");
const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));

describe("the site workflow", () => {
  it("tests every push and pull request", () => {
    expect(workflow.on).toHaveProperty("push");
    expect(workflow.on).toHaveProperty("pull_request");
    expect(runs("test")).toEqual(["npm ci", "npm test"]);
  });

  it("runs daily shortly after 00:00 UTC", () => {
    const crons = workflow.on.schedule?.map((s) => s.cron) ?? [];
    expect(crons).toHaveLength(1);
    const [minute, hour, dom, month, dow] = crons[0]!.split(/\s+/);
    expect([hour, dom, month, dow]).toEqual(["0", "*", "*", "*"]);
    expect(Number(minute)).toBeGreaterThanOrEqual(0);
    expect(Number(minute)).toBeLessThan(30);
  });

  it("deploys out/ from main and from the schedule, built as of that day", () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.if).toContain("refs/heads/main");
    expect(deploy.if).toContain("schedule");
    expect(runs("deploy")).toContain('SITE_AS_OF="$(date -u +%F)" npm run build');
    const upload = deploy.steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
    expect(upload?.with?.path).toBe("out");
    expect(deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages"))).toBe(true);
    expect(deploy.permissions).toMatchObject({ pages: "write", "id-token": "write" });
  });

  it("runs only commands the README documents", () => {
    for (const cmd of [...runs("test"), ...runs("deploy")]) expect(readme, cmd).toContain(cmd);
    expect(readme).toContain(workflow.on.schedule![0]!.cron.split(" ")[0]!.padStart(2, "0"));
  });
});
