import manifest from "@/lib/islands/manifest.json";

export type IslandName = keyof typeof manifest;

/**
 * The script tag of one island. `data-island` is what the post-export step keeps; every other script
 * is framework runtime and is removed. Low fetch priority keeps the island off the critical path.
 */
export function IslandScript({ name }: { name: IslandName }) {
  // A module script is deferred by the browser, so the "sync script" rule does not apply.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={manifest[name]} data-island={name} fetchPriority="low" />;
}
