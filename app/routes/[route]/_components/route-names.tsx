import { StatusBadge } from "@/components/site/status-badge";
import type { NameRecord } from "@/lib/content/names";
import { RouteSection } from "./route-section";

/** The names a reader may use on this route, with their status; nothing when every one has shut down. */
export function RouteNames({ names }: { names: readonly NameRecord[] }) {
  if (names.length === 0) return null;
  return (
    <RouteSection id="names">
      <ul className="mt-4 flex flex-wrap gap-2">
        {names.map((n) => (
          <li
            key={n.slug}
            className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 px-3 py-1.5 text-sm dark:border-zinc-800"
          >
            <a href={n.url} className="font-medium underline-offset-2 hover:underline">
              {n.name}
            </a>
            <StatusBadge name={n} />
          </li>
        ))}
      </ul>
    </RouteSection>
  );
}
