import { OwnerList } from "@/components/routes/owner-list";
import { DatedText } from "@/components/site/dated-text";
import type { Route } from "@/lib/content/routes";
import { DatedList, PROSE, RouteSection } from "./route-section";

/** Who the route is for, when to use it and when to stop, and who owns its limits and bill. */
export function RouteAdvice({ route }: { route: Route }) {
  return (
    <>
      <RouteSection id="who-it-is-for">
        <p className={PROSE}>
          <DatedText text={route.whoItIsFor} />
        </p>
        <p className={PROSE}>
          <strong className="font-semibold text-zinc-900 dark:text-white">The job: </strong>
          <DatedText text={route.job} />
        </p>
      </RouteSection>
      <RouteSection id="use-it-when">
        <DatedList items={route.useItWhen} />
        <p className={PROSE}>
          <strong className="font-semibold text-zinc-900 dark:text-white">Why this route: </strong>
          <DatedText text={route.why} />
        </p>
      </RouteSection>
      <RouteSection id="stop-when">
        <p className={PROSE}>
          <DatedText text={route.stopWhen} />
        </p>
      </RouteSection>
      <RouteSection id="limits-and-bill">
        <OwnerList route={route} />
      </RouteSection>
    </>
  );
}
