import { DatedText } from "@/components/site/dated-text";
import { ARTICLE_IDS } from "@/lib/urls";
export interface FaqItem {
  q: string;
  a: string;
}

/** A visible FAQ: every question is a heading and every answer is on the page (FAQPage JSON-LD mirrors it). */
export function Faq({ items, id = ARTICLE_IDS.faq }: { items: FaqItem[]; id?: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        Frequently asked questions
      </h2>
      <div className="mt-4 divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {items.map((item) => (
          <div key={item.q} className="py-4">
            <h3 className="font-semibold text-zinc-900 dark:text-white">
              <DatedText text={item.q} />
            </h3>
            <p className="mt-1.5 leading-relaxed text-zinc-700 dark:text-zinc-300">
              <DatedText text={item.a} />
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
