/**
 * `npm run content:check`: validates all content without building pages. Prints one line per problem
 * as `path:line:column  message  (how to fix)`, every problem in one run; exits 1 on any error.
 * Warnings (such as a lastVerified date older than 90 days) are printed but do not fail.
 */
import { checkContent } from "../lib/content/check";
import { formatIssue } from "../lib/content/issues";

const started = Date.now();
const issues = await checkContent();
for (const issue of issues) console.log(formatIssue(issue));
const errors = issues.filter((i) => i.severity === "error").length;
const warnings = issues.length - errors;
const summary = `content:check: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} (${Date.now() - started} ms)`;
if (errors) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
