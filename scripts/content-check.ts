/**
 * `npm run content:check`: validates all content without building pages. Prints one line per problem
 * as `path:line:column  message  (how to fix)`, every problem in one run; exits 1 on any error.
 * Warnings (such as a lastVerified date older than 90 days) are printed but do not fail.
 * Unchanged guides are not parsed again (scripts/lib/parse-cache.ts, .cache/content-check/); every check
 * still runs over all content. CONTENT_CHECK_CACHE=0 parses everything; CONTENT_CHECK_CACHE_DIR moves the cache.
 */
import { checkContent } from "../lib/content/check";
import { formatIssue } from "../lib/content/issues";
import { parseCache } from "./lib/parse-cache";

const started = Date.now();
const cache = process.env.CONTENT_CHECK_CACHE === "0" ? undefined : parseCache();
const issues = await checkContent({ parse: cache?.parse });
for (const issue of issues) console.log(formatIssue(issue));
const errors = issues.filter((i) => i.severity === "error").length;
const warnings = issues.length - errors;
const parsed = cache ? `; ${cache.stats.misses} guides parsed, ${cache.stats.hits} from the cache` : "";
const summary = `content:check: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} (${Date.now() - started} ms${parsed})`;
if (errors) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
