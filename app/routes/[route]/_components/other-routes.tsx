import { RouteList } from "@/components/routes/route-list";
import { ROUTE_IDS } from "@/lib/urls";

/** The other routes with their scores, so a reader who finds this one wrong has the next step in view. */
export function OtherRoutes({ exclude }: { exclude: string }) {
  return (
    <section aria-labelledby={ROUTE_IDS.otherRoutes} className="mt-12">
      <h2 id={ROUTE_IDS.otherRoutes} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        Other routes
      </h2>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Editorial scores out of 10, from the same five factors.
      </p>
      <div className="mt-4">
        <RouteList exclude={exclude} />
      </div>
    </section>
  );
}
