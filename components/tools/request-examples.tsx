import { DatedText } from "@/components/site/dated-text";
import { CodeText } from "@/components/ui/code-text";
import type { NameRecord } from "@/lib/content/names";
import { getCapabilities } from "@/lib/content/capabilities";
import { ENDPOINTS, LANG_LABEL, requestsFor } from "@/lib/tools/requests";
import { CodeBlock } from "./code-block";

/** Every copy-ready request for one model, grouped by endpoint, with the endpoints that have none and why. */
export async function RequestExamples({ model }: { model: NameRecord }) {
  const caps = getCapabilities();
  const r = requestsFor(model.slug, model.apiId ?? model.slug, caps);
  return (
    <div>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        Parameters used:{" "}
        <CodeText
          text={Object.entries(r.params)
            .map(([k, v]) => `\`${k === "inputFidelity" ? "input_fidelity" : k}=${v}\``)
            .join(", ")}
        />
        {r.params.inputFidelity && " (input_fidelity in edits only)"}.
        {r.omitted.length > 0 && (
          <>
            {" "}
            Left out because no OpenAI source read for this site confirms them for this model:{" "}
            <CodeText text={r.omitted.map((o) => `\`${o}\``).join(", ")} />.
          </>
        )}
      </p>
      {ENDPOINTS.map((e) => {
        const examples = r.examples.filter((x) => x.endpoint === e.id);
        const missing = r.missing.find((m) => m.endpoint === e.id);
        return (
          <section key={e.id} aria-labelledby={`req-${e.id}`} className="mt-8">
            <h2
              id={`req-${e.id}`}
              className="scroll-mt-4 font-serif text-2xl font-semibold text-zinc-900 dark:text-white"
            >
              {e.title}
            </h2>
            {missing ? (
              <p className="mt-2 rounded-lg border border-violet-300 bg-violet-50 p-3 text-sm text-violet-950 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100">
                No example: <DatedText text={missing.reason} />
              </p>
            ) : (
              <>
                {e.id === "batch" && (
                  <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
                    One line of a Batch input file (JSONL, one request per line). The capability matrix records Batch
                    support for this model; the Batch file format itself is described in OpenAI&apos;s Batch guide,
                    which this site did not read, so check it before you upload.
                  </p>
                )}
                {examples.map((x) => (
                  <CodeBlock
                    key={x.lang}
                    id={`code-${e.id}-${x.lang}`}
                    code={x.code}
                    lang={x.lang}
                    label={`${LANG_LABEL[x.lang]}${x.lang === "python" ? " (openai SDK)" : x.lang === "javascript" ? " (openai SDK for Node)" : ""}`}
                  />
                ))}
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
