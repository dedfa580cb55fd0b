import type { NameRecord } from "@/lib/content/names";
import { statusBadgeText } from "@/lib/names/status";
import { badgePath, NAME_IDS } from "@/lib/urls";
import { absoluteUrl } from "@/lib/site";

const CODE =
  "mt-1 overflow-x-auto rounded-md bg-zinc-100 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100";

function Snippet({ label, code }: { label: string; code: string }) {
  return (
    <figure className="mt-4">
      <figcaption className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{label}</figcaption>
      <pre className={CODE}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}

/** The name's status badge (/badges/<slug>.svg) with Markdown and HTML to paste into a README or a page. */
export function StatusBadgeEmbed({ name }: { name: NameRecord }) {
  const src = badgePath(name.slug);
  const alt = `${name.name}: ${statusBadgeText(name.status)}`;
  const markdown = `[![${alt.replace(/[[\]]/g, "")}](${absoluteUrl(src)})](${absoluteUrl(name.url)})`;
  const html = `<a href="${absoluteUrl(name.url)}"><img src="${absoluteUrl(src)}" alt="${alt.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"></a>`;
  return (
    <section aria-labelledby={NAME_IDS.statusBadge} className="mt-10">
      <h2 id={NAME_IDS.statusBadge} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        Status badge
      </h2>
      <p className="mt-3 leading-relaxed text-zinc-800 dark:text-zinc-200">
        Show this name&apos;s status in a README or a page. The badge is rebuilt with the site, so it changes when the
        status does.
      </p>
      {/* A plain <img>: next/image would add nothing for a 20 px SVG and needs the runtime. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} height={20} className="mt-4 h-auto max-w-full" />
      <Snippet label="Markdown" code={markdown} />
      <Snippet label="HTML" code={html} />
    </section>
  );
}
