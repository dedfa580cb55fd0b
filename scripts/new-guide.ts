/**
 * `npm run new:guide -- "Title"`: creates content/guides/<slug>.mdx as a draft with today's dates and
 * every required field. Refuses to overwrite an existing file (exit 1).
 */
import { scaffoldGuide } from "./lib/scaffold";

const title = process.argv.slice(2).join(" ");
if (!title.trim()) {
  console.error('Usage: npm run new:guide -- "The guide title"');
  process.exit(1);
}
const result = scaffoldGuide(title);
if (!result.ok) {
  console.error(`new:guide: ${result.message}`);
  process.exit(1);
}
console.log(`Created ${result.file} (a draft: it is not published until you remove \`draft: true\`).`);
console.log("Next: replace every TODO, then run `npm run content:check`. Preview it with `npm run dev`.");
