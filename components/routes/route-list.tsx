import Link from "next/link";
import { getRoutes } from "@/lib/content/routes";

/** The route profiles as a compact list: name, category and editorial score (sidebars, "Other routes"). */
export function RouteList({ exclude }: { exclude?: string }) {
  return (
    <ul className="divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {getRoutes()
        .filter((r) => r.id !== exclude)
        .map((r) => (
          <li key={r.id} className="flex items-baseline justify-between gap-3 py-3">
            <span className="min-w-0">
              <Link
                href={r.url}
                className="font-medium text-zinc-900 underline-offset-2 hover:underline dark:text-white"
              >
                {r.name}
              </Link>
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">{r.category}</span>
            </span>
            <span className="shrink-0 text-sm text-zinc-700 tabular-nums dark:text-zinc-300">
              <span className="font-semibold text-zinc-900 dark:text-white">{r.overall.toFixed(1)}</span> / 10
            </span>
          </li>
        ))}
    </ul>
  );
}
