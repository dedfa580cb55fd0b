import Link from "next/link";
import { GuideCard } from "@/components/article/guide-card";
import { getGuides } from "@/lib/content/guides";
import { site } from "@/lib/site";

export default function HomePage() {
  const guides = getGuides();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 lg:py-16">
      <section className="max-w-3xl">
        <h1 className="font-serif text-4xl leading-tight font-semibold tracking-tight text-balance text-zinc-900 sm:text-5xl dark:text-white">
          Which OpenAI image name is which, and where should you use it?
        </h1>
        <p className="mt-5 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">{site.description}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/names/" className="rounded-lg bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200">
            Look up a name
          </Link>
          <Link href="/route-picker/" className="rounded-lg border border-zinc-300 px-4 py-2.5 font-medium text-zinc-900 hover:border-zinc-500 dark:border-zinc-700 dark:text-white dark:hover:border-zinc-500">
            Pick a route
          </Link>
        </div>
      </section>
      <section aria-labelledby="latest-guides" className="mt-14">
        <h2 id="latest-guides" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
          Guides
        </h2>
        <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {guides.map((g) => (
            <li key={g.slug} className="flex">
              <GuideCard guide={g} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
