import { RouteCardView } from "@/components/mdx/route-card";
import { getRoutes } from "@/lib/content/routes";

/** Every route profile as a card grid (home page, /routes/). */
export function RouteCards({ headingLevel = 3, exclude }: { headingLevel?: 2 | 3; exclude?: string }) {
  const routes = getRoutes().filter((r) => r.id !== exclude);
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {routes.map((r) => (
        <li key={r.id}>
          <RouteCardView route={r} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
