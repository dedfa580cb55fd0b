/**
 * `npm run dev`: live preview for editors. Runs the islands build in watch mode, `next dev`, and a
 * watcher on the content folder. On every save under content/ it runs the content check (printing
 * located problems here) and bumps lib/content/dev-version.ts, a module the root layout imports, so
 * Next's hot reload re-renders the open page; the loaders re-read files outside production.
 * Extra arguments go to `next dev`: `npm run dev -- --port 3005`. Use http://localhost:<port>, not 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { watch, writeFileSync } from "node:fs";
import path from "node:path";
import { checkContent } from "../lib/content/check";
import { formatIssue } from "../lib/content/issues";
import { contentDir } from "../lib/content/paths";
import { tsScript } from "./lib/ts-script";

const VERSION_FILE = path.resolve("lib", "content", "dev-version.ts");
const versionModule = (n: number) =>
  `/** Bumped by scripts/dev.ts on every content save so \`next dev\` re-renders the open page. Committed as 0. */\nexport const contentVersion = ${n};\n`;

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name: string) => path.join("node_modules", ".bin", name);
const islands = tsScript("scripts/build-islands.ts", ["--watch"]);
const children: ChildProcess[] = [
  spawn(islands.command, islands.args, { stdio: "inherit", env }),
  spawn(bin("next"), ["dev", ...process.argv.slice(2)], { stdio: "inherit", env }),
];

let version = 0;
let timer: NodeJS.Timeout | undefined;
let checking = false;

async function report() {
  if (checking) return;
  checking = true;
  try {
    const issues = await checkContent();
    const errors = issues.filter((i) => i.severity === "error").length;
    for (const issue of issues) console.log(formatIssue(issue));
    console.log(
      `content: ${errors ? `${errors} error${errors === 1 ? "" : "s"}` : "ok"}${issues.length > errors ? `, ${issues.length - errors} warning(s)` : ""}`,
    );
  } catch (error) {
    console.error("content: the check itself failed:", error);
  } finally {
    checking = false;
  }
}

const dir = contentDir();
// Recursive fs.watch works on Linux from Node 20; editors save with rename+write, so debounce bursts.
const watcher = watch(dir, { recursive: true }, (_event, file) => {
  if (file && /(^|\/)\.|~$|\.swp$/.test(String(file))) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    version += 1;
    writeFileSync(VERSION_FILE, versionModule(version));
    void report();
  }, 100);
});
console.log(`dev: watching ${path.relative(process.cwd(), dir) || dir} for content changes`);
void report();

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  watcher.close();
  // Leave the committed default behind, so git sees no change after a dev session.
  writeFileSync(VERSION_FILE, versionModule(0));
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
