import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Page not found",
  description: "This address does not match a page of the GPT Image Field Guide. Try the names glossary, the guides or the search.",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase dark:text-accent-300">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold text-zinc-900 sm:text-4xl dark:text-white">This page does not exist</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        The address may be mistyped, or the page may have moved. These are good places to continue:
      </p>
      <ul className="mt-6 space-y-2 text-lg">
        <li><Link className="underline underline-offset-2" href="/names/">All names, with a lookup</Link></li>
        <li><Link className="underline underline-offset-2" href="/guides/">All guides</Link></li>
        <li><Link className="underline underline-offset-2" href="/search/">Search the site</Link></li>
        <li><Link className="underline underline-offset-2" href="/">Home page</Link></li>
      </ul>
    </div>
  );
}
