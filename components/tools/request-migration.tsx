import Link from "next/link";
import { StatusBadge } from "@/components/site/status-badge";
import { CodeText } from "@/components/ui/code-text";
import { getCapabilities } from "@/lib/content/capabilities";
import { getNameMap } from "@/lib/content/names";
import { paramsFor, requestsFor, type Lang, type RequestParams } from "@/lib/tools/requests";
import { CodeBlock } from "./code-block";
import { requestsUrl } from "@/lib/urls";

const PARAM_NAME: Record<keyof RequestParams, string> = {
  model: "model",
  size: "size",
  quality: "quality",
  inputFidelity: "input_fidelity",
};

/** What differs between two models' requests, in words: new id, changed values, parameters dropped. */
function changes(before: RequestParams, after: RequestParams, toId: string): string[] {
  const out = [`\`model\` becomes \`${after.model}\`.`];
  for (const key of ["size", "quality"] as const) {
    const b = before[key];
    const a = after[key];
    if (b && !a)
      out.push(`\`${PARAM_NAME[key]}\` is dropped: no OpenAI source read for this site confirms it for \`${toId}\`.`);
    else if (b && a && a !== b) out.push(`\`${PARAM_NAME[key]}\` changes from \`${b}\` to \`${a}\`.`);
  }
  return out;
}

/**
 * The same image request before and after a migration (for example off a model that shuts down), built
 * from the capability data: the "after" side carries only what is confirmed for the new model.
 */
export async function RequestMigration({ from, to, lang = "python" }: { from: string; to: string; lang?: Lang }) {
  const names = getNameMap();
  const caps = getCapabilities();
  const a = names.get(from);
  const b = names.get(to);
  if (!a?.apiId || !b?.apiId) throw new Error(`RequestMigration: ${from} and ${to} need API ids`);
  const before = requestsFor(a.slug, a.apiId, caps).examples.find((x) => x.endpoint === "generate" && x.lang === lang);
  const after = requestsFor(b.slug, b.apiId, caps).examples.find((x) => x.endpoint === "generate" && x.lang === lang);
  const id = `migrate-${from}-${to}`;
  return (
    <figure className="not-prose my-6" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="font-semibold text-zinc-900 dark:text-white">
        Before and after: an image generation request moved from <code>{a.apiId}</code> to <code>{b.apiId}</code>
      </p>
      <p className="mt-1 text-sm">
        <code>{a.apiId}</code>: <StatusBadge name={a} /> · <code>{b.apiId}</code>: <StatusBadge name={b} />
      </p>
      <div className="grid gap-x-4 lg:grid-cols-2">
        {before ? (
          <CodeBlock id={`${id}-before`} code={before.code} lang={lang} label={`Before: ${a.apiId}`} />
        ) : (
          <p className="my-3 text-sm">No confirmed generation request exists for {a.apiId}.</p>
        )}
        {after ? (
          <CodeBlock id={`${id}-after`} code={after.code} lang={lang} label={`After: ${b.apiId}`} />
        ) : (
          <p className="my-3 text-sm">
            No generation request can be shown for {b.apiId}: its Image API support is not confirmed in the sources.
          </p>
        )}
      </div>
      <figcaption className="text-sm text-zinc-700 dark:text-zinc-300">
        <ul className="list-disc pl-5">
          {changes(paramsFor(a.slug, a.apiId, caps).params, paramsFor(b.slug, b.apiId, caps).params, b.apiId).map(
            (c) => (
              <li key={c}>
                <CodeText text={c} />
              </li>
            ),
          )}
        </ul>
        <p className="mt-2">
          All requests for both models, in curl, Python and JavaScript:{" "}
          <Link href={requestsUrl(a.slug)} className="underline underline-offset-2">
            {a.apiId}
          </Link>{" "}
          ·{" "}
          <Link href={requestsUrl(b.slug)} className="underline underline-offset-2">
            {b.apiId}
          </Link>
          .
        </p>
      </figcaption>
    </figure>
  );
}
