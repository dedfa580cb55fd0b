/**
 * `npm run new:name -- "Name"`: creates content/names/<slug>.yaml with today's date and every required
 * field. Refuses to overwrite an existing file (exit 1).
 */
import { scaffoldName } from "./lib/scaffold";

const name = process.argv.slice(2).join(" ");
if (!name.trim()) {
  console.error('Usage: npm run new:name -- "gpt-image-3"');
  process.exit(1);
}
const result = scaffoldName(name);
if (!result.ok) {
  console.error(`new:name: ${result.message}`);
  process.exit(1);
}
console.log(`Created ${result.file}.`);
console.log(
  "Next: replace every TODO (layer, verification, sources, lifecycle dates), then run `npm run content:check`.",
);
