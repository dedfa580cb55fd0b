import type { Metadata } from "next";
import Link from "next/link";
import { IslandData } from "@/components/site/island-data";
import { IslandScript } from "@/components/site/island-script";
import { CodeBlock } from "@/components/tools/code-block";
import { ToolHeader } from "@/components/tools/tool-header";
import { asOfDate, formatDate } from "@/lib/as-of";
import { getNameMap, getNames } from "@/lib/content/names";
import { StatusWords } from "@/components/site/status-badge";
import { pageMetadata } from "@/lib/seo/metadata";
import { assess } from "@/lib/tools/scan";
import { buildScanData, grepPattern } from "@/lib/tools/scan-data";
import { PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Scan your code for OpenAI image model ids",
  description:
    "Paste code, a config file or a Batch JSONL line and see every OpenAI image model id in it, with its line, its status today and what to use instead.",
  path: PAGES.scan,
});

const SAMPLE = `from openai import OpenAI

client = OpenAI()
MODEL = "chatgpt-image-latest"
result = client.images.generate(model=MODEL, prompt="A lighthouse at dawn")
legacy = client.images.edit(model="gpt-image-1", image=[open("in.png", "rb")], prompt="Add a boat")
reseller = {"model": "gpt-image-2-all"}
`;

export default function ScanPage() {
  const asOf = asOfDate();
  const names = getNameMap();
  const data = buildScanData(getNames());
  // Every scannable name as if found once, assessed for the build date: the list readers see without JavaScript.
  const all = assess(
    data.entries.map((entry) => ({ entry, spellings: [], lines: [1], kind: "exact" as const })),
    data,
    asOf,
  );
  const pattern = grepPattern(data);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <div data-pagefind-body="">
        <ToolHeader
          href={PAGES.scan}
          crumb="Code scanner"
          title="Scan your code for image model ids"
          summary="Find OpenAI image model ids in code, with their status today and what to use instead."
        >
          <p>
            Paste code, a config file or a Batch JSONL file. Every OpenAI image model id in it, and every snapshot,
            alias, reseller id or misspelling this site knows, is listed with its line, its status today and what to use
            instead, most urgent first.{" "}
            <strong>The scan runs in your browser: nothing you paste is sent anywhere.</strong>
          </p>
        </ToolHeader>

        <form data-scan-form="" hidden className="mt-8" aria-describedby="scan-privacy">
          <label htmlFor="scan-input" className="block font-semibold text-zinc-900 dark:text-white">
            Code, config or Batch JSONL
          </label>
          <p id="scan-privacy" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Stays on your device. Up to a few megabytes; pasted text is treated as plain text, never run or rendered.
          </p>
          <textarea
            id="scan-input"
            name="code"
            rows={12}
            spellCheck={false}
            autoComplete="off"
            className="mt-2 block w-full rounded-lg border border-zinc-300 bg-white p-3 font-mono text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100"
          />
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="submit"
              className="rounded-lg bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
            >
              Scan
            </button>
            <button
              type="button"
              data-scan-sample=""
              className="rounded-lg border border-zinc-300 px-4 py-2 font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800"
            >
              Load an example
            </button>
          </div>
          <template data-scan-sample-text="">{SAMPLE}</template>
        </form>
        <div id="scan-results" className="mt-6" aria-live="polite" />

        <section aria-labelledby="without-js" className="mt-12">
          <h2 id="without-js" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
            Search your code without this page
          </h2>
          <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
            This command lists every line in the current folder that mentions one of the ids below (every id starts with
            one of these prefixes). It does not catch misspellings such as <code>dalle3</code> or{" "}
            <code>gpt_image_2</code>, which the scanner above recognises.
          </p>
          <CodeBlock id="grep-command" lang="curl" label="Shell" code={`grep -rnE "${pattern}" .`} />
          <h3 className="mt-8 font-serif text-xl font-semibold text-zinc-900 dark:text-white">
            Every id and its status as of <span data-scan-asof="">{formatDate(asOf)}</span>
          </h3>
          <div
            className="mt-3 overflow-x-auto"
            role="region"
            aria-label="Ids and statuses (scrolls sideways)"
            tabIndex={0}
          >
            <table className="data-table" data-scan-static="">
              <caption>Image model ids and names the scanner knows, most urgent first</caption>
              <thead>
                <tr>
                  <th scope="col">Id or name</th>
                  <th scope="col">Status</th>
                  <th scope="col">Use instead</th>
                </tr>
              </thead>
              <tbody>
                {all.map((a) => (
                  <tr key={a.entry.slug}>
                    <th scope="row">
                      <Link href={a.entry.url} className="font-mono underline underline-offset-2">
                        {a.entry.apiId ?? a.entry.name}
                      </Link>
                    </th>
                    <td data-label="Status" data-scan-status={a.entry.slug}>
                      {/* Worded for the build day, with later states for the reader's day (the island may refine it). */}
                      {names.get(a.entry.slug) ? <StatusWords name={names.get(a.entry.slug)!} /> : a.statusText}
                    </td>
                    <td data-label="Use instead">
                      {a.instead.length
                        ? a.instead.map((x, i) => (
                            <span key={x.url}>
                              {i > 0 && " or "}
                              <Link href={x.url} className="font-mono underline underline-offset-2">
                                {x.name}
                              </Link>
                            </span>
                          ))
                        : a.insteadText}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
      <IslandData name="scan" data={data} />
      <IslandScript name="scan" />
      <IslandScript name="copy" />
    </div>
  );
}
