import Link from "next/link";
import { Breadcrumbs, type Crumb } from "@/components/site/breadcrumbs";
import { RoutePicker } from "@/components/mdx/route-picker";
import { RouteList } from "@/components/routes/route-list";
import { guideUrl, PAGES } from "@/lib/urls";

/**
 * The standalone picker, shared by /route-picker/ and every step page: the same intro and the picker
 * opened at `answers`. The heading and intro stay the same on every step, so nothing above the picker
 * goes stale while the island moves between steps in place.
 */
export function PickerPage({
  answers,
  crumb,
}: {
  answers: readonly string[];
  crumb?: { href: string; label: string };
}) {
  const crumbs: Crumb[] = [{ href: PAGES.picker, label: "Route picker" }, ...(crumb ? [crumb] : [])];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <Breadcrumbs trail={crumbs} />
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
        <div className="max-w-3xl min-w-0">
          <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
            Route picker
          </p>
          <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold tracking-tight text-balance text-zinc-900 sm:text-4xl dark:text-white">
            ChatGPT, Codex, the OpenAI API or a provider?
          </h1>
          {/* Step pages keep the intro to one line so the question stays near the top on a phone. */}
          {answers.length === 0 ? (
            <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
              Start from the work, not the model name. A few questions about your work point to one route, say who owns
              its limits and its bill, and give you a short route test to run before you commit.
            </p>
          ) : (
            <p className="mt-3 leading-relaxed text-zinc-700 dark:text-zinc-300">
              A few questions about your image job point to one route and its route test.
            </p>
          )}
          <RoutePicker answers={answers} standalone />
          <p className="text-sm leading-relaxed text-zinc-600 dark:text-zinc-400">
            The picker weighs control, repeatability, file ownership, billing clarity and recovery path, not image
            quality. For the reasoning behind it, read{" "}
            <Link
              href={guideUrl("chatgpt-vs-codex-vs-api-vs-provider")}
              className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
            >
              how to choose by the job
            </Link>
            .
          </p>
        </div>
        <aside aria-labelledby="four-routes" className="mt-12 lg:mt-24">
          <h2 id="four-routes" className="font-serif text-xl font-semibold text-zinc-900 dark:text-white">
            The four routes
          </h2>
          <p className="mt-1 mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Profiles with editorial scores out of 10.
          </p>
          <RouteList />
          <Link
            href={PAGES.routes}
            className="text-accent-700 dark:text-accent-300 mt-3 inline-block text-sm font-medium underline underline-offset-2"
          >
            Compare all routes
          </Link>
        </aside>
      </div>
    </div>
  );
}
