import { Scorecard } from "@/components/routes/scorecard";
import type { Route } from "@/lib/content/routes";
import { PAGES } from "@/lib/urls";
import { DatedList, PROSE, RouteSection } from "./route-section";

/** How the route is scored, the test to run before committing to it, and what to log. */
export function RouteChecks({ route }: { route: Route }) {
  return (
    <>
      <RouteSection id="scorecard">
        <p className={PROSE}>
          Five factors decide a route once two routes can make a similar image: control, repeatability, file ownership,
          billing clarity and recovery path. The ratings are ours, with the reason for each.
        </p>
        <Scorecard route={route} />
      </RouteSection>
      <RouteSection id="route-test">
        <p className={PROSE}>Run this once, on one real job, before you commit to the route.</p>
        <DatedList items={route.routeTest} numbered />
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          The{" "}
          <a
            href={PAGES.picker}
            className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
          >
            route picker
          </a>{" "}
          adds the checks for your exact job and copies the whole list as a Markdown checklist.
        </p>
      </RouteSection>
      <RouteSection id="what-to-log">
        <DatedList items={route.whatToLog} />
      </RouteSection>
    </>
  );
}
