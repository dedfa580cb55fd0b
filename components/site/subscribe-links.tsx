/**
 * "Subscribe": plain links to the feeds, calendars and JSON that follow a name or the whole glossary.
 * Nothing to run: a feed reader or calendar program takes the link, and the file explains itself.
 */
import type { ReactNode } from "react";
import type { Subscription } from "@/lib/outputs/subscriptions";

export function SubscribeLinks({ id, links, children }: { id: string; links: Subscription[]; children?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        Subscribe
      </h2>
      {children && <p className="mt-3 leading-relaxed text-zinc-800 dark:text-zinc-200">{children}</p>}
      <ul className="mt-4 space-y-2">
        {links.map((l) => (
          <li key={l.href} className="leading-relaxed">
            <a href={l.href} type={l.type} className="font-medium underline underline-offset-2">
              {l.label}
            </a>
            <span className="text-zinc-700 dark:text-zinc-300">: {l.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
