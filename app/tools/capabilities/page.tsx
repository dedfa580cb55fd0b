import type { Metadata } from "next";
import Link from "next/link";
import { CapabilityMatrix } from "@/components/tools/capability-matrix";
import { ToolHeader } from "@/components/tools/tool-header";
import { pageMetadata } from "@/lib/seo/metadata";
import { guideUrl, PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Capability matrix: what each OpenAI image model supports",
  description:
    "Which OpenAI image model supports Batch, the Responses tool, streaming, transparency, custom sizes, SVG and GIF: yes, no, partial or unknown, with sources.",
  path: PAGES.capabilities,
});

export default function CapabilitiesPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12" data-pagefind-body="">
      <ToolHeader
        href={PAGES.capabilities}
        crumb="Capability matrix"
        title="Capability matrix"
        summary="Which OpenAI image model supports which endpoint and feature, with sources and verification."
      >
        <p>
          Every API model in the glossary against the endpoints and features developers ask about. A cell says{" "}
          <strong>yes</strong>, <strong>no</strong>, <strong>partial</strong> or <strong>unknown</strong>; its footnote
          gives the detail, the date where support changed, the sources and how well they verify it. Unknown means no
          source read for this site settles the question: test before you rely on it.
        </p>
      </ToolHeader>
      <CapabilityMatrix />
      <p className="mt-6 text-zinc-700 dark:text-zinc-300">
        Parameter values (sizes, quality levels, formats) are in the{" "}
        <Link href={guideUrl("image-api-vs-responses-image-generation")} className="underline underline-offset-2">
          parameter matrix of the Image API and Responses guide
        </Link>
        ; ready-made requests with only the confirmed parameters are in{" "}
        <Link href={PAGES.requests} className="underline underline-offset-2">
          copy-ready requests
        </Link>
        .
      </p>
    </div>
  );
}
